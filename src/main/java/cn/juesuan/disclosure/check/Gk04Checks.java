package cn.juesuan.disclosure.check;

import cn.juesuan.disclosure.model.Disclosure;
import java.util.List;
import java.util.function.BiFunction;

/** 公开04 财政拨款收支总表 (T04a–h). */
final class Gk04Checks {
  private Gk04Checks() {}

  static List<Check> all() {
    return List.of(
        Check.of("T04a", "{gk04} 本年收入合计(27) = 行1 + 行2 + 行3", "gk04 line 27 = 1 + 2 + 3", (d, c) ->
            c.strict(incomeSum(d, "total", "generalBudget", "govFund", "stateCapital"))),
        Check.of("T04b", "{gk04} 年初结转和结余(28) = 行29 + 行30 + 行31", "gk04 line 28 = 29 + 30 + 31", (d, c) ->
            c.strict(incomeSum(d, "opening", "openingGeneralBudget", "openingGovFund", "openingStateCapital"))),
        Check.of("T04c", "{gk04} 收入总计(32) = 行27 + 行28", "gk04 line 32 = 27 + 28", (d, c) ->
            c.strict(incomeSum(d, "grandTotal", "total", "opening"))),
        Check.of("T04d", "{gk04} 每个支出行 合计 = 一般公共预算 + 政府性基金 + 国有资本经营",
            "gk04 every expenditure line: total = the three budget columns", (d, c) -> {
              for (String code : d.tables().gk04().byClass().keySet()) {
                c.strict(columnsSum(d, "{gk04} " + code + " 行", "gk04 class " + code, (dd, col) -> Gk04.ofClass(dd, code, col)));
              }
              for (String line : d.format().form("gk04").lineKeys("expenditure")) {
                Label l = Labels.line("gk04", "expenditure." + line);
                c.strict(columnsSum(d, "{gk04} " + l.zh(), "gk04 " + l.en(), (dd, col) -> Gk04.line(dd, line, col)));
              }
            }),
        Check.of("T04e", "{gk04} 支出总计(64) = 行59 + 行60（逐栏）", "gk04 line 64 = 59 + 60 (each column)", (d, c) -> {
          for (String col : d.format().form("gk04").columnKeys()) {
            c.strict(Identity.of("{gk04}", "gk04", Gk04.line(d, "grandTotal", col),
                List.of(Gk04.line(d, "total", col).plus(), Gk04.line(d, "closing", col).plus())));
          }
        }),
        Check.of("T04f", "{gk04} 收入行1–3 = {gk01} 收入行1–3", "gk04 income lines 1–3 = gk01 lines 1–3", (d, c) -> {
          String[][] pairs = {{"generalBudget", "generalBudgetGrant"}, {"govFund", "govFundGrant"},
              {"stateCapital", "stateCapitalGrant"}};
          for (String[] p : pairs) {
            c.strict(Identity.copy("{gk04} 与 {gk01}", "gk04 vs gk01", Gk04.income(d, p[0]).prefixed("{gk04} ", "gk04 "),
                Gk01.income(d, p[1]).prefixed("{gk01} ", "gk01 ")));
          }
        }),
        Check.of("T04g", "{gk04} 收入总计(32) = 支出总计(64)", "gk04 line 32 = line 64", (d, c) ->
            c.strict(Identity.copy("{gk04} 收支平衡", "gk04 balance", Gk04.line(d, "grandTotal", "total"),
                Gk04.income(d, "grandTotal")))),
        Check.of("T04h", "{gk04} 本年支出合计(59) = 行33–58 各类之和（逐栏）", "gk04 line 59 = Σ class lines (each column)",
            (d, c) -> {
              for (String col : d.format().form("gk04").columnKeys()) {
                c.strict(Identity.of("{gk04}", "gk04", Gk04.line(d, "total", col),
                        d.codes().expenditureClasses().stream()
                            .map(k -> Gk04.ofClass(d, k.code(), col).plus()).toList())
                    .group(Label.of("各类(33–58)", "class lines 33–58")));
              }
            }));
  }

  private static Identity incomeSum(Disclosure d, String total, String... parts) {
    return Identity.of("{gk04}", "gk04", Gk04.income(d, total),
        java.util.Arrays.stream(parts).map(p -> Gk04.income(d, p).plus()).toList());
  }

  private static Identity columnsSum(Disclosure d, String whereZh, String whereEn,
                                     BiFunction<Disclosure, String, Figure> cell) {
    return Identity.of(whereZh, whereEn, byColumn(cell.apply(d, "total"), "total"),
        Gk04.PARTS.stream().map(col -> byColumn(cell.apply(d, col), col).plus()).toList());
  }

  /** The cell named by its column alone: the line is already in the message's "where". */
  private static Figure byColumn(Figure f, String column) {
    Label l = Labels.column("gk04", column);
    return new Figure(l.zh(), l.en(), f.value(), f.path());
  }
}
