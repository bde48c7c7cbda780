package cn.juesuan.disclosure.layout;

import cn.juesuan.disclosure.document.TableSpec;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.util.List;

/**
 * Draws one {@link TableSpec} (公开01–09, 附件2, …) in the portrait text block: the frame (title,
 * "公开 NN 表", the 部门/年度/金额单位 line), the grid with its spanned header repeated on every
 * page the table runs onto, and the notes. The frame is never left alone at a page foot: it
 * moves to the next page together with the header and the first body row.
 */
public final class TableRenderer {

  static final float DEFAULT_FONT_SIZE = 9f;
  static final float MIN_FIT_SIZE = 5f;
  static final float BORDER = 0.5f;
  private static final float PAD_X = 2f;

  static float padX(float size) {
    return Math.max(PAD_X, 0.5f * size + 0.25f);
  }
  private static final float PAD_Y = 2.5f;

  private final Typesetter typesetter;

  public TableRenderer(FontSet.Fonts fonts) {
    this(new Typesetter(new Typography(fonts.serif(), fonts.sans())));
  }

  TableRenderer(Typesetter typesetter) {
    this.typesetter = typesetter;
  }

  /** Rejects a grid whose cells do not tile it (holes, overlaps, spans off the grid). */
  public static void validate(TableSpec spec) {
    GridCheck.check(spec);
  }

  /**
   * The height that must begin on one page: frame, head and the first row. A first row taller
   * than a page is split anyway: then a few lines of it go with the head.
   */
  private static float start(TableSpec spec, PdfPTable frame, PdfPTable grid, Piece first, float page) {
    float needed = frame.getTotalHeight() + grid.getHeaderHeight();
    if (!spec.body().isEmpty()) {
      float row = grid.getRowHeight(first.head().size());
      needed += needed + row <= page ? row : Math.min(row, 3 * Typography.BODY_LEADING);
    }
    return needed;
  }

  /** {@link #start}, for a heading that must stay with the table after it. */
  float startHeight(TableSpec spec, TableFit.Plan plan, float page) throws DocumentException {
    Piece first = pieces(spec).get(0);
    PdfPTable grid = grid(part(spec, first.from(), Math.min(first.to(), first.from() + 1), first.head()), plan);
    return start(spec, frame(spec, plan, null), grid, first, page);
  }

  /** How {@code spec} is set: size, orientation and column widths (one plan for all its pages). */
  TableFit.Plan plan(TableSpec spec) {
    return new TableFit(typesetter.type().serif).plan(spec, fontSize(spec));
  }

  /**
   * Adds the table; {@code tocTag} (from the 目录) marks its title so that the page event learns
   * its page and the 目录 can link to it. The grid was validated by {@link PdfRenderer#check}
   * before the document was opened (a malformed grid must stop the render before any output).
   * The page is already of the plan's orientation.
   */
  public void render(TableSpec spec, Document document, PdfWriter writer, String tocTag)
      throws DocumentException {
    render(spec, plan(spec), document, writer, tocTag);
  }

  void render(TableSpec spec, TableFit.Plan plan, Document document, PdfWriter writer,
              String tocTag) throws DocumentException {
    float size = plan.size();
    PdfPTable frame = frame(spec, plan, tocTag);
    List<Piece> pieces = pieces(spec);
    List<PdfPTable> grids = new java.util.ArrayList<>();
    for (Piece piece : pieces) {
      grids.add(grid(part(spec, piece.from(), piece.to(), piece.head()), plan));
    }
    PdfPTable grid = grids.get(0);
    List<String> noteLines = spec.notes() == null ? List.of() : spec.notes();
    PdfPTable notes = noteLines.isEmpty() ? null : notes(noteLines, size, plan.totalWidth());
    // A form without title or unit line (部门决算单位构成 under its paragraph) has an empty
    // frame, which OpenPDF drops with its spacing: the grid keeps that distance itself, or its
    // top rule runs through the descenders of the line above.
    boolean bareGrid = frame.size() == 0;
    if (bareGrid) {
      grid.setSpacingBefore(frame.spacingBefore());
    }

    float page = document.top() - document.bottom();
    float needed = start(spec, frame, grid, pieces.get(0), page);
    float available = writer.getVerticalPosition(true) - document.bottom();
    if (needed > available) {
      document.newPage();
    }
    // PdfDocument breaks the page after a table unless two lines of its current leading still
    // fit; that leading is the last paragraph's (28 pt body text). A tiny one keeps a table's
    // notes on the table's page when they fit.
    document.add(new Paragraph(1f));
    if (!bareGrid) {
      document.add(frame);
    }
    for (int i = 0; i < grids.size(); i++) {
      PdfPTable g = grids.get(i);
      Piece piece = pieces.get(i);
      int headRows = piece.head().size();
      float rows = g.getTotalHeight() - g.getHeaderHeight();
      // what must start on one page: a merged group whole, else the head and one row
      float start = piece.group() ? rows : (g.size() > headRows ? g.getRowHeight(headRows) : 0);
      boolean sameHead = i > 0 && pieces.get(i - 1).head() == piece.head();
      g.setSkipFirstHeader(sameHead); // its head stands above it already, unless it turns a page
      if (i > 0) {
        float room = writer.getVerticalPosition(true) - document.bottom();
        float head = sameHead ? 0 : g.getHeaderHeight();
        if (head + start > room && g.getHeaderHeight() + start <= page) {
          document.newPage();
          g.setSkipFirstHeader(false);
        }
      }
      if (i < grids.size() - 1) {
        g.setSpacingAfter(0); // the pieces of one grid, flush
      } else if (notes != null && !piece.group() && g.size() - headRows > 1) {
        float room = writer.getVerticalPosition(true) - document.bottom();
        if (roomAfter(g, room, page) < notes.getTotalHeight() + g.spacingAfter()) {
          // the 注 would stand alone at the top of the next page: the last row goes with it
          PdfPTable rest = grid(part(spec, piece.from(), piece.to() - 1, piece.head()), plan);
          rest.setSkipFirstHeader(g.isSkipFirstHeader());
          rest.setSpacingBefore(g.spacingBefore());
          rest.setSpacingAfter(0);
          document.add(rest);
          document.newPage();
          g = grid(part(spec, piece.to() - 1, piece.to(), piece.head()), plan);
        }
      }
      document.add(g);
    }
    if (notes != null) {
      document.add(notes);
    }
  }

  /**
   * The height left on the page after {@code grid} is added with {@code room} left above it:
   * rows move to the next page whole (under the repeated head) when they do not fit, as
   * OpenPDF sets them. A row taller than a page is not followed (it is split anyway).
   */
  private static float roomAfter(PdfPTable grid, float room, float page) {
    float head = grid.getHeaderHeight();
    float left = room - grid.spacingBefore() - (grid.isSkipFirstHeader() ? 0 : head);
    for (int r = grid.getHeaderRows(); r < grid.size(); r++) {
      float row = grid.getRowHeight(r);
      if (row > left && row <= page - head) {
        left = page - head;
      }
      left -= row;
    }
    return left;
  }

  /**
   * The 注 lines under the grid, as a borderless one-column table: drawn on the same layer as
   * the grid (OpenPDF draws tables on the direct content, paragraphs on the page's text layer),
   * so the file holds the text in reading order — table, then its notes.
   */
  private PdfPTable notes(List<String> notes, float size, float width) throws DocumentException {
    PdfPTable table = lockedTable(new float[] {1});
    for (String note : notes) {
      PdfPCell cell = plainCell(typesetter.phrase(note, serif(size), size * 1.3f, false), Element.ALIGN_LEFT);
      cell.setVerticalAlignment(Element.ALIGN_TOP);
      cell.setPaddingBottom(size * 0.3f);
      table.addCell(cell);
    }
    return measured(table, width);
  }

  /**
   * A run of body rows set as a grid of its own under {@code head}: the table's header, or a
   * head inside the body. A {@code group} is rows joined by a merged cell (附件2's 一级指标 over
   * its 三级指标): it moves to the next page whole where it does not fit, as a row does, since
   * OpenPDF would cut the merged cell's text in two.
   */
  record Piece(List<List<TableSpec.Cell>> head, int from, int to, boolean group) {}

  /** The body in pieces: runs of plain rows, merged groups, and the part under a body head. */
  static List<Piece> pieces(TableSpec spec) {
    List<Piece> out = new java.util.ArrayList<>();
    TableSpec.BodyHead head = spec.bodyHead();
    if (head == null) {
      split(spec, spec.header(), 0, spec.body().size(), out);
    } else {
      split(spec, spec.header(), 0, head.start(), out);
      split(spec, spec.body().subList(head.start(), head.start() + head.rows()),
          head.start() + head.rows(), spec.body().size(), out);
    }
    if (out.isEmpty()) {
      out.add(new Piece(spec.header(), 0, 0, false));
    }
    return out;
  }

  private static void split(TableSpec spec, List<List<TableSpec.Cell>> head, int from, int to,
                            List<Piece> out) {
    int plain = from;
    int r = from;
    while (r < to) {
      int end = r + 1;
      for (int i = r; i < end; i++) { // a merged cell reaches down: the group grows
        for (TableSpec.Cell cell : spec.body().get(i)) {
          end = Math.max(end, Math.min(to, i + cell.rowspan()));
        }
      }
      if (end - r > 1) {
        if (plain < r) {
          out.add(new Piece(head, plain, r, false));
        }
        out.add(new Piece(head, r, end, true));
        plain = end;
      }
      r = end;
    }
    if (plain < to || out.isEmpty() && from == to) {
      out.add(new Piece(head, plain, to, false));
    }
  }

  /** Body rows {@code from} to {@code to} (exclusive) under {@code head}, as a grid of their own. */
  private static TableSpec part(TableSpec spec, int from, int to, List<List<TableSpec.Cell>> head) {
    return new TableSpec(spec.title(), spec.formNumber(), spec.unitLine(), spec.columns(), head,
        spec.body().subList(from, to), spec.notes(), spec.fontSize());
  }

  /** The grid alone, as planned for its content (package-visible for tests). */
  PdfPTable grid(TableSpec spec) throws DocumentException {
    return grid(spec, plan(spec));
  }

  PdfPTable grid(TableSpec spec, TableFit.Plan plan) throws DocumentException {
    float size = plan.size();
    float[] absolute = plan.widths();
    PdfPTable table = lockedTable(absolute);
    table.setHeaderRows(spec.header().size());
    table.setSpacingAfter(size * 0.5f);
    RowText rowText = new RowText();
    addRows(table, spec.header(), absolute, size, true, rowText);
    addRows(table, spec.body(), absolute, size, false, rowText);
    return measured(table, plan.totalWidth());
  }

  /** Title, form number and unit line: a borderless three-column table, measured like the grid. */
  private PdfPTable frame(TableSpec spec, TableFit.Plan plan, String tocTag) throws DocumentException {
    float size = plan.size();
    float width = plan.totalWidth();
    List<String> unit = unitParts(spec);
    UnitLine line = unit == null ? null : unitLine(unit, size, width);
    PdfPTable frame = lockedTable(line == null ? new float[] {5, 3, 5} : line.widths());
    frame.setSpacingBefore(size * 1.5f);
    if (notBlank(spec.title())) {
      Phrase phrase = typesetter.phrase(spec.title(), typesetter.type().sans(Typography.TABLE_TITLE_SIZE),
          Typography.TABLE_TITLE_SIZE * 1.4f, false);
      if (tocTag != null && !phrase.isEmpty() && phrase.get(0) instanceof com.lowagie.text.Chunk first) {
        TableOfContents.anchor(first, tocTag);
      }
      PdfPCell title = plainCell(phrase, Element.ALIGN_CENTER);
      title.setColspan(3);
      title.setPaddingBottom(4f);
      frame.addCell(title);
    }
    if (notBlank(spec.formNumber())) {
      PdfPCell number = plainCell(spec.formNumber(), serif(size), Element.ALIGN_RIGHT, size * 1.4f);
      number.setColspan(3);
      // More than 1.5 lines above the unit line: poppler reads "公开 NN 表" as a line of its own,
      // before the unit line, instead of one block with "金额单位：万元" below it.
      number.setPaddingBottom(2f + 0.4f * size);
      frame.addCell(number);
    }
    if (line != null) {
      int[] align = {Element.ALIGN_LEFT, Element.ALIGN_CENTER, Element.ALIGN_RIGHT};
      if (line.twoLines()) { // the name alone, then the year centred and the unit at the right
        frame.addCell(hanging(unit.get(0), serif(line.size()), line.size() * 1.4f));
        unit.set(0, "");
      }
      for (int i = 0; i < 3; i++) {
        frame.addCell(plainCell(unit.get(i), serif(line.size()), align[i], line.size() * 1.4f));
      }
    }
    return measured(frame, width);
  }

  /** The unit line's three parts, never null, or null when the form has no unit line. */
  private static List<String> unitParts(TableSpec spec) {
    if (spec.unitLine() == null || spec.unitLine().isEmpty()) {
      return null;
    }
    List<String> parts = new java.util.ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String part = i < spec.unitLine().size() ? spec.unitLine().get(i) : null;
      parts.add(part == null ? "" : part);
    }
    return parts;
  }

  /**
   * How the unit line is set. One line at the table's size where its three parts fit with an
   * ideograph between them (the year in the middle of the table where there is room, else in
   * the middle of the gap); a long 部门 name takes the line a little smaller, down to
   * {@link #UNIT_LINE_MIN_SIZE} (a 40-character name fits a portrait table that way). A longer
   * name gets a line of its own, wrapping under itself after "部门：", and the year and 金额单位
   * go on the line below.
   */
  record UnitLine(float size, float[] widths, boolean twoLines) {}

  static final float UNIT_LINE_MIN_SIZE = 6.5f;

  UnitLine unitLine(List<String> parts, float tableSize, float total) {
    for (float size = tableSize; size >= Math.min(UNIT_LINE_MIN_SIZE, tableSize) - 0.01f; size -= 0.5f) {
      float left = width(parts.get(0), size);
      float centre = width(parts.get(1), size);
      float right = width(parts.get(2), size);
      float gap = size;
      float side = (total - Math.max(centre, 3f / 13 * total)) / 2;
      if (left + gap <= side && right + gap <= side) {
        return new UnitLine(size, new float[] {side, total - 2 * side, side}, false); // as designed
      }
      if (left + centre + right + 2 * gap <= total) {
        float l = left + gap;
        float r = right + gap;
        return new UnitLine(size, new float[] {l, total - l - r, r}, false);
      }
    }
    float right = width(parts.get(2), tableSize) + tableSize;
    return new UnitLine(tableSize, new float[] {right, total - 2 * right, right}, true);
  }

  private float width(String text, float size) {
    return Typesetter.width(text, typesetter.type().serif, size) + 1f;
  }

  /** "部门：name" over the whole width, wrapped lines aligned under the name. */
  private PdfPCell hanging(String text, Font font, float leading) {
    Paragraph p = new Paragraph(typesetter.phrase(text, font, leading, false));
    int colon = text.indexOf('：');
    float indent = colon < 0 ? 0 : width(text.substring(0, colon + 1), font.getSize()) - 1f;
    p.setIndentationLeft(indent);
    p.setFirstLineIndent(-indent);
    p.setAlignment(Element.ALIGN_LEFT);
    PdfPCell cell = plainCell(new Phrase(""), Element.ALIGN_LEFT);
    cell.addElement(p);
    cell.setColspan(3);
    return cell;
  }

  private void addRows(PdfPTable table, List<List<TableSpec.Cell>> rows, float[] absolute,
                       float size, boolean header, RowText rowText) {
    int[] pending = new int[absolute.length];
    for (List<TableSpec.Cell> row : rows) {
      int col = 0;
      for (int i = 0; i < row.size(); i++) {
        TableSpec.Cell cell = row.get(i);
        while (col < absolute.length && pending[col] > 0) {
          col++;
        }
        float width = 0;
        for (int c = col; c < col + cell.colspan(); c++) {
          width += absolute[c];
          pending[c] = cell.rowspan();
        }
        PdfPCell drawn = gridCell(cell, width - 2 * padX(size) - BORDER, size, header);
        drawn.setCellEvent(rowText.cell(i == row.size() - 1 ? RowText.of(row) : null, header));
        table.addCell(drawn);
        col += cell.colspan();
      }
      for (int c = 0; c < pending.length; c++) {
        pending[c] = Math.max(0, pending[c] - 1);
      }
    }
  }

  private PdfPCell gridCell(TableSpec.Cell spec, float innerWidth, float size, boolean header) {
    String text = spec.text() == null ? "" : spec.text();
    float fitted = fitUnbreakable(text, size, innerWidth);
    // Composite mode (a Paragraph inside the cell): with the ascender used, wrapped text sits
    // clear of the top border; in text mode a two-line cell touches it.
    PdfPCell cell = new PdfPCell();
    // an empty cell holds no paragraph: a third of a form's cells are empty, and OpenPDF lays
    // out an empty paragraph as any other (twice: measured, then drawn) to print nothing
    if (!text.isEmpty()) {
      Paragraph content = new Paragraph(typesetter.phrase(text, serif(fitted), fitted * 1.3f, spec.bold()));
      content.setAlignment(spec.align() == null ? Element.ALIGN_LEFT : switch (spec.align()) {
        case LEFT -> Element.ALIGN_LEFT;
        case CENTER -> Element.ALIGN_CENTER;
        case RIGHT -> Element.ALIGN_RIGHT;
      });
      cell.addElement(content);
    }
    cell.setColspan(spec.colspan());
    cell.setRowspan(spec.rowspan());
    cell.setVerticalAlignment(header ? Element.ALIGN_MIDDLE : Element.ALIGN_TOP);
    cell.setBorder(Rectangle.BOX);
    cell.setBorderWidth(BORDER);
    cell.setPaddingLeft(padX(size));
    cell.setPaddingRight(padX(size));
    // Text set smaller keeps the row's baseline: poppler groups words by baseline, and a
    // row whose texts share one is read as a row.
    float lift = fitted < size
        ? typesetter.type().serif.getFontDescriptor(BaseFont.ASCENT, size - fitted) : 0f;
    cell.setPaddingTop(PAD_Y + lift);
    cell.setPaddingBottom(PAD_Y + 1f);
    cell.setUseAscender(true);
    cell.setUseDescender(true);
    // 1.75 lines a body row: 公开01's 33 rows, its frame and notes fit one page, as printed.
    cell.setMinimumHeight(size * (header ? 2.0f : 1.75f));
    return cell;
  }

  /**
   * An amount or code ("4787873.97", "2080505") has no break point; when it is wider than its
   * cell it is set smaller instead of being cut in the middle.
   */
  private float fitUnbreakable(String text, float size, float innerWidth) {
    if (text.isEmpty() || text.chars().anyMatch(c -> c == ' ' || CjkLineBreaker.isWide((char) c))) {
      return size;
    }
    float width = Typesetter.width(text, typesetter.type().serif, size);
    if (width <= innerWidth) {
      return size;
    }
    return Math.max(MIN_FIT_SIZE, size * innerWidth / width * 0.98f);
  }

  private PdfPCell plainCell(String text, Font font, int align, float leading) {
    return plainCell(typesetter.phrase(text, font, leading, false), align);
  }

  private static PdfPCell plainCell(Phrase phrase, int align) {
    PdfPCell cell = new PdfPCell(phrase);
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setHorizontalAlignment(align);
    cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
    cell.setPaddingLeft(0);
    cell.setPaddingRight(0);
    cell.setPaddingTop(1f);
    cell.setPaddingBottom(2f);
    cell.setUseAscender(true);
    cell.setUseDescender(true);
    return cell;
  }

  /**
   * A table of the text-block width, not yet measured: its total width is set by
   * {@link #measured} once all cells are in. (With the width set first, OpenPDF lays out every
   * row as it is completed by addCell, and again when the heights are calculated.)
   */
  private static PdfPTable lockedTable(float[] relativeWidths) throws DocumentException {
    PdfPTable table = new MeasuredTable(relativeWidths.length);
    table.setLockedWidth(true);
    table.setWidths(relativeWidths);
    table.setHorizontalAlignment(Element.ALIGN_CENTER);
    table.setSplitLate(true);
    return table;
  }

  /** Sets the table's width, which lays out and measures every row (once, see MeasuredTable). */
  private static PdfPTable measured(PdfPTable table, float width) {
    table.setTotalWidth(width);
    return table;
  }

  private Font serif(float size) {
    return typesetter.type().serif(size);
  }

  private static float fontSize(TableSpec spec) {
    return spec.fontSize() > 0 ? spec.fontSize() : DEFAULT_FONT_SIZE;
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }
}
