package cn.juesuan.disclosure.forms;

import static cn.juesuan.disclosure.forms.Cells.head;

import cn.juesuan.disclosure.calc.Format;
import cn.juesuan.disclosure.calc.SelfAssessmentFigures;
import cn.juesuan.disclosure.calc.SelfAssessmentFigures.FundLine;
import cn.juesuan.disclosure.calc.SelfAssessmentFigures.IndicatorLine;
import cn.juesuan.disclosure.layout.TableSpec;
import cn.juesuan.disclosure.layout.TableSpec.Cell;
import cn.juesuan.disclosure.model.Disclosure;
import cn.juesuan.disclosure.model.Forms;
import cn.juesuan.disclosure.model.SelfAssessment;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * 附件2 部门整体支出绩效自评表 (amounts in 元, figures from the calculator). One 10-column grid:
 * <pre>
 * | 部门（单位）名称 | name (9)                                                                 |
 * |        (3)                   | 年初预算数 | 全年预算数 | 全年执行数 (2) | 执行率 | 得分 | 未完成原因分析 |
 * | 整体支出 | fund (2)    | …                                                              |  × 7
 * | 规模(元) |              (rowspan 7)
 * | 预期目标 | text (9) |   | 实际完成情况 | text (9) |
 * | 评价指标 (3)           | 年度指标值 | 实际完成值 | 单位 | 分值 | 完成率 | 得分 | 未完成原因分析 |  rowspan 2
 * | 一级指标 | 二级指标 | 三级指标 |
 * | 一级 (merged) | 二级 (merged) | 三级 | target | actual | unit | weight | rate | score | reason |  × n
 * | 总分 (6)                                            | 分值 |  | 得分 |  |
 * | 说明 | text (9) |  × 2
 * </pre>
 * Columns 7–9 (执行率/完成率, 得分, 未完成原因分析) line up in both blocks. Everything is body; the
 * two 评价指标 rows head the indicator rows and are repeated on every page those run onto. The year line sits in the
 * centre of the unit line (the form has no 金额单位 line: its unit is in the 规模(元) label).
 */
public final class SelfAssessmentForm {

  static final String TITLE = "部门整体支出绩效自评表";
  static final int COLUMNS = 10;
  /**
   * 一级 | 二级 | 三级 (labels that wrap) | four columns of 元 amounts and indicator values | 执行率
   * / 完成率 | 得分 | 未完成原因分析 (text). 全年执行数 spans the 单位 and 分值 columns.
   */
  private static final List<TableSpec.Column> GRID = Columns.of(
      Columns.label(12, 2), Columns.label(14, 2), Columns.label(26, 3),
      Columns.amount(15), Columns.amount(17), Columns.amount(10), Columns.amount(11),
      Columns.amount(15), Columns.amount(12), Columns.label(24, 3));

  /** The 整体支出规模 rows by {@link Forms#FUND_ROWS} key, in print order. */
  static final Map<String, String> FUND_LABELS = orderedMap(
      "total", "年度资金总额",
      "basic", "(一)基本支出",
      "personnel", "1.人员经费",
      "public", "2.公用经费",
      "project", "(二)项目支出",
      "general", "1.一般性项目",
      "key", "2.重点项目");

  /** The form's own 说明 lines (the template's text, not the department's). */
  static final List<String> EXPLANATIONS = List.of(
      "1.各部门可根据附件 3《部门整体支出绩效评价指标体系框架》（参考）设置三级指标和指标值。",
      "2.上述产出指标和效益指标根据年初设定的绩效目标既可以按照重点任务完成情况分别填列，"
          + "也可以依据所有重点任务归纳提炼综合指标。");

  public TableSpec build(Disclosure d, SelfAssessmentFigures figures) {
    SelfAssessment sa = d.selfAssessment();
    List<List<Cell>> body = new ArrayList<>();
    body.add(List.of(head("部门（单位）名称"), wide(Cell.left(d.department().name()))));
    body.addAll(fundRows(figures));
    body.add(List.of(head("预期目标"), wide(Cell.left(text(sa.goals())))));
    body.add(List.of(head("实际完成情况"), wide(Cell.left(text(sa.completion())))));
    int indicatorHead = body.size();
    body.add(List.of(head("评价指标").span(3, 1), head("年度指标值").span(1, 2),
        head("实际完成值").span(1, 2), head("单位").span(1, 2), head("分值").span(1, 2),
        head("完成率").span(1, 2), head("得分").span(1, 2), head("未完成原因分析").span(1, 2)));
    body.add(List.of(head("一级指标"), head("二级指标"), head("三级指标")));
    body.addAll(indicatorRows(figures.indicators()));
    body.add(List.of(head("总分").span(6, 1), number(figures.maxScoreText()), Cells.blank(),
        number(figures.totalScoreText()), Cells.blank()));
    for (String line : EXPLANATIONS) {
      body.add(List.of(head("说明"), wide(Cell.left(line))));
    }
    List<String> unitLine = List.of("", "(" + d.department().year() + " 年度)", "");
    // not newPage: the narrative opens the page with its "附件 2：" heading
    return new TableSpec(TITLE, "", unitLine, GRID, List.of(), List.copyOf(body),
        List.of(), FormFrame.TABLE_FONT, false)
        .withBodyHead(new TableSpec.BodyHead(indicatorHead, 2));
  }

  /** The column header and the 7 fund rows, 整体支出规模(元) merged over them. */
  private static List<List<Cell>> fundRows(SelfAssessmentFigures figures) {
    List<List<Cell>> rows = new ArrayList<>();
    rows.add(List.of(head("").span(3, 1), head("年初预算数"), head("全年预算数"),
        head("全年执行数").span(2, 1), head("执行率"), head("得分"), head("未完成原因分析")));
    boolean first = true;
    for (Map.Entry<String, String> e : FUND_LABELS.entrySet()) {
      FundLine f = figures.funds().stream().filter(l -> l.key().equals(e.getKey())).findFirst().orElse(null);
      List<Cell> row = new ArrayList<>();
      if (first) {
        row.add(head("整体支出规模(元)").span(1, FUND_LABELS.size()));
        first = false;
      }
      row.add(Cell.left(e.getValue()).span(2, 1));
      row.add(number(f == null ? "" : Format.asWritten(f.initial())));
      row.add(number(f == null ? "" : Format.asWritten(f.full())));
      row.add(number(f == null ? "" : Format.asWritten(f.actual())).span(2, 1));
      row.add(number(f == null ? "" : f.rateText()));
      row.add(number(f == null ? "" : f.scoreText()));
      row.add(Cells.blank()); // 未完成原因分析: the model has none for the fund rows
      rows.add(List.copyOf(row));
    }
    return rows;
  }

  /** One row per 三级指标; 一级 and 二级 merged over consecutive equal values. */
  static List<List<Cell>> indicatorRows(List<IndicatorLine> lines) {
    List<List<Cell>> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      SelfAssessment.Indicator ind = lines.get(i).indicator();
      List<Cell> row = new ArrayList<>();
      if (i == 0 || !Objects.equals(level1(lines, i - 1), ind.level1())) {
        row.add(head(text(ind.level1())).span(1, run(lines, i, true)));
      }
      if (i == 0 || !Objects.equals(level1(lines, i - 1), ind.level1())
          || !Objects.equals(lines.get(i - 1).indicator().level2(), ind.level2())) {
        row.add(head(text(ind.level2())).span(1, run(lines, i, false)));
      }
      row.add(Cell.left(text(ind.name())));
      row.add(head(text(ind.target())));
      row.add(head(text(ind.actual())));
      row.add(head(text(ind.unit())));
      row.add(number(Format.plain(ind.weight())));
      row.add(number(lines.get(i).rateText()));
      row.add(number(lines.get(i).scoreText()));
      row.add(Cell.left(text(ind.reason())));
      rows.add(List.copyOf(row));
    }
    return rows;
  }

  /** How many rows from {@code start} share its 一级 (and, unless {@code level1Only}, its 二级). */
  private static int run(List<IndicatorLine> lines, int start, boolean level1Only) {
    SelfAssessment.Indicator s = lines.get(start).indicator();
    int n = 1;
    while (start + n < lines.size()) {
      SelfAssessment.Indicator next = lines.get(start + n).indicator();
      boolean same = Objects.equals(next.level1(), s.level1())
          && (level1Only || Objects.equals(next.level2(), s.level2()));
      if (!same) {
        break;
      }
      n++;
    }
    return n;
  }

  private static String level1(List<IndicatorLine> lines, int i) {
    return lines.get(i).indicator().level1();
  }

  private static Cell wide(Cell c) {
    return c.span(COLUMNS - 1, 1);
  }

  private static Cell number(String text) {
    return Cell.right(text);
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }

  private static Map<String, String> orderedMap(String... keysAndLabels) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndLabels.length; i += 2) {
      m.put(keysAndLabels[i], keysAndLabels[i + 1]);
    }
    return Collections.unmodifiableMap(m);
  }
}
