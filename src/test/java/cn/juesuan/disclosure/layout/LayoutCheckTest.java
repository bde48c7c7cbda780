package cn.juesuan.disclosure.layout;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.document.Block;
import cn.juesuan.disclosure.narrative.Narrator;
import cn.juesuan.disclosure.pipeline.DocumentAssembler;
import cn.juesuan.disclosure.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The layout check on every bundled dataset that validates and on the stress cases. With
 * {@code -Dlayout.dump=DIR} the PDFs are written there to be looked at.
 */
class LayoutCheckTest {

  static Stream<Path> datasets() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("data"))) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("datasets")
  void everyBundledDatasetIsSetCleanly(Path file) {
    Pipeline.Analysis a = Pipeline.analyse(file);
    if (!a.ok()) {
      return; // a dataset with errors gives no PDF; its errors are the loader's tests' concern
    }
    byte[] pdf = render(file.getFileName().toString().replace(".yaml", ""),
        DocumentAssembler.assemble(a, DocumentAssembler.Options.FINAL));
    assertClean(pdf);
  }

  static Stream<Arguments> stressCases() {
    return StressCases.all().stream().map(c -> Arguments.of(c.name(), c.doc()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stressCases")
  void stressCasesAreSetCleanly(String name, Block.Doc doc) {
    assertClean(render(name, doc));
  }

  @Test
  void theCheckFailsWhereAmountColumnsKeepTheirDesignWidths() {
    // the renderer before column declarations: big amounts shrunk to fit their cells
    byte[] pdf = render("fixed-widths", StressCases.fixedWidths(StressCases.bigAmounts(StressCases.example())));
    List<String> v = LayoutCheck.violations(pdf);
    assertTrue(v.stream().anyMatch(s -> s.contains("digit")), () -> String.join("\n", v));
  }

  @Test
  void aFormTooWideForPortraitGetsLandscapePagesAndTheTextAfterItPortraitAgain() throws IOException {
    byte[] pdf = render("landscape", StressCases.bigAmounts(StressCases.example()));
    try (PdfText text = new PdfText(pdf)) {
      int gk09 = text.pageOf("公开 09 表", 0);
      assertTrue(gk09 > 0);
      assertTrue(text.pdf.getPage(gk09).getRotation() == 90, "公开09 with twelve big amount columns");
      assertTrue(text.pdf.getPage(gk09 + 1).getRotation() == 0, "the 情况说明 after it");
      assertTrue(text.pdf.getPage(text.pageOf("公开 02 表", 0)).getRotation() == 0, "seven columns fit portrait");
    }
  }

  @Test
  void aHeadingBeforeALandscapeTableGoesOntoItsPage() throws IOException {
    Block.Doc big = StressCases.bigAmounts(StressCases.example());
    List<Block> blocks = new java.util.ArrayList<>();
    for (Block b : big.blocks()) {
      if (b instanceof Block.Table t && t.spec().title().startsWith("九、")) {
        blocks.add(new Block.Heading(1, "（测试）三公经费表之前的标题", Block.Listing.NONE));
      }
      blocks.add(b);
    }
    byte[] pdf = render("heading-landscape", new Block.Doc(big.metadata(), big.cover(), blocks));
    assertTrue(LayoutCheck.violations(pdf).isEmpty(), () -> String.join("\n", LayoutCheck.violations(pdf)));
    try (PdfText text = new PdfText(pdf)) {
      int heading = text.pageOf("（测试）三公经费表之前的标题", 0);
      assertTrue(heading == text.pageOf("公开 09 表", 0), "on the table's page");
      assertTrue(text.pdf.getPage(heading).getRotation() == 90);
    }
  }

  @Test
  void theIndicatorHeadsOfTheSelfAssessmentRepeatOnEveryPageOfItsRows() throws IOException {
    byte[] pdf = render("indicator-heads", StressCases.longReasons(StressCases.example()));
    try (PdfText text = new PdfText(pdf)) {
      int first = text.pageOf("评价指标", 0);
      int end = text.pageOf("附件 3：", first);
      assertTrue(first > 0 && end > first + 1, "the indicator rows run over pages");
      for (int p = first; p < end; p++) {
        assertTrue(PdfText.squeeze(text.pages.get(p)).contains("评价指标年度指标值实际完成值"), "page " + (p + 1));
      }
    }
  }

  @Test
  void rowsJoinedByAMergedCellMoveToTheNextPageTogether() throws IOException {
    // 附件2 of the example: 履职效果 spans seven 三级指标 rows at the foot of its first page
    byte[] pdf = render("merged-group", StressCases.example());
    try (PdfText text = new PdfText(pdf)) {
      int first = text.pageOf("落实“四送”", 0);
      assertTrue(first > 0);
      assertTrue(PdfText.squeeze(text.pages.get(first)).contains("基层职工满意度"),
          "the last row of 履职效果 on the page of its first");
    }
  }

  @Test
  void aTableThatFillsItsPageTakesItsLastRowOverWithItsNotes() throws IOException {
    // 卫生健康局's 公开06 under a 56-character name (unit line of two lines) fills its page
    // exactly: its 注 opened the next page alone
    String name = "临夏市卫生健康局暨临夏市中医药管理局临夏市疾病预防控制局临夏市爱国卫生运动委员会办公室临夏市老龄工作委员会办公室";
    String yaml = Files.readString(Path.of("data/linxia-weijian-2024.yaml")).replace("  name: 临夏市卫生健康局\n",
        "  name: " + name + "\n");
    Pipeline.Analysis a = Pipeline.analyse(cn.juesuan.disclosure.load.DisclosureLoader.load(
        yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8), "long-name.yaml"));
    assertTrue(a.ok(), () -> a.findings().all().toString());
    byte[] pdf = render("notes-with-last-row", DocumentAssembler.assemble(a, DocumentAssembler.Options.FINAL));
    assertClean(pdf);
    try (PdfText text = new PdfText(pdf)) {
      int note = text.pageOf("本表反映部门本年度一般公共预算财政拨款基本支出明细情况", 0);
      assertTrue(PdfText.squeeze(text.pages.get(note)).contains("公用经费合计"), "the last row on the note's page");
    }
  }

  @Test
  void theCheckFindsASinglePageLine() {
    Block.Doc doc = new Block.Doc(null, null, List.of(new Block.Paragraph("制部门预算积累经验。")));
    List<String> v = LayoutCheck.violations(PdfRenderer.render(doc));
    assertFalse(v.isEmpty());
    assertTrue(v.get(0).contains("single line"), v.get(0));
  }

  private static void assertClean(byte[] pdf) {
    List<String> v = LayoutCheck.violations(pdf);
    assertTrue(v.isEmpty(), () -> v.size() + " layout violations:\n"
        + String.join("\n", v.subList(0, Math.min(40, v.size()))));
  }

  private static byte[] render(String name, Block.Doc doc) {
    byte[] pdf = PdfRenderer.render(doc);
    String dump = System.getProperty("layout.dump");
    if (dump != null) {
      try {
        Files.createDirectories(Path.of(dump));
        Files.write(Path.of(dump, name + ".pdf"), pdf);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return pdf;
  }
}
