package cn.juesuan.disclosure.calc;

import cn.juesuan.disclosure.diag.Findings;
import cn.juesuan.disclosure.diag.Location;
import cn.juesuan.disclosure.model.ClassifiedTable;
import cn.juesuan.disclosure.model.Disclosure;
import cn.juesuan.disclosure.model.Explanations;
import cn.juesuan.disclosure.model.StandardLists;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 七 政府性基金 (gk07) and 八 国有资本经营 (公开08) by 科目: the 合计 row's columns and the rows the
 * narrative describes, each with its 年初预算 where the YAML gives one
 * ({@code explanations.governmentFund/stateCapital.initialBudget}). The rows described are those
 * with a 年初预算 (the level the department chose); without any, every last-level row (项, or a
 * 款/类 without rows under it), as the model wording says: 依次说明到各项级科目.
 * Columns a form lacks (公开08 has no 结转) read as 0.00.
 */
public record FundFigures(boolean present, Money opening, Money income, Money expenditure, Money basic,
                          Money project, Money closing, List<Item> items) {

  /**
   * One described 科目. {@code names}: the names of its 类, 款 and 项 in order (the template adds
   * （类）（款）（项）); {@code budget} null when none is given, {@code rate} null without a budget
   * > 0; {@code relation} 决算 vs 年初预算 (null without a budget); reason and uses as written (null
   * when not given).
   */
  public record Item(String code, int level, List<String> names, Money opening, Money income,
                     Money expenditure, Money basic, Money project, Money closing, Money budget,
                     Percent rate, Relation relation, String reason, String uses) {
    public boolean hasBudget() {
      return budget != null;
    }

    /** The 科目's own name (the last of {@link #names}). */
    public String name() {
      return names.get(names.size() - 1);
    }
  }

  static FundFigures governmentFund(Disclosure d, Findings findings, PinBook pins) {
    return of(d, findings, d.tables().gk07(), d.explanations().governmentFundBudget(), "governmentFund",
        d.format().nameOf("gk07"), d.format().section("governmentFund") + " 政府性基金", pins);
  }

  static FundFigures stateCapital(Disclosure d, Findings findings, PinBook pins) {
    return of(d, findings, d.tables().gk08(), d.explanations().stateCapitalBudget(), "stateCapital",
        d.format().nameOf("gk08"), d.format().section("stateCapital") + " 国有资本经营", pins);
  }

  private static FundFigures of(Disclosure d, Findings findings, ClassifiedTable table,
                                List<Explanations.FundBudget> budgets, String path, String form, String what,
                                PinBook pins) {
    Map<String, Explanations.FundBudget> byCode = budgetsByCode(d, findings, table, budgets, path, form);
    Map<String, String> names = new HashMap<>();
    table.rows().forEach(r -> names.putIfAbsent(r.code(), name(d, r)));
    List<Item> items = new ArrayList<>();
    for (ClassifiedTable.Row r : table.rows()) {
      boolean described = byCode.isEmpty() ? isLeaf(table, r) : byCode.containsKey(r.code());
      if (!described) {
        continue;
      }
      Explanations.FundBudget b = byCode.get(r.code());
      BigDecimal actual = r.amounts().orZero("total");
      BigDecimal budget = b == null || b.amount() == null ? null : b.amount();
      if (budget != null && actual.compareTo(budget) != 0 && b.reason() == null) {
        // printed as a bare "决算数小于预算数。": allowed, but a reviewer should see it
        findings.warning("fund.reason-missing",
            d.source().at("explanations." + path + ".initialBudget[" + b.index() + "].reason"),
            form + " " + r.code() + " 决算数 " + Money.of(actual) + " ≠ 年初预算 " + Money.of(budget)
                + "，但未说明原因（reason）",
            form + " " + r.code() + ": actual " + Money.of(actual) + " ≠ initial budget " + Money.of(budget)
                + " but no reason");
      }
      Percent rate = budget == null ? null : pins.percent(path + ".items." + r.code() + ".rate",
          what + " " + name(d, r) + " 完成年初预算的比例", Rounding.percent(actual, budget));
      items.add(new Item(r.code(), r.level(), lineage(d, r.code(), names), money(r, "opening"), money(r, "income"),
          Money.of(actual), money(r, "basic"), money(r, "project"), money(r, "closing"),
          budget == null ? null : Money.of(budget), rate, budget == null ? null : Relation.of(actual, budget),
          b == null ? null : b.reason(), b == null ? null : b.uses()));
    }
    var t = table.total();
    return new FundFigures(!table.isEmpty(), Money.of(t.get("opening")), Money.of(t.get("income")),
        Money.of(t.get("total")), Money.of(t.get("basic")), Money.of(t.get("project")), Money.of(t.get("closing")),
        List.copyOf(items));
  }

  /**
   * The budgets by 科目 code. A budget for a 科目 the table does not print would be described
   * nowhere, and a second one for the same 科目 would be ignored: both are errors at the entry.
   */
  private static Map<String, Explanations.FundBudget> budgetsByCode(Disclosure d, Findings findings,
      ClassifiedTable table, List<Explanations.FundBudget> budgets, String path, String form) {
    Map<String, Explanations.FundBudget> byCode = new HashMap<>();
    for (Explanations.FundBudget b : budgets) {
      Location at = d.source().at("explanations." + path + ".initialBudget[" + b.index() + "].code");
      if (table.rows().stream().noneMatch(r -> r.code().equals(b.code()))) {
        findings.error("fund.unknown-code", at, "年初预算的科目 " + b.code() + " 不在 " + form + " 中，无从说明其决算",
            "initial budget for " + b.code() + ", which " + form + " does not list");
      } else if (byCode.putIfAbsent(b.code(), b) != null) {
        findings.error("fund.duplicate-code", at, "科目 " + b.code() + " 的年初预算重复填写",
            "initial budget for " + b.code() + " given twice");
      }
    }
    return byCode;
  }

  private static Money money(ClassifiedTable.Row r, String column) {
    return Money.of(r.amounts().get(column));
  }

  /** No row of the table lies under this one. */
  private static boolean isLeaf(ClassifiedTable table, ClassifiedTable.Row row) {
    return table.rows().stream().noneMatch(o -> o.code().length() > row.code().length() && o.code().startsWith(row.code()));
  }

  /** 类, 款, 项 names down to this code: the table's printed name, else the standard one. */
  private static List<String> lineage(Disclosure d, String code, Map<String, String> names) {
    List<String> out = new ArrayList<>();
    for (int len : new int[] {3, 5, 7}) {
      if (code.length() >= len) {
        String c = code.substring(0, len);
        out.add(names.getOrDefault(c, d.codes().subjectName(c).orElse(c)));
      }
    }
    return List.copyOf(out);
  }

  private static String name(Disclosure d, ClassifiedTable.Row r) {
    return r.printedName() != null ? r.printedName() : d.codes().subjectName(r.code()).orElse(r.code());
  }
}
