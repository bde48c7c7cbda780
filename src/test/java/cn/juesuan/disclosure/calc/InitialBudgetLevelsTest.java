package cn.juesuan.disclosure.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.diag.Finding;
import cn.juesuan.disclosure.diag.Severity;
import cn.juesuan.disclosure.pipeline.Pipeline;
import cn.juesuan.disclosure.testing.Example;
import cn.juesuan.disclosure.testing.Variants;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 五(三) 年初预算 given per 类, 款 or 项, each computed against its own 科目 of 公开05, on the
 * example's real 决算: 208 given by its 款 20805, 210 by its three 项.
 */
class InitialBudgetLevelsTest {
  private static final String BY_CLASS = String.join("\n",
      "      - {code: \"208\", amount: 14.86, reason: 人员变动，2 人调出}",
      "      # printed 96.04%; 7.54/7.85 computes 96.05% (the source worked in 元)",
      "      - {code: \"210\", amount: 7.85, reason: 人员变动，2 人调出, pinnedRate: 96.04}");
  private static final String BY_SECTION_AND_ITEM = String.join("\n",
      "      - {code: \"20805\", amount: 14.86, reason: 人员变动，2 人调出}",
      "      - {code: \"2101101\", amount: 6.30, reason: 缴费基数下调}",
      "      - {code: \"2101103\", amount: 1.34}",
      "      - {code: \"2101199\", amount: 0.21, reason: 人员变动，2 人调出}");

  static String byLevels(String extra) {
    return Variants.replace(Example.text(), BY_CLASS, BY_SECTION_AND_ITEM + extra);
  }

  private static final Pipeline.Analysis LEVELS = Variants.analyse(byLevels(""));

  @Test
  void eachEntryAgainstItsOwnRowOfGk05() {
    Figures.GeneralBudget gb = LEVELS.figures().generalBudget();
    assertEquals(List.of("201 1 68.77 LESS", "20805 2 99.46 LESS", "2101101 3 95.56 LESS", "2101103 3 100.00 EQUAL",
            "2101199 3 85.71 LESS"),
        gb.entries().stream().map(e -> e.code() + " " + e.level() + " " + e.execution().rate() + " "
            + e.execution().relation()).toList());
    // 6.02 / 6.30 = 95.555…%; 0.18 / 0.21 = 85.714…%; the 决算 are 公开05's 项 rows
    BudgetEntry item = gb.entries().get(2);
    assertEquals("6.30", item.execution().budget().toString());
    assertEquals("6.02", item.execution().actual().toString());
    assertEquals(List.of("卫生健康支出", "行政事业单位医疗", "行政单位医疗"), item.names());
    assertEquals("行政单位医疗", item.name());
    assertEquals(List.of("社会保障和就业支出", "行政事业单位养老支出"), gb.entries().get(1).names());
    // Σ = 662.77 + 14.86 + 6.30 + 1.34 + 0.21 = 685.48: the total is unchanged
    assertEquals("685.48", gb.execution().budget().toString());
    assertEquals("69.75", gb.execution().rate().toString());
  }

  @Test
  void aFullyCoveredBreakdownRaisesNothingAndEqualNeedsNoReason() {
    assertEquals(0, LEVELS.findings().count(Severity.ERROR), LEVELS.findings().all().toString());
    List<String> warnings = LEVELS.findings().of(Severity.WARNING).stream().map(Finding::id).toList();
    assertEquals(List.of("X1", "X2", "A4"), warnings, "no N8, no reason.missing for 2101103 (决算 = 预算)");
    assertTrue(LEVELS.findings().of(Severity.PIN).isEmpty(), "the 类 pin went with the 类 entry");
  }

  @Test
  void theNarrativeNamesTheLevels() {
    String text = Variants.narrative(LEVELS);
    for (String line : List.of(
        "2．社会保障和就业支出（类）行政事业单位养老支出（款）年初预算数为 14.86 万元,支出决算为 14.78 万元,完成年初预算的 99.46%,决算数小于预算数的主要原因是人员变动，2 人调出。",
        "3．卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）年初预算数为 6.30 万元,支出决算为 6.02 万元,完成年初预算的 95.56%,决算数小于预算数的主要原因是缴费基数下调。",
        "4．卫生健康支出（类）行政事业单位医疗（款）公务员医疗补助（项）年初预算数为 1.34 万元,支出决算为 1.34 万元,完成年初预算的 100.00%。",
        "1．一般公共服务支出年初预算数为 662.77 万元,支出决算为 455.79 万元,完成年初预算的 68.77%,决算数小于预算数的主要原因是落实过紧日子要求压减工会经费支出。")) {
      assertTrue(text.contains("\n" + line + "\n"), () -> "expected " + line + " in\n" + text);
    }
    String five = text.substring(text.indexOf("五、一般公共预算"), text.indexOf("六、一般公共预算"));
    assertFalse(five.contains("等于预算数的主要原因"), five);
  }

  @Test
  void aPinnedRateWorksAtItemLevel() {
    Pipeline.Analysis a = Variants.analyse(Variants.replace(byLevels(""),
        "{code: \"2101199\", amount: 0.21, reason: 人员变动，2 人调出}",
        "{code: \"2101199\", amount: 0.21, reason: 人员变动，2 人调出, pinnedRate: 85.70}"));
    Execution e = a.figures().generalBudget().entries().get(4).execution();
    assertEquals("85.70", e.rate().toString());
    assertEquals("85.71", e.computedRate().toString());
    Finding pin = a.findings().of(Severity.PIN).get(0);
    assertTrue(pin.zh().startsWith("其他行政事业单位医疗支出 完成年初预算的比例：计算值 85.71%"), pin.zh());
    assertEquals("explanations.generalBudget.initialBudget[4].pinnedRate", pin.location().path());
  }

  @Test
  void thePrintedTotalIsUsedAndCheckedWithTheRoundingTolerance() {
    // 5 entries sum to 685.48; the department prints 685.47 (its 元 total rounded on its own)
    Pipeline.Analysis a = Variants.analyse(Variants.replace(byLevels(""), "    initialBudget:          # 年初预算 by 类, 五(三)\n",
        "    initialBudgetTotal: 685.47\n    initialBudget:          # 年初预算 by 类, 五(三)\n"));
    Execution total = a.figures().generalBudget().execution();
    assertEquals("685.47", total.budget().toString());
    // 478.11 / 685.47 = 69.7493…%
    assertEquals(Rounding.percent(new BigDecimal("478.11"), new BigDecimal("685.47")), total.rate().value());
    assertEquals("69.75", total.rate().toString());
    Finding b1 = a.findings().all().stream().filter(f -> f.id().equals("B1")).findFirst().orElseThrow();
    assertEquals(Severity.NOTE, b1.severity(), b1.render());
    assertTrue(b1.zh().contains("685.48") && b1.zh().contains("685.47") && b1.zh().contains("容差 0.05"), b1.zh());
    assertEquals("explanations.generalBudget.initialBudgetTotal", b1.location().path());
    assertTrue(Variants.narrative(a).contains("年初预算为 685.47 万元,支出决算为 478.11 万元,完成年初预算的 69.75%。其中："));
    // A1 compares 附件2 with the printed total: 685.4776 万元 = 685.48 vs 685.47, within tolerance
    assertFalse(a.findings().all().stream().anyMatch(f -> f.id().equals("A1")));
  }

  @Test
  void aPrintedTotalBeyondTheToleranceIsAnError() {
    Pipeline.Analysis a = Variants.analyse(Variants.replace(byLevels(""), "    initialBudget:          # 年初预算 by 类, 五(三)\n",
        "    initialBudgetTotal: 685.58\n    initialBudget:          # 年初预算 by 类, 五(三)\n"));
    Finding b1 = a.findings().all().stream().filter(f -> f.id().equals("B1")).findFirst().orElseThrow();
    assertEquals(Severity.ERROR, b1.severity(), b1.render());
    assertTrue(b1.zh().contains("差 0.10"), b1.zh());
  }

  @Test
  void exactTotalSaysNothing() {
    Pipeline.Analysis a = Variants.analyse(Variants.replace(Example.text(), "    initialBudget:          # 年初预算 by 类, 五(三)\n",
        "    initialBudgetTotal: 685.48\n    initialBudget:          # 年初预算 by 类, 五(三)\n"));
    assertFalse(a.findings().all().stream().anyMatch(f -> f.id().equals("B1")));
    assertEquals("69.75", a.figures().generalBudget().execution().rate().toString());
  }

  @Test
  void aGapWithoutReasonIsWarnedAtItsEntry() {
    Pipeline.Analysis a = Variants.analyse(Variants.replace(byLevels(""), "{code: \"2101101\", amount: 6.30, reason: 缴费基数下调}",
        "{code: \"2101101\", amount: 6.30}"));
    Finding f = a.findings().all().stream().filter(x -> x.id().equals("reason.missing")).findFirst().orElseThrow();
    assertEquals("explanations.generalBudget.initialBudget[2]", f.location().path());
    assertTrue(f.zh().contains("行政单位医疗决算数小于年初预算数"), f.zh());
    assertTrue(Variants.narrative(a).contains("完成年初预算的 95.56%。\n"));
  }

  @Test
  void aClassGivenByOneItemLeavesTheOthersUncovered() {
    Pipeline.Analysis a = Variants.analyse(Variants.replace(byLevels(""), "\n      - {code: \"2101103\", amount: 1.34}", ""));
    List<Finding> n8 = a.findings().all().stream().filter(f -> f.id().equals("N8")).toList();
    assertEquals(1, n8.size(), n8.toString());
    assertTrue(n8.get(0).zh().startsWith("公开05 项 2101103 有支出 1.34 万元"), n8.get(0).zh());
  }
}
