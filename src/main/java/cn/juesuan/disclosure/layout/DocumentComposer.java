package cn.juesuan.disclosure.layout;

import cn.juesuan.disclosure.document.Block;
import cn.juesuan.disclosure.document.TableSpec;
import cn.juesuan.disclosure.layout.PageDecorator.Section;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageLabels;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * One render of one Doc: draft findings, cover, body blocks, then the 目录 (typeset last, when
 * every page number is known, and moved behind the cover by page reordering).
 */
final class DocumentComposer {

  private final Block.Doc doc;
  private final Typesetter typesetter;
  private final Typography type;
  private final TableRenderer tables;
  private final TableOfContents toc = new TableOfContents();
  private final PageDecorator decorator;
  private Document document;
  private PdfWriter writer;
  private TextFlow text;
  /** The orientation of the pages from now on. */
  private boolean landscape;

  DocumentComposer(Block.Doc doc, FontSet.Fonts fonts) {
    this.doc = doc;
    this.type = new Typography(fonts.serif(), fonts.sans());
    this.typesetter = new Typesetter(type);
    this.tables = new TableRenderer(typesetter);
    this.decorator = new PageDecorator(type, toc,
        doc.metadata() == null ? null : doc.metadata().watermark());
  }

  void write(OutputStream out, byte[] fileId) throws DocumentException {
    document = new Document(PageGeometry.PAGE, PageGeometry.MARGIN_LEFT,
        PageGeometry.MARGIN_RIGHT, PageGeometry.MARGIN_TOP, PageGeometry.MARGIN_BOTTOM);
    writer = PdfWriter.getInstance(document, out);
    writer.setFullCompression();
    writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
    // Justify by spreading characters and spaces alike (the default loads spaces 2.5 times,
    // which opens wide gaps around the rare space in Chinese text, e.g. "单位 2 个").
    writer.setSpaceCharRatio(1f);
    writer.setPageEvent(decorator);
    text = new TextFlow(document, writer, type, typesetter, tables);

    List<String> notice = doc.metadata() == null || doc.metadata().draftNotice() == null
        ? List.of() : doc.metadata().draftNotice();
    // The first page belongs to the first section there is: a document without cover starts
    // with its body (the 目录 then goes before it, not after its first page).
    decorator.nextSection(!notice.isEmpty() ? Section.DRAFT
        : doc.cover() != null ? Section.COVER : Section.BODY);
    document.open();
    writer.setLinearPageMode(); // page reordering needs a flat page tree
    if (doc.metadata() != null) {
      // PDF/A-2b: XMP twin of the info, sRGB output intent, PDF 1.7 (the base of ISO 19005-2).
      writer.setPdfVersion(PdfWriter.VERSION_1_7);
      DocumentInfo.apply(writer, doc.metadata(), fileId);
      OutputIntent.apply(writer);
    }

    if (!notice.isEmpty()) {
      draftNotice(notice);
      startSection(Section.COVER);
    }
    if (doc.cover() != null) {
      cover(doc.cover());
    }
    startSection(Section.BODY);
    List<Block> blocks = doc.blocks();
    for (int i = 0; i < blocks.size(); i++) {
      Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
      following = i + 2 < blocks.size() ? blocks.get(i + 2) : null;
      int list = text.listRun(blocks, i);
      if (list > 1) {
        text.keepWithNext(list * Typography.BODY_LEADING); // a short list (附件：1、… 2、…) stays together
      }
      add(blocks.get(i), next);
    }
    if (!toc.isEmpty()) {
      startSection(Section.TOC);
      toc.render(document, typesetter);
    }
    document.newPage(); // finish the last page before reordering
    int pages = writer.reorderPages(frontMatterFirst());
    writer.setPageLabels(pageLabels());
    document.close();
    if (pages == 0) {
      throw new IllegalStateException("document has no pages");
    }
  }

  // ---- sections -------------------------------------------------------------------------

  private void startSection(Section section) throws DocumentException {
    orient(false);
    decorator.nextSection(section);
    if (!document.newPage()) {
      decorator.reassignEmptyPage(section);
    }
  }

  /** Physical order is draft, cover, body, 目录; the reader's order is draft, cover, 目录, body. */
  private int[] frontMatterFirst() {
    List<Section> pages = decorator.physicalPages();
    List<Integer> order = new ArrayList<>();
    for (Section wanted : new Section[] {Section.DRAFT, Section.COVER, Section.TOC, Section.BODY}) {
      for (int i = 0; i < pages.size(); i++) {
        if (pages.get(i) == wanted) {
          order.add(i + 1);
        }
      }
    }
    return order.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Viewer page labels that match the printed numbers (I, II … for the 目录, 1, 2 … after). */
  private PdfPageLabels pageLabels() {
    PdfPageLabels labels = new PdfPageLabels();
    List<Section> pages = decorator.physicalPages();
    int page = 1;
    for (Section section : new Section[] {Section.DRAFT, Section.COVER, Section.TOC, Section.BODY}) {
      long count = pages.stream().filter(s -> s == section).count();
      if (count == 0) {
        continue;
      }
      switch (section) {
        case DRAFT -> labels.addPageLabel(page, PdfPageLabels.EMPTY, "草稿说明", 1);
        case COVER -> labels.addPageLabel(page, PdfPageLabels.EMPTY, "封面", 1);
        case TOC -> labels.addPageLabel(page, PdfPageLabels.UPPERCASE_ROMAN_NUMERALS, null, 1);
        case BODY -> labels.addPageLabel(page, PdfPageLabels.DECIMAL_ARABIC_NUMERALS, null, 1);
      }
      page += (int) count;
    }
    return labels;
  }

  private void draftNotice(List<String> lines) throws DocumentException {
    Paragraph title = paragraph("草稿审核意见（本页不属于公开文本）", type.sans(18f), 30f,
        Element.ALIGN_CENTER, false);
    title.setSpacingAfter(12f);
    document.add(title);
    for (String line : lines) {
      Paragraph p = paragraph(line, type.serif(Typography.NOTICE_SIZE), 20f, Element.ALIGN_LEFT, false);
      p.setSpacingAfter(4f);
      document.add(p);
    }
  }

  /**
   * Cover: unit and title in the upper third, the date line low on the page. A long unit name
   * makes the title block grow downward; where it would reach the date line, the name is set
   * smaller (2 pt at a time, down to {@link #COVER_UNIT_MIN_SIZE}) so that nothing overprints,
   * and a name too long even then pushes the date line down to the foot of the text block.
   */
  private void cover(Block.Cover cover) throws DocumentException {
    float top = PageGeometry.TEXT_TOP - 40 * PageGeometry.MM;
    float dateTop = PageGeometry.TEXT_BOTTOM + 60 * PageGeometry.MM;
    float gap = Typography.BODY_LEADING;
    float size = Typography.COVER_UNIT_SIZE;
    float bottom = coverBlock(cover, size, top, true);
    while (bottom < dateTop + gap && size > COVER_UNIT_MIN_SIZE) {
      size -= 2;
      bottom = coverBlock(cover, size, top, true);
    }
    coverBlock(cover, size, top, false);
    if (notBlank(cover.dateLine())) {
      float dateHigh = Math.max(PageGeometry.TEXT_BOTTOM + Typography.BODY_LEADING,
          Math.min(dateTop, bottom - gap));
      ColumnText lower = new ColumnText(writer.getDirectContent());
      lower.setSimpleColumn(PageGeometry.TEXT_LEFT, PageGeometry.TEXT_BOTTOM,
          PageGeometry.TEXT_RIGHT, dateHigh);
      lower.addElement(paragraph(cover.dateLine(), type.serif(Typography.BODY_SIZE),
          Typography.BODY_LEADING, Element.ALIGN_CENTER, false));
      lower.go();
    }
  }

  static final float COVER_UNIT_MIN_SIZE = 12f;

  /** Sets (or, {@code simulate}, measures) the unit and title from {@code top}; returns its foot. */
  private float coverBlock(Block.Cover cover, float unitSize, float top, boolean simulate)
      throws DocumentException {
    ColumnText upper = new ColumnText(writer.getDirectContent());
    upper.setSimpleColumn(PageGeometry.TEXT_LEFT, PageGeometry.TEXT_BOTTOM,
        PageGeometry.TEXT_RIGHT, top);
    if (notBlank(cover.unit())) {
      Paragraph unit = paragraph(cover.unit(), type.sans(unitSize), unitSize * 1.6f,
          Element.ALIGN_CENTER, false);
      unit.setSpacingAfter(18f);
      upper.addElement(unit);
    }
    if (notBlank(cover.title())) {
      upper.addElement(paragraph(cover.title(), type.sans(Typography.COVER_TITLE_SIZE),
          Typography.COVER_TITLE_SIZE * 1.6f, Element.ALIGN_CENTER, false, true));
    }
    upper.go(simulate);
    return upper.getYLine();
  }

  // ---- body blocks ----------------------------------------------------------------------

  /**
   * Typesets one block, knowing the next (a title or heading goes onto the page of the table
   * it introduces, landscape or not). The visitor cannot throw OpenPDF's checked exception, so
   * it travels wrapped and is unwrapped here.
   */
  private void add(Block block, Block next) throws DocumentException {
    this.next = next;
    try {
      block.accept(typesetting);
    } catch (Wrapped e) {
      throw e.cause;
    }
  }

  /** The block after the one being typeset (null at the end), and the one after that. */
  private Block next;
  private Block following;

  private static final class Wrapped extends RuntimeException {
    private final DocumentException cause;

    Wrapped(DocumentException cause) {
      super(cause);
      this.cause = cause;
    }
  }

  @FunctionalInterface
  private interface Step {
    void run() throws DocumentException;
  }

  private static Void run(Step step) {
    try {
      step.run();
    } catch (DocumentException e) {
      throw new Wrapped(e);
    }
    return null;
  }

  /** A title or heading: on the page, and in the orientation, of the table it introduces. */
  private void introduce() throws DocumentException {
    // a type test, not a walk: only whether the next block is a table matters here
    TableSpec table = next instanceof Block.Table t ? t.spec() : null;
    orient(table != null && tables.plan(table).landscape());
  }

  /** Each kind of block onto the page. */
  private final Block.Visitor<Void> typesetting = new Block.Visitor<>() {
    @Override
    public Void partTitle(Block.PartTitle part) {
      return run(() -> {
        introduce();
        DocumentComposer.this.partTitle(part, next);
      });
    }

    @Override
    public Void heading(Block.Heading heading) {
      return run(() -> {
        introduce();
        DocumentComposer.this.heading(heading, next);
      });
    }

    @Override
    public Void attachmentLabel(Block.AttachmentLabel label) {
      return run(() -> {
        introduce();
        DocumentComposer.this.attachmentLabel(label, next);
      });
    }

    @Override
    public Void paragraph(Block.Paragraph p) {
      return run(() -> {
        orient(false);
        text.paragraph(p);
      });
    }

    @Override
    public Void table(Block.Table table) {
      return run(() -> {
        TableFit.Plan plan = tables.plan(table.spec());
        orient(plan.landscape());
        // A table's title is an entry of the 目录 and the outline too, unless its listing says
        // otherwise.
        String title = table.listedTitle();
        tables.render(table.spec(), plan, document, writer,
            notBlank(table.spec().title()) ? toc.register(false, title, table.listing()) : null);
      });
    }

    @Override
    public Void pageBreak(Block.PageBreak pageBreak) {
      return run(() -> {
        orient(false);
        document.newPage();
      });
    }
  };

  private void partTitle(Block.PartTitle part, Block next) throws DocumentException {
    float leading = Typography.PART_SIZE * 1.6f;
    if (part.newPage()) {
      document.newPage();
    } else {
      text.keepWithNext(leading + Math.max(3 * Typography.BODY_LEADING, text.startOf(next, following)));
    }
    Paragraph p = paragraph(part.text(), type.sans(Typography.PART_SIZE), leading,
        Element.ALIGN_CENTER, false);
    p.setSpacingBefore(Typography.BODY_LEADING / 2);
    p.setSpacingAfter(Typography.BODY_LEADING / 2);
    anchor(p, toc.register(true, part.text(), Block.Listing.CONTENTS));
    document.add(p);
  }

  /** 一、 sans; （一） serif thickened; 1. serif; all with the paragraph indent (GB/T 9704). */
  private void heading(Block.Heading heading, Block next) throws DocumentException {
    text.keepWithNext(Typography.BODY_LEADING + text.startOf(next, following));
    int level = heading.level();
    Font font = level <= 1 ? type.sans(Typography.BODY_SIZE) : type.body();
    Paragraph p = new Paragraph(typesetter.phrase(heading.text(), font, Typography.BODY_LEADING,
        level == 2));
    p.setAlignment(Element.ALIGN_LEFT);
    p.setFirstLineIndent(Typography.INDENT);
    String tag = level <= 1 ? toc.register(false, heading.listedText(), heading.listing()) : null;
    if (tag != null) {
      anchor(p, tag);
    }
    document.add(p);
  }

  /** "附件 1：" in sans at the left margin; its 目录 entry carries the title. */
  private void attachmentLabel(Block.AttachmentLabel label, Block next) throws DocumentException {
    text.keepWithNext(Typography.BODY_LEADING + text.startOf(next, following));
    Paragraph p = paragraph(label.label(), type.sans(Typography.BODY_SIZE), Typography.BODY_LEADING,
        Element.ALIGN_LEFT, false);
    anchor(p, toc.register(true, label.label() + label.title(), Block.Listing.CONTENTS));
    document.add(p);
  }

  /**
   * Turns the sheet when the next block needs the other orientation: a table too wide for
   * portrait gets landscape pages of its own, and the text after it a portrait page again.
   * (OpenPDF applies a page size and margins from the next page on; an empty page takes them
   * at once.)
   */
  private void orient(boolean wantLandscape) throws DocumentException {
    if (wantLandscape == landscape) {
      return;
    }
    if (wantLandscape) {
      document.setPageSize(PageGeometry.LANDSCAPE_PAGE);
      document.setMargins(PageGeometry.LANDSCAPE_MARGIN_LEFT, PageGeometry.LANDSCAPE_MARGIN_RIGHT,
          PageGeometry.LANDSCAPE_MARGIN_TOP, PageGeometry.LANDSCAPE_MARGIN_BOTTOM);
    } else {
      document.setPageSize(PageGeometry.PAGE);
      document.setMargins(PageGeometry.MARGIN_LEFT, PageGeometry.MARGIN_RIGHT,
          PageGeometry.MARGIN_TOP, PageGeometry.MARGIN_BOTTOM);
    }
    document.newPage();
    landscape = wantLandscape;
  }

  /** Tags the first chunk: the page event learns the page, the 目录 links to the spot. */
  private void anchor(Paragraph p, String tag) {
    TableOfContents.anchor((Chunk) p.get(0), tag);
  }

  private Paragraph paragraph(String text, Font font, float leading, int align, boolean indent) {
    return typesetter.paragraph(text, font, leading, align, indent, false);
  }

  private Paragraph paragraph(String text, Font font, float leading, int align, boolean indent,
                              boolean bold) {
    return typesetter.paragraph(text, font, leading, align, indent, bold);
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }
}
