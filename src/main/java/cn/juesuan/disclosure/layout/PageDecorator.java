package cn.juesuan.disclosure.layout;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Page events: which section each page belongs to, the footer number "— N —", the draft mark,
 * and the generic tags that report where 目录 entries land.
 *
 * <p>Numbering: the cover and the draft findings page carry no number; the 目录 is numbered
 * I, II, …; the body starts at 1. So the 目录's own length never shifts a body page number.
 */
final class PageDecorator extends PdfPageEventHelper {

  enum Section { DRAFT, COVER, TOC, BODY }

  private final Typography type;
  private final TableOfContents toc;
  private final String watermark;
  private final Map<Section, Integer> counts = new EnumMap<>(Section.class);
  private final List<Section> physicalPages = new ArrayList<>();
  /** Where each 目录 title ends on this page; a wrapped title reports every line, the last wins. */
  private final Map<String, Rectangle> leaderStarts = new java.util.LinkedHashMap<>();
  private Section pending = Section.COVER;
  private Section current;

  PageDecorator(Typography type, TableOfContents toc, String watermark) {
    this.type = type;
    this.toc = toc;
    this.watermark = watermark == null || watermark.isBlank() ? null : watermark;
  }

  /** The section of the next page that starts. */
  void nextSection(Section section) {
    pending = section;
  }

  /** The page that is open but still empty is re-assigned (a new page was not needed). */
  void reassignEmptyPage(Section section) {
    counts.merge(current, -1, Integer::sum);
    current = section;
    counts.merge(current, 1, Integer::sum);
  }

  /** Sections of all finished pages, in the order they were written. */
  List<Section> physicalPages() {
    return physicalPages;
  }

  int bodyPage() {
    return current == Section.BODY ? counts.getOrDefault(Section.BODY, 0) : 0;
  }

  @Override
  public void onStartPage(PdfWriter writer, Document document) {
    current = pending;
    counts.merge(current, 1, Integer::sum);
  }

  @Override
  public void onEndPage(PdfWriter writer, Document document) {
    physicalPages.add(current); // recorded when finished: a started but empty page never counts
    leaderStarts.values().forEach(end -> TableOfContents.drawLeader(writer, end));
    leaderStarts.clear();
    if (watermark != null) {
      Watermark.draw(writer.getDirectContentUnder(), watermark, type.sans, document.getPageSize());
    }
    String number = switch (current) {
      case TOC -> roman(counts.get(Section.TOC));
      case BODY -> String.valueOf(counts.get(Section.BODY));
      default -> null;
    };
    if (number != null) {
      PdfContentByte canvas = writer.getDirectContent();
      var phrase = new com.lowagie.text.Phrase("— " + number + " —",
          type.serif(Typography.FOOTER_SIZE));
      // centred under the text block of this page (a landscape table's page has its own)
      ColumnText.showTextAligned(canvas, com.lowagie.text.Element.ALIGN_CENTER, phrase,
          (document.left() + document.right()) / 2, PageGeometry.footerBaseline(document.bottom()), 0);
    }
  }

  @Override
  public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String text) {
    if (text.startsWith(TableOfContents.ANCHOR_TAG)) {
      int index = Integer.parseInt(text.substring(TableOfContents.ANCHOR_TAG.length()));
      toc.placed(index, bodyPage(), writer, rect);
    } else if (text.startsWith(TableOfContents.LEADER_TAG)) {
      leaderStarts.put(text, new Rectangle(rect));
    }
  }

  static String roman(int n) {
    int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] letters = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      while (n >= values[i]) {
        out.append(letters[i]);
        n -= values[i];
      }
    }
    return out.toString();
  }
}
