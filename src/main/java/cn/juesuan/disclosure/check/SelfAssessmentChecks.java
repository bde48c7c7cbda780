package cn.juesuan.disclosure.check;

import static cn.juesuan.disclosure.check.ClassifiedForm.GK03;

import cn.juesuan.disclosure.model.Disclosure;
import cn.juesuan.disclosure.model.Explanations.InitialBudget;
import cn.juesuan.disclosure.model.SelfAssessment.FundRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * 附件2 部门整体支出绩效自评表 (元): its own rows (A5–A7, errors), and its agreement with the 万元
 * tables (A1–A4, warnings only: the self-assessment is its own form and may legitimately differ).
 * A department without 附件2 has none of these to check.
 */
final class SelfAssessmentChecks {
  private SelfAssessmentChecks() {}

  private static final BigDecimal YUAN_PER_WAN = new BigDecimal("10000");

  static List<Check> all() {
    return List.of(
        Check.of("A1", "附件2 年初预算数 ÷ 10000 = 五（三）年初预算之和，或给出的年初预算合计（警告）",
            "self-assessment initial budget / 10000 = Σ initial budget entries, or the printed total (warning)", whenGiven((d, c) -> {
              BigDecimal printedTotal = d.explanations().generalBudget().initialBudgetTotal();
              if (printedTotal != null) {
                // the printed 合计 is what 五（三）says (B1 checks it against the entries)
                c.advisory(Identity.copy("附件2 与 五（三）年初预算", "self-assessment vs initial budget",
                    inWan(d, "total", "initial"), new Figure("五（三）年初预算合计", "initial budget total", printedTotal,
                        "explanations.generalBudget.initialBudgetTotal")));
                return;
              }
              List<InitialBudget> initial = d.explanations().generalBudget().initialBudget();
              c.advisory(Identity.of("附件2 与 五（三）年初预算", "self-assessment vs initial budget",
                      inWan(d, "total", "initial"),
                      initial.stream().map(b -> new Figure("年初预算 " + b.code(), "initial budget " + b.code(),
                          b.amount(), "explanations.generalBudget.initialBudget[" + b.index() + "].amount").plus()).toList())
                  .group(Label.of("五（三）年初预算", "initial budget by class")));
            })),
        Check.of("A2", "附件2 项目支出 全年执行数 ÷ 10000 = 公开03 合计 项目支出（警告）",
            "self-assessment project actual / 10000 = gk03 total project (warning)", whenGiven((d, c) ->
                c.advisory(againstTable(d, "project", GK03.total(d, "project").prefixed("公开03 合计 ", "gk03 total "))))),
        Check.of("A3", "附件2 公用经费 全年执行数 ÷ 10000 = 公开06 公用经费合计（警告）",
            "self-assessment public cost actual / 10000 = gk06 public cost total (warning)", whenGiven((d, c) ->
                c.advisory(againstTable(d, "public", Gk06.publicTotal(d).prefixed("公开06 ", "gk06 "))))),
        Check.of("A4", "附件2 人员经费 全年执行数 ÷ 10000 = 公开06 人员经费合计（警告）",
            "self-assessment personnel actual / 10000 = gk06 personnel total (warning)", whenGiven((d, c) ->
                c.advisory(againstTable(d, "personnel", Gk06.personnelTotal(d).prefixed("公开06 ", "gk06 "))))),
        Check.of("A5", "附件2 年度资金总额 = 基本支出 + 项目支出（三栏）", "self-assessment total = basic + project (each column)",
            whenGiven((d, c) -> rowSum(d, c, "total", "basic", "project"))),
        Check.of("A6", "附件2 基本支出 = 人员经费 + 公用经费（三栏）", "self-assessment basic = personnel + public (each column)",
            whenGiven((d, c) -> rowSum(d, c, "basic", "personnel", "public"))),
        Check.of("A7", "附件2 项目支出 = 一般性项目 + 重点项目（三栏）", "self-assessment project = general + key (each column)",
            whenGiven((d, c) -> rowSum(d, c, "project", "general", "key"))));
  }

  /** A rule that applies only to a disclosure with 附件2. */
  private static Check.Rule whenGiven(Check.Rule rule) {
    return (d, c) -> {
      if (d.selfAssessment() != null) {
        rule.apply(d, c);
      }
    };
  }

  /** A 附件2 cell in 元. */
  static Figure inYuan(Disclosure d, String row, String column) {
    FundRow r = d.selfAssessment().funds().get(row);
    BigDecimal v = r == null ? null : switch (column) {
      case "initial" -> r.initial();
      case "full" -> r.full();
      default -> r.actual();
    };
    Label rl = Labels.FUND_ROWS.get(row);
    Label cl = Labels.FUND_COLUMNS.get(column);
    return new Figure(rl.zh() + " " + cl.zh(), rl.en() + " " + cl.en(), v, "selfAssessment.funds." + row + "." + column);
  }

  /** A 附件2 cell converted to 万元 (HALF_UP, 2 decimals), its 元 amount kept in the name. */
  static Figure inWan(Disclosure d, String row, String column) {
    Figure yuan = inYuan(d, row, column);
    BigDecimal wan = yuan.isBlank() ? null : yuan.value().divide(YUAN_PER_WAN, 2, RoundingMode.HALF_UP);
    String amount = Identity.money(yuan.orZero());
    return new Figure("附件2 " + yuan.zh() + " " + amount + " 元 =", "self-assessment " + yuan.en() + " "
        + amount + " yuan =", wan, yuan.path());
  }

  /** 附件2 全年执行数 of a row, in 万元, against a 万元 table figure; reported at 附件2. */
  private static Identity againstTable(Disclosure d, String row, Figure table) {
    Figure own = inWan(d, row, "actual");
    return Identity.copy("附件2 与 决算表", "self-assessment vs tables", table, own).at(own.path());
  }

  private static void rowSum(Disclosure d, CheckContext c, String total, String a, String b) {
    for (String col : List.of("initial", "full", "actual")) {
      c.strict(Identity.of("附件2（元）", "self-assessment (yuan)", inYuan(d, total, col),
          List.of(inYuan(d, a, col).plus(), inYuan(d, b, col).plus())).tolerance(Tolerance.FIXED_CENT));
    }
  }
}
