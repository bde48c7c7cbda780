package cn.juesuan.disclosure.calc;

import cn.juesuan.disclosure.diag.Findings;
import cn.juesuan.disclosure.diag.Suggestion;
import cn.juesuan.disclosure.model.Disclosure;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The YAML's {@code pins} (figure path → printed percentage), asked by the calculator each time
 * it derives a percentage. A figure's path is the way the templates read it from the figures
 * ({@code generalBudget.execution.rate} is {@code f.generalBudget.execution.rate}), list elements
 * named by their key ({@code incomeSources.fiscalGrant.percent}, {@code governmentFund.items.2296002.rate}).
 * Every pin used is reported with its computed value, as {@code pinnedRate} is; a pin that no
 * figure asked for is an error that names the nearest path; a pin on a figure that cannot be
 * computed (zero denominator) is an error too: there is nothing to print in its place.
 */
final class PinBook {
  private final Disclosure disclosure;
  private final Findings findings;
  private final Map<String, BigDecimal> pins;
  /** Every path a figure offered, in calculation order: the candidates for "did you mean". */
  private final Set<String> offered = new LinkedHashSet<>();

  private PinBook(Disclosure disclosure, Findings findings) {
    this.disclosure = disclosure;
    this.findings = findings;
    this.pins = disclosure.review() == null ? Map.of() : disclosure.review().pins();
  }

  static PinBook of(Disclosure d, Findings findings) {
    return new PinBook(d, findings);
  }

  /** A percentage at {@code path}: the pinned value where there is one, else the computed one. */
  Percent percent(String path, String what, BigDecimal computed) {
    return percent(path, what, computed, false);
  }

  /**
   * {@code numerator} as a percentage of {@code denominator} at {@code path}. Nothing of nothing
   * (0 of a budget of 0) has no rate, but some formats print one ("完成预算的0%" in the 普陀区
   * 样张, which gives every 三公 item a rate): such a figure may be pinned to a printed zero, and
   * only to zero; every other pin of a figure with a zero denominator stays an error.
   */
  Percent ratio(String path, String what, BigDecimal numerator, BigDecimal denominator) {
    boolean nothingOfNothing = (numerator == null || numerator.signum() == 0)
        && (denominator == null || denominator.signum() == 0);
    return percent(path, what, Rounding.percent(numerator, denominator), nothingOfNothing);
  }

  private Percent percent(String path, String what, BigDecimal computed, boolean nothingOfNothing) {
    offered.add(path);
    BigDecimal pinned = pins.get(path);
    if (pinned == null) {
      return Percent.of(computed);
    }
    if (computed == null && nothingOfNothing && pinned.signum() == 0) {
      Pins.report(findings, disclosure, location(path), "pin.figure", what + "（0 占 0，无比例 / 0 of 0）", null, pinned);
      return Percent.printed(pinned);
    }
    if (computed == null) {
      findings.error("pin.not-applicable", disclosure.source().at(location(path)),
          what + "：分母为 0，没有可印的百分比，不能锁定（0 占 0 时只能锁定为 0）",
          "the denominator is 0: no percentage is printed, so none can be pinned (0 of 0 only to 0)");
      return null;
    }
    Pins.report(findings, disclosure, location(path), "pin.figure", what, computed, pinned);
    return Percent.printed(pinned);
  }

  /**
   * An amount at {@code path} that the print gives otherwise than the tables (a defect of the
   * source published as printed): the pinned value, printed as written, else the computed one.
   */
  Money money(String path, String what, Money computed) {
    offered.add(path);
    BigDecimal pinned = pins.get(path);
    if (pinned == null) {
      return computed;
    }
    Pins.reportAmount(findings, disclosure, location(path), what, computed.value(), pinned);
    return Money.printed(pinned);
  }

  /** A change vs last year whose percentage may be pinned at {@code path.percent}. */
  Change change(String path, String what, Change c) {
    if (pins.containsKey(path + ".current")) {
      c = new Change(money(path + ".current", what, c.current()), c.previous(), c.amount(), c.direction(), c.percent());
    } else {
      offered.add(path + ".current");
    }
    if (!pins.containsKey(path + ".percent")) {
      offered.add(path + ".percent");
      return c;
    }
    Percent p = percent(path + ".percent", what + " 较上年增减的百分比",
        c.percent() == null ? null : c.percent().value());
    return new Change(c.current(), c.previous(), c.amount(), c.direction(), p);
  }

  /** Shares whose percentages may be pinned at {@code prefix.<key>.percent}. */
  List<Share> shares(String prefix, String what, List<Share> shares) {
    return shares.stream().map(s -> share(prefix + "." + s.key(), what + " " + (s.name() == null ? s.key() : s.name()), s))
        .toList();
  }

  Share share(String path, String what, Share s) {
    s = new Share(s.key(), s.name(), money(path + ".amount", what, s.amount()), s.percent());
    if (!pins.containsKey(path + ".percent")) {
      offered.add(path + ".percent");
      return s;
    }
    Percent p = percent(path + ".percent", what + " 占比", s.percent() == null ? null : s.percent().value());
    return new Share(s.key(), s.name(), s.amount(), p);
  }

  /** 完成预算的 X% at {@code path.rate}; the computed rate stays beside the printed one. */
  Execution execution(String path, String what, Execution e) {
    if (!pins.containsKey(path + ".rate")) {
      offered.add(path + ".rate");
      return e;
    }
    Percent p = percent(path + ".rate", what + " 完成预算的比例", e.computedRate() == null ? null : e.computedRate().value());
    return new Execution(e.key(), e.name(), e.budget(), e.actual(), p, e.computedRate(), p != null, e.relation(), e.reason());
  }

  /** After the calculation: every pin no figure asked for is an error with the nearest path. */
  void finish() {
    for (String path : pins.keySet()) {
      if (!offered.contains(path)) {
        findings.error("pin.unknown-path", disclosure.source().at(location(path)),
            "没有路径为 \"" + path + "\" 的计算值" + Suggestion.hintZh(path, offered)
                + "（可锁定的路径见 README“锁定值”一节）",
            "no derived figure has the path \"" + path + "\"" + Suggestion.hintEn(path, offered)
                + " (README, section pins, lists the paths)");
      }
    }
  }

  /** The paths this calculation offered (for tests and documentation). */
  Set<String> offered() {
    return java.util.Collections.unmodifiableSet(offered);
  }

  private static String location(String path) {
    return "pins." + path;
  }
}
