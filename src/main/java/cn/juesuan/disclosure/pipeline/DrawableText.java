package cn.juesuan.disclosure.pipeline;

import cn.juesuan.disclosure.document.Block;
import cn.juesuan.disclosure.layout.FontSet;
import cn.juesuan.disclosure.document.DocumentTexts;

/**
 * A draft must render even when the glyph check failed: the renderer refuses a character no
 * bundled font can draw, so a preview replaces each such character by 〓 (the typesetter's
 * mark for a missing glyph). The error on the findings page names the code point. Final
 * documents never go through here: there the error stops the PDF.
 */
public final class DrawableText {
  /** U+3013 GETA MARK, drawn by the Noto CJK faces; '?' if a future font set lacks it. */
  public static final String MISSING = FontSet.canDraw(0x3013) ? "\u3013" : "?";

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

  /** The document with every printed string made drawable (the one walk over its texts). */
  static Block.Doc of(Block.Doc doc) {
    return DocumentTexts.rewrite(doc, (where, text) -> of(text));
  }
}
