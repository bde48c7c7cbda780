package cn.juesuan.disclosure.forms;

import cn.juesuan.disclosure.calc.Format;
import cn.juesuan.disclosure.layout.TableSpec.Cell;
import cn.juesuan.disclosure.model.Amounts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** The few kinds of cell the forms use, so that alignment is decided in one place. */
final class Cells {
  private Cells() {}

  /** A header cell: centred. */
  static Cell head(String text) {
    return Cell.center(text);
  }

  /** A label in the body (项目, 科目名称, 科目代码): left. */
  static Cell label(String text) {
    return Cell.left(text == null ? "" : text);
  }

  /** A 行次 number: centred. */
  static Cell lineNumber(int n) {
    return Cell.center(String.valueOf(n));
  }

  /** An amount: right-aligned; null (no value in the model) is a blank cell. */
  static Cell amount(BigDecimal v) {
    return Cell.right(Format.money(v));
  }

  static Cell blank() {
    return Cell.left("");
  }

  /** The amounts of {@code keys} in order. */
  static List<Cell> amounts(Amounts a, List<String> keys) {
    return keys.stream().map(k -> amount(a.get(k))).toList();
  }

  /** A 栏次 numbering: "1", "2", … centred. */
  static List<Cell> columnNumbers(int from, int to) {
    return IntStream.rangeClosed(from, to).mapToObj(n -> head(String.valueOf(n))).toList();
  }

  /** Concatenates row fragments into one row. */
  @SafeVarargs
  static List<Cell> row(List<Cell>... parts) {
    List<Cell> out = new ArrayList<>();
    for (List<Cell> p : parts) {
      out.addAll(p);
    }
    return List.copyOf(out);
  }

  /** Appends row lists (e.g. the two blocks of one side of a 总表). */
  @SafeVarargs
  static List<List<Cell>> concatRows(List<List<Cell>>... blocks) {
    List<List<Cell>> out = new ArrayList<>();
    for (List<List<Cell>> b : blocks) {
      out.addAll(b);
    }
    return List.copyOf(out);
  }
}
