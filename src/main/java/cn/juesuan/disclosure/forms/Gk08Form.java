package cn.juesuan.disclosure.forms;

import static cn.juesuan.disclosure.forms.Cells.head;

import cn.juesuan.disclosure.layout.TableSpec;
import cn.juesuan.disclosure.model.Disclosure;
import cn.juesuan.disclosure.model.Forms;
import java.util.List;

/**
 * 公开08 国有资本经营预算财政拨款支出决算表: like 公开05 but its first column is "合计" (not
 * "小计"); shares its page with 公开07.
 */
public final class Gk08Form implements TableForm {

  private static final ClassifiedForm FORM = new ClassifiedForm(
      FormFrame.of("八、国有资本经营预算财政拨款支出决算表", 8, false),
      Forms.GK08,
      List.of(head("本年支出").span(3, 1)),
      List.of(head("合计"), head("基本支出"), head("项目支出")),
      new float[] {18, 66, 24, 24, 24},
      "本表反映部门本年度国有资本经营预算财政拨款支出情况。",
      "本部门没有国有资本经营预算财政拨款支出，故本表无数据。");

  @Override
  public TableSpec build(Disclosure d) {
    return FORM.build(d, d.tables().gk08());
  }
}
