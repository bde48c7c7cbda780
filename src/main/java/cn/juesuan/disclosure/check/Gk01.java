package cn.juesuan.disclosure.check;

import cn.juesuan.disclosure.model.Disclosure;
import java.util.List;

/** Cells of 公开01 收支总表 as named, located figures. */
final class Gk01 {
  private Gk01() {}

  static Figure income(Disclosure d, String key) {
    return Figure.of(Labels.line("gk01", "income." + key), d.tables().gk01().income().get(key),
        "tables.gk01.income." + key);
  }

  static Figure expenditure(Disclosure d, String key) {
    return Figure.of(Labels.line("gk01", "expenditure." + key), d.tables().gk01().expenditure().get(key),
        "tables.gk01.expenditure." + key);
  }

  /** The expense line (31–56) of one 功能分类 类. */
  static Figure ofClass(Disclosure d, String code) {
    return Figure.of(Labels.expenditureClass(code), d.tables().gk01().byClass().get(code),
        "tables.gk01.expenditure.byClass." + code);
  }

  /** The income sources (lines 1–8) that 本年收入合计 sums: keys of the model. */
  static final List<String> INCOME_PARTS = List.of("generalBudgetGrant", "govFundGrant",
      "stateCapitalGrant", "superiorSubsidy", "serviceRevenue", "businessRevenue", "subsidiaryRemit",
      "otherRevenue");

  /** Income lines 1–8. */
  static List<Term> incomeParts(Disclosure d) {
    return INCOME_PARTS.stream().map(k -> income(d, k).plus()).toList();
  }

  /** Expense lines 31–56 in print order. */
  static List<Term> classParts(Disclosure d) {
    return d.codes().expenditureClasses().stream().map(c -> ofClass(d, c.code()).plus()).toList();
  }
}
