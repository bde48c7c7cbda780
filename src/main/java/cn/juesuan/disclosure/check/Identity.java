package cn.juesuan.disclosure.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One arithmetic identity: {@code total = ± part ± part …}, where it applies (e.g. "公开03 合计行"),
 * its tolerance and the field a finding points at (the total unless told otherwise). It does
 * the arithmetic and writes the sentence that names both sides and the difference.
 */
record Identity(String whereZh, String whereEn, List<Term> parts, Figure total, Label group,
                Tolerance tolerance, String locatedAt) {

  /** Beyond this many non-zero parts the message names the group instead of each part. */
  private static final int MAX_LISTED_PARTS = 6;

  static Identity of(String whereZh, String whereEn, Figure total, List<Term> parts) {
    return new Identity(whereZh, whereEn, List.copyOf(parts), total, null, Tolerance.PER_ITEM, total.path());
  }

  /** total = part: a figure copied from one table (or form) to another. */
  static Identity copy(String whereZh, String whereEn, Figure copy, Figure source) {
    return of(whereZh, whereEn, copy, List.of(source.plus()));
  }

  Identity group(Label label) {
    return new Identity(whereZh, whereEn, parts, total, label, tolerance, locatedAt);
  }

  Identity tolerance(Tolerance t) {
    return new Identity(whereZh, whereEn, parts, total, group, t, locatedAt);
  }

  Identity at(String path) {
    return new Identity(whereZh, whereEn, parts, total, group, tolerance, path);
  }

  BigDecimal sum() {
    return parts.stream().map(Term::signedValue).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  BigDecimal difference() {
    return sum().subtract(total.orZero()).abs();
  }

  /**
   * Parts that carry rounding: non-zero ones. A blank cell is exactly 0; a printed 0.00 is the
   * source software's zero in practice, and counting it would let 公开06 302 (27 items, almost
   * all 0.00) drift by 0.27 unnoticed.
   */
  int roundedItems() {
    return (int) parts.stream().filter(t -> t.figure().orZero().signum() != 0).count();
  }

  BigDecimal allowed() {
    return tolerance.allowed(roundedItems());
  }

  boolean holds() {
    return difference().signum() == 0;
  }

  boolean withinTolerance() {
    return difference().compareTo(allowed()) <= 0;
  }

  String zh(boolean withinTolerance) {
    String tail = withinTolerance
        ? "（差 " + money(difference()) + "，在尾数容差 " + money(allowed()) + " 以内）"
        : "（差 " + money(difference()) + "）";
    return whereZh + " " + leftSide(true) + " ≠ " + total.zh() + " " + money(total.orZero()) + tail;
  }

  String en(boolean withinTolerance) {
    String tail = withinTolerance
        ? " (difference " + money(difference()) + ", within the rounding tolerance " + money(allowed()) + ")"
        : " (difference " + money(difference()) + ")";
    return whereEn + ": " + leftSide(false) + " ≠ " + total.en() + " " + money(total.orZero()) + tail;
  }

  /** "基本支出 460.55 + 项目支出 17.66 = 478.21", zero parts left out (blank counts as 0). */
  private String leftSide(boolean zh) {
    if (parts.size() == 1 && !parts.get(0).negative()) {
      return named(parts.get(0).figure(), zh);
    }
    List<Term> shown = parts.stream().filter(t -> t.figure().orZero().signum() != 0).toList();
    String listed;
    if (parts.isEmpty()) {
      // e.g. a 合计 row printed without any 类 row under it
      return (zh ? "Σ " + (group == null ? "" : group.zh()) + "（无）" : "Σ " + (group == null ? "" : group.en()) + " (none)")
          + " = " + money(BigDecimal.ZERO);
    } else if (shown.size() > MAX_LISTED_PARTS && group != null) {
      listed = "Σ " + (zh ? group.zh() + "（" + parts.size() + " 项）" : group.en() + " (" + parts.size() + " items)");
    } else if (shown.isEmpty()) {
      listed = named(parts.get(0).figure(), zh);
    } else if (shown.size() == 1 && !shown.get(0).negative()) {
      return named(shown.get(0).figure(), zh); // "a = a" says nothing
    } else {
      listed = shown.stream().map(t -> (t == shown.get(0) ? (t.negative() ? "− " : "") : (t.negative() ? " − " : " + "))
          + named(t.figure(), zh)).collect(Collectors.joining());
    }
    return listed + " = " + money(sum());
  }

  private static String named(Figure f, boolean zh) {
    return (zh ? f.zh() : f.en()) + " " + money(f.orZero());
  }

  static String money(BigDecimal v) {
    return v.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }
}
