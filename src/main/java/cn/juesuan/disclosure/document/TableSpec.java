package cn.juesuan.disclosure.document;

import java.util.List;

/**
 * One official table form, fully resolved: the grid of header cells with their spans, the body
 * rows, and the frame around it (title, "公开NN表", the 部门/年度/金额单位 line, notes).
 * A form is a description; the layout draws every form from one. Where a table starts a page
 * is the outline's business (a {@link Block.PageBreak}), never the table's.
 *
 * @param title        centred title, e.g. "一、收支总表"
 * @param formNumber   right-aligned line, e.g. "公开 01 表" (may be empty)
 * @param unitLine     the three-part line: left, centre, right (部门：…, 2024 年度, 金额单位：万元); null for none
 * @param columnWidths relative widths, one per grid column
 * @param header       header rows (repeated when the table runs onto a new page)
 * @param body         body rows
 * @param notes        lines printed under the grid (注：…)
 * @param fontSize     table font size in points
 */
public record TableSpec(String title, String formNumber, List<String> unitLine,
                        float[] columnWidths, List<List<Cell>> header, List<List<Cell>> body,
                        List<String> notes, float fontSize) {

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
