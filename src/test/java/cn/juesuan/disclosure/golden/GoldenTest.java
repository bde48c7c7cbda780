package cn.juesuan.disclosure.golden;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.layout.PdfRenderer;
import cn.juesuan.disclosure.narrative.Narrator;
import cn.juesuan.disclosure.pipeline.DocumentAssembler;
import cn.juesuan.disclosure.pipeline.Pipeline;
import cn.juesuan.disclosure.testing.Example;
import cn.juesuan.disclosure.testing.PdfText;
import cn.juesuan.disclosure.testing.TextComparison;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated PDF of the example, read back as text, against the text of the printed
 * disclosure (a copy kept in the test resources: tests do not reach outside the repo).
 */
class GoldenTest {
  private static byte[] pdf;
  private static String text;

  @BeforeAll
  static void generate() {
    Pipeline.Analysis a = Example.analysis();
    pdf = PdfRenderer.render(DocumentAssembler.assemble(a, DocumentAssembler.Options.FINAL));
    text = PdfText.of(pdf);
  }

  static String reference() throws IOException {
    try (InputStream in = GoldenTest.class.getResourceAsStream("/golden/linxia-zonggonghui-2024.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void referenceTextIsRecoveredInOrder() throws IOException {
    TextComparison c = TextComparison.of(reference(), text);
    assertTrue(c.recall() >= 0.995, () -> String.format("recall %.4f < 0.995; figures lacking: %s",
        c.recall(), c.lackingFigures()));
    // Precision counts what the reference lacks: the cover, the 目录 (one page, ≈ 300 characters,
    // lost in the reference's extraction), part titles and page numbers.
    assertTrue(c.precision() >= 0.95, () -> String.format("precision %.4f < 0.95", c.precision()));
  }

  @Test
  void everyFigureOfTheReferenceIsPrinted() throws IOException {
    TextComparison c = TextComparison.of(reference(), text);
    assertTrue(c.lackingFigures().isEmpty(), () -> "figures lacking: " + c.lackingFigures());
  }

  @Test
  void sameInputSameBytes() {
    byte[] again = PdfRenderer.render(DocumentAssembler.assemble(Example.analysis(), 
        DocumentAssembler.Options.FINAL));
    assertArrayEquals(pdf, again);
  }

  @Test
  void tableOfContentsIsOnePageOfPartsTablesAndAttachments() {
    // the 目录 is the page after the cover; leaders and spaces aside
    String toc = PdfText.pages(pdf).get(1).replaceAll("[\\s\\u3000.]+", "");
    for (String entry : List.of("第一部分部门概况1", "二、机构设置2", "一、收入支出决算总表3",
        "九、财政拨款“三公”经费支出决算表9", "第三部分2024年度部门决算情况说明10", "第五部分名词解释16",
        "附件1：部门整体支出绩效自评报告19", "附件3：临夏市总工会支出绩效自评报告25")) {
      assertTrue(toc.contains(entry), "目录 lacks " + entry + ": " + toc);
    }
    // the narrative's sections are bookmarks only; 附件2's own table title is not listed twice
    assertFalse(toc.contains("十三、其他需要说明的情况"), toc);
    assertEquals(1, toc.split("部门整体支出绩效自评表", -1).length - 1, toc);
  }

  @Test
  void theOutlineHasEverySection() throws IOException {
    List<String> titles = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (PDOutlineItem part : doc.getDocumentCatalog().getDocumentOutline().children()) {
        titles.add(part.getTitle());
        part.children().forEach(item -> titles.add("  " + item.getTitle()));
      }
    }
    for (String entry : List.of("第三部分 2024年度部门决算情况说明", "  十三、其他需要说明的情况",
        "  三、部门重点绩效评价结果", "  九、财政拨款“三公”经费支出决算表", "附件 2：部门整体支出绩效自评表")) {
      assertTrue(titles.contains(entry), "outline lacks " + entry + ": " + titles);
    }
  }

  @Test
  void staysSmall() {
    assertTrue(pdf.length <= 600 * 1024, "PDF is " + pdf.length + " bytes");
  }
}
