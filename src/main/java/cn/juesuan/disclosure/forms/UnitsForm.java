package cn.juesuan.disclosure.forms;

import cn.juesuan.disclosure.catalogue.FormSpec;
import cn.juesuan.disclosure.catalogue.HeaderCell;
import cn.juesuan.disclosure.layout.TableSpec;
import cn.juesuan.disclosure.layout.TableSpec.Cell;
import cn.juesuan.disclosure.model.Disclosure;
import cn.juesuan.disclosure.model.Profile;
import java.util.ArrayList;
import java.util.List;

/**
 * The table of the units a 部门决算 comprises (部门决算单位构成, {@code profile.units}): one row per
 * unit with its 序号 (1, 2, …), name and 备注. Header, widths and font are the catalogue's
 * ({@link FormSpec.Layout#UNITS}); a format without such a form prints no such table.
 */
final class UnitsForm {
  private UnitsForm() {}

  static TableSpec build(FormSpec form, Disclosure d) {
    List<List<Cell>> header = new ArrayList<>();
    for (List<HeaderCell> row : form.header()) {
      header.add(row.stream().map(h -> Cells.head(h.text()).span(h.cols(), h.rows())).toList());
    }
    List<List<Cell>> body = new ArrayList<>();
    List<Profile.Unit> units = d.profile().units();
    for (int i = 0; i < units.size(); i++) {
      Profile.Unit u = units.get(i);
      body.add(List.of(Cells.head(String.valueOf(i + 1)), Cells.label(u.name()), Cells.label(u.note())));
    }
    return new TableSpec(form.title(), form.label(), form.unitLine(d.department().name(), d.department().year()),
        form.widthArray(), List.copyOf(header), List.copyOf(body), List.of(), form.font(), false);
  }
}
