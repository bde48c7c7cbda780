package cn.juesuan.disclosure.calc;

import java.math.BigDecimal;

/**
 * A part of a whole (占比). {@code key} names the part (a column key or a 科目 code), {@code name}
 * is its printed name where the data has one.
 */
public record Share(String key, String name, Money amount, Percent percent) {

  static Share of(String key, String name, BigDecimal part, BigDecimal whole) {
    BigDecimal p = part == null ? BigDecimal.ZERO : part;
    return new Share(key, name, Money.of(p), Percent.of(Rounding.percent(p, whole)));
  }
}
