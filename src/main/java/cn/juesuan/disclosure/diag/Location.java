package cn.juesuan.disclosure.diag;

/**
 * Where a finding points: file, 1-based line and column, and the field path
 * (e.g. {@code tables.gk03.rows[4].basic}). Line 0 means "no position known".
 */
public record Location(String file, int line, int column, String path) {

  public static Location of(String file, String path) {
    return new Location(file, 0, 0, path);
  }

  @Override
  public String toString() {
    String where = line > 0 ? file + ":" + line + ":" + column : file;
    return path == null || path.isEmpty() ? where : where + " " + path;
  }
}
