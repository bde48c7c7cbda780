package cn.juesuan.disclosure.forms;

import cn.juesuan.disclosure.catalogue.FormSpec;
import cn.juesuan.disclosure.document.TableSpec;
import cn.juesuan.disclosure.document.TableSpec.Cell;
import cn.juesuan.disclosure.model.Disclosure;
import java.util.List;

/**
 * The frame every form shares, all from its catalogue entry: the title, the label, the unit
 * line (部门：… / YYYY 年度 / 金额单位：万元 in Gansu), the table font and the notes.
 */
final class Frame {
  private Frame() {}

  static TableSpec spec(FormSpec form, Disclosure d, List<List<Cell>> header, List<List<Cell>> body,
                        boolean noData) {
    return new TableSpec(form.title(), form.label(),
        form.unitLine(d.department().name(), d.department().year()), Columns.of(form),
        List.copyOf(header), List.copyOf(body), Notes.of(form, noData, d.department().name()), form.font());
  }
}
