package cn.juesuan.disclosure.forms;

import cn.juesuan.disclosure.calc.Figures;
import cn.juesuan.disclosure.layout.TableSpec;
import cn.juesuan.disclosure.model.Disclosure;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The table forms in print order: 公开01–09 (第二部分) and 附件2. A new 公开 form is one class and
 * one line here.
 */
public final class TableForms {
  private TableForms() {}

  /** Key of 附件2 in {@link #byKey}, as the outline ({@code document.ftl}) names it. */
  public static final String SELF_ASSESSMENT = "selfAssessment";

  private static final List<TableForm> ALL = List.of(
      new Gk01Form(), new Gk02Form(), new Gk03Form(), new Gk04Form(), new Gk05Form(),
      new Gk06Form(), new Gk07Form(), new Gk08Form(), new Gk09Form());

  /** The forms 公开01–09 in print order. */
  public static List<TableForm> all() {
    return ALL;
  }

  /** The specs of 公开01–09 for one disclosure, in print order. */
  public static List<TableSpec> build(Disclosure disclosure) {
    return ALL.stream().map(f -> f.build(disclosure)).toList();
  }

  /**
   * Every table form the outline can place, by the key the outline names it with: gk01 … gk09,
   * and {@value #SELF_ASSESSMENT} (附件2, which needs the calculator's figures).
   */
  public static Map<String, TableSpec> byKey(Disclosure disclosure, Figures figures) {
    Map<String, TableSpec> out = new LinkedHashMap<>();
    for (int i = 0; i < ALL.size(); i++) {
      out.put(String.format("gk%02d", i + 1), ALL.get(i).build(disclosure));
    }
    // 部门决算单位构成 where the format has such a form (it is placed in 概况, not 第二部分)
    disclosure.format().forms().values().stream().filter(f -> f.layout() == cn.juesuan.disclosure.catalogue.FormSpec.Layout.UNITS)
        .forEach(f -> out.put(f.id(), UnitsForm.build(f, disclosure)));
    if (figures != null && figures.selfAssessment() != null) {
      out.put(SELF_ASSESSMENT, new SelfAssessmentForm().build(disclosure, figures.selfAssessment()));
    }
    return out;
  }
}
