package cn.juesuan.disclosure.check;

import cn.juesuan.disclosure.model.Disclosure;
import cn.juesuan.disclosure.model.Explanations;
import java.math.BigDecimal;
import java.util.List;

/**
 * 九 reasons (R09): a reason is optional where there is nothing to explain (决算 = 预算, 持平 vs last
 * year) and printed only when given; where 决算 differs from 预算, or from last year, a missing
 * reason leaves a bare "决算数小于预算数。" in print: a reviewer should see that first.
 */
final class ReasonChecks {
  private ReasonChecks() {}

  static List<Check> all() {
    return List.of(
        Check.of("R09", "九 “三公”经费 决算数≠预算数、或较上年有增减时 应说明原因（警告）",
            "three-public: a reason where actual ≠ budget or actual ≠ last year (warning)", ReasonChecks::threePublic));
  }

  private static void threePublic(Disclosure d, CheckContext c) {
    for (String k : Explanations.THREE_PUBLIC_ITEMS) {
      Explanations.ThreePublicItem item = d.explanations().threePublic().items().get(k);
      if (item == null) {
        continue;
      }
      String path = "explanations.threePublic." + k;
      BigDecimal budget = d.tables().gk09().budget().orZero(Explanations.THREE_PUBLIC_COLUMNS.get(k));
      BigDecimal actual = d.tables().gk09().actual().orZero(Explanations.THREE_PUBLIC_COLUMNS.get(k));
      if (actual.compareTo(budget) != 0 && blank(item.budgetReason())) {
        c.warning(path + ".budgetReason",
            "“三公”经费 " + k + " 决算数 " + Identity.money(actual) + " ≠ 预算数 " + Identity.money(budget)
                + "，但未说明原因（budgetReason）",
            "three-public " + k + ": actual " + Identity.money(actual) + " ≠ budget " + Identity.money(budget)
                + " but no budgetReason");
      }
      if (item.previous() == null && !blank(item.changeReason())) {
        Label what = Labels.THREE_PUBLIC_ITEMS.get(k);
        c.warning(path + ".changeReason",
            "九 " + what.zh() + "：填写了较上年变动原因（changeReason），但没有上年数（previous），不作比较，原因不会印出",
            "九 " + what.en() + ": a changeReason is given but no figure of last year (previous), so it is not printed");
      }
      if (item.previous() != null && actual.compareTo(item.previous()) != 0 && blank(item.changeReason())) {
        c.warning(path + ".changeReason",
            "“三公”经费 " + k + " 决算数 " + Identity.money(actual) + " 较上年 " + Identity.money(item.previous())
                + " 有增减，但未说明原因（changeReason）",
            "three-public " + k + ": actual " + Identity.money(actual) + " ≠ last year " + Identity.money(item.previous())
                + " but no changeReason");
      }
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
