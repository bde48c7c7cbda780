package cn.juesuan.disclosure.check;

import static cn.juesuan.disclosure.check.ClassifiedForm.GK03;

import cn.juesuan.disclosure.model.ClassifiedTable.Row;
import cn.juesuan.disclosure.model.Disclosure;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** 公开03 支出决算表 (T03a–f). */
final class Gk03Checks {
  private Gk03Checks() {}

  static List<Check> all() {
    return List.of(
        ClassifiedChecks.rowIdentity("T03a", GK03, "total",
            List.of("basic", "project", "toSuperior", "business", "toSubsidiary"), List.of()),
        ClassifiedChecks.hierarchy("T03b", GK03),
        Check.of("T03c", "{gk03} 合计 本年支出合计 = {gk01} 本年支出合计(57)", "gk03 total = gk01 line 57", (d, c) ->
            c.strict(Identity.copy("{gk03} 合计行", "gk03 total row",
                GK03.total(d, "total").prefixed("{gk03} ", "gk03 "),
                Gk01.expenditure(d, "total").prefixed("{gk01} ", "gk01 ")))),
        Check.of("T03d", "{gk03} 每个类 本年支出合计 = {gk01} 该类支出行", "gk03 each class = gk01 line of that class",
            (d, c) -> {
              for (String code : classCodes(d)) {
                Optional<Row> row = GK03.rowOf(d, code);
                Figure gk01 = Gk01.ofClass(d, code).prefixed("{gk01} ", "gk01 ");
                Figure gk03 = row.map(r -> GK03.cell(r, "total"))
                    .orElse(new Figure("本年支出合计", "total", null, gk01.path()))
                    .prefixed("{gk03} " + code + " ", "gk03 " + code + " ");
                // a class missing from 公开03 is reported where 公开01 prints it
                c.strict(Identity.copy("{gk03} 类 " + code, "gk03 class " + code, gk03, gk01));
              }
            }),
        ClassifiedChecks.totalOfClasses("T03e", GK03),
        ClassifiedChecks.structure("T03f", GK03));
  }

  /** The 类 codes either table prints, 公开01 order first. */
  private static Set<String> classCodes(Disclosure d) {
    Set<String> codes = new LinkedHashSet<>(d.tables().gk01().byClass().values().keySet());
    GK03.classRows(d).forEach(r -> codes.add(r.code()));
    return codes;
  }
}
