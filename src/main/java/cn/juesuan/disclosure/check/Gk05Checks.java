package cn.juesuan.disclosure.check;

import static cn.juesuan.disclosure.check.ClassifiedForm.GK03;
import static cn.juesuan.disclosure.check.ClassifiedForm.GK05;

import cn.juesuan.disclosure.model.Amounts;
import cn.juesuan.disclosure.model.ClassifiedTable.Row;
import cn.juesuan.disclosure.model.Disclosure;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** 公开05 一般公共预算财政拨款支出决算表 (T05a–h). */
final class Gk05Checks {
  private Gk05Checks() {}

  static List<Check> all() {
    return List.of(
        ClassifiedChecks.rowIdentity("T05a", GK05, "total", List.of("basic", "project"), List.of()),
        ClassifiedChecks.hierarchy("T05b", GK05),
        Check.of("T05c", "{gk05} 合计 小计 = {gk04} 本年支出合计(59) 一般公共预算栏",
            "gk05 total = gk04 line 59 general budget column", (d, c) ->
                c.strict(Identity.copy("{gk05} 合计行", "gk05 total row", GK05.total(d, "total").prefixed("{gk05} ", "gk05 "),
                    Gk04.line(d, "total", "generalBudget").prefixed("{gk04} ", "gk04 ")))),
        Check.of("T05d", "{gk05} 合计 基本支出 = {gk06} 人员经费合计 + 公用经费合计",
            "gk05 total basic = gk06 personnel total + public cost total", (d, c) ->
                c.strict(Identity.of("{gk05} 与 {gk06}", "gk05 vs gk06", GK05.total(d, "basic").prefixed("{gk05} 合计 ", "gk05 total "),
                    List.of(Gk06.personnelTotal(d).prefixed("{gk06} ", "gk06 ").plus(),
                        Gk06.publicTotal(d).prefixed("{gk06} ", "gk06 ").plus())))),
        Check.of("T05e", "{gk05} 每个类 小计 = {gk04} 该类 一般公共预算栏", "gk05 each class = gk04 general budget column of that class",
            (d, c) -> {
              for (String code : classCodes(d)) {
                Figure gk04 = Gk04.ofClass(d, code, "generalBudget").prefixed("{gk04} ", "gk04 ");
                Figure gk05 = GK05.rowOf(d, code).map(r -> GK05.cell(r, "total"))
                    .orElse(new Figure("小计", "subtotal", null, gk04.path()))
                    .prefixed("{gk05} " + code + " ", "gk05 " + code + " ");
                c.strict(Identity.copy("{gk05} 类 " + code, "gk05 class " + code, gk05, gk04));
              }
            }),
        ClassifiedChecks.totalOfClasses("T05f", GK05),
        ClassifiedChecks.structure("T05g", GK05),
        Check.of("T05h", "全部收入为一般公共预算拨款时 {gk05} 与 {gk03} 一致（警告）",
            "when all income is general budget grant, gk05 agrees with gk03 (warning)", (d, c) -> {
              if (!allIncomeIsGeneralBudget(d)) {
                return; // other money legitimately makes 公开03 larger than 公开05
              }
              for (String col : d.format().form("gk05").columnKeys()) {
                c.advisory(Identity.copy("{gk05} 与 {gk03} 合计行", "gk05 vs gk03 total row",
                    GK05.total(d, col).prefixed("{gk05} ", "gk05 "), GK03.total(d, col).prefixed("{gk03} ", "gk03 ")));
              }
              for (String code : rowCodes(d)) {
                Optional<Row> r05 = GK05.rowOf(d, code);
                Optional<Row> r03 = GK03.rowOf(d, code);
                for (String col : d.format().form("gk05").columnKeys()) {
                  Figure f03 = r03.map(r -> GK03.cell(r, col)).orElse(new Figure(GK03.label(col).zh(), col, null, "tables.gk03.rows"));
                  Figure f05 = r05.map(r -> GK05.cell(r, col)).orElse(new Figure(GK05.label(col).zh(), col, null, f03.path()));
                  c.advisory(Identity.copy("{gk05} 与 {gk03} " + code + " 行", "gk05 vs gk03 row " + code,
                      f05.prefixed("{gk05} ", "gk05 "), f03.prefixed("{gk03} ", "gk03 ")));
                }
              }
            }));
  }

  /** 公开01 shows no income but 一般公共预算财政拨款 and no non-fiscal balance used. */
  static boolean allIncomeIsGeneralBudget(Disclosure d) {
    Amounts income = d.tables().gk01().income();
    return Gk01.INCOME_PARTS.stream().skip(1).allMatch(k -> income.orZero(k).signum() == 0)
        && income.orZero("nonFiscalBalanceUsed").signum() == 0;
  }

  private static Set<String> classCodes(Disclosure d) {
    Set<String> codes = new LinkedHashSet<>(d.tables().gk04().byClass().keySet());
    codes.removeIf(code -> d.tables().gk04().ofClass(code).get("generalBudget") == null);
    GK05.classRows(d).forEach(r -> codes.add(r.code()));
    return codes;
  }

  private static Set<String> rowCodes(Disclosure d) {
    Set<String> codes = new LinkedHashSet<>();
    GK05.of(d).rows().forEach(r -> codes.add(r.code()));
    GK03.of(d).rows().forEach(r -> codes.add(r.code()));
    return codes;
  }
}
