package cn.juesuan.disclosure.check;

import java.math.BigDecimal;

/**
 * One printed figure as a check sees it: what to call it (zh/en), its amount (null = blank
 * cell, which arithmetic counts as 0) and its YAML field path (for the finding's location).
 */
record Figure(String zh, String en, BigDecimal value, String path) {

  static Figure of(Label label, BigDecimal value, String path) {
    return new Figure(label.zh(), label.en(), value, path);
  }

  boolean isBlank() {
    return value == null;
  }

  BigDecimal orZero() {
    return value == null ? BigDecimal.ZERO : value;
  }

  /** The same cell named with a prefix (e.g. the table), for cross-table messages. */
  Figure prefixed(String zhPrefix, String enPrefix) {
    return new Figure(zhPrefix + zh, enPrefix + en, value, path);
  }

  /** This figure as a summand (+). */
  Term plus() {
    return new Term(false, this);
  }

  /** This figure as a subtrahend (−). */
  Term minus() {
    return new Term(true, this);
  }
}
