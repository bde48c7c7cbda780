package cn.juesuan.disclosure.layout;

import cn.juesuan.disclosure.layout.TableSpec.Column;
import cn.juesuan.disclosure.layout.TableSpec.Column.Kind;
import com.lowagie.text.pdf.BaseFont;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the size, orientation and column widths of one table from its content and its
 * column declarations, before anything is drawn.
 *
 * <p>The rule: start from the design widths; widen every {@link Kind#AMOUNT} column to its
 * widest entry at the table's size; take that width from the {@link Kind#TEXT} columns (down to
 * their minimum, their text wraps), then from amount columns wider than their entries. When the
 * grid still does not fit the text block, make the smallest change that does: the whole table
 * half a point smaller at a time, down to {@link #MIN_PORTRAIT_SIZE}; else landscape at the
 * form's size, again smaller as needed. One plan holds for all pages of the table. A table whose
 * amounts fit its design widths (the usual case) keeps them exactly.
 */
final class TableFit {

  /** The smallest size a form is set at before it turns landscape (六号 is 7.5 pt). */
  static final float MIN_PORTRAIT_SIZE = 7f;
  /** The smallest size of a landscape table; below it entries are shrunk as a last resort. */
  static final float MIN_LANDSCAPE_SIZE = 6f;
  private static final float STEP = 0.5f;
  /** Room beyond the measured advance: rounding in OpenPDF's line fitting, never a visible gap. */
  private static final float SLACK = 0.6f;

  /**
   * How a table is set.
   *
   * @param size      font size of the whole table (grid, frame, notes)
   * @param landscape set on landscape pages
   * @param widths    absolute column widths, summing to the text-block width
   * @param fits      false only in the last resort, where entries wider than a cell are shrunk
   */
  record Plan(float size, boolean landscape, float[] widths, boolean fits) {
    float totalWidth() {
      float sum = 0;
      for (float w : widths) {
        sum += w;
      }
      return sum;
    }
  }

  private final BaseFont font;

  TableFit(BaseFont font) {
    this.font = font;
  }

  Plan plan(TableSpec spec, float declaredSize) {
    if (spec.columns().stream().allMatch(c -> c.kind() == Kind.FIXED)) {
      return new Plan(declaredSize, false, scaled(spec.columnWidths(), PageGeometry.TEXT_WIDTH), true);
    }
    for (boolean landscape : new boolean[] {false, true}) {
      float floor = landscape ? MIN_LANDSCAPE_SIZE : MIN_PORTRAIT_SIZE;
      float width = landscape ? PageGeometry.LANDSCAPE_TEXT_WIDTH : PageGeometry.TEXT_WIDTH;
      for (float size = declaredSize; size >= Math.min(floor, declaredSize) - 0.01f; size -= STEP) {
        float[] widths = solve(spec, size, width);
        if (widths != null) {
          return new Plan(size, landscape, widths, true);
        }
      }
    }
    float size = Math.min(MIN_LANDSCAPE_SIZE, declaredSize);
    return new Plan(size, true, scaled(spec.columnWidths(), PageGeometry.LANDSCAPE_TEXT_WIDTH), false);
  }

  /** Column widths at {@code size} within {@code total}, or null when the grid cannot fit. */
  float[] solve(TableSpec spec, float size, float total) {
    List<Column> columns = spec.columns();
    int n = columns.size();
    float[] width = scaled(spec.columnWidths(), total);
    float[] floor = new float[n]; // the narrowest each column may become
    for (int i = 0; i < n; i++) {
      Column c = columns.get(i);
      floor[i] = switch (c.kind()) {
        case FIXED -> width[i];
        case TEXT -> Math.min(width[i], c.minChars() * size + cellPadding(size));
        case AMOUNT -> 0;
      };
    }
    List<Span> spans = unbreakableEntries(spec, size);
    for (Span s : spans) {
      if (s.colspan == 1 && columns.get(s.column).kind() == Kind.AMOUNT) {
        floor[s.column] = Math.max(floor[s.column], s.need);
      }
    }
    for (Span s : spans) { // an amount over several columns widens its amount columns
      if (s.colspan > 1) {
        widenSpan(columns, floor, s);
      }
    }
    for (int i = 0; i < n; i++) {
      width[i] = Math.max(width[i], floor[i]);
    }
    float excess = sum(width) - total;
    excess = giveUp(columns, width, floor, excess, Kind.TEXT);
    excess = giveUp(columns, width, floor, excess, Kind.AMOUNT);
    return excess > 0.01f ? null : width;
  }

  /** Narrows columns of {@code kind} toward their floors in proportion to their room; the rest. */
  private static float giveUp(List<Column> columns, float[] width, float[] floor, float excess,
                              Kind kind) {
    if (excess <= 0) {
      return excess;
    }
    float room = 0;
    for (int i = 0; i < width.length; i++) {
      if (columns.get(i).kind() == kind) {
        room += width[i] - floor[i];
      }
    }
    if (room <= 0) {
      return excess;
    }
    float share = Math.min(1f, excess / room);
    for (int i = 0; i < width.length; i++) {
      if (columns.get(i).kind() == kind) {
        width[i] -= (width[i] - floor[i]) * share;
      }
    }
    return excess - room * share;
  }

  private static void widenSpan(List<Column> columns, float[] floor, Span s) {
    float have = 0;
    List<Integer> amounts = new ArrayList<>();
    for (int c = s.column; c < s.column + s.colspan; c++) {
      have += floor[c];
      if (columns.get(c).kind() == Kind.AMOUNT) {
        amounts.add(c);
      }
    }
    if (have >= s.need || amounts.isEmpty()) {
      return;
    }
    float each = (s.need - have) / amounts.size();
    for (int c : amounts) {
      floor[c] += each;
    }
  }

  /** One entry without a break point and the width its cell needs. */
  private record Span(int column, int colspan, float need) {}

  private List<Span> unbreakableEntries(TableSpec spec, float size) {
    int n = spec.columns().size();
    List<Span> out = new ArrayList<>();
    for (List<List<TableSpec.Cell>> section : List.of(spec.header(), spec.body())) {
      int[] pending = new int[n];
      for (List<TableSpec.Cell> row : section) {
        int col = 0;
        for (TableSpec.Cell cell : row) {
          while (col < n && pending[col] > 0) {
            col++;
          }
          if (col >= n) {
            break;
          }
          for (int c = col; c < Math.min(n, col + cell.colspan()); c++) {
            pending[c] = cell.rowspan();
          }
          String text = cell.text() == null ? "" : cell.text().strip();
          if (unbreakable(text)) {
            out.add(new Span(col, cell.colspan(), entryWidth(text, size)));
          }
          col += cell.colspan();
        }
        for (int c = 0; c < n; c++) {
          pending[c] = Math.max(0, pending[c] - 1);
        }
      }
    }
    return out;
  }

  /** The cell width {@code text} needs on one line at {@code size}. */
  float entryWidth(String text, float size) {
    return Typesetter.width(text, font, size) + cellPadding(size) + SLACK;
  }

  /** Left and right padding and the border: what a cell's width holds besides its text. */
  static float cellPadding(float size) {
    return 2 * TableRenderer.padX(size) + TableRenderer.BORDER;
  }

  /** An amount, a code, a rate: no space and no CJK character, so no place to break. */
  static boolean unbreakable(String text) {
    return !text.isEmpty()
        && text.chars().noneMatch(c -> c == ' ' || CjkLineBreaker.isWide((char) c));
  }

  static float[] scaled(float[] relative, float total) {
    float sum = sum(relative);
    float[] out = new float[relative.length];
    for (int i = 0; i < relative.length; i++) {
      out[i] = total * relative[i] / sum;
    }
    return out;
  }

  private static float sum(float[] values) {
    float sum = 0;
    for (float v : values) {
      sum += v;
    }
    return sum;
  }
}
