package cn.juesuan.disclosure.calc;

import cn.juesuan.disclosure.diag.Findings;
import cn.juesuan.disclosure.model.Disclosure;

/**
 * A reason (主要原因是…) is printed only where it is given, and needed only where there is
 * something to explain: a change that is not 持平, a 决算 that differs from its 预算. A gap
 * without a reason, or a reason the document cannot print, is a warning for the reviewer.
 */
final class Reasons {
  private Reasons() {}

  /** 较上年: a comparison that is not 持平 should say why; a reason without last year's figure is not printed. */
  static void forChange(Findings findings, Disclosure d, String path, String what, Change change, String reason) {
    if (!change.isComparable()) {
      if (given(reason)) {
        findings.warning("reason.unused", d.source().at(path + ".reason"),
            what + "：填写了原因，但没有上年数，不作比较，原因不会印出",
            what + ": a reason is given but no figure of last year, so nothing is compared and the reason is not printed");
      }
      return;
    }
    if (!change.isFlat() && !given(reason)) {
      findings.warning("reason.missing", d.source().at(path),
          what + "较上年" + change.direction().verb + " " + change.amount() + " 万元，未说明原因（reason）",
          what + " changed by " + change.amount() + " 万元 vs last year, but no reason is given");
    }
  }

  /** 决算 vs 年初预算: a 决算 that differs from its budget should say why. */
  static void forExecution(Findings findings, Disclosure d, String path, String what, Execution e) {
    if (e.relation() != Relation.EQUAL && !given(e.reason())) {
      findings.warning("reason.missing", d.source().at(path),
          what + "决算数" + e.relation().word + "年初预算数，未说明原因（reason）",
          what + ": the outturn differs from the initial budget, but no reason is given");
    }
  }

  static boolean given(String reason) {
    return reason != null && !reason.isBlank();
  }
}
