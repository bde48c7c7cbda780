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
 * catalogue's totals, each label spanning its cells. The catalogue may say which 类 each group
 * holds ({@code blocks}), leave out 款 codes the format does not print ({@code omit}) and print
 * the code as 类 | 款 ({@code codes: split}).
 */
final class EconomicForm {
  private EconomicForm() {}

  static TableSpec build(FormSpec form, Disclosure d) {
    Tables.Gk06 t = d.tables().gk06();
    NumberStyle style = d.format().numbers();
    List<List<EconomicClass>> groups = groups(form, d);
    boolean split = form.shape().splitCodes();
    int rows = groups.stream().mapToInt(List::size).max().orElse(0);
    List<List<Cell>> body = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      List<Cell> row = new ArrayList<>();
      for (List<EconomicClass> group : groups) {
        row.addAll(i < group.size() ? cells(t, group.get(i), style, split)
            : java.util.Collections.nCopies(split ? 4 : 3, Cells.blank()));
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

  /**
   * The 经济分类 rows by column group, each in print order: the year's groups (1, 2, 3), or the
   * catalogue's {@code blocks} (each a list of 类 whose rows follow one another); without the
   * codes in {@code omit}.
   */
  static List<List<EconomicClass>> groups(FormSpec form, Disclosure d) {
    List<EconomicClass> printed = d.codes().economicClasses().stream()
        .filter(e -> !form.shape().omit().contains(e.code())).toList();
    if (!form.shape().blocks().isEmpty()) {
      List<List<EconomicClass>> out = new ArrayList<>();
      for (List<String> block : form.shape().blocks()) {
        List<EconomicClass> group = new ArrayList<>();
        for (String cls : block) {
          printed.stream().filter(e -> e.code().startsWith(cls)).forEach(group::add);
        }
        out.add(List.copyOf(group));
      }
      return List.copyOf(out);
    }
    Map<Integer, List<EconomicClass>> byGroup = new TreeMap<>();
    for (EconomicClass e : printed) {
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
  private static List<Cell> cells(Tables.Gk06 t, EconomicClass e, NumberStyle style, boolean split) {
    return Cells.row(Cells.economicCode(e.code(), split),
        List.of(Cells.label(t.names().getOrDefault(e.code(), e.name())), Cells.amount(t.amounts().get(e.code()), style)));
  }
}
