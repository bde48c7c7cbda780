package cn.juesuan.disclosure.forms;

import cn.juesuan.disclosure.layout.TableSpec.Cell;
import cn.juesuan.disclosure.model.StandardLists;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * One 行次 of a two-sided 总表 (公开01, 公开04): its number, the model key of its amounts (null
 * for a line that prints only its 行次) and its label.
 */
record Line(int number, String key, String label) {

  /** Lines that print only their 行次 (公开01 income 9–26, 公开04 income 4–26 and 61–63). */
  static List<Line> numbersOnly(int from, int to) {
    return IntStream.rangeClosed(from, to).mapToObj(n -> new Line(n, null, "")).toList();
  }

  /** The 26 功能分类 类 lines from {@code first} on, keyed by class code, labelled 一、… 二十六、…. */
  static List<Line> expenditureClasses(int first) {
    List<StandardLists.ExpenditureClass> classes = StandardLists.forYear(2024).expenditureClasses();
    return IntStream.range(0, classes.size())
        .mapToObj(i -> new Line(first + i, classes.get(i).code(), classes.get(i).label()))
        .toList();
  }

  @SafeVarargs
  static List<Line> concat(List<Line>... parts) {
    List<Line> out = new ArrayList<>();
    for (List<Line> p : parts) {
      out.addAll(p);
    }
    return List.copyOf(out);
  }

  /**
   * The cells of one side: | label | 行次 | amounts… |. {@code amountsOf} gives the amount cells
   * of a key; a line without key gets {@code amountColumns} blank cells.
   */
  static List<List<Cell>> side(List<Line> lines, int amountColumns,
                               Function<String, List<Cell>> amountsOf) {
    return lines.stream().map(l -> Cells.row(
        List.of(Cells.label(l.label()), Cells.lineNumber(l.number())),
        l.key() == null ? Collections.nCopies(amountColumns, Cells.blank()) : amountsOf.apply(l.key())))
        .toList();
  }

  /** Prints income line k beside expenditure line k + offset: row i = left i + right i. */
  static List<List<Cell>> pair(List<List<Cell>> left, List<List<Cell>> right) {
    if (left.size() != right.size()) {
      throw new IllegalStateException("sides differ: " + left.size() + " vs " + right.size() + " lines");
    }
    return IntStream.range(0, left.size()).mapToObj(i -> Cells.row(left.get(i), right.get(i))).toList();
  }
}
