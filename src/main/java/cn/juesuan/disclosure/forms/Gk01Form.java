package cn.juesuan.disclosure.forms;

import static cn.juesuan.disclosure.forms.Cells.amount;
import static cn.juesuan.disclosure.forms.Cells.head;

import cn.juesuan.disclosure.layout.TableSpec;
import cn.juesuan.disclosure.layout.TableSpec.Cell;
import cn.juesuan.disclosure.model.Amounts;
import cn.juesuan.disclosure.model.Disclosure;
import cn.juesuan.disclosure.model.Tables;
import java.util.List;
import java.util.function.Function;

/**
 * 公开01 收入支出决算总表: income 行次 1–30 beside expenditure 行次 31–60 (line k beside k+30).
 * <pre>
 * | 收入 (3)            | 支出 (3)            |
 * | 项目 | 行次 | 金额  | 项目 | 行次 | 金额  |
 * | 栏次 |      | 1     | 栏次 |      | 2     |
 * </pre>
 */
public final class Gk01Form implements TableForm {

  /** Not a new page: it follows the 第二部分 title (the outline breaks before it); 8 pt to share it. */
  private static final FormFrame FRAME = FormFrame.of("一、收入支出决算总表", 1, false).withFont(8f);
  private static final List<TableSpec.Column> COLUMNS = Columns.of(
      Columns.name(50), Columns.code(8), Columns.amount(20),
      Columns.name(50), Columns.code(8), Columns.amount(20));

  private static final List<List<Cell>> HEADER = List.of(
      List.of(head("收入").span(3, 1), head("支出").span(3, 1)),
      List.of(head("项目"), head("行次"), head("金额"), head("项目"), head("行次"), head("金额")),
      List.of(head("栏次"), head(""), head("1"), head("栏次"), head(""), head("2")));

  /** 收入: 1–8 the sources, 9–26 only 行次, 27–30 the totals; keys of {@code gk01.income}. */
  static final List<Line> INCOME = Line.concat(
      List.of(
          new Line(1, "generalBudgetGrant", "一、一般公共预算财政拨款收入"),
          new Line(2, "govFundGrant", "二、政府性基金预算财政拨款收入"),
          new Line(3, "stateCapitalGrant", "三、国有资本经营预算财政拨款收入"),
          new Line(4, "superiorSubsidy", "四、上级补助收入"),
          new Line(5, "serviceRevenue", "五、事业收入"),
          new Line(6, "businessRevenue", "六、经营收入"),
          new Line(7, "subsidiaryRemit", "七、附属单位上缴收入"),
          new Line(8, "otherRevenue", "八、其他收入")),
      Line.numbersOnly(9, 26),
      List.of(
          new Line(27, "total", "本年收入合计"),
          new Line(28, "nonFiscalBalanceUsed", "使用非财政拨款结余（含专用结余）"),
          new Line(29, "openingBalance", "年初结转和结余"),
          new Line(30, "grandTotal", "总计")));

  /** 支出 31–56: the 26 功能分类 类, keyed by class code in {@code gk01.byClass}. */
  static final List<Line> CLASSES = Line.expenditureClasses(31);

  /** 支出 57–60; keys of {@code gk01.expenditure}. */
  static final List<Line> EXPENDITURE_TOTALS = List.of(
      new Line(57, "total", "本年支出合计"),
      new Line(58, "surplusDistribution", "结余分配"),
      new Line(59, "closingBalance", "年末结转和结余"),
      new Line(60, "grandTotal", "总计"));

  private static final List<String> NOTES = List.of(
      "注：1.本表反映部门本年度的总收支和年末结转结余情况。",
      "2.本套报表金额单位转换时可能存在尾数误差。");

  @Override
  public TableSpec build(Disclosure d) {
    Tables.Gk01 t = d.tables().gk01();
    List<List<Cell>> income = Line.side(INCOME, 1, oneAmount(t.income()));
    List<List<Cell>> expenditure = Cells.concatRows(
        Line.side(CLASSES, 1, oneAmount(t.byClass())),
        Line.side(EXPENDITURE_TOTALS, 1, oneAmount(t.expenditure())));
    return FRAME.spec(d, COLUMNS, HEADER, Line.pair(income, expenditure), NOTES);
  }

  private static Function<String, List<Cell>> oneAmount(Amounts a) {
    return key -> List.of(amount(a.get(key)));
  }
}
