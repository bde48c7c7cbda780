package cn.juesuan.disclosure.calc;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one place that decides rounding. The 万元 forms and the narrative round HALF_UP to two
 * decimals; the 附件2 self-assessment form truncates its 执行率 and 得分 (see NOTES.md).
 */
public final class Rounding {
  private Rounding() {}

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** Ratios are divided with this many decimals before the final rounding. */
  private static final int WORK_SCALE = 10;

  /** Money and percentages for display: HALF_UP, 2 decimals. */
  public static BigDecimal cents(BigDecimal v) {
    return v.setScale(2, RoundingMode.HALF_UP);
  }

  /**
   * {@code part / whole × 100}, HALF_UP to 2 decimals; null when the whole is zero. Rounded once,
   * from the exact quotient: rounding first to a working scale would turn 12.3449999999596
   * (152407406.02 of 1234567890.00) into 12.3450000000 and then 12.35.
   */
  public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
    if (whole.signum() == 0) {
      return null;
    }
    return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
  }

  /** {@code part / whole × 100}, truncated to 2 decimals (the 自评表's rule); 0 when whole is 0. */
  public static BigDecimal truncatedPercent(BigDecimal part, BigDecimal whole) {
    if (whole.signum() == 0) {
      return BigDecimal.ZERO;
    }
    return part.multiply(HUNDRED).divide(whole, WORK_SCALE, RoundingMode.DOWN)
        .setScale(2, RoundingMode.DOWN);
  }

  public static BigDecimal truncate(BigDecimal v) {
    return v.setScale(2, RoundingMode.DOWN);
  }
}
