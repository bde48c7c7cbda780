package cn.juesuan.disclosure.forms;

import static cn.juesuan.disclosure.forms.Cells.head;

import cn.juesuan.disclosure.layout.TableSpec;
import cn.juesuan.disclosure.model.Disclosure;
import cn.juesuan.disclosure.model.Forms;
import java.util.List;

/** 公开03 支出决算表: 科目 × 6 expenditure kinds; shares its page with 公开02. */
public final class Gk03Form implements TableForm {

  private static final ClassifiedForm FORM = new ClassifiedForm(
      FormFrame.of("三、支出决算表", 3, false).withFont(8f), // on 公开02's page
      Forms.GK03,
      List.of(head("本年支出合计").span(1, 2), head("基本支出").span(1, 2),
          head("项目支出").span(1, 2), head("上缴上级支出").span(1, 2),
          head("经营支出").span(1, 2), head("对附属单位补助支出").span(1, 2)),
      List.of(),
      new float[] {15, 45, 16, 16, 16, 16, 16, 16},
      "本表反映部门本年度各项支出情况。",
      null);

  @Override
  public TableSpec build(Disclosure d) {
    return FORM.build(d, d.tables().gk03());
  }
}
