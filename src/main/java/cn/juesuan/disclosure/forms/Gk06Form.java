package cn.juesuan.disclosure.forms;

import static cn.juesuan.disclosure.forms.Cells.amount;
import static cn.juesuan.disclosure.forms.Cells.head;

import cn.juesuan.disclosure.layout.TableSpec;
import cn.juesuan.disclosure.layout.TableSpec.Cell;
import cn.juesuan.disclosure.model.Disclosure;
import cn.juesuan.disclosure.model.StandardLists;
import cn.juesuan.disclosure.model.StandardLists.EconomicClass;
import cn.juesuan.disclosure.model.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * 公开06 一般公共预算财政拨款基本支出决算明细表: the 经济分类 rows in three column groups, each
 * filled top to bottom (group 1 under 人员经费, groups 2–3 under 公用经费), no 栏次 row, and a
 * last row with the two 合计.
 */
public final class Gk06Form implements TableForm {

  private static final FormFrame FRAME =
      FormFrame.of("六、一般公共预算财政拨款基本支出决算明细表", 6, true).withFont(8f);
  /**
   * | 科目代码 | 科目名称 | 决算数 | three times; the name columns fit their longest standard name
   * on one line (9, 9 and 11 characters) so the 30 rows and the note keep to one page.
   */
  private static final List<TableSpec.Column> COLUMNS = Columns.of(
      Columns.code(10.9f), Columns.name(28.7f), Columns.amount(11.8f),
      Columns.code(10.9f), Columns.name(28.7f), Columns.amount(11.8f),
      Columns.code(10.9f), Columns.name(31), Columns.amount(11.8f));

  private static final List<Cell> GROUP_HEAD = List.of(head("科目代码"), head("科目名称"), head("决算数"));
  private static final List<List<Cell>> HEADER = List.of(
      List.of(head("人员经费").span(3, 1), head("公用经费").span(6, 1)),
      Cells.row(GROUP_HEAD, GROUP_HEAD, GROUP_HEAD));

  private static final List<String> NOTES =
      Notes.paragraph("本表反映部门本年度一般公共预算财政拨款基本支出明细情况。");

  @Override
  public TableSpec build(Disclosure d) {
    Tables.Gk06 t = d.tables().gk06();
    List<List<EconomicClass>> groups = groups();
    int rows = groups.stream().mapToInt(List::size).max().orElse(0);

    List<List<Cell>> body = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      List<Cell> row = new ArrayList<>();
      for (List<EconomicClass> group : groups) {
        row.addAll(i < group.size() ? cells(t, group.get(i)) : List.of(Cells.blank(), Cells.blank(), Cells.blank()));
      }
      body.add(List.copyOf(row));
    }
    body.add(List.of(
        head("人员经费合计").span(2, 1), amount(t.personnelTotal()),
        head("公用经费合计").span(5, 1), amount(t.publicTotal())));
    return FRAME.spec(d, COLUMNS, HEADER, body, NOTES);
  }

  /** The 经济分类 rows by column group (1, 2, 3), each in print order. */
  static List<List<EconomicClass>> groups() {
    Map<Integer, List<EconomicClass>> byGroup = new TreeMap<>();
    for (EconomicClass e : StandardLists.get().economicClasses()) {
      byGroup.computeIfAbsent(e.group(), g -> new ArrayList<>()).add(e);
    }
    return List.copyOf(byGroup.values());
  }

  /** | code | name (as printed where the YAML gives one) | amount (blank where none) |. */
  private static List<Cell> cells(Tables.Gk06 t, EconomicClass e) {
    return List.of(Cells.label(e.code()), Cells.label(t.names().getOrDefault(e.code(), e.name())),
        amount(t.amounts().get(e.code())));
  }
}
