package cn.juesuan.disclosure.calc;

import cn.juesuan.disclosure.diag.Findings;
import cn.juesuan.disclosure.model.Amounts;
import cn.juesuan.disclosure.model.ClassifiedTable;
import cn.juesuan.disclosure.model.Disclosure;
import cn.juesuan.disclosure.model.Explanations;
import cn.juesuan.disclosure.model.StandardLists;
import cn.juesuan.disclosure.model.Tables;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Derives every figure the narrative prints from the tables' own printed amounts (万元, HALF_UP
 * to 2 decimals) and last year's figures. Knows neither text nor layout. Where the YAML pins a
 * printed value, the pin is used and reported with the computed value.
 */
public final class Calculator {
  private Calculator() {}

  /** The 三公 item keys of the narrative mapped to 公开09's columns. */
  static final Map<String, String> THREE_PUBLIC_COLUMNS = Explanations.THREE_PUBLIC_COLUMNS;
  /** 公开06 codes of 会议费 and 培训费 (十、机关运行经费). */
  private static final String MEETING = "30215";
  private static final String TRAINING = "30216";

  public static Figures calculate(Disclosure d, Findings findings) {
    Tables t = d.tables();
    Explanations e = d.explanations();
    Amounts gk02Total = t.gk02().total();
    Amounts gk03Total = t.gk03().total();
    Explanations.OperatingCost oc = e.operatingCost();
    PinBook pins = PinBook.of(d, findings);
    Figures figures = new Figures(
        pins.change("overall", "一 收支总计",
            explained(findings, d, "explanations.overall", "一 收支总计",
                Change.since(t.gk01().income().get("grandTotal"), e.overall().previous()), e.overall().reason())),
        Money.of(t.gk01().income().get("total")),
        pins.shares("incomeSources", "二 收入",
            shares(gk02Total, parts(d, "gk02"), gk02Total.orZero("total"))),
        Money.of(t.gk01().expenditure().get("total")),
        pins.shares("expenditureKinds", "三 支出",
            shares(gk03Total, parts(d, "gk03"), gk03Total.orZero("total"))),
        pins.change("fiscalOverall", "四 财政拨款收支总计",
            explained(findings, d, "explanations.fiscalOverall", "四 财政拨款收支总计",
                Change.since(t.gk04().income().get("grandTotal"), e.fiscalOverall().previous()),
                e.fiscalOverall().reason())),
        generalBudget(d, findings, pins),
        new Figures.Basic(pins.money("basic.total", "六 一般公共预算财政拨款基本支出", Money.of(t.gk05().total().get("basic"))),
            pins.change("basic.personnel", "六 人员经费",
                explained(findings, d, "explanations.basicExpenditure.personnel", "六 人员经费",
                    Change.since(t.gk06().personnelTotal(), e.basicExpenditure().personnel().previous()),
                    e.basicExpenditure().personnel().reason())),
            pins.change("basic.publicCost", "六 公用经费",
                explained(findings, d, "explanations.basicExpenditure.public", "六 公用经费",
                    Change.since(t.gk06().publicTotal(), e.basicExpenditure().publicCost().previous()),
                    e.basicExpenditure().publicCost().reason()))),
        !t.gk07().isEmpty(), Money.of(t.gk07().total().get("income")), Money.of(t.gk07().total().get("total")),
        !t.gk08().isEmpty(), Money.of(t.gk08().total().get("total")),
        threePublic(t.gk09(), e.threePublic(), d.format().section("threePublic"), pins),
        new Figures.Operating(
            pins.change("operating.cost", d.format().section("operatingCost") + " 机关运行经费",
                explained(findings, d, "explanations.operatingCost", d.format().section("operatingCost") + " 机关运行经费",
                    Change.since(oc.amount(), oc.previous()), oc.reason())),
            pins.change("operating.meeting", d.format().section("operatingCost") + " 会议费",
                explained(findings, d, "explanations.operatingCost.meeting", d.format().section("operatingCost") + " 会议费",
                    Change.since(t.gk06().amounts().get(MEETING), oc.meeting().previous()), oc.meeting().reason())),
            pins.change("operating.training", d.format().section("operatingCost") + " 培训费",
                explained(findings, d, "explanations.operatingCost.training", d.format().section("operatingCost") + " 培训费",
                    Change.since(t.gk06().amounts().get(TRAINING), oc.training().previous()), oc.training().reason()))),
        procurement(e.procurement().amounts(), d.format().section("procurement"), pins),
        e.assets().vehicles().values().stream().mapToInt(Integer::intValue).sum(),
        performance(d),
        d.selfAssessment() == null ? null : SelfAssessmentCalculator.calculate(d, findings),
        ThreePublicFigures.of(d, pins), FundFigures.governmentFund(d, findings, pins),
        FundFigures.stateCapital(d, findings, pins),
        BalanceFigures.of(d, pins), ProjectFigures.of(d, pins), ProcurementShares.of(d, pins));
    pins.finish();
    return figures;
  }

  /** A change vs last year, its reason looked at (see {@link Reasons}). */
  private static Change explained(Findings findings, Disclosure d, String path, String what, Change c, String reason) {
    Reasons.forChange(findings, d, path, what, c, reason);
    return c;
  }

  /** The non-zero parts of a 合计 row, each with its share of the whole. */
  private static List<Share> shares(Amounts row, List<String> keys, BigDecimal whole) {
    List<Share> out = new ArrayList<>();
    for (String k : keys) {
      BigDecimal v = row.get(k);
      if (v != null && v.signum() != 0) {
        out.add(Share.of(k, null, v, whole));
      }
    }
    return out;
  }

  private static Figures.GeneralBudget generalBudget(Disclosure d, Findings findings, PinBook pins) {
    ClassifiedTable gk05 = d.tables().gk05();
    BigDecimal total = gk05.total().orZero("total");
    Explanations.GeneralBudget gb = d.explanations().generalBudget();

    List<Share> structure = new ArrayList<>();
    for (ClassifiedTable.Row r : gk05.rows()) {
      BigDecimal v = r.amounts().get("total");
      if (r.level() == 1 && v != null && v.signum() != 0) {
        structure.add(Share.of(r.code(), className(d, r.code()), v, total));
      }
    }

    List<BudgetEntry> entries = new ArrayList<>();
    BigDecimal budgetSum = BigDecimal.ZERO;
    for (Explanations.InitialBudget b : gb.initialBudget()) {
      BigDecimal budget = b.amount() == null ? BigDecimal.ZERO : b.amount();
      budgetSum = budgetSum.add(budget);
      String code = b.code() == null ? "" : b.code();
      List<String> names = subjectPath(d, gk05, code);
      if (b.name() != null) {
        names.set(names.size() - 1, b.name()); // a 科目 neither 公开05 nor the standard list names
      }
      String name = names.get(names.size() - 1);
      // 完成年初预算 of the 科目 at the level given: its own 决算 in 公开05
      BigDecimal actual = rowTotal(gk05, code);
      BigDecimal computed = Rounding.percent(actual, budget);
      BigDecimal printed = computed;
      String path = "explanations.generalBudget.initialBudget[" + b.index() + "]";
      if (b.pinnedRate() != null) {
        printed = b.pinnedRate();
        Pins.report(findings, d, path + ".pinnedRate", "pin.execution-rate", name + " 完成年初预算的比例",
            computed, printed);
      }
      Execution execution = new Execution(code, name, Money.of(budget), Money.of(actual),
          Percent.of(printed), Percent.of(computed), b.pinnedRate() != null,
          Relation.of(actual, budget), b.reason());
      Reasons.forExecution(findings, d, path, "五（三）" + name, execution);
      entries.add(new BudgetEntry(code, names.size(), names, execution));
    }
    // the printed 合计 where the department gives it (check B1 compares it with the entries)
    BigDecimal budgetTotal = gb.initialBudgetTotal() != null ? gb.initialBudgetTotal() : budgetSum;
    BigDecimal rate = Rounding.percent(total, budgetTotal);
    Execution execution = pins.execution("generalBudget.execution", "五 一般公共预算财政拨款支出",
        new Execution("total", null, Money.of(budgetTotal), Money.of(total),
        Percent.of(rate), Percent.of(rate), false, Relation.of(total, budgetTotal), gb.change().reason()));
    Change change = pins.change("generalBudget.change", "五 一般公共预算财政拨款支出",
        explained(findings, d, "explanations.generalBudget", "五（一）一般公共预算财政拨款支出",
            Change.since(total, gb.change().previous()), gb.change().reason()));
    return new Figures.GeneralBudget(Money.of(total), change,
        pins.shares("generalBudget.structure", "五 支出结构", structure), execution, entries,
        pins.percent("generalBudget.expenditureShare", "五 一般公共预算财政拨款支出占本年支出合计的比例",
            Rounding.percent(total, d.tables().gk01().expenditure().orZero("total"))));
  }

  /** The 决算 (小计) of a 科目 row of 公开05; a 科目 without a row spent nothing. */
  private static BigDecimal rowTotal(ClassifiedTable table, String code) {
    return table.rows().stream().filter(r -> r.code().equals(code)).findFirst()
        .map(r -> r.amounts().orZero("total")).orElse(BigDecimal.ZERO);
  }

  /** The 类, 款 and 项 names down to a code's level, as 公开05 prints them (else the standard names). */
  private static List<String> subjectPath(Disclosure d, ClassifiedTable table, String code) {
    List<String> out = new ArrayList<>();
    for (int length : new int[] {3, 5, 7}) {
      if (code.length() >= length) {
        out.add(subjectName(d, table, code.substring(0, length)));
      }
    }
    if (out.isEmpty()) {
      out.add(code);
    }
    return out;
  }

  private static String subjectName(Disclosure d, ClassifiedTable table, String code) {
    return table.rows().stream().filter(r -> r.code().equals(code) && r.printedName() != null).findFirst()
        .map(ClassifiedTable.Row::printedName).orElseGet(() -> className(d, code));
  }

  /** The columns of a table by 科目 other than its first (本年收入/支出合计): the parts it sums. */
  private static List<String> parts(Disclosure d, String formId) {
    List<String> columns = d.format().form(formId).columnKeys();
    return columns.subList(1, columns.size());
  }

  static String className(Disclosure d, String code) {
    return code == null ? "" : d.codes().subjectName(code).orElse(code);
  }

  private static Map<String, Figures.ThreePublicItem> threePublic(Tables.Gk09 gk09, Explanations.ThreePublic tp,
                                                                  String section, PinBook pins) {
    Map<String, Figures.ThreePublicItem> out = new LinkedHashMap<>();
    for (String k : Explanations.THREE_PUBLIC_ITEMS) {
      String column = THREE_PUBLIC_COLUMNS.get(k);
      BigDecimal budget = gk09.budget().orZero(column);
      BigDecimal actual = gk09.actual().orZero(column);
      Explanations.ThreePublicItem item = tp.items().get(k);
      // without last year's figure there is no comparison (null): the templates print none
      BigDecimal previous = item == null ? null : item.previous();
      out.put(k, new Figures.ThreePublicItem(Money.of(budget), Money.of(actual), Relation.of(actual, budget),
          previous == null ? null : pins.change("threePublic." + k + ".change", section + " “三公”经费 " + k,
              Change.between(actual, previous))));
    }
    return out;
  }

  private static Figures.Procurement procurement(Amounts p, String section, PinBook pins) {
    Map<String, Money> amounts = new LinkedHashMap<>();
    for (String k : Explanations.PROCUREMENT) {
      amounts.put(k, pins.money("procurement.amounts." + k, section + " 政府采购 " + k, Money.of(p.get(k))));
    }
    return new Figures.Procurement(Money.of(p.get("total")), Money.of(p.get("goods")), Money.of(p.get("works")),
        Money.of(p.get("services")), Money.of(p.get("smallBusiness")),
        pins.percent("procurement.smallBusinessShare", section + " 授予中小企业合同金额占政府采购支出总额的比例",
            Rounding.percent(p.orZero("smallBusiness"), p.orZero("total"))), Map.copyOf(amounts));
  }

  /** 第四部分: self-evaluated funds as a share of each fund's project expenditure. */
  private static Figures.PerformanceShares performance(Disclosure d) {
    Map<String, BigDecimal> s = d.performance() == null ? Map.of() : d.performance().selfEvaluation();
    Tables t = d.tables();
    return new Figures.PerformanceShares(
        plainShare(s.get("generalFunds"), t.gk05().total().orZero("project")),
        plainShare(s.get("govFundFunds"), t.gk07().total().orZero("project")),
        plainShare(s.get("stateCapitalFunds"), t.gk08().total().orZero("project")));
  }

  /** Nothing of nothing is 0%: the section prints "0%" for funds of 0, whatever the total. */
  private static String plainShare(BigDecimal part, BigDecimal whole) {
    if (part == null || part.signum() == 0 || whole.signum() == 0) {
      return "0";
    }
    return Format.plain(Rounding.percent(part, whole));
  }
}
