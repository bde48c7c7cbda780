package cn.juesuan.disclosure.batch;

/** Terminal columns of a string: Chinese (East Asian wide) characters take two. */
final class DisplayWidth {
  private DisplayWidth() {}

  static int of(String s) {
    return s.codePoints().map(DisplayWidth::columns).sum();
  }

  /** {@code s} padded with spaces to {@code width} columns (left-aligned). */
  static String padRight(String s, int width) {
    return s + " ".repeat(Math.max(0, width - of(s)));
  }

  /** {@code s} padded with spaces to {@code width} columns (right-aligned). */
  static String padLeft(String s, int width) {
    return " ".repeat(Math.max(0, width - of(s))) + s;
  }

  private static int columns(int cp) {
    boolean wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
        || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    return wide ? 2 : 1;
  }
}
