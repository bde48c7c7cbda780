package cn.juesuan.disclosure.batch;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF read back with PDFBox: each page's text, and each page as a small grey image. */
final class DraftPages {
  private DraftPages() {}

  static List<String> text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      List<String> pages = new ArrayList<>();
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        pages.add(stripper.getText(doc));
      }
      return pages;
    }
  }

  /**
   * Per page, the number of pixels (at 24 dpi) that are light grey — the tone of the 草稿
   * outlines (0.86 g) — and would be white or black otherwise. The mark is drawn as outlines,
   * not text (so that copied text stays clean): it can only be seen, hence the rendering.
   */
  static List<Integer> lightGreyPixels(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFRenderer renderer = new PDFRenderer(doc);
      List<Integer> counts = new ArrayList<>();
      for (int p = 0; p < doc.getNumberOfPages(); p++) {
        BufferedImage image = renderer.renderImageWithDPI(p, 24, ImageType.GRAY);
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
          for (int x = 0; x < image.getWidth(); x++) {
            int v = image.getRaster().getSample(x, y, 0);
            if (v >= 205 && v <= 230) {
              n++;
            }
          }
        }
        counts.add(n);
      }
      return counts;
    }
  }

  static String squeeze(String s) {
    return s.replaceAll("\\s+", "");
  }
}
