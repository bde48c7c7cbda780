package cn.juesuan.disclosure.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One table form of a format, as its catalogue describes it: the frame (title, label, unit
 * line, font, notes), the header grid, and the columns and lines with the keys of the
 * department YAML, their printed names and 行次. {@link Layout} names the general grid the form
 * uses; every Chinese word comes from the catalogue.
 *
 * @param id          the form's id, also the key of its table in the YAML (gk01 …)
 * @param name        how checks cite the form (公开01)
 * @param title       centred title (一、收支总表)
 * @param label       right-aligned label (公开 01 表), "" for none
 * @param layout      the grid this form is built as
 * @param font        table font size in points
 * @param unitLine    left, centre, right of the line above the grid; {department}, {year} filled in
 * @param grid        the grid columns: what each holds and its relative width
 * @param header      header rows (repeated on a new page)
 * @param total       the label cell of a 合计 row ({@link Layout#SUBJECTS}), or null
 * @param columns     amount columns in print order
 * @param sides       {@link Layout#LINES}: each side's lines top to bottom
 * @param lines       rows of a form whose rows are fixed (附件2 fund rows)
 * @param groups      {@link Layout#ROW}: the model's groups (预算数, 决算数)
 * @param row         {@link Layout#ROW}: the body row, cell by cell as group.column
 * @param totals      {@link Layout#ECONOMIC}: the totals row
 * @param notePrefix  printed before the 注 sentences ("注：")
 * @param notes       the 注 sentences (one paragraph, numbered when several)
 * @param noteLines   lines printed as they are (instead of {@code notes})
 * @param noData      the sentence added to the notes when the table holds no amount, or null
 * @param texts       the fixed words of a form whose grid is code ({@link Layout#SELF_ASSESSMENT})
 * @param explanations 说明 lines of the form itself
 * @param shape       the choices of a grid that differ between formats ({@link Shape})
 */
public record FormSpec(String id, String name, String title, String label, Layout layout,
                       float font, List<String> unitLine, List<GridColumn> grid,
                       List<List<HeaderCell>> header, HeaderCell total, List<Column> columns,
                       List<List<LineSpec>> sides, List<LineSpec> lines, List<Column> groups,
                       List<String> row, List<TotalSpec> totals, String notePrefix,
                       List<String> notes, List<String> noteLines, String noData,
                       Map<String, String> texts, List<String> explanations, Shape shape) {

  /**
   * Grid choices beyond the cells: whether a {@link Layout#LINES} form prints its 行次
   * ({@code lineNumbers}); whether 科目编码 prints in one column or as 类 | 款 | 项
   * ({@code splitCodes}, {@link Layout#SUBJECTS} and {@link Layout#ECONOMIC}); whether the 合计
   * row closes the table instead of opening it ({@code totalAtBottom}); for
   * {@link Layout#ECONOMIC} the 类 of each column group ({@code blocks}, empty: the year's list
   * in its own groups) and the 款 codes left out ({@code omit}); {@code noDataLine}: a line of its
   * own under an empty table ({department} filled in), or null.
   */
  public record Shape(boolean lineNumbers, boolean splitCodes, boolean totalAtBottom,
                      List<List<String>> blocks, List<String> omit, String noDataLine) {
    public static final Shape DEFAULT = new Shape(true, false, false, List.of(), List.of(), null);
  }

  /** The general grids a format may use; each is one builder in {@code forms}. */
  public enum Layout {
    /** A 总表 of numbered lines (行次), two sides side by side. */
    LINES,
    /** Rows by 功能分类 科目 under a 合计 row. */
    SUBJECTS,
    /** 经济分类 rows of the year's code list in column groups, then a totals row. */
    ECONOMIC,
    /** One row of amounts, cells named group.column. */
    ROW,
    /** The units of 部门决算单位构成 (profile.units): 序号, name, 备注. */
    UNITS,
    /** 附件2 部门整体支出绩效自评表. */
    SELF_ASSESSMENT;

    public static Optional<Layout> of(String name) {
      for (Layout l : values()) {
        if (l.yamlName().equals(name)) {
          return Optional.of(l);
        }
      }
      return Optional.empty();
    }

    /** The name the catalogue writes: lines, subjects, economic, row, selfAssessment. */
    public String yamlName() {
      String[] words = name().toLowerCase(java.util.Locale.ROOT).split("_");
      StringBuilder sb = new StringBuilder(words[0]);
      for (int i = 1; i < words.length; i++) {
        sb.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
      }
      return sb.toString();
    }
  }

  /** The model keys of the amount columns, in print order. */
  public List<String> columnKeys() {
    return columns.stream().map(Column::key).toList();
  }

  public Optional<Column> column(String key) {
    return columns.stream().filter(c -> c.key().equals(key)).findFirst();
  }

  public Optional<Column> group(String key) {
    return groups.stream().filter(c -> c.key().equals(key)).findFirst();
  }

  /**
   * The keys of the lines under one group of the model, in print order: for 公开01
   * {@code lineKeys("income")} gives generalBudgetGrant … grandTotal.
   */
  public List<String> lineKeys(String group) {
    return allLines().stream().filter(l -> l.kind() == LineSpec.Kind.LINE && l.group().equals(group))
        .map(LineSpec::leaf).toList();
  }

  /** The line of a key ("income.total"), or of a fixed row ("total" in 附件2). */
  public Optional<LineSpec> line(String key) {
    return allLines().stream().filter(l -> key.equals(l.key())).findFirst();
  }

  /** Every line of every side, and the fixed rows. */
  public List<LineSpec> allLines() {
    List<LineSpec> all = new java.util.ArrayList<>();
    sides.forEach(all::addAll);
    all.addAll(lines);
    return all;
  }

  /** A fixed word of the form ({@code texts}); a missing one is a defect of the format. */
  public String text(String key) {
    String t = texts.get(key);
    if (t == null) {
      throw new IllegalArgumentException("form " + id + " has no text " + key);
    }
    return t;
  }

  /** The unit line with the department and year filled in. */
  public List<String> unitLine(String department, int year) {
    return unitLine.stream()
        .map(s -> s.replace("{department}", department).replace("{year}", String.valueOf(year)))
        .toList();
  }

}
