package cn.juesuan.disclosure.layout;

import java.util.List;

/**
 * One official table form, fully resolved: the grid of header cells with their spans, the body
 * rows, and the frame around it (title, "公开NN表", the 部门/年度/金额单位 line, notes).
 * A form is a description; {@code TableRenderer} draws every form from one.
 *
 * @param title        centred title, e.g. "一、收入支出决算总表"
 * @param formNumber   right-aligned line, e.g. "公开 01 表" (may be empty)
 * @param unitLine     the three-part line: left, centre, right (部门：…, 2024 年度, 金额单位：万元); null for none
 * @param columns      the grid columns, left to right: what each holds and its design width
 * @param header       header rows (repeated when the table runs onto a new page)
 * @param body         body rows
 * @param notes        lines printed under the grid (注：…)
 * @param fontSize     table font size in points
 * @param newPage      start the table on a new page
 * @param bodyHead     a second head inside the body (or null): see {@link BodyHead}
 */
public record TableSpec(String title, String formNumber, List<String> unitLine,
                        List<Column> columns, List<List<Cell>> header, List<List<Cell>> body,
                        List<String> notes, float fontSize, boolean newPage, BodyHead bodyHead) {

  public TableSpec {
    columns = columns == null ? null : List.copyOf(columns);
  }

  /** A grid without a head inside its body. */
  public TableSpec(String title, String formNumber, List<String> unitLine, List<Column> columns,
                   List<List<Cell>> header, List<List<Cell>> body, List<String> notes,
                   float fontSize, boolean newPage) {
    this(title, formNumber, unitLine, columns, header, body, notes, fontSize, newPage, null);
  }

  /**
   * Column heads that stand inside the body (附件2's 评价指标 rows, under its block of amounts):
   * body rows {@code start} to {@code start + rows - 1} head the rest of the body and are
   * repeated on every page it runs onto, as {@link #header()} is for the whole table.
   */
  public record BodyHead(int start, int rows) {}

  /** The same form with a head inside its body. */
  public TableSpec withBodyHead(BodyHead head) {
    return new TableSpec(title, formNumber, unitLine, columns, header, body, notes, fontSize,
        newPage, head);
  }

  /** A grid of {@link Column#fixed fixed} columns with these relative widths. */
  public TableSpec(String title, String formNumber, List<String> unitLine, float[] columnWidths,
                   List<List<Cell>> header, List<List<Cell>> body, List<String> notes,
                   float fontSize, boolean newPage) {
    this(title, formNumber, unitLine, Column.fixed(columnWidths), header, body, notes, fontSize,
        newPage);
  }

  /** The design widths, relative, one per grid column. */
  public float[] columnWidths() {
    if (columns == null) {
      return null;
    }
    float[] out = new float[columns.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = columns.get(i).width();
    }
    return out;
  }

  /** The same form with every text passed through {@code text} (title, unit line, cells, notes). */
  public TableSpec mapTexts(java.util.function.UnaryOperator<String> text) {
    java.util.function.UnaryOperator<List<List<Cell>>> rows = rs -> rs.stream()
        .map(row -> row.stream().map(c -> new Cell(text.apply(c.text()), c.colspan(), c.rowspan(),
            c.align(), c.bold())).toList())
        .toList();
    java.util.function.UnaryOperator<List<String>> list = l -> l == null ? null
        : l.stream().map(text).toList();
    return new TableSpec(text.apply(title), text.apply(formNumber), list.apply(unitLine), columns,
        rows.apply(header), rows.apply(body), list.apply(notes), fontSize, newPage, bodyHead);
  }

  /** The same form with other columns (same count): for forms that differ only in widths. */
  public TableSpec withColumns(List<Column> other) {
    return new TableSpec(title, formNumber, unitLine, other, header, body, notes, fontSize, newPage,
        bodyHead);
  }

  /**
   * What a grid column holds, which decides how the renderer sizes it.
   * <ul>
   *   <li>{@link Kind#AMOUNT}: amounts or codes, which have no break point. The column is at
   *       least as wide as its widest entry at the table's size, never set smaller;</li>
   *   <li>{@link Kind#TEXT}: names and reasons, which wrap inside the cell. The column gives up
   *       width first, down to {@code minChars} ideographs;</li>
   *   <li>{@link Kind#FIXED}: exactly its share of the design widths; an entry wider than the
   *       cell is set smaller (the behaviour of a grid that declares nothing).</li>
   * </ul>
   *
   * @param width    design width, relative to the other columns of the grid
   * @param minChars for TEXT: the narrowest the column may become, in ideographs at table size
   */
  public record Column(Kind kind, float width, float minChars) {

    public enum Kind { AMOUNT, TEXT, FIXED }

    public static Column amount(float width) {
      return new Column(Kind.AMOUNT, width, 0);
    }

    public static Column text(float width, float minChars) {
      return new Column(Kind.TEXT, width, minChars);
    }

    public static Column fixed(float width) {
      return new Column(Kind.FIXED, width, 0);
    }

    static List<Column> fixed(float[] widths) {
      if (widths == null) {
        return null;
      }
      java.util.List<Column> out = new java.util.ArrayList<>();
      for (float w : widths) {
        out.add(fixed(w)); // a width that is not positive is rejected by the grid check
      }
      return out;
    }
  }

  public enum HAlign { LEFT, CENTER, RIGHT }

  /** A grid cell. Cells covered by another cell's span are simply not listed. */
  public record Cell(String text, int colspan, int rowspan, HAlign align, boolean bold) {
    public static Cell left(String text) { return new Cell(text, 1, 1, HAlign.LEFT, false); }
    public static Cell center(String text) { return new Cell(text, 1, 1, HAlign.CENTER, false); }
    public static Cell right(String text) { return new Cell(text, 1, 1, HAlign.RIGHT, false); }
    public Cell span(int cols, int rows) { return new Cell(text, cols, rows, align, bold); }
    /**
     * The same cell in bold. (Named {@code asBold}: a method {@code bold()} returning a Cell
     * clashes with the accessor of the record component {@code bold} and does not compile.)
     */
    public Cell asBold() { return new Cell(text, colspan, rowspan, align, true); }
  }
}
