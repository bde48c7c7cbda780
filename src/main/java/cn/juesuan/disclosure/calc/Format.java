package cn.juesuan.disclosure.calc;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The one place that turns numbers into the strings the forms and the narrative print. */
public final class Format {
  private Format() {}

  /** 万元 amount: always two decimals ("478.11", "0.00"); null (a blank cell) → "". */
  public static String money(BigDecimal v) {
    return v == null ? "" : v.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  /**
   * 万元 amount as a table of a format prints it: two decimals, digits grouped by thousands
   * where the format says so ("2,946.25"), a 0.00 blank where it blanks zeros.
   */
  public static String money(BigDecimal v, boolean thousands, boolean zeroBlank) {
    if (v == null || (zeroBlank && v.signum() == 0)) {
      return "";
    }
    if (!thousands) {
      return money(v);
    }
    java.text.DecimalFormat grouped = new java.text.DecimalFormat("#,##0.00",
        java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
    grouped.setRoundingMode(RoundingMode.HALF_UP);
    return grouped.format(v);
  }

  /** A percentage value without the sign: two decimals ("96.31", "100.00"). */
  public static String percent(BigDecimal v) {
    return v == null ? "" : v.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  /**
   * A number as the 自评表 and 第四部分 print it: no trailing zeros ("60.7", "100", "0",
   * "4787873.97"); null → "".
   */
  public static String plain(BigDecimal v) {
    if (v == null) {
      return "";
    }
    if (v.signum() == 0) {
      return "0";
    }
    return v.stripTrailingZeros().toPlainString();
  }

  /** An amount exactly as it was written in the YAML (元 amounts of the 自评表: "6854776"). */
  public static String asWritten(BigDecimal v) {
    return v == null ? "" : v.toPlainString();
  }
}
