package cn.juesuan.disclosure.calc;

import java.math.BigDecimal;

/**
 * A percentage value (96.31 for 96.31%); prints with two decimals, without the sign. A pinned
 * percentage ({@code asWritten}) prints as the YAML writes it (the printed "0%" stays "0").
 */
public record Percent(BigDecimal value, boolean asWritten) {

  public Percent(BigDecimal value) {
    this(value, false);
  }

  /** A printed percentage kept by a pin. */
  static Percent printed(BigDecimal v) {
    return v == null ? null : new Percent(v, true);
  }

  /** Null-safe: a ratio with a zero denominator has no percentage. */
  public static Percent of(BigDecimal v) {
    return v == null ? null : new Percent(v);
  }

  @Override
  public String toString() {
    return asWritten ? Format.asWritten(value) : Format.percent(value);
  }
}
