package cn.juesuan.disclosure.layout;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class CjkLineBreakerTest {

  @Test
  void closingMarksNeverStartALine() {
    for (char mark : "，。；：、）》」』”’！？%".toCharArray()) {
      assertFalse(CjkLineBreaker.mayBreakBetween('位', mark), "break before " + mark);
    }
  }

  @Test
  void openingMarksNeverEndALine() {
    for (char mark : "（《「『“‘".toCharArray()) {
      assertFalse(CjkLineBreaker.mayBreakBetween(mark, '副'), "break after " + mark);
    }
  }

  @Test
  void ideographsBreakAnywhereButNumbersAndDashesStayWhole() {
    assertTrue(CjkLineBreaker.mayBreakBetween('工', '会'));
    assertTrue(CjkLineBreaker.mayBreakBetween('计', '4'));
    assertTrue(CjkLineBreaker.mayBreakBetween('1', '万'));
    assertTrue(CjkLineBreaker.mayBreakBetween('。', '活'));
    assertFalse(CjkLineBreaker.mayBreakBetween('8', '.'));
    assertFalse(CjkLineBreaker.mayBreakBetween('.', '1'));
    assertFalse(CjkLineBreaker.mayBreakBetween('—', '—'));
    assertFalse(CjkLineBreaker.mayBreakBetween('…', '…'));
  }

  /**
   * The fixture paragraphs really hit the edge cases: laid out with OpenPDF's default break
   * rule at the same width, each of them puts a forbidden mark at a line start or end.
   */
  @Test
  void fixtureParagraphsBreakBadlyWithOpenPdfDefaults() throws Exception {
    for (String text : List.of(SampleDocs.COMMA_AT_LINE_START, SampleDocs.OPEN_BOOK_AT_LINE_END,
        SampleDocs.QUOTE_AFTER_STOP)) {
      assertTrue(violations(defaultLayout(text)) > 0, "default layout is fine for: " + text);
    }
  }

  static long violations(List<String> lines) {
    return lines.stream().filter(l -> !l.isEmpty())
        .filter(l -> CjkLineBreaker.NO_LINE_START.indexOf(l.charAt(0)) >= 0
            || CjkLineBreaker.NO_LINE_END.indexOf(l.charAt(l.length() - 1)) >= 0)
        .count();
  }

  private static List<String> defaultLayout(String text) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageGeometry.PAGE, PageGeometry.MARGIN_LEFT,
        PageGeometry.MARGIN_RIGHT, PageGeometry.MARGIN_TOP, PageGeometry.MARGIN_BOTTOM);
    PdfWriter.getInstance(document, out);
    document.open();
    try (FontSet.Fonts fonts = FontSet.borrow(new byte[0])) {
      Paragraph p = new Paragraph(Typography.BODY_LEADING, text, new Font(fonts.serif(), 16f));
      p.setFirstLineIndent(Typography.INDENT);
      p.setAlignment(Element.ALIGN_JUSTIFIED);
      document.add(p);
      document.close();
    }
    try (PdfText pdf = new PdfText(out.toByteArray())) {
      return pdf.lines(0);
    }
  }
}
