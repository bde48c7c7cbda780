package cn.juesuan.disclosure.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.diag.Findings;
import cn.juesuan.disclosure.diag.Severity;
import cn.juesuan.disclosure.load.DisclosureLoader;
import cn.juesuan.disclosure.testing.Example;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The breakdowns of the health bureau (临夏市卫生健康局 2024): 结转和结余 by kind, 项目支出 shares,
 * 三公 rates and shares, 政府性基金 and 国有资本 by 科目 with and without their 年初预算. Expected
 * values worked out by hand from the YAML.
 */
class HealthBureauBreakdownTest {
  private static final Path FILE = SecondDatasetFiguresTest.FILE;

  private static Figures figures(String yaml) {
    DisclosureLoader.Result r = DisclosureLoader.load(yaml.getBytes(StandardCharsets.UTF_8), "edited.yaml");
    assertTrue(r.disclosure() != null, () -> r.findings().all().toString());
    Findings findings = new Findings();
    Figures f = Calculator.calculate(r.disclosure(), findings);
    assertEquals(0, findings.count(Severity.ERROR), findings.all().toString());
    return f;
  }

  private static String yaml() {
    try {
      return Files.readString(FILE, StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String shares(List<Share> shares) {
    return shares.stream().map(s -> s.key() + " " + s.amount() + " " + s.percent()).collect(Collectors.joining("|"));
  }

  private static String item(FundFigures.Item i) {
    return i.code() + " " + String.join("/", i.names()) + " " + i.opening() + " " + i.income() + " " + i.expenditure()
        + " " + i.closing() + " " + i.budget() + " " + i.rate() + " " + (i.relation() == null ? "-" : i.relation().word)
        + " " + i.reason() + " " + i.uses();
  }

  @Test
  void balancesByKind() {
    BalanceFigures b = figures(yaml()).balances();
    assertEquals("4161.70 4660.28 0.00 0.00", b.opening() + " " + b.closing() + " " + b.nonFiscalBalanceUsed() + " "
        + b.surplusDistribution());
    assertEquals("增加 498.58 11.98", b.change().direction().verb + " " + b.change().amount() + " " + b.change().percent());
    assertEquals("1316.54 1286.54 30.00 0.00", b.fiscalOpening().total() + " " + b.fiscalOpening().generalBudget() + " "
        + b.fiscalOpening().govFund() + " " + b.fiscalOpening().stateCapital());
    assertEquals("generalBudget 1286.54 97.72|govFund 30.00 2.28", shares(b.fiscalOpening().shares()));
    assertEquals("generalBudget 1512.30 97.08|govFund 45.50 2.92", shares(b.fiscalClosing().shares()));
    assertEquals("1557.80", b.fiscalClosing().total().toString());
    assertEquals("增加 241.26 18.33", b.fiscalChange().direction().verb + " " + b.fiscalChange().amount() + " "
        + b.fiscalChange().percent());
    assertEquals("2845.16 3102.48", b.nonFiscalOpening() + " " + b.nonFiscalClosing());
    // the example: no 结转 at all — the non-fiscal part is 0.00, not unknown
    BalanceFigures none = Calculator.calculate(Example.disclosure(), new Findings()).balances();
    assertEquals("0.00 0.00", none.nonFiscalOpening() + " " + none.nonFiscalClosing());
  }

  @Test
  void projectShares() {
    ProjectFigures p = figures(yaml()).projects();
    assertEquals("11276.95", p.total().toString());
    assertEquals("205 86.40 0.77|208 35.00 0.31|210 10646.05 94.41|223 260.00 2.31|229 249.50 2.21", shares(p.byClass()));
    assertEquals("9411.15 35.49", p.generalBudget() + " " + p.generalBudgetShare());
    assertEquals("205 86.40 0.92|208 35.00 0.37|210 9289.75 98.71", shares(p.generalBudgetByClass()));
    assertEquals("94.64 100.00 100.00", p.selfEvaluatedGeneral() + " " + p.selfEvaluatedGovFund() + " "
        + p.selfEvaluatedStateCapital());
  }

  @Test
  void threePublicRatesAndShares() {
    ThreePublicFigures t = figures(yaml()).threePublicRates();
    assertEquals(List.of("total 97.54 100.00", "abroad 85.00 8.15", "vehicle 102.90 78.35", "vehiclePurchase 100.00 34.17",
            "vehicleOperation 105.26 44.17", "reception 80.43 13.50"),
        t.items().entrySet().stream().map(e -> e.getKey() + " " + e.getValue().rate() + " " + e.getValue().share()).toList());
    assertEquals("61638.87 0.14", t.expenditureTotal() + " " + t.expenditureShare());
  }

  @Test
  void fundsBySubjectWithTheirBudgets() {
    Figures f = figures(yaml());
    FundFigures gf = f.governmentFund();
    assertTrue(gf.present());
    assertEquals("30.00 265.00 249.50 0.00 249.50 45.50", gf.opening() + " " + gf.income() + " " + gf.expenditure() + " "
        + gf.basic() + " " + gf.project() + " " + gf.closing());
    assertEquals(List.of(
            "2296013 其他支出/彩票公益金安排的支出/用于城乡医疗救助的彩票公益金支出 20.00 200.00 185.00 35.00 180.00 102.78 大于 "
                + "年中追加省级彩票公益金城乡医疗救助补助资金 城乡困难群众住院医疗费用救助",
            "2296099 其他支出/彩票公益金安排的支出/用于其他社会公益事业的彩票公益金支出 10.00 65.00 64.50 10.50 64.50 100.00 等于 "
                + "null 乡镇卫生院健康促进和公益宣传"),
        gf.items().stream().map(HealthBureauBreakdownTest::item).toList());
    assertEquals(List.of("2230199 国有资本经营预算支出/解决历史遗留问题及改革成本支出/其他解决历史遗留问题及改革成本支出 0.00 0.00 "
            + "260.00 0.00 260.00 100.00 等于 null 原企业职工医院移交市人民医院后的退休人员社会化管理补助"),
        f.stateCapital().items().stream().map(HealthBureauBreakdownTest::item).toList());
  }

  @Test
  void withoutBudgetsEveryLastLevelRowIsDescribed() {
    String text = yaml();
    int from = text.indexOf("  governmentFund:\n");
    int to = text.indexOf("  procurement:");
    FundFigures gf = figures(text.substring(0, from) + text.substring(to)).governmentFund();
    assertEquals(List.of("2296013 3 185.00", "2296099 3 64.50"),
        gf.items().stream().map(i -> i.code() + " " + i.level() + " " + i.expenditure()).toList());
    assertNull(gf.items().get(0).budget());
    assertNull(gf.items().get(0).rate());
    assertNull(gf.items().get(0).relation());
    assertEquals("用于城乡医疗救助的彩票公益金支出", gf.items().get(0).name());
  }
}
