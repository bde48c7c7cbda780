package cn.juesuan.disclosure.check;

import cn.juesuan.disclosure.diag.Findings;
import cn.juesuan.disclosure.model.Disclosure;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Every text of the YAML must be drawable by the bundled fonts: a character without a glyph
 * would print as a blank box in an official document. The fonts are the caller's (layout's)
 * business; this check only asks, per character, whether they can draw it.
 */
public final class GlyphCheck {
  private GlyphCheck() {}

  public static Findings run(Disclosure d, IntPredicate canDraw) {
    Findings findings = new Findings();
    for (Map.Entry<String, String> e : d.source().texts().entrySet()) {
      e.getValue().codePoints()
          .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
          .filter(cp -> !canDraw.test(cp))
          .findFirst()
          .ifPresent(cp -> {
            String ch = new String(Character.toChars(cp));
            String code = String.format("U+%04X", cp);
            findings.error("G01", d.source().at(e.getKey()),
                "字体无法显示字符“" + ch + "”（" + code + "），印出来会是空白方框；请改用常用字或说明文字",
                "no bundled font can draw the character " + code + "; it would print as a blank box");
          });
    }
    return findings;
  }
}
