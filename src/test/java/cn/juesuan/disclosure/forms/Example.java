package cn.juesuan.disclosure.forms;

import cn.juesuan.disclosure.document.TableSpec;
import cn.juesuan.disclosure.document.TableSpec.Cell;
import cn.juesuan.disclosure.model.Disclosure;
import java.util.List;

/** The reference dataset (临夏市总工会 2024, loaded once by testing.Example) and row accessors. */
final class Example {
  private Example() {}

  static Disclosure disclosure() {
    return cn.juesuan.disclosure.testing.Example.disclosure();
  }

  static List<String> texts(List<Cell> row) {
    return row.stream().map(Cell::text).toList();
  }

  /** The body row whose first cell reads {@code first}. */
  static List<Cell> rowStartingWith(TableSpec spec, String first) {
    return spec.body().stream().filter(r -> r.get(0).text().equals(first)).findFirst()
        .orElseThrow(() -> new AssertionError("no row starting with " + first));
  }
}
