package cn.juesuan.disclosure.calc;

import cn.juesuan.disclosure.model.ClassifiedTable;
import cn.juesuan.disclosure.model.Disclosure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 项目支出: all funds (公开03) and 一般公共预算 (公开05), each 类's share of it, the 一般公共预算
 * part's share of 一般公共预算财政拨款支出, and 第四部分's self-evaluated funds as shares of each
 * budget's 项目支出 (一般公共预算 公开05, 政府性基金 公开07, 国有资本经营 公开08) with two decimals.
 * A share of a zero whole is not applicable (null).
 */
public record ProjectFigures(Money total, List<Share> byClass, Money generalBudget, Percent generalBudgetShare,
                             List<Share> generalBudgetByClass, Percent selfEvaluatedGeneral,
                             Percent selfEvaluatedGovFund, Percent selfEvaluatedStateCapital) {

  static ProjectFigures of(Disclosure d, PinBook pins) {
    ClassifiedTable gk03 = d.tables().gk03();
    ClassifiedTable gk05 = d.tables().gk05();
    BigDecimal total = gk03.total().orZero("project");
    BigDecimal general = gk05.total().orZero("project");
    Map<String, BigDecimal> evaluated = d.performance().selfEvaluation();
    return new ProjectFigures(Money.of(total),
        pins.shares("projects.byClass", "项目支出 按类", byClass(gk03, total)),
        Money.of(general),
        pins.percent("projects.generalBudgetShare", "一般公共预算项目支出占一般公共预算财政拨款支出的比例",
            Rounding.percent(general, gk05.total().orZero("total"))),
        pins.shares("projects.generalBudgetByClass", "一般公共预算项目支出 按类", byClass(gk05, general)),
        pins.percent("projects.selfEvaluatedGeneral", "绩效自评资金占一般公共预算项目支出的比例",
            Rounding.percent(orZero(evaluated.get("generalFunds")), general)),
        pins.percent("projects.selfEvaluatedGovFund", "绩效自评资金占政府性基金预算项目支出的比例",
            Rounding.percent(orZero(evaluated.get("govFundFunds")), d.tables().gk07().total().orZero("project"))),
        pins.percent("projects.selfEvaluatedStateCapital", "绩效自评资金占国有资本经营预算项目支出的比例",
            Rounding.percent(orZero(evaluated.get("stateCapitalFunds")), d.tables().gk08().total().orZero("project"))));
  }

  /** Each 类 with 项目支出, in print order, with its share of the table's 项目支出. */
  private static List<Share> byClass(ClassifiedTable table, BigDecimal whole) {
    List<Share> out = new ArrayList<>();
    for (ClassifiedTable.Row r : table.rows()) {
      BigDecimal v = r.amounts().get("project");
      if (r.level() == 1 && v != null && v.signum() != 0) {
        out.add(Share.of(r.code(), Calculator.className(r.code()), v, whole));
      }
    }
    return out;
  }

  private static BigDecimal orZero(BigDecimal v) {
    return v == null ? BigDecimal.ZERO : v;
  }
}
