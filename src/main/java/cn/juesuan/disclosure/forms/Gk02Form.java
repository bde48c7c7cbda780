package cn.juesuan.disclosure.forms;

import static cn.juesuan.disclosure.forms.Cells.head;

import cn.juesuan.disclosure.layout.TableSpec;
import cn.juesuan.disclosure.model.Disclosure;
import cn.juesuan.disclosure.model.Forms;
import java.util.List;

/** 公开02 收入决算表: 科目 × 7 income sources, each header spanning both header rows. */
public final class Gk02Form implements TableForm {

  private static final ClassifiedForm FORM = new ClassifiedForm(
      FormFrame.of("二、收入决算表", 2, true).withFont(8f), // shares its page with 公开03
      Forms.GK02,
      List.of(head("本年收入合计").span(1, 2), head("财政拨款收入").span(1, 2),
          head("上级补助收入").span(1, 2), head("事业收入").span(1, 2), head("经营收入").span(1, 2),
          head("附属单位上缴收入").span(1, 2), head("其他收入").span(1, 2)),
      List.of(),
      new float[] {15, 43, 14, 14, 14, 14, 14, 14, 14},
      "本表反映部门本年度取得的各项收入情况。",
      null);

  @Override
  public TableSpec build(Disclosure d) {
    return FORM.build(d, d.tables().gk02());
  }
}
