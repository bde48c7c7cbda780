package cn.juesuan.disclosure.export;

import cn.juesuan.disclosure.document.TableSpec;
import cn.juesuan.disclosure.document.TableSpec.Cell;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The table forms as an .xlsx workbook in their printed layout, one sheet per form: title,
 * label, unit line, the head with its merged cells and 栏次, the body with 行次, amounts as
 * numbers ({@code 0.00}, or {@code #,##0.00} where the format groups digits) and an empty cell
 * where the form prints none, then the notes. Built from the same {@link TableSpec}s the PDF is
 * laid out from, so the workbook is the printed form; the workbook reader reads it back.
 */
public final class WorkbookExport {
  /** Whoever wrote a workbook: {@code OutputFiles} replaces only a workbook that still says so. */
  public static final String CREATOR = "部门决算公开 PDF generator";
  private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?");

  private WorkbookExport() {}

  /** One sheet: its name and the form. */
  public record Sheet1(String name, TableSpec form) {}

  /**
   * The workbook's bytes. {@code date} is the document date (the properties' created and
   * modified), so the same tables give the same bytes.
   */
  public static byte[] write(List<Sheet1> sheets, boolean thousands, LocalDate date) throws IOException {
    cn.juesuan.disclosure.load.workbook.WorkbookLibrary.prepare();
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Styles styles = new Styles(wb, thousands);
      for (Sheet1 s : sheets) {
        sheet(wb.createSheet(s.name()), s.form(), styles);
      }
      var props = wb.getProperties();
      Date at = Date.from(date.atStartOfDay().toInstant(ZoneOffset.ofHours(8)));
      props.getCoreProperties().setCreator(CREATOR);
      props.getCoreProperties().setCreated(Optional.of(at));
      props.getCoreProperties().setModified(Optional.of(at));
      props.getExtendedProperties().setApplication(CREATOR);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return fixedEntryTimes(out.toByteArray(), at.getTime());
    }
  }

  /**
   * The same zip with every entry dated {@code time}: POI dates the entries with the clock, and
   * the same tables must give the same bytes.
   */
  private static byte[] fixedEntryTimes(byte[] zip, long time) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
    try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip));
         var z = new java.util.zip.ZipOutputStream(out)) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        var copy = new java.util.zip.ZipEntry(e.getName());
        copy.setTime(time);
        z.putNextEntry(copy);
        in.transferTo(z);
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static void sheet(Sheet sh, TableSpec form, Styles st) {
    int width = width(form);
    int r = 0;
    merged(sh, r++, 0, width, form.title(), st.title);
    if (form.formNumber() != null && !form.formNumber().isEmpty()) {
      merged(sh, r++, 0, width, form.formNumber(), st.right);
    }
    List<String> u = form.unitLine() == null ? List.of() : form.unitLine();
    if (u.size() == 3) { // 部门 | 年度 | 金额单位, as the Gansu forms print it
      int a = Math.max(1, width / 3);
      int b = Math.max(a + 1, width - width / 3);
      merged(sh, r, 0, a, u.get(0), st.left);
      merged(sh, r, a, b - a, u.get(1), st.center);
      merged(sh, r, b, width - b, u.get(2), st.right);
      r++;
    } else if (!u.isEmpty()) { // a format with a shorter unit line (普陀区: 单位：万元 alone) prints it at the right
      merged(sh, r++, 0, width, String.join("  ", u), st.right);
    }
    r = grid(sh, r, width, form.header(), st, true);
    r = grid(sh, r, width, form.body(), st, false);
    for (String note : form.notes()) {
      merged(sh, r++, 0, width, note, st.note);
    }
    float[] widths = form.columnWidths();
    if (widths != null) {
      float sum = 0;
      for (float w : widths) {
        sum += w;
      }
      int chars = Math.max(80, width * 12);
      for (int c = 0; c < widths.length; c++) {
        sh.setColumnWidth(c, Math.min(255 * 256, Math.round(widths[c] / sum * chars * 256)));
      }
    }
    sh.getPrintSetup().setLandscape(width > 6);
    sh.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
  }

  private static int width(TableSpec form) {
    if (form.columns() != null) {
      return form.columns().size();
    }
    int w = 0;
    for (Cell c : form.header().isEmpty() ? form.body().get(0) : form.header().get(0)) {
      w += c.colspan();
    }
    return w;
  }

  /** Rows of cells with spans, placed as a printed grid: a cell takes the next column no span covers. */
  private static int grid(Sheet sh, int top, int width, List<List<Cell>> rows, Styles st, boolean head) {
    boolean[][] taken = new boolean[rows.size() + 8][width];
    for (int i = 0; i < rows.size(); i++) {
      Row row = row(sh, top + i);
      int c = 0;
      for (Cell cell : rows.get(i)) {
        while (c < width && taken[i][c]) {
          c++;
        }
        if (c >= width) {
          break;
        }
        for (int dr = 0; dr < cell.rowspan() && i + dr < taken.length; dr++) {
          for (int dc = 0; dc < cell.colspan() && c + dc < width; dc++) {
            taken[i + dr][c + dc] = true;
            // every covered cell gets the border, so the merged cell is framed
            row(sh, top + i + dr).createCell(c + dc).setCellStyle(st.of(cell, head));
          }
        }
        var x = row.getCell(c);
        CellStyle style = st.of(cell, head);
        if (!head && cell.align() == TableSpec.HAlign.RIGHT && NUMBER.matcher(cell.text()).matches()) {
          x.setCellValue(new BigDecimal(cell.text().replace(",", "")).doubleValue());
          x.setCellStyle(st.amount);
        } else if (!cell.text().isEmpty()) {
          x.setCellValue(cell.text());
          x.setCellStyle(style);
        }
        if (cell.colspan() > 1 || cell.rowspan() > 1) {
          sh.addMergedRegion(new CellRangeAddress(top + i, top + i + cell.rowspan() - 1, c,
              Math.min(width, c + cell.colspan()) - 1));
        }
        c += cell.colspan();
      }
    }
    return top + rows.size();
  }

  private static Row row(Sheet sh, int r) {
    Row row = sh.getRow(r);
    return row == null ? sh.createRow(r) : row;
  }

  private static void merged(Sheet sh, int r, int c, int cols, String text, CellStyle style) {
    var cell = row(sh, r).createCell(c);
    cell.setCellValue(text == null ? "" : text);
    cell.setCellStyle(style);
    if (cols > 1) {
      sh.addMergedRegion(new CellRangeAddress(r, r, c, c + cols - 1));
    }
  }

  /** The few styles of the forms, made once per workbook. */
  private static final class Styles {
    final CellStyle title;
    final CellStyle left;
    final CellStyle center;
    final CellStyle right;
    final CellStyle note;
    final CellStyle headCell;
    final CellStyle bodyLeft;
    final CellStyle bodyCenter;
    final CellStyle amount;

    Styles(XSSFWorkbook wb, boolean thousands) {
      Font big = wb.createFont();
      big.setBold(true);
      big.setFontHeightInPoints((short) 14);
      title = wb.createCellStyle();
      title.setFont(big);
      title.setAlignment(HorizontalAlignment.CENTER);
      left = plain(wb, HorizontalAlignment.LEFT, false);
      center = plain(wb, HorizontalAlignment.CENTER, false);
      right = plain(wb, HorizontalAlignment.RIGHT, false);
      note = plain(wb, HorizontalAlignment.LEFT, false);
      note.setWrapText(false);
      headCell = plain(wb, HorizontalAlignment.CENTER, true);
      headCell.setWrapText(true);
      bodyLeft = plain(wb, HorizontalAlignment.LEFT, true);
      bodyCenter = plain(wb, HorizontalAlignment.CENTER, true);
      amount = plain(wb, HorizontalAlignment.RIGHT, true);
      amount.setDataFormat(wb.createDataFormat().getFormat(thousands ? "#,##0.00" : "0.00"));
    }

    CellStyle of(Cell c, boolean head) {
      if (head) {
        return headCell;
      }
      return switch (c.align()) {
        case RIGHT -> amount;
        case CENTER -> bodyCenter;
        case LEFT -> bodyLeft;
      };
    }

    private static CellStyle plain(XSSFWorkbook wb, HorizontalAlignment align, boolean border) {
      CellStyle s = wb.createCellStyle();
      s.setAlignment(align);
      s.setVerticalAlignment(VerticalAlignment.CENTER);
      if (border) {
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
      }
      return s;
    }
  }
}
