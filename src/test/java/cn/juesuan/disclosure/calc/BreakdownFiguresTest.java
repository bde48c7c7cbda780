package cn.juesuan.disclosure.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.testing.Example;
import cn.juesuan.disclosure.testing.FundedExample;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The figures beyond the bundled example's: 三公 rates and shares, 公开07/08 by 科目, 结转和结余,
 * 项目支出 and 政府采购 shares, on the numbers of {@link FundedExample} (HALF_UP, 2 decimals), and
 * "not applicable" (null) wherever a denominator is zero.
 */
class BreakdownFiguresTest {
  private static final Figures F = Example.analyse(FundedExample.yaml()).figures();
  private static final Figures EXAMPLE = Example.analysis().figures();

  private static String text(Percent p) {
    return p == null ? null : p.toString();
  }

  @Test
  void threePublicRatesAndShares() {
    var items = F.threePublicRates().items();
    // 完成预算的 X%: 决算 / 全年预算
    assertEquals("88.45", text(items.get("total").rate()), "17.69 / 20.00");
    assertEquals("95.00", text(items.get("abroad").rate()), "2.85 / 3.00");
    assertEquals("95.42", text(items.get("vehicle").rate()), "11.45 / 12.00 = 95.4167");
    assertEquals("99.50", text(items.get("vehiclePurchase").rate()), "7.96 / 8.00");
    assertEquals("87.25", text(items.get("vehicleOperation").rate()), "3.49 / 4.00");
    assertEquals("67.80", text(items.get("reception").rate()), "3.39 / 5.00");
    // share of the 三公 决算 total 17.69
    assertEquals("16.11", text(items.get("abroad").share()), "2.85 / 17.69 = 16.1108");
    assertEquals("64.73", text(items.get("vehicle").share()), "11.45 / 17.69 = 64.7258");
    assertEquals("19.16", text(items.get("reception").share()), "3.39 / 17.69 = 19.1634");
    assertEquals("45.00", text(items.get("vehiclePurchase").share()), "7.96 / 17.69 = 44.9972");
    assertEquals("100.00", text(items.get("total").share()));
    assertTrue(items.get("abroad").hasBudget());
    // 占本年支出合计: 17.69 / 478.11 = 3.6999
    assertEquals("3.70", text(F.threePublicRates().expenditureShare()));
    assertEquals("478.11", F.threePublicRates().expenditureTotal().toString());
  }

  @Test
  void threePublicWithoutBudgetOrSpendingIsNotApplicable() {
    var items = EXAMPLE.threePublicRates().items();
    for (String k : List.of("total", "abroad", "vehicle", "vehiclePurchase", "vehicleOperation", "reception")) {
      assertNull(items.get(k).rate(), k + ": no budget, no 完成预算的 X%");
      assertNull(items.get(k).share(), k + ": no 三公 spending, no share");
      assertFalse(items.get(k).hasBudget());
    }
    assertEquals("0.00", text(EXAMPLE.threePublicRates().expenditureShare()), "0 of 478.11 is 0.00%, not n/a");
  }

  @Test
  void governmentFundByItemWithInitialBudget() {
    FundFigures gf = F.governmentFund();
    assertTrue(gf.present());
    assertEquals("20.00 150.00 140.00 0.00 140.00 30.00", String.join(" ", gf.opening().toString(),
        gf.income().toString(), gf.expenditure().toString(), gf.basic().toString(), gf.project().toString(),
        gf.closing().toString()));
    // the two 项 that have a 年初预算 are described; the 类 and 款 above them are not
    assertEquals(List.of("2120801", "2120803"), gf.items().stream().map(FundFigures.Item::code).toList());
    FundFigures.Item demolition = gf.items().get(0);
    assertEquals(List.of("城乡社区支出", "国有土地使用权出让收入安排的支出", "征地和拆迁补偿支出"), demolition.names());
    assertEquals("征地和拆迁补偿支出", demolition.name());
    assertEquals("100.00", demolition.budget().toString());
    assertEquals("95.00", demolition.expenditure().toString());
    assertEquals("95.00", text(demolition.rate()), "95.00 / 100.00");
    assertEquals(Relation.LESS, demolition.relation());
    assertEquals("部分拆迁补偿款尚未结算", demolition.reason());
    assertEquals("20.00 100.00 25.00", demolition.opening() + " " + demolition.income() + " " + demolition.closing());
    FundFigures.Item building = gf.items().get(1);
    assertEquals("112.50", text(building.rate()), "45.00 / 40.00");
    assertEquals(Relation.GREATER, building.relation());
    assertNull(building.uses(), "uses not given");
    assertEquals(3, building.level());
  }

  @Test
  void stateCapitalWithoutBudgetsDescribesTheLastLevelRows() {
    FundFigures sc = F.stateCapital();
    assertEquals("60.00 10.00 50.00", sc.expenditure() + " " + sc.basic() + " " + sc.project());
    assertEquals(List.of("2230105"), sc.items().stream().map(FundFigures.Item::code).toList());
    FundFigures.Item item = sc.items().get(0);
    assertFalse(item.hasBudget());
    assertNull(item.rate());
    assertNull(item.relation());
  }

  @Test
  void fundBudgetAtClassLevelAndZeroBudget() {
    String yaml = FundedExample.replaceOnce(FundedExample.yaml(), "  governmentFund:\n",
        "  stateCapital:\n    initialBudget:\n      - {code: \"223\", amount: 80.00}\n"
            + "      - {code: \"2230105\", amount: 0.00}\n  governmentFund:\n");
    FundFigures sc = Example.analyse(yaml).figures().stateCapital();
    assertEquals(List.of("223", "2230105"), sc.items().stream().map(FundFigures.Item::code).toList());
    assertEquals("75.00", text(sc.items().get(0).rate()), "60.00 / 80.00");
    assertEquals(Relation.LESS, sc.items().get(0).relation());
    assertNull(sc.items().get(1).rate(), "a budget of 0: no 完成年初预算的 X%");
    assertEquals(Relation.GREATER, sc.items().get(1).relation());
  }

  @Test
  void aBudgetForASubjectTheTableLacksOrGivenTwiceIsAnError() {
    String yaml = FundedExample.replaceOnce(FundedExample.yaml(), "      - {code: \"2120803\", amount: 40.00, reason: 追加城市道路改造项目}\n",
        "      - {code: \"2120803\", amount: 40.00, reason: 追加城市道路改造项目}\n      - {code: \"2120899\", amount: 5.00}\n"
            + "      - {code: \"2120801\", amount: 1.00}\n");
    var findings = Example.analyse(yaml).findings().all();
    var unknown = findings.stream().filter(f -> f.id().equals("fund.unknown-code")).toList();
    assertEquals(1, unknown.size(), findings.toString());
    assertEquals("explanations.governmentFund.initialBudget[2].code", unknown.get(0).location().path());
    assertTrue(unknown.get(0).location().line() > 0);
    assertEquals(1, findings.stream().filter(f -> f.id().equals("fund.duplicate-code")).count());
  }

  @Test
  void aFundBudgetMissedWithoutAReasonIsAWarningAndAtItsBudgetNeedsNone() {
    String yaml = FundedExample.yaml().replace("{code: \"2120803\", amount: 40.00, reason: 追加城市道路改造项目}",
        "{code: \"2120803\", amount: 40.00}").replace("{code: \"2120801\", amount: 100.00, reason: 部分拆迁补偿款尚未结算, "
        + "uses: 城区棚户区改造征地拆迁补偿}", "{code: \"2120801\", amount: 95.00}");
    var missing = Example.analyse(yaml).findings().all().stream().filter(f -> f.id().equals("fund.reason-missing")).toList();
    assertEquals(1, missing.size(), missing.toString());
    assertEquals("explanations.governmentFund.initialBudget[1].reason", missing.get(0).location().path());
    assertEquals(cn.juesuan.disclosure.diag.Severity.WARNING, missing.get(0).severity());
  }

  @Test
  void emptyFundTables() {
    assertFalse(EXAMPLE.governmentFund().present());
    assertEquals(List.of(), EXAMPLE.governmentFund().items());
    assertFalse(EXAMPLE.stateCapital().present());
    assertTrue(EXAMPLE.stateCapital().expenditure().isZero());
  }

  @Test
  void balancesByKind() {
    BalanceFigures b = F.balances();
    assertEquals("25.30", b.opening().toString());
    assertEquals("12.10", b.closing().toString());
    assertEquals(Direction.DECREASE, b.change().direction());
    assertEquals("13.20", b.change().amount().toString());
    assertEquals("52.17", text(b.change().percent()), "13.20 / 25.30 = 52.174");
    assertEquals("18.20", b.fiscalOpening().total().toString());
    assertEquals("18.20", b.fiscalOpening().generalBudget().toString());
    assertEquals("generalBudget 18.20 100.00", b.fiscalOpening().shares().stream()
        .map(s -> s.key() + " " + s.amount() + " " + s.percent()).collect(Collectors.joining("|")));
    assertEquals("9.60", b.fiscalClosing().total().toString());
    assertEquals("47.25", text(b.fiscalChange().percent()), "8.60 / 18.20 = 47.253");
    assertEquals("7.10", b.nonFiscalOpening().toString(), "25.30 − 18.20");
    assertEquals("2.50", b.nonFiscalClosing().toString(), "12.10 − 9.60");
  }

  @Test
  void balancesAllZeroAndContradictory() {
    BalanceFigures b = EXAMPLE.balances();
    assertTrue(b.change().isFlat());
    assertNull(b.change().percent(), "no percentage of a zero opening balance");
    assertEquals(List.of(), b.fiscalOpening().shares());
    assertEquals("0.00", b.nonFiscalOpening().toString());
    // 公开04's 财政拨款 part above 公开01's whole: no 非财政拨款 figure to print
    String yaml = Example.mutated("opening: 0.00 ", "opening: 5.00 ");
    assertNull(Example.analyse(yaml).figures().balances().nonFiscalOpening());
  }

  @Test
  void projectShares() {
    ProjectFigures p = F.projects();
    assertEquals("17.66", p.total().toString());
    assertEquals("201 一般公共服务支出 17.66 100.00", p.byClass().stream()
        .map(s -> s.key() + " " + s.name() + " " + s.amount() + " " + s.percent()).collect(Collectors.joining("|")));
    assertEquals("17.66", p.generalBudget().toString());
    assertEquals("3.69", text(p.generalBudgetShare()), "17.66 / 478.11 = 3.6937");
    assertEquals(1, p.generalBudgetByClass().size());
    assertEquals("84.94", text(p.selfEvaluatedGeneral()), "15.00 / 17.66 = 84.937");
    assertEquals("50.00", text(p.selfEvaluatedGovFund()), "70.00 / 140.00");
    assertEquals("0.00", text(p.selfEvaluatedStateCapital()), "0 of 50.00");
    assertNull(EXAMPLE.projects().selfEvaluatedGovFund(), "no 政府性基金 project spending: not applicable");
  }

  @Test
  void procurementShares() {
    // 上海市普陀区规划和自然资源局 2024: 2319.21 = 122.43 + 1387.72 + 809.07, 中小企业 225.10
    assertEquals("5.28", text(F.procurementShares().goods()), "122.43 / 2319.21 = 5.2790");
    assertEquals("59.84", text(F.procurementShares().works()), "1387.72 / 2319.21 = 59.8358");
    assertEquals("34.89", text(F.procurementShares().services()), "809.07 / 2319.21 = 34.8856");
    assertEquals("9.71", text(F.procurement().smallBusinessShare()), "225.10 / 2319.21 = 9.7059");
    assertNull(EXAMPLE.procurementShares().goods(), "no procurement: not applicable");
    assertNull(EXAMPLE.procurement().smallBusinessShare());
  }
}
