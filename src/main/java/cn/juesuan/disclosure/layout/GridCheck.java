package cn.juesuan.disclosure.layout;

import java.util.List;

/**
 * Checks that the cells of a {@link TableSpec} tile its grid: every row covers every column
 * exactly once (counting rowspans from above), no span runs off the grid, and no header span
 * reaches into the body (the header is repeated on its own). PdfPTable silently drops or
 * shifts cells in a malformed grid, so the mistake is caught here with its position.
 */
final class GridCheck {

  private GridCheck() {}

  static void check(TableSpec spec) {
    int columns = spec.columnWidths() == null ? 0 : spec.columnWidths().length;
    String name = "table '" + spec.title() + "'";
    if (columns == 0) {
      throw new IllegalArgumentException(name + ": no column widths");
    }
    for (float w : spec.columnWidths()) {
      if (!(w > 0)) {
        throw new IllegalArgumentException(name + ": column widths must be positive");
      }
    }
    checkSection(name + " header", spec.header(), columns);
    TableSpec.BodyHead head = spec.bodyHead();
    if (head == null) {
      checkSection(name + " body", spec.body(), columns);
      return;
    }
    // the body is two grids, one under the other: no span may reach from one into the next
    if (head.start() < 0 || head.rows() < 1 || head.start() + head.rows() > spec.body().size()) {
      throw new IllegalArgumentException(name + ": the head inside the body (rows " + head.start()
          + "+" + head.rows() + ") is not within its " + spec.body().size() + " rows");
    }
    checkSection(name + " body", spec.body().subList(0, head.start()), columns);
    checkSection(name + " body head", spec.body().subList(head.start(), head.start() + head.rows()), columns);
    checkSection(name + " body after its head",
        spec.body().subList(head.start() + head.rows(), spec.body().size()), columns);
  }

  private static void checkSection(String name, List<List<TableSpec.Cell>> rows, int columns) {
    if (rows == null) {
      return;
    }
    // pending[c] = rows still covered at column c by a rowspan from an earlier row
    int[] pending = new int[columns];
    for (int r = 0; r < rows.size(); r++) {
      String where = name + " row " + (r + 1);
      int col = 0;
      for (TableSpec.Cell cell : rows.get(r)) {
        if (cell.colspan() < 1 || cell.rowspan() < 1) {
          throw new IllegalArgumentException(where + ": spans must be at least 1");
        }
        while (col < columns && pending[col] > 0) {
          col++;
        }
        if (col + cell.colspan() > columns) {
          throw new IllegalArgumentException(where + ": cell '" + cell.text() + "' runs past column "
              + columns);
        }
        for (int c = col; c < col + cell.colspan(); c++) {
          if (pending[c] > 0) {
            throw new IllegalArgumentException(where + ": cell '" + cell.text()
                + "' overlaps a rowspan at column " + (c + 1));
          }
          pending[c] = cell.rowspan();
        }
        if (r + cell.rowspan() > rows.size()) {
          throw new IllegalArgumentException(where + ": cell '" + cell.text() + "' spans "
              + cell.rowspan() + " rows but only " + (rows.size() - r) + " remain in the section");
        }
        col += cell.colspan();
      }
      for (int c = 0; c < columns; c++) {
        if (pending[c] == 0) {
          throw new IllegalArgumentException(where + ": column " + (c + 1) + " is not covered");
        }
        pending[c]--;
      }
    }
  }
}
