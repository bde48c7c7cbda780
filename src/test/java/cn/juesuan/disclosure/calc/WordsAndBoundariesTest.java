package cn.juesuan.disclosure.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.diag.Finding;
import cn.juesuan.disclosure.diag.Findings;
import cn.juesuan.disclosure.diag.Severity;
import cn.juesuan.disclosure.load.DisclosureLoader;
import cn.juesuan.disclosure.model.Disclosure;
import cn.juesuan.disclosure.testing.Example;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The words the narrative prints and the boundaries that choose them, on real amounts. */
class WordsAndBoundariesTest {

  private static BigDecimal n(String v) {
    return new BigDecimal(v);
  }

  @Test
  void aPercentageIsRoundedOnceFromTheExactQuotient() {
    // 152407406.02 of 1234567890.00 is 12.3449999999596…%: 12.34, not 12.35 (a quotient rounded
    // first to ten places reads 12.3450000000 and then rounds up)
    assertEquals(n("12.34"), Rounding.percent(n("152407406.02"), n("1234567890.00")));
    // a true half rounds up: 24.69 of 200.00 is 12.345%
    assertEquals(n("12.35"), Rounding.percent(n("24.69"), n("200.00")));
    assertEquals(n("0.01"), Rounding.percent(n("0.01"), n("200.00")));
    assertNull(Rounding.percent(n("0.01"), n("0.00")));
  }

  @Test
  void relationWordsFollowActualAgainstBudget() {
    // 公开09 of 临夏市卫生健康局: 公务接待 11.26 of 14.00, 运行维护 36.84 of 35.00, 购置 28.50 of 28.50
    assertEquals(Relation.LESS, Relation.of(n("11.26"), n("14.00")));
    assertEquals(Relation.GREATER, Relation.of(n("36.84"), n("35.00")));
    assertEquals(Relation.EQUAL, Relation.of(n("28.50"), n("28.5")));
    // one cent either way decides
    assertEquals(Relation.GREATER, Relation.of(n("14.01"), n("14.00")));
    assertEquals(Relation.LESS, Relation.of(n("13.99"), n("14.00")));
    assertEquals("大于", Relation.GREATER.word);
    assertEquals("小于", Relation.LESS.word);
    assertEquals("等于", Relation.EQUAL.word);
    assertEquals("大于", Relation.GREATER.getWord());
    assertEquals("小于", Relation.LESS.getWord());
    assertEquals("等于", Relation.EQUAL.getWord());
  }

  @Test
  void directionWordsFollowTheSignOfTheChange() {
    assertEquals("增加", Direction.INCREASE.getVerb());
    assertEquals("增长", Direction.INCREASE.getTrend());
    assertEquals("减少", Direction.DECREASE.getVerb());
    assertEquals("下降", Direction.DECREASE.getTrend());
    assertEquals("持平", Direction.FLAT.getVerb());
    assertEquals("持平", Direction.FLAT.getTrend());
    // 培训费 18.65 both years: 持平, not "增加 0.00 万元"
    Change flat = Change.between(n("18.65"), n("18.65"));
    assertEquals(Direction.FLAT, flat.direction());
    assertTrue(flat.isFlat());
    assertEquals(Direction.INCREASE, Change.between(n("18.66"), n("18.65")).direction());
    assertEquals(Direction.DECREASE, Change.between(n("18.64"), n("18.65")).direction());
    assertFalse(Change.between(n("18.66"), n("18.65")).isFlat());
    assertFalse(Change.between(n("18.64"), n("18.65")).isFlat());
    assertEquals("0.01", Change.between(n("18.64"), n("18.65")).amount().toString());
    // a blank current or last year counts as zero
    assertEquals("5.00", Change.between(null, n("5.00")).amount().toString());
    assertEquals(Direction.DECREASE, Change.between(null, n("5.00")).direction());
    assertNull(Change.between(n("5.00"), null).percent());
  }

  @Test
  void moneyIsZeroOnlyForZero() {
    assertTrue(Money.of(null).isZero());
    assertTrue(Money.of(n("0.00")).isZero());
    assertFalse(Money.of(n("4386.52")).isZero());
    assertFalse(Money.of(n("0.01")).isZero());
    assertEquals("0.00", Money.of(null).toString());
  }

  @Test
  void gradeBoundariesAreInclusive() {
    // 财政部: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差
    assertEquals("优", SelfAssessmentCalculator.grade(n("90")));
    assertEquals("优", SelfAssessmentCalculator.grade(n("90.00")));
    assertEquals("良", SelfAssessmentCalculator.grade(n("89.99")));
    assertEquals("良", SelfAssessmentCalculator.grade(n("80.00")));
    assertEquals("中", SelfAssessmentCalculator.grade(n("79.99")));
    assertEquals("中", SelfAssessmentCalculator.grade(n("60.00")));
    assertEquals("差", SelfAssessmentCalculator.grade(n("59.99")));
    assertEquals("优", SelfAssessmentCalculator.grade(n("98.19")));
  }

  @Test
  void sharesPercentsAndFormats() {
    Share s = Share.of("smallBusiness", null, n("3618.24"), n("4386.52"));
    assertEquals("3618.24 82.49", s.amount() + " " + s.percent());
    Share none = Share.of("x", "名", null, n("10.00"));
    assertEquals("0.00 0.00 名", none.amount() + " " + none.percent() + " " + none.name());
    assertNull(Share.of("x", null, n("1.00"), BigDecimal.ZERO).percent());
    assertEquals("6854776", Format.asWritten(n("6854776")));
    assertEquals("4787873.97", Format.asWritten(n("4787873.97")));
    assertEquals("", Format.asWritten(null));
    assertEquals("", Format.money(null));
    assertEquals("", Format.plain(null));
    assertEquals("12.35", Rounding.cents(n("12.345")).toPlainString());
    assertEquals("12.34", Rounding.truncate(n("12.349")).toPlainString());
    assertEquals(0, Rounding.truncatedPercent(n("5"), BigDecimal.ZERO).signum());
  }

  /** The example with its 附件2 indicators rewritten: each comparison of a target, on real values. */
  @Test
  void quantitativeIndicatorsOfEveryComparison() {
    String yaml = Example.text()
        .replace("name: 基本支出预算执行率, target: \"=100%\", actual: \"100\"", "name: 基本支出预算执行率, target: \"=100%\", actual: \"99.88\"")
        .replace("name: 项目支出预算执行率, target: \"<=100%\", actual: \"100\"", "name: 项目支出预算执行率, target: \"<=100%\", actual: \"104.6\"")
        .replace("name: 在职人员控制率, target: \"<=100%\", actual: \"99\"", "name: 在职人员控制率, target: \"≤100%\", actual: \"100\"")
        .replace("name: 落实“四送”, target: \">=100%\", actual: \"100\"", "name: 落实“四送”, target: \">=100%\", actual: \"86.42\"")
        .replace("name: 满意度, target: \">=100%\", actual: \"100\"", "name: 满意度, target: \"≥90%\", actual: \"91%\"")
        .replace("name: 部门工作任务, target: \">=100%\", actual: \"100\"", "name: 部门工作任务, target: \"100\", actual: \"101\"")
        .replace("name: 基层职工满意度, target: \">=100%\", actual: \"100\"", "name: 基层职工满意度, target: \">90%\", actual: \"0\"")
        .replace("name: 资金支付及时率, target: \">=100%\", actual: \"100\"", "name: 资金支付及时率, target: \"<5\", actual: \"0\"");
    Findings findings = new Findings();
    SelfAssessmentFigures sa = Calculator.calculate(load(yaml), findings).selfAssessment();
    List<String> lines = sa.indicators().stream().map(l -> l.rateText() + " " + l.scoreText()).toList();
    assertEquals("99.88% 2", lines.get(0), "=: the smaller over the larger, 2 × 0.9988 = 2.00");
    assertEquals("95.60% 1.91", lines.get(1), "<=: over the target, target / actual");
    assertEquals("100.00% 2", lines.get(7), "≤ met");
    assertEquals("86.42% 8.64", lines.get(10), ">=: short of the target, actual / target");
    assertEquals("100.00% 10", lines.get(12), "≥ met, a % sign in the actual value");
    assertEquals("99.01% 9.9", lines.get(13), "a bare target means =: 100 / 101");
    assertEquals("0.00% 0", lines.get(15), "nothing done of a > target");
    assertEquals("100.00% 3.33", lines.get(16), "< met at zero");
    assertEquals(0, findings.count(Severity.ERROR));
  }

  @Test
  void aQuantitativeIndicatorWithoutNumbersIsAnErrorNotAGuess() {
    String yaml = Example.text().replace("name: 满意度, target: \">=100%\", actual: \"100\"",
        "name: 满意度, target: \">=100%\", actual: \"较好\"");
    Findings findings = new Findings();
    SelfAssessmentFigures sa = Calculator.calculate(load(yaml), findings).selfAssessment();
    List<Finding> errors = findings.of(Severity.ERROR);
    assertEquals(1, errors.size());
    assertEquals("calc.indicator", errors.get(0).id());
    assertEquals("selfAssessment.indicators[12]", errors.get(0).location().path());
    assertEquals("0", sa.indicators().get(12).scoreText());
    assertEquals("", sa.indicators().get(12).rateText());
  }

  @Test
  void aPinEqualToTheComputedValueIsReportedAsRedundant() {
    // 社会保障和就业支出 14.78 / 14.86 = 99.46%: pinning 99.46 pins nothing
    String yaml = Example.text().replace("{code: \"208\", amount: 14.86, reason: 人员变动，2 人调出}",
        "{code: \"208\", amount: 14.86, reason: 人员变动，2 人调出, pinnedRate: 99.46}");
    Findings findings = new Findings();
    Figures f = Calculator.calculate(load(yaml), findings);
    assertEquals("99.46", f.generalBudget().byClass().get(1).rate().toString());
    List<Finding> warnings = findings.of(Severity.WARNING);
    assertEquals(List.of("pin.execution-rate.redundant"), warnings.stream().map(Finding::id).toList());
    assertTrue(warnings.get(0).zh().contains("99.46%"), warnings.get(0).zh());
    assertEquals(1, findings.count(Severity.PIN), "the 卫生健康支出 pin stays");
  }

  @Test
  void aPinWhereNothingCanBeComputedSaysSo() {
    // a 年初预算 of 0 has no 完成率; a pinned one is reported as not computable
    String yaml = Example.text().replace("{code: \"210\", amount: 7.85, reason: 人员变动，2 人调出, pinnedRate: 96.04}",
        "{code: \"210\", amount: 0, reason: 人员变动，2 人调出, pinnedRate: 96.04}");
    Findings findings = new Findings();
    Figures f = Calculator.calculate(load(yaml), findings);
    Finding pin = findings.of(Severity.PIN).get(0);
    assertTrue(pin.zh().contains("无法计算") && pin.zh().contains("96.04%"), pin.zh());
    assertTrue(pin.en().contains("not computable"), pin.en());
    assertNull(f.generalBudget().byClass().get(2).computedRate());
    assertEquals("96.04", f.generalBudget().byClass().get(2).rate().toString());
    assertTrue(f.generalBudget().byClass().get(2).pinned());
  }

  @Test
  void aClassWithoutSpendingOrNameStillGetsAFigure() {
    // 年初预算 of a class that 公开05 does not print: 决算 0.00, 完成 0.00%, 小于
    String yaml = Example.text().replace("{code: \"208\", amount: 14.86, reason: 人员变动，2 人调出}",
        "{code: \"211\", amount: 14.86, reason: 人员变动，2 人调出}");
    Execution e = Calculator.calculate(load(yaml), new Findings()).generalBudget().byClass().get(1);
    assertEquals("211 节能环保支出 14.86 0.00 0.00 小于", e.key() + " " + e.name() + " " + e.budget() + " " + e.actual() + " "
        + e.rate() + " " + e.relation().word);
  }

  private static Disclosure load(String yaml) {
    DisclosureLoader.Result r = DisclosureLoader.load(yaml.getBytes(StandardCharsets.UTF_8), "edited.yaml");
    assertTrue(r.disclosure() != null, () -> r.findings().all().toString());
    return r.disclosure();
  }
}
