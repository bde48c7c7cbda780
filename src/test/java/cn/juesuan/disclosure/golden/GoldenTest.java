package cn.juesuan.disclosure.golden;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import java.util.List;
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
    pdf = PdfRenderer.render(DocumentAssembler.assemble(a, Narrator.bundled(), DocumentAssembler.Options.FINAL));
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
    // Precision counts what the reference lacks: the cover, the 目录 (≈ 550 characters, lost in the
    // reference's extraction), part titles and page numbers. It stays above 94%.
    assertTrue(c.precision() >= 0.94, () -> String.format("precision %.4f < 0.94", c.precision()));
  }

  @Test
  void everyFigureOfTheReferenceIsPrinted() throws IOException {
    TextComparison c = TextComparison.of(reference(), text);
    assertTrue(c.lackingFigures().isEmpty(), () -> "figures lacking: " + c.lackingFigures());
  }

  @Test
  void sameInputSameBytes() {
    byte[] again = PdfRenderer.render(DocumentAssembler.assemble(Example.analysis(), Narrator.bundled(),
        DocumentAssembler.Options.FINAL));
    assertArrayEquals(pdf, again);
  }

  @Test
  void tableOfContentsListsPartsTablesSectionsAndAttachments() {
    // the 目录 is on the two pages after the cover; leaders and spaces aside
    List<String> pages = PdfText.pages(pdf);
    String toc = (pages.get(1) + pages.get(2)).replaceAll("[\\s\\u3000.]+", "");
    for (String entry : List.of("第一部分部门概况1", "一、收入支出决算总表3", "第三部分2024年度部门决算情况说明",
        "十三、其他需要说明的情况", "附件1：部门整体支出绩效自评报告", "附件3：临夏市总工会支出绩效自评报告")) {
      assertTrue(toc.contains(entry), "目录 lacks " + entry);
    }
  }

  @Test
  void staysSmall() {
    assertTrue(pdf.length <= 600 * 1024, "PDF is " + pdf.length + " bytes");
  }
}
