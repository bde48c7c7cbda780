package cn.juesuan.disclosure.forms;

import static cn.juesuan.disclosure.forms.Cells.amount;
import static cn.juesuan.disclosure.forms.Cells.head;

import cn.juesuan.disclosure.layout.TableSpec;
import cn.juesuan.disclosure.layout.TableSpec.Cell;
import cn.juesuan.disclosure.model.Disclosure;
import cn.juesuan.disclosure.model.Forms;
import cn.juesuan.disclosure.model.Tables;
import java.util.List;

/**
 * 公开04 财政拨款收入支出决算总表: income 行次 1–32 beside expenditure 行次 33–64, the
 * expenditure side in four columns (合计 and the three kinds of 财政拨款).
 * <pre>
 * | 收 入 (3)           | 支 出 (6)                                                  |
 * | 项目 | 行次 | 金额  | 项目 | 行次 | 合计 | 一般公共预算… | 政府性基金… | 国有资本… |
 * | 栏次 |      | 1     | 栏次 |      | 2    | 3             | 4           | 5         |
 * </pre>
 */
public final class Gk04Form implements TableForm {

  private static final FormFrame FRAME = 
      FormFrame.of("四、财政拨款收入支出决算总表", 4, true).withFont(8f);
  /**
   * Label columns wide enough for the longest label on one line (14 and 15 characters at 8 pt):
   * the print clips them to keep one line per row and the whole table on one page.
   */
  private static final List<TableSpec.Column> COLUMNS = Columns.concat(
      Columns.of(Columns.name(41), Columns.code(6), Columns.amount(12), Columns.name(44), Columns.code(6)),
      Columns.amounts(4, 11.75f));

  private static final List<List<Cell>> HEADER = List.of(
      List.of(head("收 入").span(3, 1), head("支 出").span(6, 1)),
      List.of(head("项目"), head("行次"), head("金额"), head("项目"), head("行次"), head("合计"),
          head("一般公共预算财政拨款"), head("政府性基金预算财政拨款"), head("国有资本经营预算财政拨款")),
      Cells.row(List.of(head("栏次"), head(""), head("1"), head("栏次"), head("")),
          Cells.columnNumbers(2, 5)));

  /** 收入: 1–3 the three 财政拨款, 4–26 only 行次, 27–32 totals; keys of {@code gk04.income}. */
  static final List<Line> INCOME = Line.concat(
      List.of(
          new Line(1, "generalBudget", "一、一般公共预算财政拨款"),
          new Line(2, "govFund", "二、政府性基金预算财政拨款"),
          new Line(3, "stateCapital", "三、国有资本经营预算财政拨款")),
      Line.numbersOnly(4, 26),
      List.of(
          new Line(27, "total", "本年收入合计"),
          new Line(28, "opening", "年初财政拨款结转和结余"),
          new Line(29, "openingGeneralBudget", "一般公共预算财政拨款"),
          new Line(30, "openingGovFund", "政府性基金预算财政拨款"),
          new Line(31, "openingStateCapital", "国有资本经营预算财政拨款"),
          new Line(32, "grandTotal", "总计")));

  /** 支出 33–58: the 26 功能分类 类, keyed by class code in {@code gk04.byClass}. */
  static final List<Line> CLASSES = Line.expenditureClasses(33);

  /** 支出 59–64 (61–63 only 行次, beside income 29–31); keys of {@code gk04.expenditure}. */
  static final List<Line> EXPENDITURE_TOTALS = Line.concat(
      List.of(
          new Line(59, "total", "本年支出合计"),
          new Line(60, "closing", "年末财政拨款结转和结余")),
      Line.numbersOnly(61, 63),
      List.of(new Line(64, "grandTotal", "总计")));

  private static final List<String> NOTES = List.of(
      "注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。");

  @Override
  public TableSpec build(Disclosure d) {
    Tables.Gk04 t = d.tables().gk04();
    int columns = Forms.GK04_COLUMNS.size();
    List<List<Cell>> income = Line.side(INCOME, 1, key -> List.of(amount(t.income().get(key))));
    List<List<Cell>> expenditure = Cells.concatRows(
        Line.side(CLASSES, columns, code -> Cells.amounts(t.ofClass(code), Forms.GK04_COLUMNS)),
        Line.side(EXPENDITURE_TOTALS, columns, key -> Cells.amounts(t.line(key), Forms.GK04_COLUMNS)));
    return FRAME.spec(d, COLUMNS, HEADER, Line.pair(income, expenditure), NOTES);
  }
}
