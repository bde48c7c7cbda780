package cn.juesuan.disclosure.check;

import static cn.juesuan.disclosure.check.ClassifiedForm.GK07;

import java.util.List;

/** gk07 政府性基金预算财政拨款收入支出决算表 (T07a–f). */
final class Gk07Checks {
  private Gk07Checks() {}

  static List<Check> all() {
    return List.of(
        ClassifiedChecks.rowIdentity("T07a", GK07, "closing", List.of("opening", "income"), List.of("total")),
        ClassifiedChecks.rowIdentity("T07b", GK07, "total", List.of("basic", "project"), List.of()),
        Check.of("T07c", "{gk07} 合计 本年支出小计 = {gk04} 本年支出合计(59) 政府性基金栏",
            "gk07 total expenditure = gk04 line 59 government fund column", (d, c) ->
                c.strict(Identity.copy("{gk07} 合计行", "gk07 total row", GK07.total(d, "total").prefixed("{gk07} ", "gk07 "),
                    Gk04.line(d, "total", "govFund").prefixed("{gk04} ", "gk04 ")))),
        ClassifiedChecks.hierarchy("T07d", GK07),
        ClassifiedChecks.totalOfClasses("T07e", GK07),
        ClassifiedChecks.structure("T07f", GK07));
  }
}
