package cn.juesuan.disclosure.check;

import static cn.juesuan.disclosure.check.ClassifiedForm.GK02;

import java.util.List;

/** 公开02 收入决算表 (T02a–f). */
final class Gk02Checks {
  private Gk02Checks() {}

  /** 公开02 columns 3–7 and the 公开01 income lines 4–8 they repeat. */
  private static final List<String[]> SAME_AS_GK01 = List.of(
      new String[] {"superiorSubsidy", "superiorSubsidy"}, new String[] {"serviceRevenue", "serviceRevenue"},
      new String[] {"businessRevenue", "businessRevenue"}, new String[] {"subsidiaryRemit", "subsidiaryRemit"},
      new String[] {"otherRevenue", "otherRevenue"});

  static List<Check> all() {
    return List.of(
        ClassifiedChecks.rowIdentity("T02a", GK02, "total",
            List.of("fiscalGrant", "superiorSubsidy", "serviceRevenue", "businessRevenue", "subsidiaryRemit",
                "otherRevenue"), List.of()),
        ClassifiedChecks.hierarchy("T02b", GK02),
        Check.of("T02c", "{gk02} 合计 本年收入合计 = {gk01} 本年收入合计(27)", "gk02 total = gk01 line 27", (d, c) ->
            c.strict(Identity.copy("{gk02} 合计行", "gk02 total row",
                GK02.total(d, "total").prefixed("{gk02} ", "gk02 "),
                Gk01.income(d, "total").prefixed("{gk01} ", "gk01 ")))),
        Check.of("T02d", "{gk02} 合计 财政拨款收入 = {gk01} 行1+2+3；栏3–7 = {gk01} 行4–8",
            "gk02 total fiscal grant = gk01 lines 1+2+3; columns 3–7 = gk01 lines 4–8", (d, c) -> {
              c.strict(Identity.of("{gk02} 合计行", "gk02 total row",
                  GK02.total(d, "fiscalGrant").prefixed("{gk02} ", "gk02 "),
                  List.of(Gk01.income(d, "generalBudgetGrant").prefixed("{gk01} ", "gk01 ").plus(),
                      Gk01.income(d, "govFundGrant").prefixed("{gk01} ", "gk01 ").plus(),
                      Gk01.income(d, "stateCapitalGrant").prefixed("{gk01} ", "gk01 ").plus())));
              for (String[] pair : SAME_AS_GK01) {
                c.strict(Identity.copy("{gk02} 合计行", "gk02 total row",
                    GK02.total(d, pair[0]).prefixed("{gk02} ", "gk02 "),
                    Gk01.income(d, pair[1]).prefixed("{gk01} ", "gk01 ")));
              }
            }),
        ClassifiedChecks.totalOfClasses("T02e", GK02),
        ClassifiedChecks.structure("T02f", GK02));
  }
}
