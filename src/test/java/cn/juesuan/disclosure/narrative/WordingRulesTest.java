package cn.juesuan.disclosure.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.diag.Severity;
import cn.juesuan.disclosure.layout.PdfRenderer;
import cn.juesuan.disclosure.pipeline.DocumentAssembler;
import cn.juesuan.disclosure.pipeline.Pipeline;
import cn.juesuan.disclosure.testing.Example;
import cn.juesuan.disclosure.testing.PdfText;
import cn.juesuan.disclosure.testing.Variants;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The templates' wording rules: lists of any length, nothing printed for an empty list, a
 * reason clause only where a reason is given (none needed for 持平 or 决算 = 预算).
 */
class WordingRulesTest {

  private static String withDuties(int n) {
    String items = IntStream.rangeClosed(1, n).mapToObj(i -> "      - 第" + i + "项职责。\n").collect(Collectors.joining());
    String yaml = Example.text().replaceFirst("(?s)    items:                  # （一）…（四）\n.*?(?=  organization:)",
        "    items:\n" + items.replace("$", "\\$"));
    assertTrue(yaml.contains("第" + n + "项职责"));
    return yaml;
  }

  private static String withGlossary(int n) {
    return Example.text() + "\nglossary:\n" + IntStream.rangeClosed(1, n)
        .mapToObj(i -> "  - {term: 术语" + i + ", definition: 第" + i + "个名词的解释。}\n").collect(Collectors.joining());
  }

  /** No paragraph is a lone 。, ends on a dangling 其中：, or is empty. */
  private static void noDanglingPunctuation(String text) {
    for (String line : text.split("\n")) {
      assertFalse(line.isBlank() || line.equals("。") || line.endsWith("其中：。") || line.endsWith(",其中：")
          || line.contains("。。"), () -> "dangling punctuation: [" + line + "]");
    }
  }

  @Test
  void aHundredAndOneDutiesAreNumberedAndTheDocumentGenerates() {
    Pipeline.Analysis a = Variants.analyse(withDuties(101));
    String text = Variants.narrative(a);
    assertTrue(text.contains("\n（九十九）第99项职责。\n"), text);
    assertTrue(text.contains("\n（一百）第100项职责。\n"));
    assertTrue(text.contains("\n（一百零一）第101项职责。\n"));
    byte[] pdf = PdfRenderer.render(DocumentAssembler.assemble(a, Narrator.bundled(), DocumentAssembler.Options.FINAL));
    String printed = PdfText.of(pdf).replaceAll("\\s+", "");
    assertTrue(printed.contains("（一百零一）第101项职责。"), "the PDF prints the 101st duty");
  }

  @Test
  void aHundredAndOneGlossaryEntries() {
    String text = Variants.narrative(Variants.analyse(withGlossary(101)));
    assertTrue(text.contains("\n一百、术语100：第100个名词的解释。\n"), text);
    assertTrue(text.contains("\n一百零一、术语101：第101个名词的解释。\n"));
    assertFalse(text.contains("财政拨款收入：指本年度"), "the department's list replaces the standard one");
  }

  @Test
  void emptyListsPrintNothing() {
    String yaml = Variants.replace(withDuties(1).replace("    items:\n      - 第1项职责。\n", "    items: []\n"),
        "internalOffices: [办公室, 业务综合办公室, 经费审查委员会办公室（副科级）]", "internalOffices: []");
    yaml = Variants.replace(yaml, "affiliatedUnits: [临夏市职工服务中心（股级）, 临夏市工人俱乐部（股级）]", "affiliatedUnits: []");
    yaml = yaml.replaceFirst("(?s)  keyTasks:                 # （三）重点工作计划\n.*?(?=  personnelUses:)", "  keyTasks: []\n");
    yaml = yaml.replaceFirst("(?s)  problems:\n.*?(?=  measures:)", "  problems: []\n");
    Pipeline.Analysis a = Variants.analyse(yaml);
    String text = Variants.narrative(a);
    noDanglingPunctuation(text);
    assertFalse(text.contains("（一）第"), text);
    assertTrue(text.contains("\n（一）机关内设机构\n无内设机构。\n"), text);
    assertTrue(text.contains("\n（三）直属事业单位\n无直属事业单位。\n"), text);
    assertTrue(text.contains("\n1.机构设置：无内设机构。\n"), text);
    assertFalse(text.contains("重点工作计划"), "no heading over an empty list");
    assertTrue(text.contains("、存在的主要问题\n无。\n"), text);
  }

  @Test
  void theExampleHasNoDanglingPunctuation() {
    noDanglingPunctuation(Variants.narrative(Example.analysis()));
  }

  @Test
  void flatWithoutReasonSaysFlatAndNothingElse() {
    String yaml = Variants.replace(Example.text(), "meeting: {previous: 0.00, reason: 上年我单位无会议费}", "meeting: {previous: 0.00}");
    Pipeline.Analysis a = Variants.analyse(yaml);
    assertTrue(Variants.narrative(a).contains("\n本年度会议费支出 0.00 万元,较上年决算数持平。\n"));
    assertFalse(a.findings().all().stream().anyMatch(f -> f.id().startsWith("reason.")), a.findings().all().toString());
  }

  @Test
  void aGivenReasonOfAFlatChangeIsPrinted() {
    // the example's own wording: 持平 with the department's reason
    assertTrue(Variants.narrative(Example.analysis())
        .contains("\n本年度培训费支出 0.00 万元,较上年决算数持平,主要原因是上年我单位无培训费。\n"));
  }

  @Test
  void aChangeWithoutReasonIsWarnedButPrintsCleanly() {
    String yaml = Variants.withoutLines(Example.text(), "reason: 减少下属事业单位工人俱乐部决算数");
    Pipeline.Analysis a = Variants.analyse(yaml);
    assertEquals(List.of("explanations.basicExpenditure.personnel"), a.findings().of(Severity.WARNING).stream()
        .filter(f -> f.id().equals("reason.missing")).map(f -> f.location().path()).toList());
    String text = Variants.narrative(a);
    assertTrue(text.contains("\n人员经费 126.04 万元,较上年决算数减少 34.74 万元，下降 21.61%。人员经费用途主要包括"), text);
    noDanglingPunctuation(text);
  }

  @Test
  void everyParagraphOfTheExampleIsUnchanged() {
    // spot checks of the sentences whose templates changed, as the reference prints them
    String text = Variants.narrative(Example.analysis());
    List<String> expected = Arrays.asList(
        "2024 年度收、支总计均为 478.11 万元。与上年度相比,收、支总计各减少 263.79 万元，下降 35.56%，主要原因是落实过紧日子要求压减工会经费支出。",
        "2024 年度财政拨款收、支总计均为 478.11 万元。与上年相比,各减少 263.79 万元，下降 35.56%。主要原因是落实过紧日子要求压减工会经费支出。",
        "2024年度一般公共预算财政拨款支出478.11万元,较上年决算数减少 263.79 万元，下降 35.56%。主要原因是落实过紧日子要求压减工会经费支出。",
        "3．卫生健康支出年初预算数为 7.85 万元,支出决算为 7.54 万元,完成年初预算的 96.04%,决算数小于预算数的主要原因是人员变动，2 人调出。",
        "公用经费 334.41 万元,较上年决算数减少 135.36 万元，下降 28.81%,主要原因是落实过紧日子要求压减工会经费支出。公用经费用途主要包括办公费、工会经费、差旅费、其他交通费用。",
        "2024年度本部门机关运行经费支出334.41万元,机关运行经费主要用于开支办公费、工会经费、差旅费、其他交通费用。机关运行经费较上年决算数减少 135.36 万元，下降 28.81%,主要原因是落实过紧日子要求压减工会经费支出。",
        "2024 年度收入合计 478.11 万元,其中：财政拨款收入 478.11 万元,占 100.00%；");
    for (String line : expected) {
      assertTrue(text.contains("\n" + line + "\n"), () -> "expected " + line);
    }
  }
}
