package cn.juesuan.disclosure.check;

import static cn.juesuan.disclosure.check.ClassifiedForm.GK03;
import static cn.juesuan.disclosure.check.ClassifiedForm.GK05;
import static cn.juesuan.disclosure.check.ClassifiedForm.GK07;

import cn.juesuan.disclosure.model.Disclosure;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Identities between tables that the per-table checks do not reach (T04i, T05i, T07g, T09d):
 * each fund's own balance in 公开04, 公开05 as a part of 公开03, 公开07 against 公开04, and the
 * 三公 lines of 公开06 that 公开09 must cover.
 */
final class CrossTableChecks {
  private CrossTableChecks() {}

  /** 公开04: each budget column's 本年收入 line and 年初 line (行1/29, 行2/30, 行3/31). */
  private static final Map<String, List<String>> FUND_LINES = Map.of(
      "generalBudget", List.of("generalBudget", "openingGeneralBudget"),
      "govFund", List.of("govFund", "openingGovFund"),
      "stateCapital", List.of("stateCapital", "openingStateCapital"));

  static List<Check> all() {
    return List.of(
        Check.of("T04i", "公开04 每种财政拨款 支出总计(64) = 本年收入 + 年初结转和结余（一般公共预算 行1+29，政府性基金 行2+30，国有资本经营 行3+31；警告）",
            "gk04 each fund: line 64 = its income + its opening balance (warning)", (d, c) -> {
              // a 结余 handed back or moved between funds in the year legitimately breaks it
              for (String fund : Gk04.PARTS) {
                List<String> lines = FUND_LINES.get(fund);
                c.advisory(Identity.of("公开04 " + Labels.GK04_COLUMNS.get(fund).zh() + "栏",
                    "gk04 " + Labels.GK04_COLUMNS.get(fund).en() + " column", Gk04.line(d, "grandTotal", fund),
                    List.of(Gk04.income(d, lines.get(0)).plus(), Gk04.income(d, lines.get(1)).plus())));
              }
            }),
        Check.of("T05i", "公开05 合计 不大于 公开03 合计（小计、基本支出、项目支出；警告）",
            "gk05 total row does not exceed the gk03 total row (total, basic, project; warning)", (d, c) -> {
              // 一般公共预算 spending is a part of all spending
              for (String col : List.of("total", "basic", "project")) {
                notAbove(c, GK05.total(d, col).prefixed("公开05 合计 ", "gk05 total "),
                    GK03.total(d, col).prefixed("公开03 合计 ", "gk03 total "), false);
              }
            }),
        Check.of("T07g", "公开07 合计 本年收入、年初、年末结转和结余 = 公开04 行2、行30、行60 政府性基金栏",
            "gk07 total income, opening and closing = gk04 lines 2, 30 and 60 (government fund)", (d, c) -> {
              c.strict(Identity.copy("公开07 与 公开04", "gk07 vs gk04", GK07.total(d, "income").prefixed("公开07 合计 ", "gk07 total "),
                  Gk04.income(d, "govFund").prefixed("公开04 ", "gk04 ")));
              c.strict(Identity.copy("公开07 与 公开04", "gk07 vs gk04", GK07.total(d, "opening").prefixed("公开07 合计 ", "gk07 total "),
                  Gk04.income(d, "openingGovFund").prefixed("公开04 ", "gk04 ")));
              c.strict(Identity.copy("公开07 与 公开04", "gk07 vs gk04", GK07.total(d, "closing").prefixed("公开07 合计 ", "gk07 total "),
                  Gk04.line(d, "closing", "govFund").prefixed("公开04 ", "gk04 ")));
            }),
        Check.of("T09d", "公开09 决算数 因公出国（境）费、公务用车购置费 ≥ 公开06 30212、31013（警告）",
            "gk09 actual travel abroad and vehicle purchase ≥ gk06 30212 and 31013 (warning)", (d, c) -> {
              Gk09Checks.atLeast(d, c, "abroad", "30212");
              Gk09Checks.atLeast(d, c, "vehiclePurchase", "31013");
            }));
  }

  /**
   * A part that must not exceed its whole: an error (or, advisory, a warning) when it does by
   * more than 0.01. Rounding 元 to 万元 keeps a part ≤ its whole, so 0.01 is already generous.
   */
  static void notAbove(CheckContext c, Figure part, Figure whole, boolean strict) {
    BigDecimal excess = part.orZero().subtract(whole.orZero());
    if (excess.compareTo(strict ? BigDecimal.ZERO : CENT) > 0) {
      String zh = part.zh() + " " + Identity.money(part.orZero()) + " > " + whole.zh() + " "
          + Identity.money(whole.orZero()) + "（超出 " + Identity.money(excess) + "）：部分不能大于整体";
      String en = part.en() + " " + Identity.money(part.orZero()) + " > " + whole.en() + " "
          + Identity.money(whole.orZero()) + " (by " + Identity.money(excess) + "): a part cannot exceed its whole";
      if (strict) {
        c.error(part.path(), zh, en);
      } else {
        c.warning(part.path(), zh, en);
      }
    }
  }

  private static final BigDecimal CENT = new BigDecimal("0.01");
}
