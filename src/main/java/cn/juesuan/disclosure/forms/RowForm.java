package cn.juesuan.disclosure.forms;

import cn.juesuan.disclosure.catalogue.Column;
import cn.juesuan.disclosure.catalogue.FormSpec;
import cn.juesuan.disclosure.document.TableSpec;
import cn.juesuan.disclosure.document.TableSpec.Cell;
import cn.juesuan.disclosure.model.Amounts;
import cn.juesuan.disclosure.model.Disclosure;
import java.util.ArrayList;
import java.util.List;

/**
 * Layout {@code row}: one row of amounts (Gansu 公开09 “三公”), its cells in the catalogue's
 * {@code row} order, each named {@code group.column} (预算数 and 决算数 in two blocks, or side by
 * side item by item: the catalogue decides).
 */
final class RowForm {
  private RowForm() {}

  static TableSpec build(FormSpec form, Disclosure d) {
    List<Cell> row = new ArrayList<>();
    for (String cell : form.row()) {
      int dot = cell.indexOf('.');
      row.add(Cells.amount(d.tables().rowGroup(form.id(), cell.substring(0, dot)).get(cell.substring(dot + 1)),
          d.format().numbers()));
    }
    Amounts[] groups = form.groups().stream().map(Column::key)
        .map(g -> d.tables().rowGroup(form.id(), g)).toArray(Amounts[]::new);
    return Frame.spec(form, d, Cells.header(form.header()), List.of(List.copyOf(row)), Notes.noData(groups));
  }
}
