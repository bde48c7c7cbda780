package cn.juesuan.disclosure.check;

import java.util.List;

/** 公开01 收支总表: its own totals (T01a–e). */
final class Gk01Checks {
  private Gk01Checks() {}

  static List<Check> all() {
    return List.of(
        Check.of("T01a", "{gk01} 本年收入合计(27) = 行1–8 之和", "gk01 line 27 = Σ lines 1–8", (d, c) ->
            c.strict(Identity.of("{gk01}", "gk01", Gk01.income(d, "total"), Gk01.incomeParts(d))
                .group(Label.of("收入行1–8", "lines 1–8")))),
        Check.of("T01b", "{gk01} 本年支出合计(57) = 行31–56 各类之和", "gk01 line 57 = Σ class lines 31–56",
            (d, c) -> c.strict(Identity.of("{gk01}", "gk01", Gk01.expenditure(d, "total"), Gk01.classParts(d))
                .group(Label.of("功能分类各类(31–56)", "class lines 31–56")))),
        Check.of("T01c", "{gk01} 收入总计(30) = 行27 + 行28 + 行29", "gk01 line 30 = 27 + 28 + 29", (d, c) ->
            c.strict(Identity.of("{gk01}", "gk01", Gk01.income(d, "grandTotal"), List.of(
                Gk01.income(d, "total").plus(), Gk01.income(d, "nonFiscalBalanceUsed").plus(),
                Gk01.income(d, "openingBalance").plus())))),
        Check.of("T01d", "{gk01} 支出总计(60) = 行57 + 行58 + 行59", "gk01 line 60 = 57 + 58 + 59", (d, c) ->
            c.strict(Identity.of("{gk01}", "gk01", Gk01.expenditure(d, "grandTotal"), List.of(
                Gk01.expenditure(d, "total").plus(), Gk01.expenditure(d, "surplusDistribution").plus(),
                Gk01.expenditure(d, "closingBalance").plus())))),
        Check.of("T01e", "{gk01} 收入总计(30) = 支出总计(60)", "gk01 line 30 = line 60", (d, c) ->
            c.strict(Identity.copy("{gk01} 收支平衡", "gk01 balance", Gk01.expenditure(d, "grandTotal"),
                Gk01.income(d, "grandTotal")))));
  }
}
