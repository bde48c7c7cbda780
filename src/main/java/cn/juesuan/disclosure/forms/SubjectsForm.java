package cn.juesuan.disclosure.forms;

import cn.juesuan.disclosure.catalogue.FormSpec;
import cn.juesuan.disclosure.catalogue.NumberStyle;
import cn.juesuan.disclosure.document.TableSpec;
import cn.juesuan.disclosure.document.TableSpec.Cell;
import cn.juesuan.disclosure.model.ClassifiedTable;
import cn.juesuan.disclosure.model.Disclosure;
import java.util.ArrayList;
import java.util.List;

/**
 * Layout {@code subjects}: a table by 功能分类 科目 (Gansu 公开02/03/05/07/08). The catalogue's
 * header, then a 合计 row (its label cell from the catalogue, then the columns' amounts) and one
 * row per 科目: code, name, amounts. The catalogue may put the 合计 row last ({@code totalRow:
 * bottom}) and print the code as 类 | 款 | 项 ({@code codes: split}).
 */
final class SubjectsForm {
  private SubjectsForm() {}

  static TableSpec build(FormSpec form, Disclosure d) {
    ClassifiedTable table = d.tables().bySubject(form.id());
    NumberStyle style = d.format().numbers();
    List<String> columns = form.columnKeys();
    List<List<Cell>> body = new ArrayList<>();
    List<Cell> total = Cells.row(Cells.head(form.total()), Cells.amounts(table.total(), columns, style));
    if (!form.shape().totalAtBottom()) {
      body.add(total);
    }
    for (ClassifiedTable.Row r : table.rows()) {
      body.add(Cells.row(Cells.code(r.code(), form.shape().splitCodes()), List.of(Cells.label(name(d, r))),
          Cells.amounts(r.amounts(), columns, style)));
    }
    if (form.shape().totalAtBottom()) {
      body.add(total);
    }
    return Frame.spec(form, d, Cells.header(form.header()), body, Notes.noData(table));
  }

  /** The name as printed where the YAML gives one (clipped names), else the year's standard name. */
  static String name(Disclosure d, ClassifiedTable.Row r) {
    return r.printedName() != null ? r.printedName() : d.codes().subjectName(r.code()).orElse("");
  }
}
