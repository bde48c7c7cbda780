package cn.juesuan.disclosure.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.diag.Finding;
import cn.juesuan.disclosure.diag.Severity;
import cn.juesuan.disclosure.pipeline.Pipeline;
import cn.juesuan.disclosure.testing.Example;
import cn.juesuan.disclosure.testing.Variants;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a department may not have is optional: 附件 and their data, 人员编制, last year's figures,
 * the reasons, 实物量. Its absence loads without error, the checks that use it skip, and the
 * document leaves the sentence out instead of printing an invented figure.
 */
class OptionalPartsTest {

  private static List<String> ids(Pipeline.Analysis a, Severity s) {
    return a.findings().of(s).stream().map(Finding::id).toList();
  }

  @Test
  void noAttachmentsNoReportNoSelfAssessment() {
    String yaml = Variants.withoutSection(Variants.withoutSection(Variants.withoutSection(Example.text(),
        "report"), "selfAssessment"), "attachments");
    Pipeline.Analysis a = Variants.analyse(yaml);
    assertEquals(List.of(), ids(a, Severity.ERROR));
    assertNull(a.disclosure().report());
    assertNull(a.disclosure().selfAssessment());
    assertNull(a.figures().selfAssessment());
    // A1–A4 (附件2 vs tables) have nothing to compare; X2 still finds 第四部分's "无项目支出"
    assertFalse(ids(a, Severity.WARNING).contains("A4"), a.findings().all().toString());
    assertTrue(ids(a, Severity.WARNING).contains("X2"));
    String text = Variants.narrative(a);
    assertFalse(text.contains("\n附件"), text);
    assertTrue(text.contains("十三、机关运行经费："), "名词解释 still ends the document");
  }

  @Test
  void anAttachmentNeedsItsData() {
    String yaml = Variants.withoutSection(Example.text(), "selfAssessment");
    Pipeline.Analysis a = Variants.analyse(yaml);
    Finding f = a.findings().all().stream().filter(x -> x.id().equals("load.attachment-data")).findFirst().orElseThrow();
    assertEquals("attachments[1].kind", f.location().path());
    assertEquals(Variants.lineOf(yaml, "kind: selfAssessment"), f.location().line(), f.render());
    assertTrue(f.zh().contains("selfAssessment"), f.zh());
  }

  @Test
  void aReportWithoutSelfAssessmentPrintsNoScore() {
    String yaml = Variants.replace(Variants.withoutSection(Example.text(), "selfAssessment"),
        "  - {title: 部门整体支出绩效自评表, kind: selfAssessment}\n", "");
    Pipeline.Analysis a = Variants.analyse(yaml);
    String text = Variants.narrative(a);
    assertFalse(text.contains("整体绩效得分"), text);
    assertTrue(text.contains("\n我部门通过对 2024 年度部门整体支出绩效自评"), "the reflection stays");
  }

  @Test
  void noStaffing() {
    Pipeline.Analysis a = Variants.analyse(Variants.withoutLines(Example.text(),
        "staffing: {total: 9, civilServant: 4, institution: 5}   # 人员编制 (附件1)"));
    assertEquals(List.of(), ids(a, Severity.ERROR));
    assertNull(a.disclosure().profile().staffing());
    String text = Variants.narrative(a);
    assertFalse(text.contains("人员编制"), text);
    assertTrue(text.contains("1.机构设置：内设机构办公室"), text);
  }

  @Test
  void staffingWhenGivenNeedsEveryCount() {
    String yaml = Variants.replace(Example.text(), "{total: 9, civilServant: 4, institution: 5}", "{total: 9}");
    List<Finding> missing = Variants.analyse(yaml).findings().all().stream()
        .filter(f -> f.id().equals("load.missing")).toList();
    assertEquals(List.of("profile.staffing.civilServant", "profile.staffing.institution"),
        missing.stream().map(f -> f.location().path()).toList());
    assertEquals(Variants.lineOf(yaml, "  staffing: {total: 9}"), missing.get(0).location().line());
  }

  @Test
  void noLastYearNoComparisonSentence() {
    String yaml = Variants.withoutLines(Example.text(), "previousTotal: 741.90", "previous: 160.78",
        "previous: 469.77", "reason: 落实过紧日子要求压减工会经费支出", "reason: 减少下属事业单位工人俱乐部决算数");
    yaml = Variants.replace(yaml, "    meeting: {previous: 0.00, reason: 上年我单位无会议费}\n", "");
    yaml = Variants.replace(yaml, "    training: {previous: 0.00, reason: 上年我单位无培训费}\n", "");
    Pipeline.Analysis a = Variants.analyse(yaml);
    assertEquals(List.of(), ids(a, Severity.ERROR));
    assertFalse(a.figures().overall().isComparable());
    assertEquals("478.11", a.figures().overall().current().toString());
    String all = Variants.narrative(a);
    // 九 (三公, whose last year's figures are still given) aside
    String text = all.substring(0, all.indexOf("九、财政拨款“三公”经费支出决算情况说明"))
        + all.substring(all.indexOf("十、机关运行经费支出情况说明"));
    assertFalse(text.contains("较上年"), text);
    assertFalse(text.contains("与上年"), text);
    assertFalse(text.contains("持平"), "nothing is read as zero: no 持平 of an unknown figure");
    for (String line : List.of("2024 年度收、支总计均为 478.11 万元。", "2024 年度财政拨款收、支总计均为 478.11 万元。",
        "2024年度一般公共预算财政拨款支出478.11万元。",
        "人员经费 126.04 万元。人员经费用途主要包括基本工资、津贴补贴、奖金、社会保障缴费、对个人和家庭的补助、奖励金。",
        "公用经费 334.41 万元。公用经费用途主要包括办公费、工会经费、差旅费、其他交通费用。",
        "2024年度本部门机关运行经费支出334.41万元,机关运行经费主要用于开支办公费、工会经费、差旅费、其他交通费用。",
        "本年度会议费支出 0.00 万元。", "本年度培训费支出 0.00 万元。")) {
      assertTrue(text.contains("\n" + line + "\n"), () -> "expected the line " + line + " in\n" + text);
    }
    // the other reasons stay and are said where there is a comparison: none here
    assertEquals(List.of(), ids(a, Severity.WARNING).stream().filter(id -> id.startsWith("reason.")).toList());
  }

  @Test
  void aReasonWithoutLastYearIsNotPrintedAndSaidSo() {
    Pipeline.Analysis a = Variants.analyse(Variants.withoutLines(Example.text(), "previous: 160.78"));
    Finding f = a.findings().all().stream().filter(x -> x.id().equals("reason.unused")).findFirst().orElseThrow();
    assertEquals(Severity.WARNING, f.severity());
    assertEquals("explanations.basicExpenditure.personnel.reason", f.location().path());
    assertEquals(Variants.lineOf(Variants.withoutLines(Example.text(), "previous: 160.78"),
        "      reason: 减少下属事业单位工人俱乐部决算数"), f.location().line());
    assertFalse(Variants.narrative(a).contains("减少下属事业单位工人俱乐部决算数"));
  }

  @Test
  void aChangeWithoutReasonIsAWarningAndPrintsNoReasonClause() {
    String yaml = Variants.replace(Example.text(), "  overall:                  # 一、收入支出决算总体情况\n"
        + "    previousTotal: 741.90\n    reason: 落实过紧日子要求压减工会经费支出\n",
        "  overall:                  # 一、收入支出决算总体情况\n    previousTotal: 741.90\n");
    Pipeline.Analysis a = Variants.analyse(yaml);
    Finding f = a.findings().all().stream().filter(x -> x.id().equals("reason.missing")).findFirst().orElseThrow();
    assertEquals("explanations.overall", f.location().path());
    assertTrue(f.zh().contains("减少 263.79 万元"), f.zh());
    assertTrue(Variants.narrative(a).contains("\n2024 年度收、支总计均为 478.11 万元。与上年度相比,收、支总计各减少 263.79 万元，下降 35.56%。\n"));
  }

  @Test
  void noPhysicalCounts() {
    String yaml = Example.text().replaceFirst("(?s)    physical:               # 实物量\n.*?(?=  operatingCost:)", "");
    Pipeline.Analysis a = Variants.analyse(yaml);
    assertEquals(List.of(), ids(a, Severity.ERROR));
    assertTrue(a.disclosure().explanations().threePublic().physical().isEmpty());
    String text = Variants.narrative(a);
    assertFalse(text.contains("实物量"), text);
    assertTrue(text.contains("3.公务接待费全年预算数"), "九 keeps its items");
  }

  @Test
  void physicalCountsWhenGivenAreAllNeeded() {
    List<Finding> missing = Variants.analyse(Variants.withoutLines(Example.text(), "abroadGroups: 0"))
        .findings().all().stream().filter(f -> f.id().equals("load.missing")).toList();
    assertEquals(List.of("explanations.threePublic.physical.abroadGroups"),
        missing.stream().map(f -> f.location().path()).toList());
    assertTrue(missing.get(0).location().line() > 0);
  }

  @Test
  void everyFieldWhoseAbsenceValidatesStillNarrates() {
    // each key of the example dropped in turn: either an error names it, or the document is
    // written without it (no template may meet a missing value it did not expect)
    int narrated = 0;
    for (MissingFieldLocationTest.Drop drop : MissingFieldLocationTest.drops()) {
      Pipeline.Analysis a = Variants.analyse(drop.yaml());
      if (a.ok()) {
        String text = org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> Variants.narrative(a), drop.path());
        assertFalse(text.contains("null"), drop.path());
        narrated++;
      }
    }
    assertTrue(narrated > 120, "optional fields dropped and still narrated: " + narrated);
  }

  @Test
  void theExampleKeepsValidatingUnchanged() {
    Pipeline.Analysis a = Example.analysis();
    assertEquals(0, a.findings().count(Severity.ERROR));
    assertEquals(List.of("X1", "X2", "A4"), ids(a, Severity.WARNING));
    assertEquals(List.of("T06a", "T06b"), ids(a, Severity.NOTE));
    assertEquals(List.of("pin.execution-rate"), ids(a, Severity.PIN));
  }

}
