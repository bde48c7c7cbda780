package cn.juesuan.disclosure.forms;

import cn.juesuan.disclosure.layout.TableSpec.Column;
import java.util.ArrayList;
import java.util.List;

/**
 * The kinds of grid column the forms use, so that what a column holds is said once: the
 * renderer widens amount and code columns to their widest entry and lets name columns give up
 * width (they wrap). Widths are the design's relative widths.
 */
final class Columns {
  private Columns() {}

  /** The narrowest a 科目名称 / 项目 column becomes, in ideographs, before the table gets smaller. */
  static final float NAME_MIN_CHARS = 5;

  /** Amounts (万元 or 元), rates, scores: never broken, never set smaller. */
  static Column amount(float width) {
    return Column.amount(width);
  }

  /** 科目代码 and 行次: like amounts, a code has no break point. */
  static Column code(float width) {
    return Column.amount(width);
  }

  /** 科目名称, 项目: wraps inside its cell and gives up width first. */
  static Column name(float width) {
    return Column.text(width, NAME_MIN_CHARS);
  }

  /** A short label column (一级指标, 二级指标): wraps, down to {@code minChars} ideographs. */
  static Column label(float width, float minChars) {
    return Column.text(width, minChars);
  }

  static List<Column> of(Column... columns) {
    return List.of(columns);
  }

  /** {@code count} amount columns of one width each. */
  static List<Column> amounts(int count, float width) {
    List<Column> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(amount(width));
    }
    return out;
  }

  @SafeVarargs
  static List<Column> concat(List<Column>... parts) {
    List<Column> out = new ArrayList<>();
    for (List<Column> p : parts) {
      out.addAll(p);
    }
    return List.copyOf(out);
  }
}
