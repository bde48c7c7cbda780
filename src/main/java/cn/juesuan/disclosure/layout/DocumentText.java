package cn.juesuan.disclosure.layout;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Walks every printed string of a Doc: to refuse a character no bundled face can draw (it
 * would print as a blank box) before anything is written, and to derive a stable file id when
 * the caller gave none.
 */
final class DocumentText {

  private DocumentText() {}

  /** Visits (where, text) for every string that ends up on a page. */
  static void forEach(Block.Doc doc, BiConsumer<String, String> visit) {
    Block.Cover cover = doc.cover();
    if (cover != null) {
      visit.accept("cover unit", cover.unit());
      visit.accept("cover title", cover.title());
      visit.accept("cover date line", cover.dateLine());
    }
    Block.Metadata meta = doc.metadata();
    if (meta != null) {
      visit.accept("watermark", meta.watermark());
      if (meta.draftNotice() != null) {
        meta.draftNotice().forEach(line -> visit.accept("draft notice", line));
      }
    }
    List<Block> blocks = doc.blocks();
    for (int i = 0; i < blocks.size(); i++) {
      String where = "block " + (i + 1);
      Block block = blocks.get(i);
      if (block instanceof Block.PartTitle p) {
        visit.accept(where + " (part title)", p.text());
      } else if (block instanceof Block.Heading h) {
        visit.accept(where + " (heading)", h.text());
      } else if (block instanceof Block.AttachmentLabel a) {
        visit.accept(where + " (attachment)", a.label() + a.title());
      } else if (block instanceof Block.Paragraph p) {
        visit.accept(where + " (paragraph)", p.text());
      } else if (block instanceof Block.Table t) {
        table(where + " (table '" + t.spec().title() + "')", t.spec(), visit);
      }
    }
  }

  private static void table(String where, TableSpec spec, BiConsumer<String, String> visit) {
    visit.accept(where, spec.title());
    visit.accept(where, spec.formNumber());
    if (spec.unitLine() != null) {
      spec.unitLine().forEach(s -> visit.accept(where, s));
    }
    List<List<TableSpec.Cell>> rows = new ArrayList<>(spec.header());
    rows.addAll(spec.body());
    rows.forEach(row -> row.forEach(cell -> visit.accept(where, cell.text())));
    if (spec.notes() != null) {
      spec.notes().forEach(s -> visit.accept(where, s));
    }
  }

  /** Throws if some character cannot be drawn by either bundled face. */
  static void requireDrawable(Block.Doc doc) {
    forEach(doc, (where, text) -> FontSet.firstUndrawable(text).ifPresent(cp -> {
      throw new IllegalArgumentException(String.format(
          "%s: character U+%04X '%s' has no glyph in the bundled fonts (it would print as a box): %s",
          where, cp, new String(Character.toChars(cp)), abbreviate(text)));
    }));
  }

  /** A SHA-256 of all printed text, for the /ID and subset tags when no fileId was given. */
  static byte[] digest(Block.Doc doc) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      forEach(doc, (where, text) -> {
        md.update(where.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(String.valueOf(text).getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
      });
      return md.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
