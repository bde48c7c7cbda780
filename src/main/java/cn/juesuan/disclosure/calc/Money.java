package cn.juesuan.disclosure.calc;

import java.math.BigDecimal;

/**
 * A 万元 amount for the narrative; prints with two decimals. A blank cell reads as 0.00. A pinned
 * amount ({@code asWritten}) prints exactly as the YAML writes it: the printed figure kept ("0.3").
 */
public record Money(BigDecimal value, boolean asWritten) {

  public Money(BigDecimal value) {
    this(value, false);
  }

  public static Money of(BigDecimal v) {
    return new Money(v == null ? BigDecimal.ZERO : v);
  }

  /** A printed amount kept by a pin: printed as written. */
  static Money printed(BigDecimal v) {
    return new Money(v, true);
  }

  public boolean isZero() {
    return value.signum() == 0;
  }

  @Override
  public String toString() {
    return asWritten ? Format.asWritten(value) : Format.money(value);
  }
}
