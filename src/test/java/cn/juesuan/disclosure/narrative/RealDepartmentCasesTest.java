package cn.juesuan.disclosure.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.diag.Finding;
import cn.juesuan.disclosure.diag.Severity;
import cn.juesuan.disclosure.pipeline.Pipeline;
import cn.juesuan.disclosure.testing.Variants;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Situations of real departments that the two bundled ones do not show, each made from the
 * 卫生健康局 dataset by one edit: what the document says, and what validate reports.
 */
class RealDepartmentCasesTest {

  private static String health() throws IOException {
    return Files.readString(Path.of("data/linxia-weijian-2024.yaml"));
  }

  private static List<String> findings(Pipeline.Analysis a, String id) {
    return a.findings().all().stream().filter(f -> f.id().equals(id))
        .map(f -> f.severity() + " " + f.location().path()).toList();
  }

  private static String line(String narrative, String start) {
    return narrative.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow(() -> new AssertionError("no " + start));
  }

  @Test
  void aUnitWithoutLastYearsThreePublicFiguresGetsNoComparisonAndIsNotRefused() throws IOException {
    // a unit set up this year has no 上年 三公: the file loads, 九 compares with nothing
    String yaml = health();
    for (String previous : List.of("previous: 71.38", "previous: 0.00", "previous: 58.90", "previous: 25.80",
        "previous: 33.10", "previous: 12.48")) {
      yaml = Variants.withoutLines(yaml, previous);
    }
    Pipeline.Analysis a = Variants.analyse(yaml);
    String text = Variants.narrative(a);
    String total = line(text, "2024 年度“三公”经费支出");
    assertFalse(total.contains("较上年"), total);
    assertTrue(total.endsWith("从严控制。"), total);
    assertFalse(text.contains("较上年决算数增加 83.40"), "nothing is read as 0");
    // the change reasons given cannot be printed: said at each one
    assertEquals(6, findings(a, "R09").stream().filter(f -> f.endsWith(".changeReason")).count(), findings(a, "R09").toString());
  }

  @Test
  void aReasonOrUseTypedWithItsOwnFullStopIsNotClosedTwice() throws IOException {
    String yaml = Variants.replace(health(), "reason: 落实过紧日子要求，压减一般性支出和非急需设备购置",
        "reason: 落实过紧日子要求，压减一般性支出和非急需设备购置。");
    yaml = Variants.replace(yaml, "budgetReason: 严格执行公务接待标准，减少陪餐人数", "budgetReason: 严格执行公务接待标准，减少陪餐人数；");
    yaml = Variants.replace(yaml, "uses: 城乡困难群众住院医疗费用救助}", "uses: 城乡困难群众住院医疗费用救助。}");
    yaml = Variants.replace(yaml, "抚恤金、生活补助\n", "抚恤金、生活补助。\n");
    String text = Variants.narrative(Variants.analyse(yaml));
    for (String twice : List.of("。。", "；。", "；,", "。,")) {
      assertFalse(text.contains(twice), twice + " in:\n" + text);
    }
    assertTrue(text.contains("压减一般性支出和非急需设备购置。公用经费用途"), text);
    assertTrue(text.contains("减少陪餐人数,较上年决算数"), text);
  }

  @Test
  void aFlatFiscalTotalSaysWhatIsFlat() throws IOException {
    Pipeline.Analysis a = Variants.analyse(Variants.replace(health(), "previousTotal: 29015.82", "previousTotal: 28588.61"));
    assertTrue(Variants.narrative(a).contains("与上年相比,收、支总计持平。"), Variants.narrative(a));
  }

  @Test
  void anInitialBudgetOfZeroEverywhereIsAWarningAndPrintsNoRate() throws IOException {
    // every entry written 0 (a unit funded only during the year): stated, not missing
    String yaml = health().replaceAll("(- \\{code: \"\\d+\", amount: )\\d+\\.\\d\\d", "$100.00")
        .replace("initialBudgetTotal: 25137.68", "initialBudgetTotal: 0.00");
    Pipeline.Analysis a = Variants.analyse(yaml);
    assertEquals(List.of("WARNING explanations.generalBudget.initialBudget"), findings(a, "N9"));
    String text = Variants.narrative(a);
    assertTrue(text.contains("年初预算为 0.00 万元,支出决算为 26521.31 万元。"), text);
    assertFalse(text.contains("完成年初预算的"), "no rate of a budget of 0");
  }

  @Test
  void noInitialBudgetAtAllWhileSpendingIsAnError() throws IOException {
    String yaml = health().replaceAll("(?m)^      - \\{code: \"\\d+\", amount: [^\\n]*\\n", "")
        .replace("    initialBudget:\n", "    initialBudget: []\n")
        .replace("    initialBudgetTotal: 25137.68     # 年初预算 合计 as the department prints it\n", "");
    Pipeline.Analysis a = Variants.analyse(yaml);
    assertTrue(findings(a, "N9").contains("ERROR explanations.generalBudget.initialBudget"), findings(a, "N9").toString());
  }

  @Test
  void anInitialBudgetOfASubjectWithoutAPrintableNameNeedsOne() throws IOException {
    // 21006 中医药 has a 年初预算 but no row in 公开05, and the standard list does not name it
    String entry = "      - {code: \"21099\", amount: 300.00, reason: 年中追加医疗卫生人才引进补助资金}\n";
    String budget = Variants.replace(health(), "initialBudgetTotal: 25137.68", "initialBudgetTotal: 25187.68");
    Pipeline.Analysis nameless = Variants.analyse(Variants.replace(budget, entry,
        entry + "      - {code: \"21006\", amount: 50.00, reason: 项目未实施}\n"));
    assertEquals(List.of("ERROR explanations.generalBudget.initialBudget[15].code"), findings(nameless, "N9"));
    Finding f = nameless.findings().all().stream().filter(x -> x.id().equals("N9")).findFirst().orElseThrow();
    assertTrue(f.zh().contains("name") && f.en().contains("name"), f.zh());
    Pipeline.Analysis named = Variants.analyse(Variants.replace(budget, entry,
        entry + "      - {code: \"21006\", name: 中医药, amount: 50.00, reason: 项目未实施}\n"));
    assertTrue(named.findings().all().stream().noneMatch(x -> x.id().equals("N9")));
    String text = Variants.narrative(named);
    assertTrue(text.contains("16．卫生健康支出（类）中医药（款）年初预算数为 50.00 万元,支出决算为 0.00 万元,完成年初预算的 0.00%,"
        + "决算数小于预算数的主要原因是项目未实施。"), text);
    assertFalse(text.contains("21006"), "no code printed as a name");
  }

  @Test
  void aSelfAssessmentOfAVeryLargeDepartmentLoadsInYuan() throws IOException {
    // 附件2 is in 元: a department near the 万元 ceiling has 元 amounts of 13 digits and more
    String yaml = Variants.replace(health(), "total:     {initial: 251376800, full: 288691680, actual: 283871149.52}",
        "total:     {initial: 251376800, full: 288691680, actual: 5677422990400.00}");
    Pipeline.Analysis a = Variants.analyse(yaml);
    assertTrue(a.findings().all().stream().noneMatch(x -> x.id().startsWith("load.")), a.findings().all().toString());
    // a 万元 amount beyond its ceiling is "too large", in words, whatever its number of digits
    Pipeline.Analysis tooLarge = Variants.analyse(Variants.replace(health(), "personnelTotal: 15453.56",
        "personnelTotal: 1545356000000.00"));
    Finding f = tooLarge.findings().all().stream().filter(x -> x.severity() == Severity.ERROR).findFirst().orElseThrow();
    assertEquals("load.amount.range", f.id());
    assertTrue(f.zh().contains("金额过大") && f.zh().contains("万元") && f.en().contains("too large"), f.zh());
  }
}
