package cn.juesuan.disclosure.calc;

import java.math.BigDecimal;

/**
 * This year vs last year (较上年): the amount of the change (always positive, the direction says
 * which way) and its percentage of last year's amount (null when last year was zero).
 */
public record Change(Money current, Money previous, Money amount, Direction direction, Percent percent) {

  public static Change between(BigDecimal current, BigDecimal previous) {
    BigDecimal cur = current == null ? BigDecimal.ZERO : current;
    BigDecimal prev = previous == null ? BigDecimal.ZERO : previous;
    BigDecimal delta = cur.subtract(prev);
    Direction d = delta.signum() > 0 ? Direction.INCREASE
        : delta.signum() < 0 ? Direction.DECREASE : Direction.FLAT;
    return new Change(Money.of(cur), Money.of(prev), Money.of(delta.abs()), d,
        Percent.of(Rounding.percent(delta.abs(), prev)));
  }

  public boolean isFlat() {
    return direction == Direction.FLAT;
  }
}
