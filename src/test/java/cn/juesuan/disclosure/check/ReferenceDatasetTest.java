package cn.juesuan.disclosure.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.diag.Finding;
import cn.juesuan.disclosure.diag.Findings;
import cn.juesuan.disclosure.diag.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reference (临夏市总工会 2024) passes every identity, with exactly its known notes and warnings. */
class ReferenceDatasetTest {

  private final Findings findings = Dataset.check(Dataset.reference());

  @Test
  void hasNoErrors() {
    assertEquals(List.of(), findings.of(Severity.ERROR), Dataset.render(findings));
  }

  @Test
  void hasExactlyTheTwoRoundingNotesOfGk06() {
    assertEquals(List.of("T06a", "T06b"), ids(Severity.NOTE), Dataset.render(findings));
    Finding wages = Dataset.only(findings, "T06a");
    assertContains(wages, "125.05", "125.06", "差 0.01");
    assertEquals(Dataset.referenceLine("tables.gk06.amounts.301"), wages.location().line());
    Finding goods = Dataset.only(findings, "T06b");
    assertContains(goods, "334.42", "334.41", "差 0.01");
    assertEquals(Dataset.referenceLine("tables.gk06.amounts.302"), goods.location().line());
  }

  @Test
  void warnsOfTheSelfAssessmentPersonnelCostAndTheTwoProseContradictions() {
    // A4: the 附件2 form's 元 figure is not the 万元 table's; X1/X2: the print contradicts itself (NOTES.md)
    assertEquals(List.of("X1", "X2", "A4"), ids(Severity.WARNING), Dataset.render(findings));
    Finding personnel = Dataset.only(findings, "A4");
    assertContains(personnel, "1267130.97", "126.71", "126.04", "差 0.67");
    assertEquals("selfAssessment.funds.personnel.actual", personnel.location().path());
    Finding funding = Dataset.only(findings, "X1");
    assertContains(funding, "全额拨款", "差额拨款");
    assertEquals("explanations.threePublic.intro", funding.location().path());
    Finding project = Dataset.only(findings, "X2");
    assertContains(project, "无项目支出", "17.66", "report.projectText");
    assertEquals("performance.selfEvaluationResult", project.location().path());
  }

  @Test
  void reportsNoPins() {
    assertEquals(0, findings.count(Severity.PIN));
  }

  private List<String> ids(Severity severity) {
    return findings.of(severity).stream().map(Finding::id).toList();
  }

  static void assertContains(Finding f, String... parts) {
    for (String p : parts) {
      assertTrue(f.zh().contains(p) || f.en().contains(p), () -> "\"" + p + "\" missing from " + f.render());
    }
  }
}
