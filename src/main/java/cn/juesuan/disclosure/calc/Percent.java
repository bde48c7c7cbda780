package cn.juesuan.disclosure.calc;

import java.math.BigDecimal;

/** A percentage value (96.31 for 96.31%); prints with two decimals, without the sign. */
public record Percent(BigDecimal value) {

  /** Null-safe: a ratio with a zero denominator has no percentage. */
  public static Percent of(BigDecimal v) {
    return v == null ? null : new Percent(v);
  }

  @Override
  public String toString() {
    return Format.percent(value);
  }
}
