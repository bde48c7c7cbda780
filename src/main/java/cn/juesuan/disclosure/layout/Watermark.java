package cn.juesuan.disclosure.layout;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The draft mark (草稿): large, diagonal, light grey, under the page content.
 *
 * <p>It is drawn as glyph OUTLINES (vector paths), not as text, so text extraction (pdftotext,
 * PDFBox, copy and paste) returns the body alone, never "草稿" threaded through every line.
 * The outlines come from the bundled sans face through java.awt, once per process and text.
 * If java.awt cannot load the face (a JRE without its font stack) the mark falls back to text.
 */
final class Watermark {

  private static final float UNITS = 1000f;
  private static final float GRAY = 0.86f;
  private static final Map<String, float[][]> OUTLINES = new ConcurrentHashMap<>();

  private Watermark() {}

  /** The sans face for java.awt, created once; null when java.awt cannot load fonts here. */
  private static final class AwtFace {
    static final Font SANS = load();

    private static Font load() {
      try {
        return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(FontSet.sansBytes()));
      } catch (Exception | LinkageError e) {
        return null;
      }
    }
  }

  static void draw(PdfContentByte under, String text, BaseFont fallbackFont) {
    draw(under, text, fallbackFont, PageGeometry.PAGE);
  }

  /** The mark across a page of this size (a landscape table's page too). */
  static void draw(PdfContentByte under, String text, BaseFont fallbackFont,
                   com.lowagie.text.Rectangle page) {
    float pageW = page.getWidth();
    float pageH = page.getHeight();
    double angle = Math.atan2(pageH, pageW);
    float span = (float) Math.hypot(pageW, pageH) * 0.5f;

    under.saveState();
    under.setGrayFill(GRAY);
    float[][] path = outline(text);
    if (path != null) {
      drawOutline(under, path, angle, span, pageW / 2, pageH / 2);
    } else {
      drawText(under, text, fallbackFont, angle, span, pageW / 2, pageH / 2);
    }
    under.restoreState();
  }

  /**
   * Path segments at {@link #UNITS} per em, y up, baseline at 0: per segment
   * {type, x1, y1, x2, y2, x3, y3}; the last row holds the bounds {-1, minX, minY, w, h}.
   */
  private static float[][] outline(String text) {
    if (AwtFace.SANS == null) {
      return null;
    }
    return OUTLINES.computeIfAbsent(text, Watermark::trace);
  }

  private static float[][] trace(String text) {
    Font font = AwtFace.SANS.deriveFont(UNITS);
    Shape shape = font.createGlyphVector(new FontRenderContext(null, true, true), text).getOutline();
    java.util.List<float[]> segments = new java.util.ArrayList<>();
    PathIterator it = shape.getPathIterator(null);
    float[] c = new float[6];
    float lastX = 0;
    float lastY = 0;
    while (!it.isDone()) {
      int type = it.currentSegment(c);
      float[] seg = new float[7];
      seg[0] = type;
      switch (type) {
        case PathIterator.SEG_MOVETO, PathIterator.SEG_LINETO -> {
          seg[1] = c[0];
          seg[2] = -c[1];
          lastX = c[0];
          lastY = c[1];
        }
        case PathIterator.SEG_QUADTO -> {
          // PDF has cubic curves only: raise the quadratic to a cubic (exact).
          seg[0] = PathIterator.SEG_CUBICTO;
          seg[1] = lastX + 2f / 3f * (c[0] - lastX);
          seg[2] = -(lastY + 2f / 3f * (c[1] - lastY));
          seg[3] = c[2] + 2f / 3f * (c[0] - c[2]);
          seg[4] = -(c[3] + 2f / 3f * (c[1] - c[3]));
          seg[5] = c[2];
          seg[6] = -c[3];
          lastX = c[2];
          lastY = c[3];
        }
        case PathIterator.SEG_CUBICTO -> {
          seg[1] = c[0];
          seg[2] = -c[1];
          seg[3] = c[2];
          seg[4] = -c[3];
          seg[5] = c[4];
          seg[6] = -c[5];
          lastX = c[4];
          lastY = c[5];
        }
        default -> { } // SEG_CLOSE
      }
      segments.add(seg);
      it.next();
    }
    Rectangle2D b = shape.getBounds2D();
    segments.add(new float[] {-1, (float) b.getMinX(), (float) -b.getMaxY(),
        (float) b.getWidth(), (float) b.getHeight(), 0, 0});
    return segments.toArray(new float[0][]);
  }

  private static void drawOutline(PdfContentByte cb, float[][] path, double angle, float span,
                                  float cx, float cy) {
    float[] bounds = path[path.length - 1];
    float scale = span / Math.max(bounds[3], 1f);
    float w = bounds[3] * scale;
    float h = bounds[4] * scale;
    float cos = (float) Math.cos(angle);
    float sin = (float) Math.sin(angle);
    // place the outline's box centred on the page, rotated about the centre
    float ox = -w / 2 - bounds[1] * scale;
    float oy = -h / 2 - bounds[2] * scale;
    cb.concatCTM(cos, sin, -sin, cos, cx, cy);
    cb.concatCTM(scale, 0, 0, scale, ox, oy);
    for (int i = 0; i < path.length - 1; i++) {
      float[] s = path[i];
      switch ((int) s[0]) {
        case PathIterator.SEG_MOVETO -> cb.moveTo(s[1], s[2]);
        case PathIterator.SEG_LINETO -> cb.lineTo(s[1], s[2]);
        case PathIterator.SEG_CUBICTO -> cb.curveTo(s[1], s[2], s[3], s[4], s[5], s[6]);
        default -> cb.closePath();
      }
    }
    cb.fill(); // TrueType outlines use the non-zero winding rule
  }

  private static void drawText(PdfContentByte cb, String text, BaseFont font, double angle,
                               float span, float cx, float cy) {
    float size = span / Math.max(font.getWidthPoint(text, 1f), 1f);
    cb.beginText();
    cb.setFontAndSize(font, size);
    cb.showTextAligned(PdfContentByte.ALIGN_CENTER, text, cx, cy - size / 3,
        (float) Math.toDegrees(angle));
    cb.endText();
  }
}
