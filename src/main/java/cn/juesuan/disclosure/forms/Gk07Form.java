package cn.juesuan.disclosure.forms;

import static cn.juesuan.disclosure.forms.Cells.head;

import cn.juesuan.disclosure.layout.TableSpec;
import cn.juesuan.disclosure.model.Disclosure;
import cn.juesuan.disclosure.model.Forms;
import java.util.List;

/**
 * 公开07 政府性基金预算财政拨款收入支出决算表: 年初结转和结余, 本年收入, 本年支出 (小计 /
 * 基本支出 / 项目支出), 年末结转和结余. Printed with its header and the no-data note when empty.
 */
public final class Gk07Form implements TableForm {

  private static final ClassifiedForm FORM = new ClassifiedForm(
      FormFrame.of("七、政府性基金预算财政拨款收入支出决算表", 7, true),
      Forms.GK07,
      List.of(head("年初结转和结余").span(1, 2), head("本年收入").span(1, 2),
          head("本年支出").span(3, 1), head("年末结转和结余").span(1, 2)),
      List.of(head("小计"), head("基本支出"), head("项目支出")),
      new float[] {15, 39, 17, 17, 17, 17, 17, 17},
      "本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。",
      "本部门没有政府性基金预算财政拨款收入支出，故本表无数据。");

  @Override
  public TableSpec build(Disclosure d) {
    return FORM.build(d, d.tables().gk07());
  }
}
