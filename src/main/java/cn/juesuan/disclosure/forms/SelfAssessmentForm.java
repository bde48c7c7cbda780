package cn.juesuan.disclosure.forms;

import static cn.juesuan.disclosure.forms.Cells.head;

import cn.juesuan.disclosure.calc.Format;
import cn.juesuan.disclosure.catalogue.Column;
import cn.juesuan.disclosure.catalogue.FormSpec;
import cn.juesuan.disclosure.catalogue.LineSpec;
import cn.juesuan.disclosure.calc.SelfAssessmentFigures;
import cn.juesuan.disclosure.calc.SelfAssessmentFigures.FundLine;
import cn.juesuan.disclosure.calc.SelfAssessmentFigures.IndicatorLine;
import cn.juesuan.disclosure.document.TableSpec;
import cn.juesuan.disclosure.document.TableSpec.Cell;
import cn.juesuan.disclosure.model.Disclosure;
import cn.juesuan.disclosure.model.SelfAssessment;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Layout {@code selfAssessment}: 附件2 部门整体支出绩效自评表 (amounts in 元, figures from the
 * calculator), every word from the catalogue's {@code texts}, {@code lines} and {@code columns}.
 * One 10-column grid:
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
 * two 评价指标 rows head the indicator rows and are repeated on every page those run onto. The
 * year line sits in the centre of the unit line (the form has no 金额单位 line: its unit is in the 规模(元) label).
 */
final class SelfAssessmentForm {

  static final int COLUMNS = 10;

  private SelfAssessmentForm() {}

  static TableSpec build(FormSpec form, Disclosure d, SelfAssessmentFigures figures) {
    SelfAssessment sa = d.selfAssessment();
    List<List<Cell>> body = new ArrayList<>();
    body.add(List.of(head(form.text("unitName")), wide(Cell.left(d.department().name()))));
    body.addAll(fundRows(form, figures));
    body.add(List.of(head(form.text("goals")), wide(Cell.left(text(sa.goals())))));
    body.add(List.of(head(form.text("completion")), wide(Cell.left(text(sa.completion())))));
    int indicatorHead = body.size();
    body.add(List.of(head(form.text("indicators")).span(3, 1), head(form.text("target")).span(1, 2),
        head(form.text("achieved")).span(1, 2), head(form.text("unit")).span(1, 2),
        head(form.text("weight")).span(1, 2), head(form.text("completionRate")).span(1, 2),
        head(form.text("score")).span(1, 2), head(form.text("reason")).span(1, 2)));
    body.add(List.of(head(form.text("level1")), head(form.text("level2")), head(form.text("level3"))));
    body.addAll(indicatorRows(figures.indicators()));
    body.add(List.of(head(form.text("totalScore")).span(6, 1), number(figures.maxScoreText()), Cells.blank(),
        number(figures.totalScoreText()), Cells.blank()));
    for (String line : form.explanations()) {
      body.add(List.of(head(form.text("explanation")), wide(Cell.left(line))));
    }
    // Everything is body; the narrative opens the page with its "附件 2：" label. The 评价指标
    // rows head the indicator rows and repeat on every page those run onto.
    return new TableSpec(form.title(), form.label(),
        form.unitLine(d.department().name(), d.department().year()), Columns.of(form),
        List.of(), List.copyOf(body), List.of(), form.font())
        .withBodyHead(new TableSpec.BodyHead(indicatorHead, 2));
  }

  /** The column header and the fund rows, 整体支出规模(元) merged over them. */
  private static List<List<Cell>> fundRows(FormSpec form, SelfAssessmentFigures figures) {
    List<List<Cell>> rows = new ArrayList<>();
    List<String> columns = form.columns().stream().map(Column::name).toList();
    rows.add(List.of(head("").span(3, 1), head(columns.get(0)), head(columns.get(1)),
        head(columns.get(2)).span(2, 1), head(form.text("rate")), head(form.text("score")),
        head(form.text("reason"))));
    boolean first = true;
    for (LineSpec line : form.lines()) {
      FundLine f = figures.funds().stream().filter(l -> l.key().equals(line.key())).findFirst().orElse(null);
      List<Cell> row = new ArrayList<>();
      if (first) {
        row.add(head(form.text("fundScale")).span(1, form.lines().size()));
        first = false;
      }
      row.add(Cell.left(line.text()).span(2, 1));
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
}
