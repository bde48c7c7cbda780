package cn.juesuan.disclosure.testing;

/**
 * The example with the wrong cell: 公开06 30299 其他商品和服务支出 printed equal to the whole
 * 302 total (334.41), so that T06b (302 = Σ 302xx) fails by far more than the rounding tolerance;
 * and the same file with the office's 出错说明 for it.
 */
public final class AcceptedExample {
  private AcceptedExample() {}

  public static final String REASON = "源数据 30299 误填为 302 合计数，已报财政局核实，按决算报表印刷数公开";

  public static String deviating() {
    return Example.mutated("\"30299\": 0.00", "\"30299\": 334.41");
  }

  public static String accepted() {
    return deviating() + "\nacceptances:\n  - check: T06b\n    field: tables.gk06.amounts.302\n    reason: " + REASON + "\n";
  }
}
