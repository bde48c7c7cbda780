package cn.juesuan.disclosure.layout;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ByteBuffer;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import java.util.Arrays;
import java.util.List;

/**
 * Gives each table row its text in reading order: the row's drawing is wrapped in a marked
 * content sequence {@code /Span <</ActualText (…)>> BDC … EMC} (ISO 32000-1 §14.9.4) whose
 * replacement text is the row's non-blank cells, left to right, separated by spaces.
 *
 * <p>Why: text extractors that order text by position (poppler's pdftotext, copy in viewers
 * built on it) read a grid row by row only where every column has text; an amount with blank
 * cells above and below (公开01/04, where blank and 0.00 differ) is read after the whole table,
 * and a tall header cell before the row it belongs to. With the replacement text a row is read
 * as printed: "一、一般公共预算财政拨款收入 1 478.11 一、一般公共服务支出 31 455.79". The glyphs
 * stay where they are drawn; only the extracted text changes. The cost: in a viewer that honours
 * ActualText, a selection inside a row takes the whole row.
 *
 * <p>How: OpenPDF offers no hook before a row is drawn, only a cell event after each cell. One
 * {@code RowText} per table remembers where the current row began in the text layer (the end
 * of the previous row, or the start of a layer OpenPDF has just opened for a page's share of
 * the table); at the row's last cell it inserts the BDC there and appends the EMC. The text
 * layer holds only the cells' own text objects, so the sequence nests correctly.
 */
final class RowText {

  private static final byte[] EMC = "EMC\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private PdfContentByte layer;
  private int rowStart;

  /** A row's replacement text: its cells' non-blank texts, left to right, one space apart. */
  static String of(List<TableSpec.Cell> row) {
    StringBuilder out = new StringBuilder();
    for (TableSpec.Cell cell : row) {
      String t = cell.text();
      if (t != null && !t.isBlank()) {
        out.append(out.length() == 0 ? "" : " ").append(t.strip());
      }
    }
    return out.toString();
  }

  /** The event for one cell: {@code replacement} is set on the last cell of its row only. */
  PdfPCellEvent cell(String replacement) {
    return cell(replacement, true);
  }

  /**
   * As {@link #cell(String)}; {@code everyTime} for a header row, drawn again on every page of
   * the table. A body row taller than what is left of a page is drawn in parts, one a page,
   * with the same events: its first part carries the row's text, the later parts an empty
   * replacement, so the row is read once.
   */
  PdfPCellEvent cell(String replacement, boolean everyTime) {
    return new PdfPCellEvent() {
      private boolean drawn;

      @Override
      public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
        PdfContentByte text = canvases[PdfPTable.TEXTCANVAS];
        if (text != layer) {
          // OpenPDF writes each page's share of a table into fresh layers.
          layer = text;
          rowStart = 0;
        }
        if (replacement == null) {
          return;
        }
        ByteBuffer buffer = text.getInternalBuffer();
        int end = buffer.size();
        if (!replacement.isBlank() && end > rowStart) {
          byte[] row = Arrays.copyOfRange(buffer.getBuffer(), rowStart, end);
          buffer.setSize(rowStart);
          buffer.append(begin(text, drawn && !everyTime ? "" : replacement));
          buffer.append(row);
          buffer.append(EMC);
        }
        drawn = true;
        rowStart = buffer.size();
      }
    };
  }

  /** The BDC operator with its inline property list, as the layer's writer would write it. */
  private static byte[] begin(PdfContentByte layer, String replacement) {
    PdfDictionary properties = new PdfDictionary();
    properties.put(PdfName.ACTUALTEXT, new PdfString(replacement, PdfObject.TEXT_UNICODE));
    PdfContentByte scratch = layer.getDuplicate();
    scratch.beginMarkedContentSequence(PdfName.SPAN, properties, true);
    return scratch.getInternalBuffer().toByteArray();
  }
}
