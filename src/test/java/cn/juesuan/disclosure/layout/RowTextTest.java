package cn.juesuan.disclosure.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.document.TableSpec;
import cn.juesuan.disclosure.document.TableSpec.Cell;
import cn.juesuan.disclosure.testing.PdfText;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A table read by position, as pdftotext and a viewer's copy read it: every row comes out as
 * one line in column order, blank cells left out, also for the sparse amount columns of a
 * 公开04-like form and on the page the table runs onto.
 */
class RowTextTest {

  @Test
  void aSparseTableReadsRowByRowOnEveryPage() {
    List<String> lines = PdfText.pages(PdfRenderer.render(SampleDocs.sample())).stream()
        .flatMap(page -> Arrays.stream(page.split("\n")))
        .map(String::strip)
        .toList();
    for (int i = 1; i <= 40; i++) {
      String expected = (i == 1 ? "一、一般公共预算财政拨款 1 478.11 " : i == 2 ? "二、政府性基金预算财政拨款 2 " : i + " ")
          + "第" + i + "行支出项目 " + (i + 32)
          + (i % 3 == 0 ? " 14.78 14.78" : "") + (i == 7 ? " 11122315.04" : "");
      assertTrue(lines.contains(expected), "no line \"" + expected + "\"");
    }
    // the header is repeated on the second page, each header row a line of its own
    assertEquals(2, lines.stream().filter("栏次 1 栏次 2 3 4 5"::equals).count());
  }

  @Test
  void aRowsTextIsItsNonBlankCellsInOrder() {
    assertEquals("八、其他收入 8 14.78", RowText.of(List.of(Cell.left(" 八、其他收入"), Cell.center("8"),
        Cell.right(""), Cell.right("14.78 "))));
    assertEquals("", RowText.of(List.of(Cell.left(""), Cell.right(" "), Cell.right(null))));
  }
}
