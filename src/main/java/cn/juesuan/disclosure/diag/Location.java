package cn.juesuan.disclosure.diag;

/**
 * Where a finding points: file, 1-based line and column, and the field path
 * (e.g. {@code tables.gk03.rows[4].basic}). Line 0 means "no position known".
 * A figure read from a workbook points at its cell instead: {@code cell} is
 * {@code sheet!D7} and the location prints as {@code 决算报表.xlsx!公开03!D7}, the way a
 * spreadsheet names a cell.
 */
public record Location(String file, int line, int column, String path, String cell) {

  public Location(String file, int line, int column, String path) {
    this(file, line, column, path, null);
  }

  public static Location of(String file, String path) {
    return new Location(file, 0, 0, path);
  }

  /** A cell of a workbook: {@code file!sheet!D7}. */
  public static Location cell(String workbook, String sheet, String cellRef, String path) {
    return new Location(workbook, 0, 0, path, sheet + "!" + cellRef);
  }

  /** The same place for another field path. */
  public Location withPath(String otherPath) {
    return new Location(file, line, column, otherPath, cell);
  }

  @Override
  public String toString() {
    String where = cell != null ? file + "!" + cell : line > 0 ? file + ":" + line + ":" + column : file;
    return path == null || path.isEmpty() ? where : where + " " + path;
  }
}
