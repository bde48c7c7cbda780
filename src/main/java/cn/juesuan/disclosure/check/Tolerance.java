package cn.juesuan.disclosure.check;

import java.math.BigDecimal;

/**
 * How far a printed total may lie from the sum of its printed parts before it is wrong. Each
 * 万元 cell is rounded from 元 on its own, so n printed parts may miss their printed total by up
 * to 0.005 × n; the rule keeps "at most 0.01 per summed item" (尾数误差).
 */
record Tolerance(BigDecimal perItem, boolean fixed) {

  private static final BigDecimal CENT = new BigDecimal("0.01");

  /** 万元 tables: 0.01 for each non-zero summed item (at least one). */
  static final Tolerance PER_ITEM = new Tolerance(CENT, false);
  /** 附件2 (元, exact amounts): 0.01 whatever the number of items. */
  static final Tolerance FIXED_CENT = new Tolerance(CENT, true);

  /** The allowed difference for a sum of {@code items} non-zero parts. */
  BigDecimal allowed(int items) {
    return fixed ? perItem : perItem.multiply(BigDecimal.valueOf(Math.max(1, items)));
  }
}
