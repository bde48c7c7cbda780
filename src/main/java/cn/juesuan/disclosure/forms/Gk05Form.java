package cn.juesuan.disclosure.forms;

import static cn.juesuan.disclosure.forms.Cells.head;

import cn.juesuan.disclosure.layout.TableSpec;
import cn.juesuan.disclosure.model.Disclosure;
import cn.juesuan.disclosure.model.Forms;
import java.util.List;

/** 公开05 一般公共预算财政拨款支出决算表: 本年支出 over 小计 / 基本支出 / 项目支出. */
public final class Gk05Form implements TableForm {

  private static final ClassifiedForm FORM = new ClassifiedForm(
      FormFrame.of("五、一般公共预算财政拨款支出决算表", 5, true),
      Forms.GK05,
      List.of(head("本年支出").span(3, 1)),
      List.of(head("小计"), head("基本支出"), head("项目支出")),
      new float[] {18, 66, 24, 24, 24},
      "本表反映部门本年度一般公共预算财政拨款支出情况。",
      null);

  @Override
  public TableSpec build(Disclosure d) {
    return FORM.build(d, d.tables().gk05());
  }
}
