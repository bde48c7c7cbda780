package cn.juesuan.disclosure.calc;

/** The sign of a change vs last year, with the words the narrative prints for it. */
public enum Direction {
  INCREASE("增加", "增长"),
  DECREASE("减少", "下降"),
  FLAT("持平", "持平");

  /** 增加 / 减少: said of the amount. */
  public final String verb;
  /** 增长 / 下降: said of the percentage. */
  public final String trend;

  Direction(String verb, String trend) {
    this.verb = verb;
    this.trend = trend;
  }

  public String getVerb() {
    return verb;
  }

  public String getTrend() {
    return trend;
  }
}
