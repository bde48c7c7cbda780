package cn.juesuan.disclosure.forms;

import cn.juesuan.disclosure.layout.TableSpec;
import cn.juesuan.disclosure.layout.TableSpec.Cell;
import cn.juesuan.disclosure.model.ClassifiedTable;
import cn.juesuan.disclosure.model.Disclosure;
import cn.juesuan.disclosure.model.StandardLists;
import java.util.ArrayList;
import java.util.List;

/**
 * The grid the tables by 功能分类 科目 share (公开02/03/05/07/08):
 * <pre>
 * | 项目 (colspan 2)    | amount headers, top row …    |
 * | 科目代码 | 科目名称 | amount headers, bottom row … |
 * | 栏次 (colspan 2)    | 1 | 2 | …                    |
 * | 合计 (colspan 2)    | the total amounts            |
 * | code     | name     | the amounts of each 类/款/项 |
 * </pre>
 * A form only says its amount columns (model keys and header cells), widths and notes: the
 * first two widths are 科目代码 (a code) and 科目名称 (a name), the others amounts.
 *
 * @param columns     model keys of the amount columns, in print order
 * @param headTop     amount header cells beside 项目 (a cell with rowspan 2 covers both rows)
 * @param headBottom  amount header cells beside 科目代码/科目名称
 * @param description the 注 sentence "本表反映…"
 * @param noDataNote  the sentence "本部门没有…故本表无数据。" for an empty table, or null
 */
record ClassifiedForm(FormFrame frame, List<String> columns, List<Cell> headTop,
                      List<Cell> headBottom, float[] widths, String description,
                      String noDataNote) {

  TableSpec build(Disclosure d, ClassifiedTable table) {
    List<List<Cell>> header = List.of(
        Cells.row(List.of(Cells.head("项目").span(2, 1)), headTop),
        Cells.row(List.of(Cells.head("科目代码"), Cells.head("科目名称")), headBottom),
        Cells.row(List.of(Cells.head("栏次").span(2, 1)), Cells.columnNumbers(1, columns.size())));

    List<List<Cell>> body = new ArrayList<>();
    body.add(Cells.row(List.of(Cells.head("合计").span(2, 1)), Cells.amounts(table.total(), columns)));
    for (ClassifiedTable.Row r : table.rows()) {
      body.add(Cells.row(List.of(Cells.label(r.code()), Cells.label(name(r))),
          Cells.amounts(r.amounts(), columns)));
    }

    boolean noData = noDataNote != null && Notes.noData(table);
    List<String> notes = Notes.paragraph(description, Notes.when(noData, noDataNote));
    return frame.spec(d, gridColumns(), header, body, notes);
  }

  private List<TableSpec.Column> gridColumns() {
    List<TableSpec.Column> out = new ArrayList<>(List.of(Columns.code(widths[0]), Columns.name(widths[1])));
    for (int i = 2; i < widths.length; i++) {
      out.add(Columns.amount(widths[i]));
    }
    return out;
  }

  /** The name as printed where the YAML gives one (clipped names), else the standard name. */
  static String name(ClassifiedTable.Row r) {
    return r.printedName() != null
        ? r.printedName()
        : StandardLists.get().subjectName(r.code()).orElse("");
  }
}
