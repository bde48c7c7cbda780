package cn.juesuan.disclosure.forms;

import cn.juesuan.disclosure.layout.TableSpec.Cell;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that a block of rows (a header, a body) tiles a grid of {@code columns} columns: every
 * cell, placed at the first free column of its row, lies inside the grid and on no other cell,
 * every row is covered to the last column, and no rowspan runs past the block.
 */
final class GridCheck {
  private GridCheck() {}

  /** The problems found; empty when the rows tile the grid exactly. */
  static List<String> problems(List<List<Cell>> rows, int columns) {
    List<String> problems = new ArrayList<>();
    boolean[][] taken = new boolean[rows.size()][columns];
    for (int r = 0; r < rows.size(); r++) {
      int c = 0;
      for (Cell cell : rows.get(r)) {
        while (c < columns && taken[r][c]) {
          c++;
        }
        if (cell.colspan() < 1 || cell.rowspan() < 1) {
          problems.add("row " + r + ": cell \"" + cell.text() + "\" has a span below 1");
          continue;
        }
        if (c + cell.colspan() > columns) {
          problems.add("row " + r + ": cell \"" + cell.text() + "\" at column " + c
              + " spans past column " + columns);
          break;
        }
        if (r + cell.rowspan() > rows.size()) {
          problems.add("row " + r + ": cell \"" + cell.text() + "\" spans past the last row");
        }
        for (int dr = 0; dr < cell.rowspan() && r + dr < rows.size(); dr++) {
          for (int dc = 0; dc < cell.colspan(); dc++) {
            if (taken[r + dr][c + dc]) {
              problems.add("row " + r + ": cell \"" + cell.text() + "\" overlaps at ("
                  + (r + dr) + "," + (c + dc) + ")");
            }
            taken[r + dr][c + dc] = true;
          }
        }
        c += cell.colspan();
      }
      for (int col = 0; col < columns; col++) {
        if (!taken[r][col]) {
          problems.add("row " + r + ": column " + col + " not covered");
        }
      }
    }
    return problems;
  }
}
