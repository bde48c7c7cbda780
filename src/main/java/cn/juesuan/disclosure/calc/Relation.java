package cn.juesuan.disclosure.calc;

/** 决算数 compared with 预算数: 大于 / 小于 / 等于. */
public enum Relation {
  GREATER("大于"),
  LESS("小于"),
  EQUAL("等于");

  public final String word;

  Relation(String word) {
    this.word = word;
  }

  public String getWord() {
    return word;
  }

  static Relation of(java.math.BigDecimal actual, java.math.BigDecimal budget) {
    int c = actual.compareTo(budget);
    return c > 0 ? GREATER : c < 0 ? LESS : EQUAL;
  }
}
