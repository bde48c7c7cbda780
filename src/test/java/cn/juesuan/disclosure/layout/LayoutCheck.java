package cn.juesuan.disclosure.layout;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a rendered PDF back with PDFBox (glyph positions, ruled lines, marked content) and
 * lists what a typesetter must never do:
 * <ul>
 *   <li>a glyph outside the 版心 of its page (the page number below it aside);</li>
 *   <li>a glyph crossing a ruled line, i.e. outside its table cell, or resting on one (a
 *       table's top rule through the descenders of the line above it);</li>
 *   <li>two glyphs drawn over each other;</li>
 *   <li>a digit in a table at another size than the table's text (an amount shrunk to fit);</li>
 *   <li>a page with a single line of text; a page that begins with the last line of a paragraph
 *       (widow) or ends with the first line of one (orphan); a heading last on a page;</li>
 *   <li>a table row's text (its /ActualText) on both sides of a page break.</li>
 * </ul>
 * Coordinates are PDF points, y measured from the top of the page.
 */
final class LayoutCheck {

  private static final float MM = 72f / 25.4f;
  private static final float TOLERANCE = 0.6f;

  private LayoutCheck() {}

  /** Every violation found, one line each ("page 7: …"); empty when the layout is clean. */
  static List<String> violations(byte[] pdf) {
    List<String> out = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<PageFacts> pages = new ArrayList<>();
      for (int i = 0; i < doc.getNumberOfPages(); i++) {
        pages.add(PageFacts.read(doc, i));
      }
      for (PageFacts page : pages) {
        page.check(out);
      }
      for (int i = 0; i + 1 < pages.size(); i++) {
        breakBetween(pages.get(i), pages.get(i + 1), out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** A glyph: its box (x0..x1, top..baseline+descent), baseline, size and face. */
  record Glyph(String text, float x0, float x1, float baseline, float size, boolean sans, boolean bold) {
    float top() {
      return baseline - 0.8f * size;
    }

    float bottom() {
      return baseline + 0.1f * size;
    }
  }

  /** A ruled line segment: vertical when x0 == x1. */
  record Segment(float x0, float y0, float x1, float y1) {
    boolean vertical() {
      return Math.abs(x1 - x0) < 0.01f;
    }
  }

  /** A line of text: glyphs of one baseline. */
  record Line(float baseline, float x0, float x1, float size, boolean sans, String text) {}
  // sans: every glyph sans or thickened (a heading)

  static final class PageFacts {
    final int number; // 1-based
    final PDRectangle box;
    final List<Glyph> glyphs = new ArrayList<>();
    final List<Segment> segments = new ArrayList<>();
    final List<String> rowTexts = new ArrayList<>();
    float left;
    float right;
    float top;
    float bottom;

    private PageFacts(int number, PDRectangle media, int rotation) {
      this.number = number;
      // text positions come in the page as displayed: a page turned by /Rotate 90 is wide
      this.box = rotation % 180 == 0 ? media : new PDRectangle(media.getHeight(), media.getWidth());
      boolean landscape = box.getWidth() > box.getHeight();
      // the 版心 of TableFit's pages: portrait GB/T 9704, landscape the same margins turned
      left = (landscape ? 37 : 28) * MM;
      right = box.getWidth() - (landscape ? 35 : 26) * MM;
      top = (landscape ? 26 : 37) * MM;
      bottom = box.getHeight() - (landscape ? 28 : 35) * MM;
    }

    static PageFacts read(PDDocument doc, int index) throws IOException {
      PDPage page = doc.getPage(index);
      PageFacts facts = new PageFacts(index + 1, page.getMediaBox(), page.getRotation());
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void processTextPosition(TextPosition t) {
          String u = t.getUnicode();
          if (u == null || u.isBlank()) {
            return;
          }
          String font = t.getFont() == null || t.getFont().getName() == null ? "" : t.getFont().getName();
          // a heading of level 2 is the serif thickened by a stroke (fill and stroke mode)
          boolean bold = getGraphicsState().getTextState().getRenderingMode()
              == org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.FILL_STROKE;
          facts.glyphs.add(new Glyph(u, t.getXDirAdj(), t.getXDirAdj() + t.getWidthDirAdj(), t.getYDirAdj(),
              t.getFontSizeInPt(), font.contains("Sans"), bold));
        }
      };
      stripper.setStartPage(index + 1);
      stripper.setEndPage(index + 1);
      stripper.getText(doc);
      new Rules(page, facts).processPage(page);
      facts.readRowTexts(page);
      return facts;
    }

    private void readRowTexts(PDPage page) throws IOException {
      PDFStreamParser parser = new PDFStreamParser(page);
      List<Object> tokens = parser.parse();
      for (int i = 2; i < tokens.size(); i++) {
        if (tokens.get(i) instanceof Operator op && op.getName().equals("BDC")
            && tokens.get(i - 1) instanceof COSDictionary props
            && props.getDictionaryObject(COSName.ACTUAL_TEXT) instanceof COSString s) {
          rowTexts.add(s.getString());
        }
      }
    }

    /** Lines of text, the page number excepted, top to bottom. */
    List<Line> lines() {
      Map<Integer, List<Glyph>> byBaseline = new TreeMap<>();
      for (Glyph g : glyphs) {
        if (isFooter(g)) {
          continue;
        }
        byBaseline.computeIfAbsent(Math.round(g.baseline()), k -> new ArrayList<>()).add(g);
      }
      List<Line> out = new ArrayList<>();
      for (List<Glyph> gs : byBaseline.values()) {
        gs.sort(Comparator.comparingDouble(Glyph::x0));
        StringBuilder text = new StringBuilder();
        gs.forEach(g -> text.append(g.text()));
        Glyph first = gs.get(0);
        float size = (float) gs.stream().mapToDouble(Glyph::size).max().orElse(0);
        boolean sans = gs.stream().allMatch(g -> g.sans() || g.bold());
        out.add(new Line(first.baseline(), first.x0(), gs.get(gs.size() - 1).x1(), size, sans, text.toString()));
      }
      return out;
    }

    /** Body text lines (16 pt serif). */
    List<Line> bodyLines() {
      return lines().stream().filter(l -> Math.abs(l.size() - 16f) < 0.1f && !l.sans()).toList();
    }

    boolean isFooter(Glyph g) {
      return g.baseline() > bottom + 2;
    }

    void check(List<String> out) {
      String where = "page " + number + ": ";
      for (Glyph g : glyphs) {
        if (isFooter(g)) {
          if (g.baseline() > box.getHeight() - 5) {
            out.add(where + "'" + g.text() + "' below the page");
          }
          continue;
        }
        // PDFBox counts the character spacing of a justified line into a glyph's width
        float slack = 0.2f * g.size();
        if (g.x0() < left - TOLERANCE || g.x1() > right + slack || g.top() < top - 2) {
          out.add(where + "'" + g.text() + "' outside the 版心 at x " + g.x0() + "–" + g.x1() + ", y " + g.baseline());
        }
      }
      crossings(where, out);
      overlaps(where, out);
      tableSizes(where, out);
      List<Line> lines = lines();
      if (lines.size() == 1) {
        out.add(where + "a single line of text: " + lines.get(0).text());
      }
      if (!lines.isEmpty()) {
        Line last = lines.get(lines.size() - 1);
        if (number > 1 && last.sans() && last.size() >= 14f && !tableBelow(last)) {
          out.add(where + "ends with a heading: " + last.text());
        }
      }
    }

    private boolean tableBelow(Line line) {
      return segments.stream().anyMatch(s -> Math.min(s.y0(), s.y1()) > line.baseline());
    }

    /** A glyph box (slightly inset) cut by a ruled line is not inside its cell. */
    private void crossings(String where, List<String> out) {
      int reported = 0;
      for (Segment s : segments) {
        for (Glyph g : glyphs) {
          float inset = 0.15f * g.size();
          boolean hit = s.vertical()
              ? s.x0() > g.x0() + inset && s.x0() < g.x1() - inset
                  && Math.max(s.y0(), s.y1()) > g.top() + inset && Math.min(s.y0(), s.y1()) < g.bottom() - inset
              : Math.abs(s.y1() - s.y0()) < 0.01f && s.y0() > g.top() + inset && s.y0() < g.bottom() - inset
                  && Math.max(s.x0(), s.x1()) > g.x0() + inset && Math.min(s.x0(), s.x1()) < g.x1() - inset;
          // a rule just under a line of text, through its descenders (ideographs reach about
          // 0.12 em below the baseline): a table drawn flush under the paragraph before it
          boolean underline = !s.vertical() && Math.abs(s.y1() - s.y0()) < 0.01f
              && s.y0() >= g.bottom() - inset && s.y0() < g.baseline() + 0.12f * g.size()
              && Math.max(s.x0(), s.x1()) > g.x0() + inset && Math.min(s.x0(), s.x1()) < g.x1() - inset;
          if (hit && reported++ < 5) {
            out.add(where + "'" + g.text() + "' crosses a ruled line at " + s);
          } else if (underline && reported++ < 5) {
            out.add(where + "'" + g.text() + "' touches a ruled line under it at " + s);
          }
        }
      }
    }

    private void overlaps(String where, List<String> out) {
      List<Glyph> sorted = new ArrayList<>(glyphs);
      sorted.sort(Comparator.comparingDouble(Glyph::x0));
      int reported = 0;
      for (int i = 0; i < sorted.size(); i++) {
        Glyph a = sorted.get(i);
        float insetA = 0.2f * a.size();
        for (int j = i + 1; j < sorted.size(); j++) {
          Glyph b = sorted.get(j);
          if (b.x0() >= a.x1() - insetA) {
            break;
          }
          float inset = 0.2f * Math.min(a.size(), b.size());
          boolean meet = b.x0() + inset < a.x1() - inset && a.x0() + inset < b.x1() - inset
              && b.top() + inset < a.bottom() - inset && a.top() + inset < b.bottom() - inset;
          if (meet && reported++ < 5) {
            out.add(where + "'" + a.text() + "' and '" + b.text() + "' overlap at x " + a.x0() + ", y " + a.baseline());
          }
        }
      }
    }

    /**
     * Each ruled table (segments that touch) has one size: that of most of its ideographs; a
     * digit inside at another size is an amount shrunk to fit its cell.
     */
    private void tableSizes(String where, List<String> out) {
      for (float[] table : tables()) {
        Map<Float, Integer> cjk = new LinkedHashMap<>();
        List<Glyph> digits = new ArrayList<>();
        for (Glyph g : glyphs) {
          float cx = (g.x0() + g.x1()) / 2;
          float cy = (g.top() + g.bottom()) / 2;
          if (cx < table[0] || cx > table[2] || cy < table[1] || cy > table[3]) {
            continue;
          }
          char c = g.text().charAt(0);
          if (Character.isDigit(c)) {
            digits.add(g);
          } else if (CjkLineBreaker.isWide(c)) {
            cjk.merge(Math.round(g.size() * 100) / 100f, 1, Integer::sum);
          }
        }
        Float size = cjk.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        if (size == null) {
          continue;
        }
        int reported = 0;
        for (Glyph d : digits) {
          if (Math.abs(d.size() - size) > 0.05f && reported++ < 3) {
            out.add(where + "digit '" + d.text() + "' at " + d.size() + " pt in a table set at " + size
                + " pt (y " + d.baseline() + ")");
          }
        }
      }
    }

    /** Bounding boxes {x0, y0, x1, y1} of groups of touching ruled lines. */
    List<float[]> tables() {
      int n = segments.size();
      int[] parent = new int[n];
      for (int i = 0; i < n; i++) {
        parent[i] = i;
      }
      List<float[]> boxes = new ArrayList<>();
      for (Segment s : segments) {
        boxes.add(new float[] {Math.min(s.x0(), s.x1()) - 1, Math.min(s.y0(), s.y1()) - 1,
            Math.max(s.x0(), s.x1()) + 1, Math.max(s.y0(), s.y1()) + 1});
      }
      // sweep by top edge: segments of one table touch their neighbours
      Integer[] order = new Integer[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      java.util.Arrays.sort(order, Comparator.comparingDouble(i -> boxes.get(i)[1]));
      for (int a = 0; a < n; a++) {
        float[] p = boxes.get(order[a]);
        for (int b = a + 1; b < n; b++) {
          float[] q = boxes.get(order[b]);
          if (q[1] > p[3]) {
            break;
          }
          if (q[0] <= p[2] && p[0] <= q[2]) {
            union(parent, order[a], order[b]);
          }
        }
      }
      Map<Integer, float[]> groups = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        float[] b = boxes.get(i);
        groups.merge(find(parent, i), b.clone(), (x, y) -> new float[] {Math.min(x[0], y[0]),
            Math.min(x[1], y[1]), Math.max(x[2], y[2]), Math.max(x[3], y[3])});
      }
      return new ArrayList<>(groups.values());
    }

    private static int find(int[] parent, int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }

    private static void union(int[] parent, int a, int b) {
      parent[find(parent, a)] = find(parent, b);
    }
  }

  /** Widows and orphans of body paragraphs, and a table row's text on both sides of a break. */
  private static void breakBetween(PageFacts before, PageFacts after, List<String> out) {
    List<Line> a = before.bodyLines();
    List<Line> b = after.bodyLines();
    List<Line> allAfter = after.lines();
    List<Line> allBefore = before.lines();
    if (!a.isEmpty() && !b.isEmpty() && !allAfter.isEmpty() && !allBefore.isEmpty()) {
      Line last = a.get(a.size() - 1);
      Line first = b.get(0);
      // a paragraph runs over the break: the page ends with a full line of body text and the
      // next one begins with a line of it that is not indented
      boolean runsOver = full(before, last) && allBefore.get(allBefore.size() - 1).equals(last)
          && allAfter.get(0).equals(first) && first.x0() < after.left + 16f;
      if (runsOver && !full(after, first)) {
        out.add("page " + after.number + ": widow (last line of a paragraph alone): " + first.text());
      }
      if (runsOver && last.x0() > before.left + 16f) {
        out.add("page " + before.number + ": orphan (first line of a paragraph alone): " + last.text());
      }
    }
    if (!before.rowTexts.isEmpty() && !after.rowTexts.isEmpty()) {
      String end = before.rowTexts.get(before.rowTexts.size() - 1);
      if (!end.isBlank() && end.equals(after.rowTexts.get(0))) {
        out.add("page " + after.number + ": the row text of a split row again: " + end);
      }
    }
  }

  private static boolean full(PageFacts page, Line line) {
    return line.x1() > page.right - 8f;
  }

  /** Ruled lines of a page, in top-down page coordinates. */
  private static final class Rules extends PDFGraphicsStreamEngine {
    private final PageFacts facts;
    private final float height;
    private final boolean turned;
    private final List<Point2D> path = new ArrayList<>();
    private final List<Segment> pending = new ArrayList<>();
    private Point2D current;

    Rules(PDPage page, PageFacts facts) {
      super(page);
      this.facts = facts;
      this.height = page.getMediaBox().getHeight();
      this.turned = page.getRotation() == 90;
    }

    /** In displayed coordinates, y from the top (a page turned by 90°: x = user y, y = user x). */
    private Segment segment(Point2D a, Point2D b) {
      if (turned) {
        return new Segment((float) a.getY(), (float) a.getX(), (float) b.getY(), (float) b.getX());
      }
      return new Segment((float) a.getX(), height - (float) a.getY(), (float) b.getX(), height - (float) b.getY());
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
      pending.add(segment(p0, p1));
      pending.add(segment(p1, p2));
      pending.add(segment(p2, p3));
      pending.add(segment(p3, p0));
    }

    @Override
    public void moveTo(float x, float y) {
      current = new Point2D.Float(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
      Point2D next = new Point2D.Float(x, y);
      if (current != null) {
        pending.add(segment(current, next));
      }
      current = next;
    }

    @Override
    public void strokePath() {
      for (Segment s : pending) {
        boolean axis = Math.abs(s.x0() - s.x1()) < 0.01f || Math.abs(s.y0() - s.y1()) < 0.01f;
        float length = Math.abs(s.x0() - s.x1()) + Math.abs(s.y0() - s.y1());
        if (axis && length > 0.5f) {
          facts.segments.add(s);
        }
      }
      pending.clear();
    }

    @Override public void fillPath(int windingRule) { pending.clear(); }
    @Override public void fillAndStrokePath(int windingRule) { strokePath(); }
    @Override public void endPath() { pending.clear(); }
    @Override public void clip(int windingRule) {}
    @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {}
    @Override public Point2D getCurrentPoint() { return current; }
    @Override public void closePath() {}
    @Override public void drawImage(PDImage pdImage) {}
    @Override public void shadingFill(COSName shadingName) {}
  }
}
