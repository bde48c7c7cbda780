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

  /** The specs of 公开01–09 for one disclosure, in print order. */
  public static List<TableSpec> build(Disclosure disclosure) {
    return ALL.stream().map(f -> f.build(disclosure)).toList();
  }
}
