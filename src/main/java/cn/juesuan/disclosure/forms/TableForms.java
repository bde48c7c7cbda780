package cn.juesuan.disclosure.forms;

import cn.juesuan.disclosure.layout.TableSpec;
import cn.juesuan.disclosure.model.Disclosure;
import java.util.List;

/**
 * The 第二部分 tables in print order. A new form is one class and one line here.
 */
public final class TableForms {
  private TableForms() {}

  private static final List<TableForm> ALL = List.of(
      new Gk01Form(), new Gk02Form(), new Gk03Form(), new Gk04Form(), new Gk05Form(),
      new Gk06Form(), new Gk07Form(), new Gk08Form(), new Gk09Form());

  /** The forms 公开01–09 in print order. */
  public static List<TableForm> all() {
    return ALL;
  }

  /**
   * Every table form the outline can place, by the key {@code document.ftl} names it with:
   * gk01 … gk09, and selfAssessment (附件2).
   */
  public static java.util.Map<String, TableSpec> byKey(Disclosure disclosure,
                                                        cn.juesuan.disclosure.calc.Figures figures) {
    java.util.Map<String, TableSpec> out = new java.util.LinkedHashMap<>();
    for (int i = 0; i < ALL.size(); i++) {
      out.put(String.format("gk%02d", i + 1), ALL.get(i).build(disclosure));
    }
    return out;
  }

  /** The specs of 公开01–09 for one disclosure, in print order. */
  public static List<TableSpec> build(Disclosure disclosure) {
    return ALL.stream().map(f -> f.build(disclosure)).toList();
  }
}
