package cn.juesuan.disclosure.formats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.diag.Finding;
import cn.juesuan.disclosure.diag.Severity;
import cn.juesuan.disclosure.layout.PdfRenderer;
import cn.juesuan.disclosure.pipeline.DocumentAssembler;
import cn.juesuan.disclosure.pipeline.Pipeline;
import cn.juesuan.disclosure.testing.PdfText;
import cn.juesuan.disclosure.testing.TextComparison;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The two bundled 上海市普陀区 datasets in their format (their exact golden texts are
 * ExactGoldenTest's, as for every dataset): the published disclosure's text recovered in order
 * (the reading-order copies are in the test resources), the district's grid, each department's
 * own print, the source's defects reported, and the same bytes twice.
 */
class ShanghaiDatasetsTest {
  private static final Map<String, byte[]> PDFS = new ConcurrentHashMap<>();

  private static Pipeline.Analysis analysis(String name) {
    return Pipeline.analyse(Path.of("data", name + ".yaml"));
  }

  private static byte[] pdf(String name) {
    return PDFS.computeIfAbsent(name, n -> PdfRenderer.render(
        DocumentAssembler.assemble(analysis(n), DocumentAssembler.Options.FINAL)));
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = ShanghaiDatasetsTest.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"putuo-caizhengju-2024", "putuo-guihuaziyuan-2024"})
  void publishedTextIsRecoveredInOrder(String name) throws IOException {
    TextComparison c = TextComparison.of(resource("/reference/shanghai/" + name + ".txt"), unspaced(PdfText.of(pdf(name))));
    assertTrue(c.recall() >= 0.98, () -> String.format("%s recall %.4f < 0.98", name, c.recall()));
    assertTrue(c.precision() >= 0.95, () -> String.format("%s precision %.4f < 0.95", name, c.precision()));
    assertEquals(List.of(), c.lackingFigures(), name + ": figures lacking");
  }

  @ParameterizedTest
  @ValueSource(strings = {"putuo-caizhengju-2024", "putuo-guihuaziyuan-2024"})
  void sameInputSameBytes(String name) {
    byte[] again = PdfRenderer.render(DocumentAssembler.assemble(analysis(name), DocumentAssembler.Options.FINAL));
    assertArrayEquals(pdf(name), again);
  }

  @ParameterizedTest
  @ValueSource(strings = {"putuo-caizhengju-2024", "putuo-guihuaziyuan-2024"})
  void printsTheDistrictFormatNotTheGansuOne(String name) {
    String text = PdfText.of(pdf(name));
    for (String gansu : List.of("公开 01 表", "行次", "栏次", "部门：", "金额单位：万元", "第五部分", "附件")) {
      assertFalse(text.contains(gansu), name + " prints " + gansu);
    }
    // 七 三公, 八 基金, 九 国资: the tables part prints 三公 before the two funds
    assertTrue(text.indexOf("财政拨款“三公”经费支出决算表\n单位") < text.indexOf("政府性基金预算财政拨款收入支出决算表\n单位"), name);
    assertTrue(text.contains("说明：" + analysis(name).disclosure().department().name()
        + "本年度没有国有资本经营预算财政拨款收入和支出，故本表无数据。"), name);
  }

  @org.junit.jupiter.api.Test
  void eachDepartmentItsOwnPrint() {
    String czj = PdfText.of(pdf("putuo-caizhengju-2024"));
    String gh = PdfText.of(pdf("putuo-guihuaziyuan-2024"));
    // 财政局: thousands separators, 科目编码 as 类 | 款 | 项, blank zero cells
    assertTrue(czj.contains("合计 2,946.25 2,940.05 6.20"), "财政局 收入决算表 合计");
    assertTrue(czj.contains("201 06 01 行政运行 1,511.90 1,511.89 0.01"), "财政局 split codes");
    // 规划: the 样张's plain amounts and one code column; 0.00 where the department prints it
    assertTrue(gh.contains("2080501 行政单位离退休 54.53 54.53 0.00"), "规划 joined codes");
    assertTrue(gh.contains("完成年初预算的100.00%。决算数与预算数持平。"), "规划 entry rates");
    assertFalse(czj.contains("完成年初预算的100.00%"), "财政局 prints no entry rates");
  }

  @org.junit.jupiter.api.Test
  void theSourcesDefectsAreFlaggedAndPublishedAsPrinted() {
    List<Finding> czj = analysis("putuo-caizhengju-2024").findings().all();
    // 社会保障 326.71 (总表) against 326.72; 301 and 302 items against their totals: 尾数 notes
    assertTrue(has(czj, "T03d", Severity.NOTE, "326.71"), "T03d 208");
    assertTrue(has(czj, "T06a", Severity.NOTE, "2082.86"), "T06a 301");
    assertTrue(has(czj, "T06b", Severity.NOTE, "171.09"), "T06b 302");
    // 四 "总计0.3万元…持平" against 2,961.68: printed as printed, shown beside the computation
    assertTrue(has(czj, "pin.amount", Severity.PIN, "2961.68"), "四 0.3");
    List<Finding> gh = analysis("putuo-guihuaziyuan-2024").findings().all();
    assertTrue(has(gh, "T03d", Severity.NOTE, "236.63"), "T03d 210");
    assertTrue(has(gh, "pin.amount", Severity.PIN, "4896.98"), "六 人员经费 of all funds");
    assertTrue(has(gh, "T05h", Severity.ACCEPTED, "9759.38"), "T05h accepted");
    assertEquals(0, analysis("putuo-guihuaziyuan-2024").findings().count(Severity.ERROR));
    assertEquals(0, analysis("putuo-caizhengju-2024").findings().count(Severity.ERROR));
  }

  /**
   * The text with the gaps of a justified line closed: where a short line is stretched to the
   * measure, PDFBox reads every character as a word ("1 7 1 . 4 9"); pdftotext does not.
   */
  static String unspaced(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      String[] tokens = line.strip().split(" +");
      boolean letterSpaced = tokens.length > 3 && java.util.Arrays.stream(tokens).allMatch(t -> t.length() == 1);
      out.append(letterSpaced ? String.join("", tokens) : line).append('\n');
    }
    return out.toString();
  }

  private static boolean has(List<Finding> findings, String id, Severity severity, String text) {
    return findings.stream().anyMatch(f -> f.id().equals(id) && f.severity() == severity && f.render().contains(text));
  }
}
