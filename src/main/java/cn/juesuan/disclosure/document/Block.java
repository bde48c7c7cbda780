package cn.juesuan.disclosure.document;

import java.util.List;

/**
 * The layout-neutral document tree: what the narrative and the table forms hand to the PDF
 * writer (as pandoc's AST sits between its readers and writers). Nothing here knows YAML,
 * arithmetic or PDF; every text is final, every amount already formatted.
 *
 * <p>Code that walks the tree does it through {@link Visitor}: each kind of block has its own
 * method, so a new kind does not compile until every walker (typesetting, text checks, text
 * rewriting) handles it.
 */
public sealed interface Block {

  /** Dispatches on the kind of block. */
  <R> R accept(Visitor<R> visitor);

  /** One method per kind of block. */
  interface Visitor<R> {
    R partTitle(PartTitle part);

    R heading(Heading heading);

    R attachmentLabel(AttachmentLabel label);

    R paragraph(Paragraph paragraph);

    R table(Table table);

    R pageBreak(PageBreak pageBreak);
  }

  /** A part title (第一部分 部门概况): starts a bookmark of level 1 and an entry of the 目录. */
  record PartTitle(String text, boolean newPage) implements Block {
    @Override
    public <R> R accept(Visitor<R> v) {
      return v.partTitle(this);
    }
  }

  /**
   * Where a heading or a table title is listed besides the page: the 目录 (and the outline),
   * the outline (PDF bookmarks) only, or nowhere. Part titles and 附件 are always in both.
   */
  enum Listing { CONTENTS, OUTLINE, NONE }

  /**
   * A heading inside a part. Level 1 = 一、 (sans, listed as {@code listing} says), level 2 =
   * （一）, level 3 = 1. (body font; never listed). {@code contents}: the 目录's words where they
   * differ from the heading's (普陀区 样张: 目录 "十一、其他重要事项说明" over the heading
   * "十一、其他重要事项的情况说明"), else null.
   */
  record Heading(int level, String text, Listing listing, String contents) implements Block {
    public Heading(int level, String text, Listing listing) {
      this(level, text, listing, null);
    }

    /** The text of its 目录 entry and bookmark. */
    public String listedText() {
      return contents != null ? contents : text;
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.heading(this);
    }
  }

  /**
   * The label at the top-left of an attachment ("附件 1：", GB/T 9704: 黑体, no indent). The 目录 and
   * the outline list it with its title, which the page itself does not repeat.
   */
  record AttachmentLabel(String label, String title) implements Block {
    @Override
    public <R> R accept(Visitor<R> v) {
      return v.attachmentLabel(this);
    }
  }

  /** A body paragraph; {@code indent} = two-character first-line indent (Chinese habit). */
  record Paragraph(String text, boolean indent, Align align) implements Block {
    public Paragraph(String text) {
      this(text, true, Align.JUSTIFIED);
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.paragraph(this);
    }
  }

  /**
   * A table form (公开01–09, 附件2) described declaratively; its title listed as {@code listing}
   * says, under {@code contents} where the 目录 numbers what the page does not ("一、收入支出决算总表"
   * over a page titled 收入支出决算总表), else under its title (null).
   */
  record Table(TableSpec spec, Listing listing, String contents) implements Block {
    public Table(TableSpec spec) {
      this(spec, Listing.CONTENTS);
    }

    public Table(TableSpec spec, Listing listing) {
      this(spec, listing, null);
    }

    /** The text of its 目录 entry and bookmark. */
    public String listedTitle() {
      return contents != null ? contents : spec.title();
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.table(this);
    }
  }

  /** Forces the next block onto a new page. */
  record PageBreak() implements Block {
    @Override
    public <R> R accept(Visitor<R> v) {
      return v.pageBreak(this);
    }
  }

  enum Align { LEFT, CENTER, RIGHT, JUSTIFIED }

  /** A whole document: cover data, metadata and the blocks in reading order. */
  record Doc(Metadata metadata, Cover cover, List<Block> blocks) {}

  /** The cover page (unit name, title, date line). */
  record Cover(String unit, String title, String dateLine) {}

  /**
   * PDF metadata. {@code date} is the document's own date (never the clock), used for
   * CreationDate/ModDate; {@code fileId} seeds the /ID so the same input gives the same bytes.
   */
  record Metadata(String title, String author, String subject, String keywords, String language,
                  java.time.OffsetDateTime date, byte[] fileId, String watermark,
                  List<String> draftNotice) {}
}
