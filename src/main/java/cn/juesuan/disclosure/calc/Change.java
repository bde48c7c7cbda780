package cn.juesuan.disclosure.calc;

import java.math.BigDecimal;

/**
 * This year vs last year (较上年): the amount of the change (always positive, the direction says
 * which way) and its percentage of last year's amount (null when last year was zero).
 *
 * <p>Without last year's figure there is nothing to compare: {@link #since} then gives a change
 * that is not {@link #isComparable() comparable} (only {@code current} is set), and no comparison
 * sentence may be printed. Never read a missing figure as zero: it would publish "持平".
 */
public record Change(Money current, Money previous, Money amount, Direction direction, Percent percent) {

  /** This year's amount against last year's, where last year's may be unknown (null). */
  public static Change since(BigDecimal current, BigDecimal previous) {
    if (previous == null) {
      return new Change(Money.of(current), null, null, null, null);
    }
    return between(current, previous);
  }

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

  /** Whether last year's figure is known, so that a comparison can be printed. */
  public boolean isComparable() {
    return previous != null;
  }
}
