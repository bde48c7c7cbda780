package cn.juesuan.disclosure.layout;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/**
 * A {@link PdfPTable} whose rows are measured once. OpenPDF's ColumnText calls
 * {@code calculateHeights(true)} on a locked-width table every time it places it on a page,
 * which lays out every composite cell again although nothing changed since the renderer
 * measured it (to decide on a page break). The rows are the same objects and the widths are
 * locked, so a repeated measurement gives the same heights: after the first full measurement,
 * a request to re-measure only re-sums the row heights already known. Adding a cell or
 * changing the widths forgets the measurement. (ColumnText's own copies of a table, made when
 * a row is split, are plain PdfPTables and measure as usual.)
 */
final class MeasuredTable extends PdfPTable {

  private boolean measured;

  MeasuredTable(int columns) {
    super(columns);
  }

  @Override
  public float calculateHeights(boolean firsttime) {
    if (firsttime && measured) {
      return super.calculateHeights(false);
    }
    float height = super.calculateHeights(firsttime);
    if (firsttime && totalWidth > 0) {
      measured = true;
    }
    return height;
  }

  @Override
  public PdfPCell addCell(PdfPCell cell) {
    measured = false;
    return super.addCell(cell);
  }

  @Override
  public void setWidths(float[] relativeWidths) throws DocumentException {
    measured = false;
    super.setWidths(relativeWidths);
  }

  @Override
  public void setTotalWidth(float totalWidth) {
    measured = false;
    super.setTotalWidth(totalWidth);
  }
}
