package cn.juesuan.disclosure.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.diag.Finding;
import cn.juesuan.disclosure.diag.Severity;
import cn.juesuan.disclosure.pipeline.Pipeline;
import cn.juesuan.disclosure.testing.Example;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every derived figure of the printed 2024 disclosure of 临夏市总工会, computed from the YAML. */
class CalculatorTest {
  // computed for each test, not once per class: a mutation tester swaps the calculator's code
  // between tests, and figures cached in a static field would hide the change
  private final Pipeline.Analysis EXAMPLE = Example.analysis();
  private final Figures F = EXAMPLE.figures();

  private static void assertChange(Change c, String current, Direction d, String amount, String percent) {
    assertEquals(current, c.current().toString());
    assertEquals(d, c.direction());
    assertEquals(amount, c.amount().toString());
    assertEquals(percent, c.percent() == null ? null : c.percent().toString());
  }

  @Test
  void overallChangeVsLastYear() {
    // 一: 收、支总计各减少 263.79 万元，下降 35.56%
    assertChange(F.overall(), "478.11", Direction.DECREASE, "263.79", "35.56");
    assertEquals("减少", F.overall().direction().verb);
    assertEquals("下降", F.overall().direction().trend);
  }

  @Test
  void incomeAndExpenditureShares() {
    // 二: 财政拨款收入 478.11 万元,占 100.00%
    assertEquals("478.11", F.incomeTotal().toString());
    assertEquals(List.of("fiscalGrant:478.11:100.00"), F.incomeSources().stream()
        .map(s -> s.key() + ":" + s.amount() + ":" + s.percent()).toList());
    // 三: 基本支出 460.45 万元,占 96.31%；项目支出 17.66 万元,占 3.69%
    assertEquals(List.of("basic:460.45:96.31", "project:17.66:3.69"), F.expenditureKinds().stream()
        .map(s -> s.key() + ":" + s.amount() + ":" + s.percent()).toList());
  }

  @Test
  void fiscalAndGeneralBudgetChanges() {
    assertChange(F.fiscalOverall(), "478.11", Direction.DECREASE, "263.79", "35.56");
    assertChange(F.generalBudget().change(), "478.11", Direction.DECREASE, "263.79", "35.56");
  }

  @Test
  void generalBudgetStructureByClass() {
    // 五(二): 一般公共服务支出 95.33%；社会保障和就业支出 3.09%；卫生健康支出 1.58%
    assertEquals("一般公共服务支出 455.79 95.33|社会保障和就业支出 14.78 3.09|卫生健康支出 7.54 1.58",
        F.generalBudget().structure().stream().map(s -> s.name() + " " + s.amount() + " " + s.percent())
            .collect(Collectors.joining("|")));
  }

  @Test
  void executionOfInitialBudget() {
    // 五(三): 年初预算 685.48, 决算 478.11, 完成 69.75%
    Execution total = F.generalBudget().execution();
    assertEquals("685.48", total.budget().toString());
    assertEquals("478.11", total.actual().toString());
    assertEquals("69.75", total.rate().toString());
    List<Execution> byClass = F.generalBudget().byClass();
    assertEquals("68.77", byClass.get(0).rate().toString());
    assertEquals("99.46", byClass.get(1).rate().toString());
    assertEquals(Relation.LESS, byClass.get(0).relation());
    assertEquals("小于", byClass.get(2).relation().word);
  }

  @Test
  void pinnedRateIsUsedAndReported() {
    // 卫生健康支出: 7.54 / 7.85 = 96.05%, printed 96.04%
    Execution health = F.generalBudget().byClass().get(2);
    assertEquals("96.04", health.rate().toString());
    assertEquals("96.05", health.computedRate().toString());
    assertTrue(health.pinned());
    List<Finding> pins = EXAMPLE.findings().of(Severity.PIN);
    assertEquals(1, pins.size());
    assertTrue(pins.get(0).zh().contains("96.05%") && pins.get(0).zh().contains("96.04%"), pins.get(0).zh());
    assertEquals(214, pins.get(0).location().line()); // the pinnedRate line of the example
  }

  @Test
  void personnelAndPublicCost() {
    // 六: 人员经费 减少 34.74 下降 21.61%；公用经费 减少 135.36 下降 28.81%
    assertEquals("460.45", F.basic().total().toString());
    assertChange(F.basic().personnel(), "126.04", Direction.DECREASE, "34.74", "21.61");
    assertChange(F.basic().publicCost(), "334.41", Direction.DECREASE, "135.36", "28.81");
  }

  @Test
  void operatingCostMeetingAndTraining() {
    // 十: 机关运行经费 减少 135.36 下降 28.81%; 会议费, 培训费 0.00 持平
    assertChange(F.operating().cost(), "334.41", Direction.DECREASE, "135.36", "28.81");
    assertChange(F.operating().meeting(), "0.00", Direction.FLAT, "0.00", null);
    assertChange(F.operating().training(), "0.00", Direction.FLAT, "0.00", null);
  }

  @Test
  void threePublicAllZero() {
    for (String k : List.of("total", "abroad", "vehicle", "vehiclePurchase", "vehicleOperation", "reception")) {
      Figures.ThreePublicItem i = F.threePublic().get(k);
      assertEquals("0.00", i.budget().toString());
      assertEquals("0.00", i.actual().toString());
      assertEquals(Relation.EQUAL, i.relation());
      assertTrue(i.change().isFlat());
      assertNull(i.change().percent(), "no percentage of a zero base");
    }
  }

  @Test
  void emptyFundTablesProcurementAssetsAndPerformance() {
    assertFalse(F.hasGovernmentFund());
    assertFalse(F.hasStateCapital());
    assertTrue(F.procurement().total().isZero());
    assertEquals(0, F.vehicleCount());
    assertEquals(new Figures.PerformanceShares("0", "0", "0"), F.performance());
  }

  @Test
  void selfAssessmentFundRowsTruncate() {
    // 附件2: 执行率 truncated, printed without trailing zeros; 得分 = 执行率 × 10 / 100 truncated
    assertEquals(List.of("total 68.05 6.8", "basic 67.22 6.72", "personnel 93.82 9.38", "public 60.7 6.07",
            "project 100 10", "general 0 0", "key 100 10"),
        F.selfAssessment().funds().stream().map(l -> l.key() + " " + l.rateText() + " " + l.scoreText()).toList());
  }

  @Test
  void selfAssessmentIndicatorsAndTotal() {
    SelfAssessmentFigures sa = F.selfAssessment();
    assertEquals(19, sa.indicators().size());
    assertEquals("100.00%", sa.indicators().get(0).rateText());
    assertEquals("2", sa.indicators().get(0).scoreText());
    assertEquals("100", sa.indicators().get(4).rateText(), "qualitative: the assessor's rate");
    assertEquals("1.8", sa.indicators().get(4).scoreText());
    assertEquals("3.34", sa.indicators().get(18).scoreText());
    // 总分 = 89 (indicators) + 6.805 (unrounded fund score) = 95.805 → 95.81
    BigDecimal indicators = sa.indicators().stream().map(SelfAssessmentFigures.IndicatorLine::score)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(0, new BigDecimal("89.00").compareTo(indicators));
    assertEquals("95.81", sa.totalScoreText());
    assertEquals("100", sa.maxScoreText());
    assertEquals("优", sa.grade());
  }

  @Test
  void changeWordsFollowTheSign() {
    assertChange(Change.between(new BigDecimal("110.00"), new BigDecimal("100.00")), "110.00",
        Direction.INCREASE, "10.00", "10.00");
    assertEquals("增长", Change.between(BigDecimal.TEN, BigDecimal.ONE).direction().trend);
    assertChange(Change.between(new BigDecimal("5.00"), BigDecimal.ZERO), "5.00", Direction.INCREASE, "5.00", null);
  }

  @Test
  void roundingIsHalfUpAndTruncationIsDown() {
    assertEquals("96.05", Format.percent(Rounding.percent(new BigDecimal("7.54"), new BigDecimal("7.85"))));
    assertEquals("0.01", Format.percent(Rounding.percent(new BigDecimal("0.005"), new BigDecimal("100"))));
    assertEquals("67.22", Format.plain(Rounding.truncatedPercent(new BigDecimal("4611263.97"), new BigDecimal("6859108"))));
    assertNull(Rounding.percent(BigDecimal.ONE, BigDecimal.ZERO));
  }

  @Test
  void gradeBands() {
    assertEquals("良", SelfAssessmentCalculator.grade(new BigDecimal("89.99")));
    assertEquals("中", SelfAssessmentCalculator.grade(new BigDecimal("60")));
    assertEquals("差", SelfAssessmentCalculator.grade(new BigDecimal("59.99")));
  }

  @Test
  void oneAmountChangesEveryFigureThatDependsOnIt() {
    // 人员经费 126.04 → 130.04: the change vs last year follows (160.78 − 130.04 = 30.74, 19.12%)
    Figures f = Example.analyse(Example.mutated("personnelTotal: 126.04", "personnelTotal: 130.04")).figures();
    assertChange(f.basic().personnel(), "130.04", Direction.DECREASE, "30.74", "19.12");
  }
}
