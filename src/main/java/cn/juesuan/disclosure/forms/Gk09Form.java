package cn.juesuan.disclosure.forms;

import static cn.juesuan.disclosure.forms.Cells.head;

import cn.juesuan.disclosure.layout.TableSpec;
import cn.juesuan.disclosure.layout.TableSpec.Cell;
import cn.juesuan.disclosure.model.Disclosure;
import cn.juesuan.disclosure.model.Forms;
import cn.juesuan.disclosure.model.Tables;
import java.util.List;

/**
 * 公开09 财政拨款“三公”经费支出决算表: 预算数 (1–6) and 决算数 (7–12), each 合计 / 因公出国（境）费
 * / 公务用车购置及运行维护费 (小计 / 购置费 / 运行维护费) / 公务接待费; the numbering row carries no
 * "栏次" label; one data row.
 */
public final class Gk09Form implements TableForm {

  private static final FormFrame FRAME = FormFrame.of("九、财政拨款“三公”经费支出决算表", 9, true);
  private static final List<TableSpec.Column> COLUMNS = Columns.amounts(12, 13);

  /** The six columns under 预算数 and again under 决算数, top and bottom header rows. */
  private static final List<Cell> ITEMS_TOP = List.of(head("合计").span(1, 2),
      head("因公出国（境）费").span(1, 2), head("公务用车购置及运行维护费").span(3, 1),
      head("公务接待费").span(1, 2));
  private static final List<Cell> ITEMS_BOTTOM =
      List.of(head("小计"), head("公务用车购置费"), head("公务用车运行维护费"));

  private static final List<List<Cell>> HEADER = List.of(
      List.of(head("预算数").span(6, 1), head("决算数").span(6, 1)),
      Cells.row(ITEMS_TOP, ITEMS_TOP),
      Cells.row(ITEMS_BOTTOM, ITEMS_BOTTOM),
      Cells.columnNumbers(1, 12));

  private static final String DESCRIPTION = "本表反映部门本年度财政拨款“三公”经费支出预决算情况。"
      + "其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；"
      + "决算数是包括当年财政拨款和以前年度结转资金安排的实际支出。";
  private static final String NO_DATA = "本部门没有财政拨款“三公”经费支出，故本表无数据。";

  @Override
  public TableSpec build(Disclosure d) {
    Tables.Gk09 t = d.tables().gk09();
    List<Cell> row = Cells.row(Cells.amounts(t.budget(), Forms.GK09), Cells.amounts(t.actual(), Forms.GK09));
    List<String> notes = Notes.paragraph(DESCRIPTION,
        Notes.when(Notes.noData(t.budget(), t.actual()), NO_DATA));
    return FRAME.spec(d, COLUMNS, HEADER, List.of(row), notes);
  }
}
