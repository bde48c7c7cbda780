package cn.juesuan.disclosure.forms;

import cn.juesuan.disclosure.layout.TableSpec;
import cn.juesuan.disclosure.layout.TableSpec.Cell;
import cn.juesuan.disclosure.load.DisclosureLoader;
import cn.juesuan.disclosure.model.Disclosure;
import java.nio.file.Path;
import java.util.List;

/** The reference dataset (临夏市总工会 2024) and small accessors for the tests. */
final class Example {
  private Example() {}

  static final Path FILE = Path.of("data/linxia-zonggonghui-2024.yaml");

  private static Disclosure disclosure;

  static synchronized Disclosure disclosure() {
    if (disclosure == null) {
      DisclosureLoader.Result r = DisclosureLoader.load(FILE);
      if (r.disclosure() == null) {
        throw new IllegalStateException("example does not load: " + r.findings());
      }
      disclosure = r.disclosure();
    }
    return disclosure;
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
