package cn.juesuan.disclosure.document;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The one walk over every string a document prints: the cover, the watermark, the draft notice
 * and each block's texts (a table's title, label, unit line, cells and notes). Checking the
 * texts (a glyph no font has), hashing them and rewriting them (a draft's stand-in for such a
 * glyph) all go through {@link #rewrite}, so they cannot drift apart.
 */
public final class DocumentTexts {
  private DocumentTexts() {}

  /** A function of one printed string and where it is ("block 12 (heading)"). */
  @FunctionalInterface
  public interface TextFunction {
    String apply(String where, String text);
  }

  /** Visits (where, text) for every string that ends up on a page, in reading order. */
  public static void forEach(Block.Doc doc, BiConsumer<String, String> visit) {
    rewrite(doc, (where, text) -> {
      visit.accept(where, text);
      return text;
    });
  }

  /**
   * The same document with every printed string replaced by {@code fn(where, text)}. Metadata
   * that is not drawn (title, author … of the document information) is kept as it is.
   */
  public static Block.Doc rewrite(Block.Doc doc, TextFunction fn) {
    Block.Cover c = doc.cover();
    Block.Cover cover = c == null ? null : new Block.Cover(fn.apply("cover unit", c.unit()),
        fn.apply("cover title", c.title()), fn.apply("cover date line", c.dateLine()));
    Block.Metadata m = doc.metadata();
    Block.Metadata meta = m == null ? null : new Block.Metadata(m.title(), m.author(), m.subject(),
        m.keywords(), m.language(), m.date(), m.fileId(), fn.apply("watermark", m.watermark()),
        m.draftNotice() == null ? null : m.draftNotice().stream().map(l -> fn.apply("draft notice", l)).toList());
    List<Block> blocks = new ArrayList<>(doc.blocks().size());
    for (int i = 0; i < doc.blocks().size(); i++) {
      blocks.add(doc.blocks().get(i).accept(new Rewriter("block " + (i + 1), fn)));
    }
    return new Block.Doc(meta, cover, List.copyOf(blocks));
  }

  /** Rewrites the strings of one block. */
  private record Rewriter(String where, TextFunction fn) implements Block.Visitor<Block> {
    @Override
    public Block partTitle(Block.PartTitle p) {
      return new Block.PartTitle(fn.apply(where + " (part title)", p.text()), p.newPage());
    }

    @Override
    public Block heading(Block.Heading h) {
      return new Block.Heading(h.level(), fn.apply(where + " (heading)", h.text()), h.listing());
    }

    @Override
    public Block attachmentLabel(Block.AttachmentLabel a) {
      return new Block.AttachmentLabel(fn.apply(where + " (attachment label)", a.label()),
          fn.apply(where + " (attachment title)", a.title()));
    }

    @Override
    public Block paragraph(Block.Paragraph p) {
      return new Block.Paragraph(fn.apply(where + " (paragraph)", p.text()), p.indent(), p.align());
    }

    @Override
    public Block table(Block.Table t) {
      String at = where + " (table '" + t.spec().title() + "')";
      return new Block.Table(t.spec().mapTexts(text -> fn.apply(at, text)), t.listing());
    }

    @Override
    public Block pageBreak(Block.PageBreak b) {
      return b;
    }
  }
}
