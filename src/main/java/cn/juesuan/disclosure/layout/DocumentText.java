package cn.juesuan.disclosure.layout;

import cn.juesuan.disclosure.document.Block;
import cn.juesuan.disclosure.document.DocumentTexts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * What layout needs of every printed string ({@link DocumentTexts} walks them): to refuse a
 * character no bundled face can draw (it would print as a blank box) before anything is
 * written, and to derive a stable file id when the caller gave none.
 */
final class DocumentText {

  private DocumentText() {}

  /** Throws if some character cannot be drawn by either bundled face. */
  static void requireDrawable(Block.Doc doc) {
    DocumentTexts.forEach(doc, (where, text) -> FontSet.firstUndrawable(text).ifPresent(cp -> {
      throw new IllegalArgumentException(String.format(
          "%s: character U+%04X '%s' has no glyph in the bundled fonts (it would print as a box): %s",
          where, cp, new String(Character.toChars(cp)), abbreviate(text)));
    }));
  }

  /** A SHA-256 of all printed text, for the /ID and subset tags when no fileId was given. */
  static byte[] digest(Block.Doc doc) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      DocumentTexts.forEach(doc, (where, text) -> {
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
