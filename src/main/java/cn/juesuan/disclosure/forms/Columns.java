package cn.juesuan.disclosure.forms;

import cn.juesuan.disclosure.catalogue.FormSpec;
import cn.juesuan.disclosure.catalogue.GridColumn;
import cn.juesuan.disclosure.document.TableSpec.Column;
import java.util.List;

/**
 * The kinds of grid column a catalogue declares, as the layout sizes them: the renderer widens
 * amount and code columns to their widest entry and lets name columns give up width (they
 * wrap). Widths are the design's relative widths.
 */
final class Columns {
  private Columns() {}

  /** The narrowest a 科目名称 / 项目 column becomes, in ideographs, before the table gets smaller. */
  static final float NAME_MIN_CHARS = 5;

  /** The grid columns of a form. */
  static List<Column> of(FormSpec form) {
    return form.grid().stream().map(Columns::of).toList();
  }

  private static Column of(GridColumn c) {
    return switch (c.kind()) {
      // 科目代码 and 行次: like amounts, a code has no break point
      case "amount", "code" -> Column.amount(c.width());
      case "name" -> Column.text(c.width(), NAME_MIN_CHARS);
      case "label" -> Column.text(c.width(), c.minChars());
      default -> Column.fixed(c.width());
    };
  }
}
