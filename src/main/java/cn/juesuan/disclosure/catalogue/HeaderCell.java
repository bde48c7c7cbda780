package cn.juesuan.disclosure.catalogue;

/**
 * One cell of a header grid as the catalogue writes it: a text with its spans and alignment,
 * or a run of {@code count} numbered cells from {@code from} on (the 栏次 row: 1, 2, 3 …).
 */
public record HeaderCell(String text, int cols, int rows, String align, int count, int from) {

  public HeaderCell {
    if (cols < 1 || rows < 1) {
      throw new IllegalArgumentException("span must be at least 1: " + text);
    }
  }

  public static HeaderCell of(String text) {
    return new HeaderCell(text, 1, 1, "center", 0, 0);
  }

  public boolean isNumbering() {
    return count > 0;
  }
}
