package cn.juesuan.disclosure.load;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with a text that should be an amount, and how to write it: the slips of
 * someone copying figures out of a spreadsheet or a printed table (a thousands separator, a
 * unit, full-width digits, a sign, YAML's own special numbers). Each says the fix in Chinese
 * and English, with the amount written right where that can be worked out.
 */
record AmountAdvice(String zh, String en) {
  private static final Pattern PLAIN = Pattern.compile("\\d{1,12}(\\.\\d{1,2})?");
  private static final Pattern UNIT = Pattern.compile(
      "^([¥￥]\\s*)?(.*?)\\s*(万元|千元|亿元|元|万|yuan|RMB|CNY)?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern SPECIAL = Pattern.compile("[-+]?\\.(inf|nan)", Pattern.CASE_INSENSITIVE);
  private static final Pattern RADIX = Pattern.compile("[-+]?0([xob])([0-9a-f_]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern SCIENTIFIC = Pattern.compile("[-+]?\\d+(\\.\\d+)?[eE][-+]?\\d+");
  private static final Pattern DECIMALS = Pattern.compile("\\d+\\.\\d{3,}");

  /** The advice for {@code raw}, which failed the amount pattern. */
  static AmountAdvice of(String raw) {
    String s = raw.strip();
    if (SPECIAL.matcher(s).matches()) {
      return new AmountAdvice("\"" + s + "\" 在 YAML 中是无穷大或非数，不是金额：请写出金额（如 269.35），没有数的单元格留空",
          "\"" + s + "\" is YAML's infinity or not-a-number, not an amount: write the amount (e.g. 269.35), or leave the cell empty");
    }
    Matcher radix = RADIX.matcher(s);
    if (radix.matches()) {
      int base = switch (Character.toLowerCase(radix.group(1).charAt(0))) {
        case 'x' -> 16;
        case 'o' -> 8;
        default -> 2;
      };
      String decimal;
      try {
        decimal = new java.math.BigInteger(radix.group(2).replace("_", ""), base).toString();
      } catch (NumberFormatException e) {
        decimal = null;
      }
      String is = decimal == null ? "" : "（" + s + " 即 " + decimal + "）";
      String isEn = decimal == null ? "" : " (" + s + " is " + decimal + ")";
      return new AmountAdvice((base == 16 ? "十六进制" : base == 8 ? "八进制" : "二进制") + "写法不是金额" + is
          + "：请写十进制数字，如 269.35", (base == 16 ? "hexadecimal" : base == 8 ? "octal" : "binary")
          + " is not an amount" + isEn + ": write decimal digits, e.g. 269.35");
    }
    String halfWidth = Normalizer.normalize(s, Normalizer.Form.NFKC).replace('。', '.');
    if (!halfWidth.equals(s)) {
      String fixed = fixed(halfWidth);
      return new AmountAdvice("含全角数字或符号，请用半角（英文输入法）" + writeAs(fixed),
          "full-width digits or signs: use half-width (ASCII) ones" + writeAsEn(fixed));
    }
    Matcher unit = UNIT.matcher(s);
    if (unit.matches() && (unit.group(1) != null || unit.group(3) != null)) {
      String fixed = fixed(unit.group(2));
      String u = unit.group(3) == null ? unit.group(1).strip() : unit.group(3);
      return new AmountAdvice("金额不带单位（\"" + u + "\"）：单位由表格决定（万元；附件2 自评表为元）" + writeAs(fixed),
          "no unit (\"" + u + "\") after an amount: the form gives the unit (万元; 元 in 附件2's self-assessment)"
              + writeAsEn(fixed));
    }
    if (s.startsWith("+")) {
      String fixed = fixed(s.substring(1));
      return new AmountAdvice("金额前不要加正号 +" + writeAs(fixed), "no plus sign before an amount" + writeAsEn(fixed));
    }
    if (s.contains(",") || s.contains("，")) {
      String fixed = fixed(s.replace(",", "").replace("，", ""));
      return new AmountAdvice("不要使用千位分隔符或逗号" + writeAs(fixed), "no thousands separators or commas" + writeAsEn(fixed));
    }
    if (SCIENTIFIC.matcher(s).matches()) {
      String fixed = fixed(new BigDecimal(s).toPlainString());
      return new AmountAdvice("不要用科学计数法" + writeAs(fixed), "no scientific notation" + writeAsEn(fixed));
    }
    if (DECIMALS.matcher(s).matches()) {
      String rounded = new BigDecimal(s).setScale(2, RoundingMode.HALF_UP).toPlainString();
      return new AmountAdvice("最多两位小数：四舍五入为 " + rounded, "at most two decimals: rounded, " + rounded);
    }
    if (s.matches("[\\d.]+[\\s_][\\d\\s_.]+")) {
      String fixed = fixed(s.replaceAll("[\\s_]", ""));
      return new AmountAdvice("数字中不要有空格或下划线" + writeAs(fixed), "no spaces or underscores inside a number" + writeAsEn(fixed));
    }
    if (s.endsWith("%")) {
      return new AmountAdvice("金额不带 %（百分比由程序计算）", "no % in an amount (the program computes percentages)");
    }
    return new AmountAdvice("最多两位小数的数字，如 269.35", "a number with at most two decimals, e.g. 269.35");
  }

  /** Advice for {@code -0.00}: zero has no sign. */
  static AmountAdvice negativeZero(String raw) {
    return new AmountAdvice("\"" + raw.strip() + "\" 带负号：零写作 0.00，没有数的单元格留空（或写 ~）",
        "\"" + raw.strip() + "\" has a minus sign: write zero as 0.00, or leave the cell empty (or ~)");
  }

  /** Advice for a flow mapping split at a thousands comma: {@code {total: 2,452.66}}. */
  static AmountAdvice split(String typed) {
    String fixed = fixed(typed.replace(",", ""));
    return new AmountAdvice("\"" + typed + "\" 中的千位分隔符把 {…} 行内映射在逗号处拆开了（YAML 把逗号读作两项之间的分隔）："
        + "不要使用千位分隔符" + writeAs(fixed),
        "the thousands separator in \"" + typed + "\" split the inline {…} mapping at the comma (YAML reads a comma "
        + "as the break between two entries): no thousands separators" + writeAsEn(fixed));
  }

  /** The text as an amount if it is one once the slip is removed, else null. */
  private static String fixed(String candidate) {
    String c = candidate.strip();
    return PLAIN.matcher(c).matches() ? c : null;
  }

  private static String writeAs(String fixed) {
    return fixed == null ? "，写作如 269.35 的数字" : "，写作 " + fixed;
  }

  private static String writeAsEn(String fixed) {
    return fixed == null ? "; write a number such as 269.35" : "; write " + fixed;
  }
}
