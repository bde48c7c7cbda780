package cn.juesuan.disclosure.check;

import cn.juesuan.disclosure.model.Amounts;
import cn.juesuan.disclosure.model.Disclosure;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** 公开09 财政拨款“三公”经费支出决算表 (T09a–c), 预算数 and 决算数 alike. */
final class Gk09Checks {
  private Gk09Checks() {}

  /** The two halves of the table: YAML key → printed name. */
  private static final Map<String, Label> HALVES = Map.of(
      "budget", Label.of("预算数", "budget"), "actual", Label.of("决算数", "actual"));

  static List<Check> all() {
    return List.of(
        Check.of("T09a", "公开09 合计 = 因公出国（境）费 + 公务用车小计 + 公务接待费（预算数、决算数）",
            "gk09 total = abroad + vehicles subtotal + reception (budget and actual)", (d, c) -> {
              for (String half : List.of("budget", "actual")) {
                c.strict(sum(d, half, "total", "abroad", "vehicleSubtotal", "reception"));
              }
            }),
        Check.of("T09b", "公开09 公务用车小计 = 购置费 + 运行维护费（预算数、决算数）",
            "gk09 vehicles subtotal = purchase + operation (budget and actual)", (d, c) -> {
              for (String half : List.of("budget", "actual")) {
                c.strict(sum(d, half, "vehicleSubtotal", "vehiclePurchase", "vehicleOperation"));
              }
            }),
        Check.of("T09c", "公开09 决算数 公务接待费、公务用车运行维护费 ≥ 公开06 30217、30231（警告）",
            "gk09 actual reception and vehicle operation ≥ gk06 30217 and 30231 (warning)", (d, c) -> {
              // 三公 also covers project money, so 公开09 may exceed the basic-expenditure items, not fall short
              atLeast(d, c, "reception", "30217");
              atLeast(d, c, "vehicleOperation", "30231");
            }));
  }

  static Figure cell(Disclosure d, String half, String key) {
    Amounts a = half.equals("budget") ? d.tables().gk09().budget() : d.tables().gk09().actual();
    Label h = HALVES.get(half);
    Label k = Labels.GK09.get(key);
    return new Figure(h.zh() + " " + k.zh(), h.en() + " " + k.en(), a.get(key), "tables.gk09." + half + "." + key);
  }

  private static Identity sum(Disclosure d, String half, String total, String... parts) {
    return Identity.of("公开09", "gk09", cell(d, half, total),
        java.util.Arrays.stream(parts).map(p -> cell(d, half, p).plus()).toList());
  }

  /** Warns where 公开09 决算数 {@code key} falls short of the 公开06 item of the same spending. */
  static void atLeast(Disclosure d, CheckContext c, String key, String economicCode) {
    Figure three = cell(d, "actual", key);
    Figure basic = Gk06.amount(d, economicCode);
    BigDecimal shortfall = basic.orZero().subtract(three.orZero());
    if (shortfall.compareTo(new BigDecimal("0.01")) > 0) {
      c.warning(three.path(),
          "公开09 " + three.zh() + " " + Identity.money(three.orZero()) + " < 公开06 " + basic.zh() + " "
              + Identity.money(basic.orZero()) + "（差 " + Identity.money(shortfall) + "）：三公经费决算数应不少于基本支出中的同项支出",
          "gk09 " + three.en() + " " + Identity.money(three.orZero()) + " < gk06 " + basic.en() + " "
              + Identity.money(basic.orZero()) + " (difference " + Identity.money(shortfall)
              + "): 三公 actual spending includes the same item of basic expenditure");
    }
  }
}
