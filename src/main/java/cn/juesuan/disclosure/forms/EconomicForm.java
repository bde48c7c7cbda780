package cn.juesuan.disclosure.forms;

import cn.juesuan.disclosure.catalogue.FormSpec;
import cn.juesuan.disclosure.catalogue.NumberStyle;
import cn.juesuan.disclosure.catalogue.TotalSpec;
import cn.juesuan.disclosure.document.TableSpec;
import cn.juesuan.disclosure.document.TableSpec.Cell;
import cn.juesuan.disclosure.model.Disclosure;
import cn.juesuan.disclosure.model.StandardLists.EconomicClass;
import cn.juesuan.disclosure.model.Tables;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Layout {@code economic}: the 经济分类 detail (Gansu 公开06). The year's 经济分类 rows fill their
 * column groups top to bottom (| 科目代码 | 科目名称 | 决算数 | per group), then one row of the
 * catalogue's totals, each label spanning its cells.
 */
final class EconomicForm {
  private EconomicForm() {}

  static TableSpec build(FormSpec form, Disclosure d) {
    Tables.Gk06 t = d.tables().gk06();
    NumberStyle style = d.format().numbers();
    List<List<EconomicClass>> groups = groups(d);
    int rows = groups.stream().mapToInt(List::size).max().orElse(0);
    List<List<Cell>> body = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      List<Cell> row = new ArrayList<>();
      for (List<EconomicClass> group : groups) {
        row.addAll(i < group.size() ? cells(t, group.get(i), style)
            : List.of(Cells.blank(), Cells.blank(), Cells.blank()));
      }
      body.add(List.copyOf(row));
    }
    List<Cell> totals = new ArrayList<>();
    for (TotalSpec total : form.totals()) {
      totals.add(Cells.head(total.text()).span(total.cols(), 1));
      totals.add(Cells.amount(total(t, total.key()), style));
    }
    body.add(List.copyOf(totals));
    return Frame.spec(form, d, Cells.header(form.header()), body, false);
  }

  /** The 经济分类 rows by column group (1, 2, 3), each in print order. */
  static List<List<EconomicClass>> groups(Disclosure d) {
    Map<Integer, List<EconomicClass>> byGroup = new TreeMap<>();
    for (EconomicClass e : d.codes().economicClasses()) {
      byGroup.computeIfAbsent(e.group(), g -> new ArrayList<>()).add(e);
    }
    return List.copyOf(byGroup.values());
  }

  private static BigDecimal total(Tables.Gk06 t, String key) {
    return switch (key) {
      case "personnelTotal" -> t.personnelTotal();
      case "publicTotal" -> t.publicTotal();
      default -> throw new IllegalArgumentException("the economic-class table has no total " + key);
    };
  }

  /** | code | name (as printed where the YAML gives one) | amount (blank where none) |. */
  private static List<Cell> cells(Tables.Gk06 t, EconomicClass e, NumberStyle style) {
    return List.of(Cells.label(e.code()), Cells.label(t.names().getOrDefault(e.code(), e.name())),
        Cells.amount(t.amounts().get(e.code()), style));
  }
}
