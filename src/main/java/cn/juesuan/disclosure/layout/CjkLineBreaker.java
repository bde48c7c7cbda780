package cn.juesuan.disclosure.layout;

import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Where a line of Chinese text may break (避头尾 / 禁则).
 *
 * <p>OpenPDF asks "may the line end after character {@code current}?". Its default answer is
 * yes after any CJK ideograph, which lets a line start with "，" or end with "（". Here a break
 * after {@code c} and before {@code n} is allowed only when
 * <ul>
 *   <li>{@code n} may start a line (not a closing mark such as ，。；：、）》」』”’！？%),</li>
 *   <li>{@code c} may end a line (not an opening mark such as （《「『“‘),</li>
 *   <li>the pair is not inside a Latin word or a number (478.11, 96.31%, 2024) nor inside a
 *       doubled dash or ellipsis (——, ……),</li>
 *   <li>and one side is CJK or {@code c} is a space.</li>
 * </ul>
 * When a line holds no allowed break at all, OpenPDF breaks it where it overflows.
 */
public final class CjkLineBreaker implements SplitCharacter {

  public static final CjkLineBreaker INSTANCE = new CjkLineBreaker();

  /** Marks that may not begin a line (行首禁则). */
  static final String NO_LINE_START =
      "，。；：、？！）》」』】〕〉〗｝］”’…‥·・～％‰℃°"
          + ",.;:?!)]}%"
          + "ー々〻ゝゞヽヾぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ";

  /** Marks that may not end a line (行尾禁则). */
  static final String NO_LINE_END = "（《「『【〔〈〖｛［“‘([{￥＄$";

  /** Marks that come in pairs and must not be torn apart (破折号, 省略号). */
  private static final String DOUBLED = "—…";

  /** The two marks' sets as flags by char: asked twice per character of every measured line. */
  private static final java.util.BitSet NO_START = bits(NO_LINE_START);
  private static final java.util.BitSet NO_END = bits(NO_LINE_END);

  private CjkLineBreaker() {}

  private static java.util.BitSet bits(String marks) {
    java.util.BitSet set = new java.util.BitSet();
    marks.chars().forEach(set::set);
    return set;
  }

  @Override
  public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
    // PdfChunk.split asks about a lone space to decide whether to prefer the last space
    // over the last split point; answering no keeps the decision with the rules below.
    if (cc.length == 1 && end - start == 1 && cc[0] == ' ') {
      return false;
    }
    if (current + 1 >= end) {
      return true; // end of the text run: the next run decides for itself
    }
    return mayBreakBetween(cc[current], cc[current + 1]);
  }

  /** The rule itself, on two adjacent characters (public for tests and other typesetters). */
  public static boolean mayBreakBetween(char before, char after) {
    if (before == '\n') {
      return true;
    }
    if (NO_START.get(after) || NO_END.get(before)) {
      return false;
    }
    if (before == after && DOUBLED.indexOf(before) >= 0) {
      return false;
    }
    if (Character.isHighSurrogate(before)) {
      return false; // never between the halves of one code point
    }
    if (before == ' ' || before == '\u3000') {
      return true;
    }
    return isWide(before) || isWide(after);
  }

  /** CJK ideographs, kana, full-width forms and CJK punctuation: breakable on either side. */
  static boolean isWide(char c) {
    return c >= 0x2e80 && c < 0xd7a0
        || c >= 0xf900 && c < 0xfb00
        || c >= 0xfe30 && c < 0xfe50
        || c >= 0xff00 && c < 0xffa0
        || c == '—' || c == '…' || c == '“' || c == '”' || c == '‘' || c == '’'
        || Character.isLowSurrogate(c);
  }
}
