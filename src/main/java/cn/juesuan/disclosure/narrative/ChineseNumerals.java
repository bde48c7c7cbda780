package cn.juesuan.disclosure.narrative;

/**
 * 1 → 一, 12 → 十二, 101 → 一百零一, 110 → 一百一十, 10001 → 一万零一: the numbering of headings
 * and lists (（一）…, 一、…), for any count a list can have (not money: amounts are digits).
 *
 * <p>The common reading: a run of zeros inside the number is one 零, trailing zeros are silent,
 * and a leading 一十 is read 十 (10–19, 十万…) but not inside a number (一百一十).
 */
public final class ChineseNumerals {
  private static final String DIGITS = "零一二三四五六七八九";
  private static final String[] SMALL_UNITS = {"", "十", "百", "千"};
  private static final String[] GROUP_UNITS = {"", "万", "亿"};

  private ChineseNumerals() {}

  public static String of(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("numbering counts from 0: " + n);
    }
    if (n == 0) {
      return "零";
    }
    StringBuilder out = new StringBuilder();
    int[] groups = {n % 10_000, n / 10_000 % 10_000, n / 100_000_000};
    boolean zeroPending = false;
    for (int g = groups.length - 1; g >= 0; g--) {
      int group = groups[g];
      if (group == 0) {
        zeroPending = out.length() > 0;
        continue;
      }
      // a group under 1000 after a higher one reads with 零 (一万零一, 一亿零一百万)
      if (out.length() > 0 && (zeroPending || group < 1000)) {
        out.append('零');
      }
      out.append(group(group)).append(GROUP_UNITS[g]);
      zeroPending = false;
    }
    String s = out.toString();
    return s.startsWith("一十") ? s.substring(1) : s;
  }

  /** 1–9999 without a leading 零; inner zero runs read as one 零. */
  private static String group(int n) {
    StringBuilder out = new StringBuilder();
    boolean zero = false;
    for (int unit = 3; unit >= 0; unit--) {
      int digit = n / (int) Math.pow(10, unit) % 10;
      if (digit == 0) {
        zero = out.length() > 0;
        continue;
      }
      if (zero) {
        out.append('零');
        zero = false;
      }
      out.append(DIGITS.charAt(digit)).append(SMALL_UNITS[unit]);
    }
    return out.toString();
  }
}
