package cn.juesuan.disclosure.check;

import cn.juesuan.disclosure.model.Disclosure;
import cn.juesuan.disclosure.model.Forms;
import cn.juesuan.disclosure.model.StandardLists;
import java.util.List;

/** Cells of 公开01 收入支出决算总表 as named, located figures. */
final class Gk01 {
  private Gk01() {}

  static Figure income(Disclosure d, String key) {
    return Figure.of(Labels.GK01_INCOME.get(key), d.tables().gk01().income().get(key),
        "tables.gk01.income." + key);
  }

  static Figure expenditure(Disclosure d, String key) {
    return Figure.of(Labels.GK01_EXPENDITURE.get(key), d.tables().gk01().expenditure().get(key),
        "tables.gk01.expenditure." + key);
  }

  /** The expense line (31–56) of one 功能分类 类. */
  static Figure ofClass(Disclosure d, String code) {
    return Figure.of(Labels.expenditureClass(code), d.tables().gk01().byClass().get(code),
        "tables.gk01.expenditure.byClass." + code);
  }

  /** Income lines 1–8. */
  static List<Term> incomeParts(Disclosure d) {
    return Forms.GK01_INCOME_PARTS.stream().map(k -> income(d, k).plus()).toList();
  }

  /** Expense lines 31–56 in print order. */
  static List<Term> classParts(Disclosure d) {
    return StandardLists.forYear(2024).expenditureClasses().stream().map(c -> ofClass(d, c.code()).plus()).toList();
  }
}
