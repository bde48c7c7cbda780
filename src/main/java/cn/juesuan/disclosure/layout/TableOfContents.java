package cn.juesuan.disclosure.layout;

import cn.juesuan.disclosure.document.Block;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The 目录 and the outline. Part titles, listed level-1 headings and table titles register an entry and
 * carry a generic tag; when OpenPDF writes the tagged line the page event reports the page and
 * position, and the entry gets its page number and its bookmark (parts at level 1, headings
 * under the part before them). The 目录 itself is typeset after the body, when every number is
 * known, and moved behind the cover by page reordering: one pass, no re-layout. An entry
 * {@code listed} false is a bookmark only: the outline has every section, the printed 目录
 * the ones a reader looks up (parts, tables, 附件), so that it stays one page.
 */
final class TableOfContents {

  static final String ANCHOR_TAG = "toc-anchor:";
  static final String LEADER_TAG = "toc-leader:";
  private static final float NUMBER_COLUMN = 48f;

  /** One 目录 line. {@code page} is the body page number, 0 until the line is placed. */
  static final class Entry {
    final boolean part;
    final String text;
    final boolean listed;
    int page;

    Entry(boolean part, String text, boolean listed) {
      this.part = part;
      this.text = text;
      this.listed = listed;
    }
  }

  private final List<Entry> entries = new ArrayList<>();
  private PdfOutline currentPart;

  /**
   * Registers an entry listed as {@code listing} says and returns the chunk tag that will report
   * where it lands; null for {@link Block.Listing#NONE} (nothing to register).
   */
  String register(boolean part, String text, Block.Listing listing) {
    if (listing == Block.Listing.NONE) {
      return null;
    }
    entries.add(new Entry(part, text, listing == Block.Listing.CONTENTS));
    return ANCHOR_TAG + (entries.size() - 1);
  }

  boolean isEmpty() {
    return entries.isEmpty();
  }

  List<Entry> entries() {
    return entries;
  }

  /**
   * Marks {@code first} as the place of the entry {@code tag}: the page event learns its page
   * from the generic tag, and the 目录 links to its named destination.
   */
  static void anchor(com.lowagie.text.Chunk first, String tag) {
    first.setGenericTag(tag);
    first.setLocalDestination(destinationName(Integer.parseInt(tag.substring(ANCHOR_TAG.length()))));
  }

  static String destinationName(int index) {
    return "toc-" + index;
  }

  /** Called from the page event when the tagged line is written (on its page). */
  void placed(int index, int bodyPage, PdfWriter writer, Rectangle where) {
    Entry entry = entries.get(index);
    if (entry.page != 0) {
      return; // a wrapped title reports each of its lines; the first one counts
    }
    entry.page = bodyPage;
    PdfDestination dest = new PdfDestination(PdfDestination.XYZ, PageGeometry.TEXT_LEFT,
        where.getTop() + Typography.BODY_SIZE, 0);
    PdfOutline root = writer.getDirectContent().getRootOutline();
    if (entry.part) {
      currentPart = new PdfOutline(root, dest, entry.text, true);
    } else {
      new PdfOutline(currentPart != null ? currentPart : root, dest, entry.text, true);
    }
  }

  /** Draws the dot leader from the end of a 目录 title to the page-number column. */
  static void drawLeader(PdfWriter writer, Rectangle titleEnd) {
    float from = titleEnd.getRight() + 4f;
    float to = PageGeometry.TEXT_RIGHT - NUMBER_COLUMN + 4f;
    if (to - from < 8f) {
      return;
    }
    PdfContentByte canvas = writer.getDirectContent();
    canvas.saveState();
    canvas.setLineWidth(1.2f);
    canvas.setLineCap(PdfContentByte.LINE_CAP_ROUND);
    canvas.setLineDash(0f, 4f, 2f);
    canvas.setGrayStroke(0.25f);
    float y = titleEnd.getBottom() + 2f;
    canvas.moveTo(from, y);
    canvas.lineTo(to, y);
    canvas.stroke();
    canvas.restoreState();
  }

  /** Typesets the 目录 at the current (fresh) page. */
  void render(Document document, Typesetter typesetter) throws DocumentException {
    Typography type = typesetter.type();
    Paragraph title = new Paragraph(typesetter.phrase("目　录", type.sans(Typography.PART_SIZE),
        Typography.PART_SIZE * 1.5f, false));
    title.setAlignment(Element.ALIGN_CENTER);
    title.setSpacingAfter(Typography.BODY_LEADING);
    document.add(title);

    // The 目录 keeps to one page: where its lines would run over (a format listing every
    // section, long names wrapping), the type is set smaller, 0.5 pt at a time down to 四号.
    float room = document.top() - document.bottom() - title.getTotalLeading() - title.getSpacingAfter()
        - Typography.BODY_LEADING / 2;
    PdfPTable table = table(typesetter, Typography.TOC_SIZE);
    for (float size = Typography.TOC_SIZE - 0.5f; table.getTotalHeight() > room && size >= MIN_SIZE; size -= 0.5f) {
      table = table(typesetter, size);
    }
    document.add(table);
  }

  /** The smallest 目录 type: 四号. */
  private static final float MIN_SIZE = 14f;

  /** The 目录's lines with type of {@code size}: title and page number, each entry a row. */
  private PdfPTable table(Typesetter typesetter, float size) {
    Typography type = typesetter.type();
    PdfPTable table = new PdfPTable(new float[] {PageGeometry.TEXT_WIDTH - NUMBER_COLUMN, NUMBER_COLUMN});
    table.setTotalWidth(PageGeometry.TEXT_WIDTH);
    table.setLockedWidth(true);
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = entries.get(i);
      if (!entry.listed) {
        continue;
      }
      var font = entry.part ? type.sans(size) : type.serif(size);
      var phrase = typesetter.phrase(entry.text, font, Typography.BODY_LEADING, false);
      Chunk last = (Chunk) phrase.get(phrase.size() - 1);
      last.setGenericTag(LEADER_TAG + i);
      for (Object o : phrase) {
        ((Chunk) o).setLocalGoto(destinationName(i));
      }
      PdfPCell text = bare(phrase, Element.ALIGN_LEFT);
      text.setPaddingLeft(entry.part ? 0 : Typography.INDENT);
      // leave room for the leader on the title's last line
      text.setPaddingRight(24f);
      table.addCell(text);
      var number = typesetter.phrase(String.valueOf(entry.page), type.serif(size),
          Typography.BODY_LEADING, false);
      table.addCell(bare(number, Element.ALIGN_RIGHT));
    }
    return table;
  }

  private static PdfPCell bare(com.lowagie.text.Phrase phrase, int align) {
    PdfPCell cell = new PdfPCell(phrase);
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setHorizontalAlignment(align);
    cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
    cell.setPadding(0);
    cell.setPaddingBottom(4f);
    return cell;
  }
}
