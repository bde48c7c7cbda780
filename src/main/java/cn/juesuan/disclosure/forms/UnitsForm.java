package cn.juesuan.disclosure.forms;

import cn.juesuan.disclosure.catalogue.FormSpec;
import cn.juesuan.disclosure.document.TableSpec;
import cn.juesuan.disclosure.document.TableSpec.Cell;
import cn.juesuan.disclosure.model.Disclosure;
import cn.juesuan.disclosure.model.Profile;
import java.util.ArrayList;
import java.util.List;

/**
 * Layout {@code units}: the units a 部门决算 comprises (部门决算单位构成, {@code profile.units}), one
 * row per unit with its 序号 (1, 2, …), name and 备注 under the catalogue's header.
 */
final class UnitsForm {
  private UnitsForm() {}

  static TableSpec build(FormSpec form, Disclosure d) {
    List<List<Cell>> body = new ArrayList<>();
    // The blank forms of export-xlsx --empty have no profile: the table to fill is empty.
    List<Profile.Unit> units = d.profile() == null ? List.of() : d.profile().units();
    for (int i = 0; i < units.size(); i++) {
      Profile.Unit u = units.get(i);
      body.add(List.of(Cells.head(String.valueOf(i + 1)), Cells.label(u.name()), Cells.label(u.note())));
    }
    return Frame.spec(form, d, Cells.header(form.header()), body, false);
  }
}
