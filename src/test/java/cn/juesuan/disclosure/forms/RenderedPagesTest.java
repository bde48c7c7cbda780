package cn.juesuan.disclosure.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.juesuan.disclosure.calc.Calculator;
import cn.juesuan.disclosure.diag.Findings;
import cn.juesuan.disclosure.document.Block;
import cn.juesuan.disclosure.layout.PdfRenderer;
import cn.juesuan.disclosure.document.TableSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The forms through the project's renderer: every grid is accepted, and each table keeps to the
 * page it has in the print (01, 04, 05, 06, 09 one page each; 02+03 and 07+08 sharing one).
 */
class RenderedPagesTest {

  private static List<String> pages;

  @BeforeAll
  static void render() throws Exception {
    Map<String, TableSpec> specs = TableForms.byKey(Example.disclosure(),
        Calculator.calculate(Example.disclosure(), new Findings()));
    List<Block> blocks = new ArrayList<>();
    for (List<String> page : Example.disclosure().format().pages()) { // as @tables places them
      blocks.add(new Block.PageBreak());
      page.forEach(key -> blocks.add(new Block.Table(specs.get(key))));
    }
    blocks.add(new Block.PageBreak()); // the outline breaks before 附件2
    blocks.add(new Block.Table(specs.get("selfAssessment")));
    byte[] pdf = PdfRenderer.render(new Block.Doc(null, null, blocks));
    pages = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        String text = stripper.getText(doc).replaceAll("\\s+", "");
        if (!text.startsWith("目")) { // the 目录 lists the table titles too: body pages only
          pages.add(text);
        }
      }
    }
  }

  /** The index of the only page holding {@code text} (spaces ignored). */
  private static int pageOf(String text) {
    String t = text.replaceAll("\\s+", "");
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      if (pages.get(i).contains(t)) {
        found.add(i);
      }
    }
    assertEquals(1, found.size(), "pages holding " + text + ": " + found);
    return found.get(0);
  }

  @Test
  void eachTableKeepsToItsPage() {
    assertEquals(pageOf("公开 01 表"), pageOf("2.本套报表金额单位转换时"));
    int p02 = pageOf("公开 02 表");
    assertEquals(p02, pageOf("公开 03 表"));
    assertEquals(p02, pageOf("注：本表反映部门本年度各项支出情况"));
    assertEquals(pageOf("公开 04 表"), pageOf("注：本表反映部门本年度一般公共预算财政拨款、政府性基金"));
    assertEquals(pageOf("公开 05 表"), pageOf("注：本表反映部门本年度一般公共预算财政拨款支出情况"));
    assertEquals(pageOf("公开 06 表"), pageOf("注：本表反映部门本年度一般公共预算财政拨款基本支出明细"));
    int p07 = pageOf("公开 07 表");
    assertEquals(p07, pageOf("公开 08 表"));
    assertEquals(p07, pageOf("本部门没有国有资本经营预算财政拨款支出"));
    assertEquals(pageOf("公开 09 表"), pageOf("本部门没有财政拨款“三公”经费支出"));
  }

  @Test
  void tablesFollowThePrintsPageMap() {
    // 01 | 02+03 | 04 | 05 | 06 | 07+08 | 09, then 附件2
    List<Integer> starts = List.of(pageOf("公开 01 表"), pageOf("公开 02 表"), pageOf("公开 04 表"),
        pageOf("公开 05 表"), pageOf("公开 06 表"), pageOf("公开 07 表"), pageOf("公开 09 表"));
    for (int i = 1; i < starts.size(); i++) {
      assertEquals(starts.get(i - 1) + 1, starts.get(i), "page map " + starts);
    }
  }

  @Test
  void selfAssessmentPrintsItsFiguresAndTotal() {
    int first = pageOf("部门整体支出绩效自评表");
    assertEquals(true, pages.get(first).contains("(2024年度)"));
    assertEquals(true, pages.get(first).contains("4787873.9768.056.8"));
    assertEquals(true, String.join("", pages.subList(first, pages.size())).contains("总分10095.81"));
  }
}
