package cn.juesuan.disclosure.check;

import cn.juesuan.disclosure.model.Disclosure;
import java.util.List;

/** Cells of 公开04 财政拨款收支总表 as named, located figures. */
final class Gk04 {
  private Gk04() {}

  /** 合计 = the three budget columns. */
  static final List<String> PARTS = List.of("generalBudget", "govFund", "stateCapital");

  static Figure income(Disclosure d, String key) {
    return Figure.of(Labels.line("gk04", "income." + key), d.tables().gk04().income().get(key),
        "tables.gk04.income." + key);
  }

  /** An expenditure line (59 本年支出合计, 60 年末, 64 总计) in one column. */
  static Figure line(Disclosure d, String line, String column) {
    Label l = Labels.line("gk04", "expenditure." + line);
    Label col = Labels.column("gk04", column);
    return new Figure(l.zh() + " " + col.zh(), l.en() + " " + col.en(),
        d.tables().gk04().line(line).get(column), "tables.gk04.expenditure." + line + "." + column);
  }

  /** The line of one 类 (33–58) in one column. */
  static Figure ofClass(Disclosure d, String code, String column) {
    Label col = Labels.column("gk04", column);
    return new Figure(code + " " + col.zh(), "class " + code + " " + col.en(),
        d.tables().gk04().ofClass(code).get(column), "tables.gk04.expenditure.byClass." + code + "." + column);
  }
}
