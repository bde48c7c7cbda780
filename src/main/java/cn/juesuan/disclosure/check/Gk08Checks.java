package cn.juesuan.disclosure.check;

import static cn.juesuan.disclosure.check.ClassifiedForm.GK08;

import java.util.List;

/** 公开08 国有资本经营预算财政拨款支出决算表 (T08a–e). */
final class Gk08Checks {
  private Gk08Checks() {}

  static List<Check> all() {
    return List.of(
        ClassifiedChecks.rowIdentity("T08a", GK08, "total", List.of("basic", "project"), List.of()),
        Check.of("T08b", "{gk08} 合计 = {gk04} 本年支出合计(59) 国有资本经营栏",
            "gk08 total = gk04 line 59 state capital column", (d, c) ->
                c.strict(Identity.copy("{gk08} 合计行", "gk08 total row", GK08.total(d, "total").prefixed("{gk08} ", "gk08 "),
                    Gk04.line(d, "total", "stateCapital").prefixed("{gk04} ", "gk04 ")))),
        ClassifiedChecks.hierarchy("T08c", GK08),
        ClassifiedChecks.totalOfClasses("T08d", GK08),
        ClassifiedChecks.structure("T08e", GK08));
  }
}
