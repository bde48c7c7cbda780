package cn.juesuan.disclosure.check;

import cn.juesuan.disclosure.model.ClassifiedTable;
import cn.juesuan.disclosure.model.Explanations.FundBudget;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * 七/八 年初预算 by 科目 (B07, B08): each names a row of its table, once. A budget for a 科目 the
 * table does not print would be described nowhere, silently.
 */
final class FundBudgetChecks {
  private FundBudgetChecks() {}

  static List<Check> all() {
    return List.of(
        Check.of("B07", "七 政府性基金 年初预算的科目 在 公开07 中列示且不重复",
            "government fund initial budgets name gk07 rows, once each",
            (d, c) -> rowsExist(d.explanations().governmentFundBudget(), d.tables().gk07(),
                "explanations.governmentFund.initialBudget", "公开07", "gk07", c)),
        Check.of("B08", "八 国有资本经营 年初预算的科目 在 公开08 中列示且不重复",
            "state capital initial budgets name gk08 rows, once each",
            (d, c) -> rowsExist(d.explanations().stateCapitalBudget(), d.tables().gk08(),
                "explanations.stateCapital.initialBudget", "公开08", "gk08", c)));
  }

  private static void rowsExist(List<FundBudget> budgets, ClassifiedTable table, String path, String formZh,
                                String formEn, CheckContext c) {
    Set<String> seen = new HashSet<>();
    for (FundBudget b : budgets) {
      String at = path + "[" + b.index() + "].code";
      if (table.rows().stream().noneMatch(r -> r.code().equals(b.code()))) {
        c.error(at, "年初预算的科目 " + b.code() + " 不在 " + formZh + " 中：无从说明其决算",
            "initial budget for " + b.code() + ", which " + formEn + " does not list");
      } else if (!seen.add(b.code())) {
        c.error(at, "科目 " + b.code() + " 的年初预算重复填写", "initial budget for " + b.code() + " given twice");
      }
    }
  }
}
