package cn.juesuan.disclosure.check;

/** The name of a line or column, in Chinese as printed and in English. */
record Label(String zh, String en) {

  static Label of(String zh, String en) {
    return new Label(zh, en);
  }
}
