package cn.juesuan.disclosure.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.diag.Findings;
import cn.juesuan.disclosure.load.DisclosureLoader;
import cn.juesuan.disclosure.model.Disclosure;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every derived figure of the second bundled dataset (临夏市卫生健康局 2024), in which every
 * section has data: 大于, 小于 and 等于 against budget, 增加, 减少 and 持平 against last year, shares
 * of 政府采购 and 第四部分, unmet 绩效 indicators. Expected values worked out by hand from the YAML.
 */
class SecondDatasetFiguresTest {
  static final Path FILE = Path.of("data/linxia-weijian-2024.yaml");
  private static final Disclosure MODEL = DisclosureLoader.load(FILE).disclosure();

  // computed per test: a mutation tester swaps calculator code between tests
  private final Figures f = Calculator.calculate(MODEL, new Findings());

  private static String change(Change c) {
    return c.current() + " " + c.direction().verb + " " + c.amount() + " " + c.direction().trend + " "
        + (c.percent() == null ? "-" : c.percent().toString());
  }

  private static String shares(List<Share> shares) {
    return shares.stream().map(s -> (s.name() == null ? s.key() : s.name()) + " " + s.amount() + " " + s.percent())
        .collect(Collectors.joining("|"));
  }

  @Test
  void overallIncomeAndExpenditure() {
    assertEquals("66299.15 增加 4456.79 增长 7.21", change(f.overall()));
    assertEquals("62137.45", f.incomeTotal().toString());
    assertEquals("fiscalGrant 27272.07 43.89|serviceRevenue 34253.00 55.12|otherRevenue 612.38 0.99", shares(f.incomeSources()));
    assertEquals("61638.87", f.expenditureTotal().toString());
    assertEquals("basic 50361.92 81.70|project 11276.95 18.30", shares(f.expenditureKinds()));
    assertEquals("28588.61 减少 427.21 下降 1.47", change(f.fiscalOverall()));
  }

  @Test
  void generalBudgetStructureAndExecutionInEveryDirection() {
    Figures.GeneralBudget gb = f.generalBudget();
    assertEquals("26521.31", gb.total().toString());
    assertEquals("26521.31 增加 1152.57 增长 4.54", change(gb.change()));
    assertEquals("教育支出 86.40 0.33|社会保障和就业支出 4341.20 16.37|卫生健康支出 20624.19 77.76|住房保障支出 1469.52 5.54",
        shares(gb.structure()));
    Execution all = gb.execution();
    assertEquals("25137.68 26521.31 105.50 大于", all.budget() + " " + all.actual() + " " + all.rate() + " " + all.relation().word);
    // by 类, by 款 (卫生健康支出) and by 项 (公共卫生): reasons of opposite direction stay apart
    assertEquals(List.of("205 86.40 86.40 100.00 等于", "208 4398.60 4341.20 98.70 小于",
            "21001 880.00 857.67 97.46 小于", "21002 8650.00 9573.17 110.67 大于", "21003 2960.00 3000.97 101.38 大于",
            "2100401 1080.00 1076.02 99.63 小于", "2100402 390.68 390.68 100.00 等于", "2100403 110.00 124.36 113.05 大于",
            "2100408 1820.00 2186.44 120.13 大于", "2100409 380.00 412.78 108.63 大于", "2100410 260.00 186.20 71.62 小于",
            "2100499 0.00 95.60 - 大于", "21007 1180.00 1140.81 96.68 小于", "21011 1240.00 1259.49 101.57 大于",
            "21099 300.00 320.00 106.67 大于", "221 1402.00 1469.52 104.82 大于"),
        gb.byClass().stream().map(e -> e.key() + " " + e.budget() + " " + e.actual() + " "
            + (e.rate() == null ? "-" : e.rate().toString()) + " " + e.relation().getWord()).toList());
    assertEquals("教育支出", gb.byClass().get(0).name());
    assertFalse(gb.byClass().get(0).pinned());
    assertTrue(gb.byClass().get(1).reason().startsWith("部分人员退休后"));
  }

  @Test
  void basicExpenditureAndFunds() {
    assertEquals("17110.16", f.basic().total().toString());
    assertEquals("15453.56 增加 467.34 增长 3.12", change(f.basic().personnel()));
    assertEquals("1656.60 减少 55.75 下降 3.26", change(f.basic().publicCost()));
    assertTrue(f.hasGovernmentFund());
    assertEquals("265.00 249.50", f.governmentFundIncome() + " " + f.governmentFundExpenditure());
    assertTrue(f.hasStateCapital());
    assertEquals("260.00", f.stateCapitalExpenditure().toString());
  }

  @Test
  void threePublicItemsAgainstBudgetAndLastYear() {
    assertEquals(List.of(
            "total 85.50 83.40 小于 83.40 增加 12.02 增长 16.84",
            "abroad 8.00 6.80 小于 6.80 增加 6.80 增长 -",
            "vehicle 63.50 65.34 大于 65.34 增加 6.44 增长 10.93",
            "vehiclePurchase 28.50 28.50 等于 28.50 增加 2.70 增长 10.47",
            "vehicleOperation 35.00 36.84 大于 36.84 增加 3.74 增长 11.30",
            "reception 14.00 11.26 小于 11.26 减少 1.22 下降 9.78"),
        f.threePublic().entrySet().stream().map(e -> e.getKey() + " " + e.getValue().budget() + " " + e.getValue().actual()
            + " " + e.getValue().relation().word + " " + change(e.getValue().change())).toList());
  }

  @Test
  void operatingCostWithAFlatTrainingCost() {
    assertEquals("286.45 减少 14.75 下降 4.90", change(f.operating().cost()));
    assertEquals("12.40 减少 3.40 下降 21.52", change(f.operating().meeting()));
    Change training = f.operating().training();
    assertTrue(training.isFlat());
    assertEquals("18.65 持平 0.00 持平 0.00", change(training));
    assertFalse(f.operating().meeting().isFlat());
  }

  @Test
  void procurementAssetsAndPerformanceShares() {
    Figures.Procurement p = f.procurement();
    assertFalse(p.total().isZero());
    assertEquals("4386.52 3126.40 812.36 447.76 3618.24 82.49",
        p.total() + " " + p.goods() + " " + p.works() + " " + p.services() + " " + p.smallBusiness() + " " + p.smallBusinessShare());
    assertEquals(21, f.vehicleCount());
    // 8906.42 / 9411.15 = 94.64%; 政府性基金 and 国有资本 evaluated in full
    assertEquals(new Figures.PerformanceShares("94.64", "100", "100"), f.performance());
  }

  @Test
  void selfAssessmentWithUnmetIndicators() {
    SelfAssessmentFigures sa = f.selfAssessment();
    assertEquals(List.of("total 98.33 9.83", "basic 99.87 9.98", "personnel 99.87 9.98", "public 99.87 9.98",
            "project 96.07 9.6", "general 95.5 9.55", "key 97.04 9.7"),
        sa.funds().stream().map(l -> l.key() + " " + l.rateText() + " " + l.scoreText()).toList());
    assertEquals(List.of("99.88% 2", "96.02% 1.92", "100.00% 2", "95.60% 1.91", "90 1.8", "100 2", "100 2", "100.00% 2",
            "90 1.8", "80 1.6", "100.00% 8", "95.43% 7.63", "100.00% 8", "100.00% 8", "100.00% 6", "100.00% 6",
            "100.00% 6", "97.00% 9.7", "100.00% 4", "100.00% 3", "100 3"),
        sa.indicators().stream().map(l -> l.rateText() + " " + l.scoreText()).toList());
    // 88.36 (indicators) + 9.833 (unrounded fund score) = 98.193 → 98.19
    assertEquals("98.19", sa.totalScoreText());
    assertEquals("100", sa.maxScoreText());
    assertEquals("优", sa.grade());
    assertEquals("251376800", Format.asWritten(sa.funds().get(0).initial()));
    assertEquals("", Format.percent(null));
  }
}
