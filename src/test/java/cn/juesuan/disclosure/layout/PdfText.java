package cn.juesuan.disclosure.layout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Test helper: a rendered PDF read back with PDFBox, text per page. */
final class PdfText implements AutoCloseable {

  final PDDocument pdf;
  final List<String> pages = new ArrayList<>();

  PdfText(byte[] bytes) {
    try {
      pdf = Loader.loadPDF(bytes);
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        pages.add(stripper.getText(pdf));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String all() {
    return String.join("\n", pages);
  }

  /** Non-empty lines of one page (0-based), runs of white space (also U+3000) as one space. */
  List<String> lines(int page) {
    List<String> out = new ArrayList<>();
    for (String line : pages.get(page).split("\\R")) {
      String normal = line.replaceAll("[\\s\u3000]+", " ").strip();
      if (!normal.isEmpty()) {
        out.add(normal);
      }
    }
    return out;
  }

  /** Text with all white space removed (PDFBox renders a wide space as two). */
  static String squeeze(String s) {
    return s.replaceAll("[\\s\u3000]+", "");
  }

  /** First 0-based page containing {@code s} (white space ignored) at or after {@code from}, or -1. */
  int pageOf(String s, int from) {
    for (int p = from; p < pages.size(); p++) {
      if (squeeze(pages.get(p)).contains(squeeze(s))) {
        return p;
      }
    }
    return -1;
  }

  @Override
  public void close() throws IOException {
    pdf.close();
  }
}
