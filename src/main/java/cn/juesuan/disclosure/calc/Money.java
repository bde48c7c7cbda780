package cn.juesuan.disclosure.calc;

import java.math.BigDecimal;

/** A 万元 amount for the narrative; prints with two decimals. A blank cell reads as 0.00. */
public record Money(BigDecimal value) {

  public static Money of(BigDecimal v) {
    return new Money(v == null ? BigDecimal.ZERO : v);
  }

  public boolean isZero() {
    return value.signum() == 0;
  }

  @Override
  public String toString() {
    return Format.money(value);
  }
}
