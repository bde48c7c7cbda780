package cn.juesuan.disclosure.layout;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.ColumnText;

/**
 * Widow and orphan control for body paragraphs, as an office's Word does it: a paragraph that
 * runs over a page break leaves at least two lines on each page. OpenPDF breaks a paragraph
 * wherever the page ends, so the composer asks here first: how many lines the paragraph has
 * (measured by laying it out in a column of the text-block width, without drawing) and, when
 * one line would be left alone, where to cut it so that two go over.
 */
final class ParagraphBreaker {

  /** Lines a paragraph keeps together at each side of a page break. */
  static final int MIN_LINES = 2;

  interface Factory {
    /** The paragraph of {@code text} as the composer sets it ({@code first}: with its indent). */
    Paragraph make(String text, boolean first, boolean justifyLastLine);
  }

  private final Factory factory;

  ParagraphBreaker(Factory factory) {
    this.factory = factory;
  }

  /** Lines of {@code text} set as a paragraph on the text-block width. */
  int lines(String text, boolean first) {
    ColumnText column = new ColumnText(null);
    column.setSimpleColumn(PageGeometry.TEXT_LEFT, 0, PageGeometry.TEXT_RIGHT, 14_000);
    column.addElement(factory.make(text, first, false));
    try {
      column.go(true);
    } catch (DocumentException e) {
      throw new IllegalStateException(e);
    }
    return column.getLinesWritten();
  }

  /**
   * Where the first {@code lines} lines of {@code text} end: the longest prefix that fits in
   * them and ends where a line may end (避头尾), found by halving (greedy line breaking: the
   * lines of a prefix are the lines of the whole text).
   */
  int prefixOfLines(String text, int lines) {
    int low = 1;
    int high = text.length() - 1;
    int best = 0;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (lines(text.substring(0, mid), true) <= lines) {
        best = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    while (best > 0 && !CjkLineBreaker.mayBreakBetween(text.charAt(best - 1), text.charAt(best))) {
      best--;
    }
    return best;
  }

  /**
   * How a paragraph of {@code total} lines is set where {@code room} lines are left on the page:
   * all here, all on the next page, or cut after a number of lines.
   */
  static int cutAfter(int total, int room) {
    if (total <= room) {
      return total; // fits
    }
    if (room < MIN_LINES || total < 2 * MIN_LINES) {
      return 0; // an orphan, or a short paragraph that cannot be shared: all to the next page
    }
    return Math.min(room, total - MIN_LINES); // no widow on the next page
  }
}
