package cn.juesuan.disclosure.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.diag.Severity;
import cn.juesuan.disclosure.pipeline.DocumentAssembler;
import cn.juesuan.disclosure.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Departments of the 普陀区 format in every shape the 样张 provides for (有/无 三公, 基金, 国资, 采购;
 * 增加/减少/持平; 大于/小于/等于; zero budgets; 0.01 and 100,000,000 万元; one unit and 41; long
 * names and reasons; only 基本支出, only 项目支出; no last year; 2025), one file each under
 * {@code src/test/resources/shanghai-departments/}: each validates, prints no residue of a
 * missing value and is set cleanly; and the wording each case exists for.
 */
class ShanghaiDepartmentsTest {

  private static final Path CASES = Path.of("src/test/resources/shanghai-departments");

  /** What a printed disclosure never shows: a missing value, a sign or a doubled mark. */
  private static final Pattern RESIDUE = Pattern.compile(
      "null|NaN|Infinity|\\$\\{|-0\\.00|增加0\\.00|减少-|增长-|下降-|。。|，。|；。|（）|Exception");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(CASES)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
          .map(n -> n.substring(0, n.length() - 5)).sorted().toList().stream();
    }
  }

  private static Pipeline.Analysis analyse(String name) {
    return Pipeline.analyse(CASES.resolve(name + ".yaml"));
  }

  private static String text(String name) throws IOException {
    return text(analyse(name));
  }

  private static String text(Pipeline.Analysis a) throws IOException {
    try (PdfText t = new PdfText(Pipeline.render(a, DocumentAssembler.Options.FINAL))) {
      return PdfText.squeeze(t.all());
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void validatesAndIsSetCleanlyWithoutResidue(String name) throws IOException {
    Pipeline.Analysis a = analyse(name);
    assertEquals(0, a.findings().count(Severity.ERROR), () -> name + ": " + a.findings().all());
    byte[] pdf = Pipeline.render(a, DocumentAssembler.Options.FINAL);
    try (PdfText t = new PdfText(pdf)) {
      Matcher m = RESIDUE.matcher(PdfText.squeeze(t.all()));
      assertFalse(m.find(), () -> name + ": printed residue \"" + m.group() + "\"");
    }
    List<String> v = LayoutCheck.violations(pdf);
    assertTrue(v.isEmpty(), () -> name + ": " + v.size() + " layout violations:\n" + String.join("\n", v));
  }

  @Test
  void aDepartmentWithOnlyProjectSpendingHasNoBasicSpending() throws IOException {
    String t = text("c09-only-project");
    assertTrue(t.contains("上海市普陀区测试局2024年度无一般公共预算财政拨款基本支出。"), t);
    assertFalse(t.contains("人员经费0.00万元，主要包括"), "no 主要包括 of nothing");
  }

  @Test
  void aPartWithoutSpendingListsNothingItIncludes() throws IOException {
    // c07: 人员经费 0.02, 公用经费 0.00, the department's list given for both
    String t = text("c07-tiny");
    assertTrue(t.contains("人员经费0.02万元，主要包括：基本工资、津贴补贴；公用经费0.00万元。"), t);
  }

  @Test
  void withoutLastYearTheOperatingCostPrintsNoReason() throws IOException {
    Pipeline.Analysis a = analyse("c10-no-previous");
    assertTrue(a.findings().all().stream().anyMatch(f -> f.id().equals("reason.unused")
        && f.location().path().equals("explanations.operatingCost.reason")), "validate says it is not printed");
    String t = text("c10-no-previous");
    assertTrue(t.contains("机关运行经费支出20.00万元。（二）政府采购支出情况"), "and it is not: " + t);
  }

  @Test
  void findingsCiteTheSectionsByThisOutlinesNumbers() {
    // 普陀区: 七 三公, 十一（一）机关运行经费, 十一（二）政府采购 (the Gansu outline's 九, 十, 十一)
    Pipeline.Analysis a = analyse("c10-no-previous");
    String unused = a.findings().all().stream()
        .filter(f -> f.location().path().equals("explanations.operatingCost.reason")).findFirst().orElseThrow().zh();
    assertTrue(unused.startsWith("十一（一） 机关运行经费"), unused);
    Pipeline.Analysis cz = Pipeline.analyse(Path.of("data", "putuo-caizhengju-2024.yaml"));
    List<String> zh = cz.findings().all().stream().map(f -> f.zh()).toList();
    assertTrue(zh.stream().anyMatch(m -> m.startsWith("七 “三公”经费 total 完成预算的比例")), zh.toString());
    assertTrue(zh.stream().anyMatch(m -> m.startsWith("十一（二） 政府采购")), zh.toString());
    assertFalse(zh.stream().anyMatch(m -> m.startsWith("九 ") || m.startsWith("十 ")), zh.toString());
  }

  @Test
  void theCountsOfThreePublicPrintWithoutTheDepartmentsUses() throws IOException {
    String yaml = Files.readString(CASES.resolve("c02-all-funds.yaml"));
    String without = yaml.replaceAll("(?m)^    uses: \\{abroad:.*\\n", "");
    assertTrue(without.length() < yaml.length());
    Path file = Files.createTempDirectory("putuo").resolve("no-uses.yaml");
    Files.writeString(file, without);
    Pipeline.Analysis a = Pipeline.analyse(file);
    String t = text(a);
    assertTrue(t.contains("公务用车购置支出为7.96万元。购置公务用车1辆。"), t);
    assertTrue(t.contains("国内公务接待支出3.39万（含外宾接待支出0.00万元）。公务接待2批次、20人次，其中：接待外宾0批次、0人次。"), t);
  }

  @Test
  void anEmptyListOfUnitsOrFunctionsIsAnErrorAtItsKey() throws IOException {
    String yaml = Files.readString(CASES.resolve("c07-tiny.yaml"))
        .replaceAll("(?m)^  functions:\n    - .*\n", "  functions: []\n")
        .replaceAll("(?m)^  units:\n    - .*\n", "  units: []\n");
    Pipeline.Analysis a = cn.juesuan.disclosure.testing.Variants.analyse(yaml);
    List<String> errors = a.findings().of(Severity.ERROR).stream()
        .map(f -> f.id() + " " + f.location().path() + ":" + f.location().line()).toList();
    assertEquals(List.of("load.empty profile.functions:10", "load.empty profile.units:11"), errors);
  }

  @Test
  void theContentsNumbersTheTablesAndListsTheProfileSections() throws IOException {
    String t = text("c01-basic");
    String contents = t.substring(0, t.indexOf("第三部分"));
    assertTrue(contents.contains("一、主要职能"), contents);
    assertTrue(contents.contains("二、部门决算单位构成"), contents);
    assertTrue(contents.contains("一、收入支出决算总表"), contents);
    assertTrue(contents.contains("七、财政拨款“三公”经费支出决算表"), contents);
    assertTrue(contents.contains("九、国有资本经营预算财政拨款收入支出决算表"), contents);
    // the 样张's 目录 words for 十一, under the heading's own
    String toc = t.substring(0, t.indexOf("第四部分"));
    assertTrue(toc.contains("十一、其他重要事项说明") && !toc.contains("其他重要事项的情况说明"), toc);
    assertTrue(t.contains("十一、其他重要事项的情况说明（一）机关运行经费支出情况"), t);
  }
}
