package cn.juesuan.disclosure.forms;

import cn.juesuan.disclosure.calc.Format;
import cn.juesuan.disclosure.catalogue.HeaderCell;
import cn.juesuan.disclosure.catalogue.NumberStyle;
import cn.juesuan.disclosure.document.TableSpec.Cell;
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

  /** A header cell as the catalogue writes it (a run of 栏次 numbers becomes that many cells). */
  static List<Cell> head(HeaderCell h) {
    if (h.isNumbering()) {
      return IntStream.range(h.from(), h.from() + h.count()).mapToObj(n -> head(String.valueOf(n))).toList();
    }
    Cell c = switch (h.align()) {
      case "left" -> Cell.left(h.text());
      case "right" -> Cell.right(h.text());
      default -> Cell.center(h.text());
    };
    return List.of(c.span(h.cols(), h.rows()));
  }

  /** Header rows as the catalogue writes them. */
  static List<List<Cell>> header(List<List<HeaderCell>> rows) {
    return rows.stream().map(r -> r.stream().flatMap(h -> head(h).stream()).toList()).toList();
  }

  /** A label in the body (项目, 科目名称, 科目代码): left. */
  static Cell label(String text) {
    return Cell.left(text == null ? "" : text);
  }

  /** A 行次 number: centred. */
  static Cell lineNumber(int n) {
    return Cell.center(String.valueOf(n));
  }

  /** An amount as the format prints it: right-aligned; null (no value in the model) is blank. */
  static Cell amount(BigDecimal v, NumberStyle style) {
    return Cell.right(Format.money(v, style.thousands(), style.zeroBlank()));
  }

  /**
   * A 科目 code: one cell ("2010601"), or three cells 类 | 款 | 项 ("201" | "06" | "01") where the
   * format splits it; a 类 or 款 leaves the cells below its level empty. 经济分类 codes (3 or 5
   * digits) split into 类 | 款.
   */
  static List<Cell> code(String code, boolean split) {
    if (!split) {
      return List.of(label(code));
    }
    List<Cell> out = new ArrayList<>();
    out.add(label(code.substring(0, Math.min(3, code.length()))));
    out.add(label(code.length() >= 5 ? code.substring(3, 5) : ""));
    out.add(label(code.length() >= 7 ? code.substring(5, 7) : ""));
    return List.copyOf(out);
  }

  /** A 经济分类 code: one cell, or 类 | 款 where the format splits it. */
  static List<Cell> economicCode(String code, boolean split) {
    return split
        ? List.of(label(code.substring(0, 3)), label(code.length() >= 5 ? code.substring(3, 5) : ""))
        : List.of(label(code));
  }

  static Cell blank() {
    return Cell.left("");
  }

  /** The amounts of {@code keys} in order. */
  static List<Cell> amounts(Amounts a, List<String> keys, NumberStyle style) {
    return keys.stream().map(k -> amount(a.get(k), style)).toList();
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
}
