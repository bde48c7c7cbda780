package cn.juesuan.disclosure.check;

import static cn.juesuan.disclosure.check.ClassifiedForm.GK05;
import static cn.juesuan.disclosure.check.ClassifiedForm.GK07;
import static cn.juesuan.disclosure.check.ClassifiedForm.GK08;

import cn.juesuan.disclosure.model.Disclosure;
import cn.juesuan.disclosure.model.Explanations;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Figures the YAML states outside the tables, against each other and against the tables
 * (N10–N16): last year's 三公 items and their total, 政府采购 and its parts, the funds of
 * 第四部分 as shares of 项目支出 (a share above 100% is a part larger than its whole), and
 * the 三公 实物量 against the 三公 amounts.
 */
final class StatedFigureChecks {
  private StatedFigureChecks() {}

  private static final String THREE_PUBLIC = "explanations.threePublic.";
  private static final String PROCUREMENT = "explanations.procurement.";

  /** 第四部分's fund keys and the 项目支出 each is a part of (公开05, gk07, 公开08 合计). */
  private static final List<String> FUNDS = List.of("generalFunds", "govFundFunds", "stateCapitalFunds");

  static List<Check> all() {
    return List.of(
        Check.of("N10", "九 上年“三公”经费 合计 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费（上年决算数）",
            "last year's 三公 total = abroad + vehicles + reception (last year's figures)", (d, c) -> {
              if (previous(d, "total").isBlank()) {
                return; // no comparison with last year is printed
              }
              c.strict(Identity.of(d.format().section("threePublic") + " 上年决算数", "last year's 三公", previous(d, "total"),
                  List.of(previous(d, "abroad").plus(), previous(d, "vehicle").plus(), previous(d, "reception").plus())));
            }),
        Check.of("N11", "九 上年 公务用车购置及运行维护费 = 公务用车购置费 + 公务用车运行维护费（上年决算数）",
            "last year's vehicles = purchase + operation (last year's figures)", (d, c) -> {
              if (previous(d, "vehicle").isBlank()) {
                return;
              }
              c.strict(Identity.of(d.format().section("threePublic") + " 上年决算数", "last year's 三公", previous(d, "vehicle"),
                  List.of(previous(d, "vehiclePurchase").plus(), previous(d, "vehicleOperation").plus())));
            }),
        Check.of("N12", "十一 政府采购支出总额 = 货物 + 工程 + 服务", "procurement total = goods + works + services",
            (d, c) -> c.strict(Identity.of(d.format().section("procurement") + " 政府采购", "procurement", procurement(d, "total"),
                List.of(procurement(d, "goods").plus(), procurement(d, "works").plus(), procurement(d, "services").plus())))),
        Check.of("N13", "十一 授予中小企业合同金额 ≤ 政府采购支出总额", "contracts awarded to SMEs ≤ procurement total",
            // both are rounded from 元 the same way, and rounding keeps ≤: any excess is an error
            (d, c) -> CrossTableChecks.notAbove(c, procurement(d, "smallBusiness"), procurement(d, "total"), true)),
        Check.of("N14", "第四部分 绩效自评、重点评价涉及资金 ≤ 相应项目支出（{gk05}、{gk07}、{gk08} 合计 项目支出）",
            "funds self-evaluated or key-evaluated ≤ the project expenditure they belong to (gk05, gk07, gk08)", (d, c) -> {
              // "占…项目支出总额的 114.44%": the evaluated funds are a part of that 项目支出
              if (d.performance() == null) {
                return; // a format without 第四部分 绩效 (普陀区) states no evaluated funds
              }
              for (String kind : List.of("selfEvaluation", "keyEvaluation")) {
                Map<String, BigDecimal> funds = kind.equals("selfEvaluation")
                    ? d.performance().selfEvaluation() : d.performance().keyEvaluation();
                for (String key : FUNDS) {
                  Figure part = new Figure(fundLabel(kind, key), kind + " " + key, funds == null ? null : funds.get(key),
                      "performance." + kind + "." + key);
                  CrossTableChecks.notAbove(c, part, projectOf(d, key), true);
                }
              }
            }),
        Check.of("N15", "九 实物量 与 “三公”经费决算数 相符：有支出即有团组、车辆、批次，反之亦然（警告）",
            "三公 counts agree with the 三公 amounts: spending without a count, or a count without spending (warning)",
            (d, c) -> {
              physical(d, c, "abroad", "abroadGroups", "因公出国（境）团组");
              physical(d, c, "vehiclePurchase", "vehiclesPurchased", "公务用车购置数");
              physical(d, c, "vehicleOperation", "vehiclesHeld", "公务用车保有量");
              physical(d, c, "reception", "receptionBatches", "国内公务接待批次");
            }),
        Check.of("N16", "九 公务用车保有量 ≤ 十二 车辆总数（警告）", "official vehicles held ≤ all vehicles of the assets section (warning)",
            (d, c) -> {
              Integer held = physicalCount(d, "vehiclesHeld");
              Map<String, Integer> vehicles = d.explanations().assets().vehicles();
              int all = vehicles.values().stream().mapToInt(v -> v == null ? 0 : v).sum();
              if (held != null && held > all) {
                c.warning(THREE_PUBLIC + "physical.vehiclesHeld",
                    d.format().section("threePublic") + " 公务用车保有量 " + held + " 辆 > " + d.format().section("assets") + " 车辆总数 " + all + " 辆：公务用车是本部门车辆的一部分",
                    "official vehicles held (" + held + ") exceed all vehicles of the assets section (" + all + ")");
              }
            }));
  }

  /** Last year's 决算数 of a 三公 item (blank when the item or its figure is not given). */
  static Figure previous(Disclosure d, String item) {
    Explanations.ThreePublicItem i = d.explanations().threePublic().items().get(item);
    Label label = Labels.THREE_PUBLIC_ITEMS.get(item);
    return new Figure("上年 " + label.zh(), "last year's " + label.en(), i == null ? null : i.previous(),
        THREE_PUBLIC + item + ".previous");
  }

  static Figure procurement(Disclosure d, String key) {
    Label label = Labels.PROCUREMENT.get(key);
    return new Figure(label.zh(), label.en(), d.explanations().procurement().amounts().get(key), PROCUREMENT + key);
  }

  private static String fundLabel(String kind, String key) {
    String fund = switch (key) {
      case "generalFunds" -> "一般公共预算";
      case "govFundFunds" -> "政府性基金预算";
      default -> "国有资本经营预算";
    };
    return (kind.equals("selfEvaluation") ? "第四部分 绩效自评" : "第四部分 重点评价") + " " + fund + " 涉及资金";
  }

  /** The 合计 项目支出 a fund's evaluated money is part of. */
  private static Figure projectOf(Disclosure d, String key) {
    return switch (key) {
      case "generalFunds" -> GK05.total(d, "project").prefixed("{gk05} 合计 ", "gk05 total ");
      case "govFundFunds" -> GK07.total(d, "project").prefixed("{gk07} 合计 ", "gk07 total ");
      default -> GK08.total(d, "project").prefixed("{gk08} 合计 ", "gk08 total ");
    };
  }

  private static Integer physicalCount(Disclosure d, String key) {
    Map<String, Integer> p = d.explanations().threePublic().physical();
    return p == null ? null : p.get(key);
  }

  /** Spending of a 三公 item with a count of 0, or a count with no spending. */
  private static void physical(Disclosure d, CheckContext c, String item, String countKey, String countName) {
    Figure amount = Gk09Checks.cell(d, "actual", item);
    Integer count = physicalCount(d, countKey);
    if (count == null) {
      return;
    }
    boolean spent = amount.orZero().signum() > 0;
    if (spent && count == 0) {
      c.warning(THREE_PUBLIC + "physical." + countKey,
          "{gk09} " + amount.zh() + " " + Identity.money(amount.orZero()) + " 万元，而 " + d.format().section("threePublic") + " 实物量 " + countName + " 为 0",
          "gk09 " + amount.en() + " is " + Identity.money(amount.orZero()) + " 万元 but the count " + countKey + " is 0");
    } else if (!spent && count > 0) {
      c.warning(THREE_PUBLIC + "physical." + countKey,
          d.format().section("threePublic") + " 实物量 " + countName + " 为 " + count + "，而 {gk09} " + amount.zh() + " 为 0",
          "the count " + countKey + " is " + count + " but gk09 " + amount.en() + " is 0");
    }
  }
}
