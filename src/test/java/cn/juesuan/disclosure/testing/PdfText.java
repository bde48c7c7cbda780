package cn.juesuan.disclosure.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Text extraction for tests (PDFBox reads OpenPDF's Identity-H text reliably). */
public final class PdfText {
  private PdfText() {}

  /**
   * The text as a reader gets it: ordered by position on the page, as pdftotext and a viewer's
   * copy do (not the order the file happens to hold it in). Each table row carries its text in
   * reading order as /ActualText (see layout.RowText), which PDFBox honours as poppler does; so
   * a row with blank cells still reads as one line, as printed.
   */
  public static String of(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return stripper().getText(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PDFTextStripper stripper() {
    PDFTextStripper s = new PDFTextStripper();
    s.setSortByPosition(true);
    return s;
  }

  /** The text of each page. */
  public static java.util.List<String> pages(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      java.util.List<String> out = new java.util.ArrayList<>();
      PDFTextStripper s = stripper();
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        s.setStartPage(p);
        s.setEndPage(p);
        out.add(s.getText(doc));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
