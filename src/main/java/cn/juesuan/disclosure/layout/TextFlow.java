package cn.juesuan.disclosure.layout;

import cn.juesuan.disclosure.document.Block;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the body text breaks between pages: body paragraphs with widow and orphan control, a
 * heading kept with the start of what follows, a short list kept together. The composer adds
 * blocks; this decides, before each, whether a new page comes first or a paragraph is cut.
 */
final class TextFlow {

  private final Document document;
  private final PdfWriter writer;
  private final Typography type;
  private final Typesetter typesetter;
  private final TableRenderer tables;
  private final Map<Block.Paragraph, Integer> lineCounts = new IdentityHashMap<>();

  TextFlow(Document document, PdfWriter writer, Typography type, Typesetter typesetter,
           TableRenderer tables) {
    this.document = document;
    this.tables = tables;
    this.writer = writer;
    this.type = type;
    this.typesetter = typesetter;
  }

  /**
   * A body paragraph, broken over pages with widow and orphan control: where OpenPDF would
   * leave a single line of it on either page, the paragraph goes to the next page whole (when
   * it is short, or only its first line fits) or is cut one line earlier, its last line on this
   * page justified as any full line.
   */
  void paragraph(Block.Paragraph p) throws DocumentException {
    int room = roomInLines();
    if (linesAtMost(p) <= room) {
      // it fits whatever its exact line count: no need to lay it out twice (the batch's hot path)
      document.add(bodyParagraph(p, p.text(), true, false));
      return;
    }
    ParagraphBreaker breaker = breaker(p);
    int total = lines(p);
    int cut = ParagraphBreaker.cutAfter(total, room);
    // cut < room: OpenPDF would break after {@code room} lines, leaving one for the next page
    int at = cut > 0 && cut < total && cut < room ? breaker.prefixOfLines(p.text(), cut) : -1;
    if (cut == 0) {
      document.newPage();
    } else if (at > 0) {
      document.add(bodyParagraph(p, p.text().substring(0, at), true, true));
      document.newPage();
      document.add(bodyParagraph(p, p.text().substring(at), false, false));
      return;
    }
    document.add(bodyParagraph(p, p.text(), true, false));
  }

  private ParagraphBreaker breaker(Block.Paragraph p) {
    return new ParagraphBreaker((text, first, justifyAll) -> bodyParagraph(p, text, first, justifyAll));
  }

  private Paragraph bodyParagraph(Block.Paragraph p, String text, boolean first, boolean justifyAll) {
    int align = align(p.align());
    if (justifyAll && align == Element.ALIGN_JUSTIFIED) {
      align = Element.ALIGN_JUSTIFIED_ALL;
    }
    return typesetter.paragraph(text, type.body(), Typography.BODY_LEADING, align,
        p.indent() && first, false);
  }

  /** Whole body lines left on the page. */
  private int roomInLines() {
    return (int) Math.floor((room() + 0.01f) / Typography.BODY_LEADING);
  }

  private float room() {
    return writer.getVerticalPosition(true) - document.bottom();
  }

  /**
   * The height that must follow a heading on its page: the next paragraph's first two lines
   * (all of it when it cannot be shared), or a table's frame, head and first row. A heading
   * followed by another heading (五、 then （一）) needs that heading and what must follow it
   * ({@code following}, the block after {@code next}), or the second heading's own keep moves
   * it to the next page and leaves the first alone at the foot.
   */
  float startOf(Block next, Block following) {
    if (next instanceof Block.Heading) {
      return Math.max(3 * Typography.BODY_LEADING, Typography.BODY_LEADING + startOf(following));
    }
    return startOf(next);
  }

  private float startOf(Block next) {
    if (next instanceof Block.Paragraph p) {
      if (linesAtLeast(p) >= 2 * ParagraphBreaker.MIN_LINES) {
        return ParagraphBreaker.MIN_LINES * Typography.BODY_LEADING; // long enough to share: no layout
      }
      int lines = lines(p);
      return Math.min(lines, lines < 2 * ParagraphBreaker.MIN_LINES ? lines : ParagraphBreaker.MIN_LINES)
          * Typography.BODY_LEADING;
    }
    if (next instanceof Block.Table table) {
      try {
        return tables.startHeight(table.spec(), tables.plan(table.spec()), document.top() - document.bottom());
      } catch (DocumentException e) {
        throw new IllegalStateException(e);
      }
    }
    if (next instanceof Block.Heading) {
      return 3 * Typography.BODY_LEADING;
    }
    return 0;
  }

  /** Consecutive one-line unindented paragraphs from {@code i} on (a short list), 0 when none. */
  int listRun(List<Block> blocks, int i) {
    if (i > 0 && isListLine(blocks.get(i - 1))) {
      return 0; // inside a run: kept with its first line already
    }
    int n = 0;
    while (i + n < blocks.size() && n <= MAX_LIST && isListLine(blocks.get(i + n))) {
      n++;
    }
    return n <= MAX_LIST ? n : 0;
  }

  /** A list longer than this breaks over pages like any text. */
  private static final int MAX_LIST = 8;

  private boolean isListLine(Block block) {
    return block instanceof Block.Paragraph p && !p.indent() && p.text().length() <= 40
        && (p.align() == null || p.align() == Block.Align.JUSTIFIED || p.align() == Block.Align.LEFT)
        && lines(p) == 1;
  }

  /**
   * An upper bound of a body paragraph's lines, without laying it out: every character of the
   * text is at most {@link #MAX_WIDTH_EMS} wide ({@link #narrow}), and a greedy line break leaves a full line
   * short of the text width by less than the unit that did not fit (the longest run of
   * characters with no break between them, 避头尾 included), so each full line holds more than
   * {@code perLine − ⌈1.1 × longest⌉ − 1} ems. {@link Integer#MAX_VALUE} where that cannot be said.
   */
  private int linesAtMost(Block.Paragraph p) {
    String t = p.text();
    int run = 0;
    int longest = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (!narrow(c)) {
        return Integer.MAX_VALUE;
      }
      run = i > 0 && !CjkLineBreaker.mayBreakBetween(t.charAt(i - 1), c) ? run + 1 : 1;
      longest = Math.max(longest, run);
    }
    int perLine = (int) Math.floor(PageGeometry.TEXT_WIDTH / type.body().getSize());
    int fill = perLine - (int) Math.ceil(longest * MAX_WIDTH_EMS) - 1;
    if (fill <= 0) {
      return Integer.MAX_VALUE;
    }
    int ems = (int) Math.ceil(t.length() * MAX_WIDTH_EMS) + (p.indent() ? INDENT_EMS : 0);
    return ems / fill + 1;
  }

  /**
   * A lower bound of a body paragraph's lines: no line holds more than the text width of the
   * text's natural width (justification only widens the spaces of a line that is full).
   */
  private int linesAtLeast(Block.Paragraph p) {
    return linesAtLeast(p.text(), type.body());
  }

  static int linesAtLeast(String text, com.lowagie.text.Font font) {
    float width = Typesetter.width(text, font.getBaseFont(), font.getSize());
    return (int) Math.ceil(width / PageGeometry.TEXT_WIDTH);
  }

  /** The widest glyph of {@link #narrow} in either face, in ems (sans W is 1.053 em). */
  static final double MAX_WIDTH_EMS = 1.1;

  /** The first-line indent of a body paragraph, in ems (as Typesetter sets it), with one to spare. */
  private static final int INDENT_EMS = 3;

  /**
   * Characters whose glyphs are at most {@link #MAX_WIDTH_EMS} wide in both bundled faces (tested over the faces):
   * printable ASCII and Latin-1, general punctuation up to the ellipsis, CJK symbols and
   * punctuation, CJK unified ideographs, full-width forms. No line feed (a forced break).
   */
  static boolean narrow(char c) {
    return (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xFF) || (c >= 0x2010 && c <= 0x2027)
        || (c >= 0x3000 && c <= 0x303F) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xFF01 && c <= 0xFF5E);
  }

  /** Lines of a body paragraph, measured once (a heading and a list ask ahead of time). */
  private int lines(Block.Paragraph p) {
    return lineCounts.computeIfAbsent(p, q -> breaker(q).lines(q.text(), true));
  }

  /** Starts a new page unless {@code height} fits above the bottom margin. */
  void keepWithNext(float height) throws DocumentException {
    // one leading more: after a heading OpenPDF took no 28 pt line into 42.7 pt (measured)
    if (room() < height + Typography.BODY_LEADING) {
      document.newPage();
    }
  }

  static int align(Block.Align align) {
    if (align == null) {
      return Element.ALIGN_JUSTIFIED;
    }
    return switch (align) {
      case LEFT -> Element.ALIGN_LEFT;
      case CENTER -> Element.ALIGN_CENTER;
      case RIGHT -> Element.ALIGN_RIGHT;
      case JUSTIFIED -> Element.ALIGN_JUSTIFIED;
    };
  }
}
