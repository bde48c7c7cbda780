package cn.juesuan.disclosure.check;

import static cn.juesuan.disclosure.check.ClassifiedForm.GK03;
import static cn.juesuan.disclosure.check.ClassifiedForm.GK05;
import static cn.juesuan.disclosure.check.ClassifiedForm.GK07;
import static cn.juesuan.disclosure.check.ClassifiedForm.GK08;

import cn.juesuan.disclosure.model.Disclosure;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Identities between tables that the per-table checks do not reach (T04i, T04j, T05i, T07g,
 * T07h, T08f, T09d): each fund's own balance in 公开04, 财政拨款 结转 as a part of all 结转,
 * 公开05 as a part of 公开03, 公开07/08 against 公开04 (totals and each 类), and the 三公 lines
 * of 公开06 that 公开09 must cover.
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
        Check.of("T04j", "公开04 年初、年末财政拨款结转和结余(28、60) ≤ 公开01 年初、年末结转和结余(29、59)",
            "gk04 opening and closing fiscal balances (lines 28, 60) ≤ gk01 opening and closing balances (29, 59)", (d, c) -> {
              // 财政拨款 结转 is a part of all 结转和结余
              notAbove(c, Gk04.income(d, "opening").prefixed("公开04 ", "gk04 "),
                  Gk01.income(d, "openingBalance").prefixed("公开01 ", "gk01 "), true);
              notAbove(c, Gk04.line(d, "closing", "total").prefixed("公开04 ", "gk04 "),
                  Gk01.expenditure(d, "closingBalance").prefixed("公开01 ", "gk01 "), true);
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
        Check.of("T07h", "公开07 每个类 本年支出小计 = 公开04 该类 政府性基金栏", "gk07 each class = gk04 government fund column of that class",
            (d, c) -> byClass(d, c, GK07, "total", "govFund")),
        Check.of("T08f", "公开08 每个类 合计 = 公开04 该类 国有资本经营栏", "gk08 each class = gk04 state capital column of that class",
            (d, c) -> byClass(d, c, GK08, "total", "stateCapital")),
        Check.of("T09d", "公开09 决算数 因公出国（境）费、公务用车购置费 ≥ 公开06 30212、31013（警告）",
            "gk09 actual travel abroad and vehicle purchase ≥ gk06 30212 and 31013 (warning)", (d, c) -> {
              Gk09Checks.atLeast(d, c, "abroad", "30212");
              Gk09Checks.atLeast(d, c, "vehiclePurchase", "31013");
            }));
  }

  /**
   * A fund table's 类 rows against 公开04's column of that fund, class by class: the 类 either
   * prints, a class missing from one side counted as blank where the other prints it.
   */
  private static void byClass(Disclosure d, CheckContext c, ClassifiedForm form, String column, String gk04Column) {
    Set<String> codes = new LinkedHashSet<>();
    d.tables().gk04().byClass().forEach((code, amounts) -> {
      if (amounts.get(gk04Column) != null) {
        codes.add(code);
      }
    });
    form.classRows(d).forEach(r -> codes.add(r.code()));
    for (String code : codes) {
      Figure gk04 = Gk04.ofClass(d, code, gk04Column).prefixed("公开04 ", "gk04 ");
      Figure own = form.rowOf(d, code).map(r -> form.cell(r, column))
          .orElse(new Figure(form.label(column).zh(), column, null, gk04.path()))
          .prefixed(form.name() + " " + code + " ", form.nameEn() + " " + code + " ");
      c.strict(Identity.copy(form.name() + " 类 " + code, form.nameEn() + " class " + code, own, gk04));
    }
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
