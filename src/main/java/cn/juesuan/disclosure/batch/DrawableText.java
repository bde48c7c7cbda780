package cn.juesuan.disclosure.batch;

import cn.juesuan.disclosure.layout.Block;
import cn.juesuan.disclosure.layout.FontSet;
import cn.juesuan.disclosure.layout.TableSpec;
import java.util.List;

/**
 * A draft must render even when the glyph check failed: the renderer refuses a character no
 * bundled font can draw, so a preview replaces each such character by 〓 (the typesetter's
 * mark for a missing glyph). The error on the findings page names the code point. Final
 * documents never go through here: there the error stops the PDF.
 */
final class DrawableText {
  /** U+3013 GETA MARK, drawn by the Noto CJK faces; '?' if a future font set lacks it. */
  static final String MISSING = FontSet.canDraw(0x3013) ? "\u3013" : "?";

  private DrawableText() {}

  static String of(String text) {
    if (text == null || FontSet.firstUndrawable(text).isEmpty()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      if (cp == '\n' || cp == '\r' || cp == '\t' || Character.isSpaceChar(cp) || FontSet.canDraw(cp)) {
        out.appendCodePoint(cp);
      } else {
        out.append(MISSING);
      }
    });
    return out.toString();
  }

  static Block.Doc of(Block.Doc doc) {
    Block.Metadata m = doc.metadata();
    Block.Metadata meta = m == null ? null : new Block.Metadata(of(m.title()), of(m.author()), of(m.subject()),
        of(m.keywords()), m.language(), m.date(), m.fileId(), of(m.watermark()), list(m.draftNotice()));
    Block.Cover c = doc.cover();
    Block.Cover cover = c == null ? null : new Block.Cover(of(c.unit()), of(c.title()), of(c.dateLine()));
    return new Block.Doc(meta, cover, doc.blocks().stream().map(DrawableText::of).toList());
  }

  private static Block of(Block block) {
    if (block instanceof Block.PartTitle p) {
      return new Block.PartTitle(of(p.text()), p.newPage());
    } else if (block instanceof Block.Heading h) {
      return new Block.Heading(h.level(), of(h.text()), h.listing());
    } else if (block instanceof Block.Paragraph p) {
      return new Block.Paragraph(of(p.text()), p.indent(), p.align());
    } else if (block instanceof Block.Table t) {
      return new Block.Table(of(t.spec()), t.listing());
    }
    return block;
  }

  private static TableSpec of(TableSpec s) {
    return s.mapTexts(DrawableText::of);
  }

  private static List<String> list(List<String> texts) {
    return texts == null ? null : texts.stream().map(DrawableText::of).toList();
  }
}
