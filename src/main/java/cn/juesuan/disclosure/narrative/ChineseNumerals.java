package cn.juesuan.disclosure.narrative;

/** 1 → 一, 12 → 十二, 26 → 二十六: the numbering of headings and lists (not money). */
public final class ChineseNumerals {
  private static final String DIGITS = "零一二三四五六七八九";

  private ChineseNumerals() {}

  public static String of(int n) {
    if (n < 1 || n > 99) {
      throw new IllegalArgumentException("numbering supports 1..99: " + n);
    }
    if (n < 10) {
      return String.valueOf(DIGITS.charAt(n));
    }
    int tens = n / 10;
    int ones = n % 10;
    return (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十"
        + (ones == 0 ? "" : String.valueOf(DIGITS.charAt(ones)));
  }
}
