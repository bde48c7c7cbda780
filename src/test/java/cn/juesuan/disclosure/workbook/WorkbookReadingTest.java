package cn.juesuan.disclosure.workbook;

import static cn.juesuan.disclosure.workbook.Workbooks.errors;
import static cn.juesuan.disclosure.workbook.Workbooks.exported;
import static cn.juesuan.disclosure.workbook.Workbooks.rowOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.diag.Finding;
import cn.juesuan.disclosure.diag.Severity;
import cn.juesuan.disclosure.load.DisclosureLoader;
import cn.juesuan.disclosure.testing.Example;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook is read by titles, head texts, codes and 行次, not by cell addresses: what an
 * exporting program changes (rows inserted, a column moved, the unit in 元, the older .xls)
 * reads to the same figures; a bad cell is named by its address.
 */
class WorkbookReadingTest {
  @TempDir
  Path dir;

  private DisclosureLoader.Result read(Workbook wb, String name) throws Exception {
    return Workbooks.read(dir, wb, name);
  }

  @Test
  void rowsInsertedAColumnMovedAndTheUnitInYuanReadToTheSameFigures() throws Exception {
    try (Workbook wb = exported()) {
      // a merged banner above 公开02, blank rows inside the body of 公开03
      Sheet gk02 = wb.getSheet("公开02");
      gk02.shiftRows(0, gk02.getLastRowNum(), 1);
      gk02.createRow(0).createCell(0).setCellValue("2024 年度部门决算报表（导出）");
      gk02.addMergedRegion(new CellRangeAddress(0, 0, 0, 8));
      Sheet gk03 = wb.getSheet("公开03");
      int body = rowOf(gk03, "合计");
      gk03.shiftRows(body, gk03.getLastRowNum(), 2);
      gk03.shiftRows(body + 4, gk03.getLastRowNum(), 1);
      // 财政拨款收入 and 上级补助收入 change places in 公开02
      swapColumns(gk02, 3, 4);
      // every amount in 元
      for (Sheet s : wb) {
        for (Row r : s) {
          for (Cell c : r) {
            if (c.getCellType() == CellType.NUMERIC) {
              c.setCellValue(BigDecimal.valueOf(c.getNumericCellValue()).movePointRight(4).doubleValue());
            } else if (c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith("金额单位")) {
              c.setCellValue("（金额单位：元）");
            }
          }
        }
      }
      DisclosureLoader.Result r = read(wb, "moved.xlsx");
      assertTrue(r.ok(), () -> errors(r).toString());
      assertEquals(Example.disclosure().tables(), r.disclosure().tables());
      List<Finding> notes = r.findings().of(Severity.NOTE).stream()
          .filter(f -> f.id().equals("workbook.unit.converted")).toList();
      assertFalse(notes.isEmpty());
      assertTrue(notes.get(0).location().toString().contains("moved.xlsx!公开01!"), notes.get(0).render());
      assertTrue(notes.get(0).zh().contains(" 元 → "), notes.get(0).render());
    }
  }

  @Test
  void codeAndNameInOneCellAndLinesWithoutTheirNumber() throws Exception {
    try (Workbook wb = exported()) {
      // 公开05: "2010101 行政运行" in the code cell, the name cell empty
      Sheet gk05 = wb.getSheet("公开05");
      for (Row r : gk05) {
        Cell code = r.getCell(0);
        Cell name = r.getCell(1);
        if (code != null && code.getCellType() == CellType.STRING && code.getStringCellValue().matches("\\d{3,7}")) {
          code.setCellValue(code.getStringCellValue() + " " + name.getStringCellValue());
          name.setBlank();
        }
      }
      // 公开01: no 行次 on the income side; each line is found by its item text
      Sheet gk01 = wb.getSheet("公开01");
      for (int r = rowOf(gk01, "一、一般公共预算财政拨款收入"); r <= gk01.getLastRowNum(); r++) {
        Cell number = gk01.getRow(r) == null ? null : gk01.getRow(r).getCell(1);
        if (number != null) {
          number.setBlank();
        }
      }
      DisclosureLoader.Result r = read(wb, "joined.xlsx");
      assertTrue(r.ok(), () -> errors(r).toString());
      assertEquals(Example.disclosure().tables(), r.disclosure().tables());
    }
  }

  @Test
  void anUnknownUnitIsAnErrorAtItsCell() throws Exception {
    try (Workbook wb = exported()) {
      Sheet gk05 = wb.getSheet("公开05");
      for (Row r : gk05) {
        for (Cell c : r) {
          if (c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith("金额单位")) {
            c.setCellValue("金额单位：千元");
          }
        }
      }
      DisclosureLoader.Result r = read(wb, "unit.xlsx");
      Finding f = errors(r).get(0);
      assertEquals("workbook.unit", f.id(), f.render());
      assertTrue(f.location().toString().contains("unit.xlsx!公开05!"), f.render());
      assertTrue(f.zh().contains("千元"), f.render());
    }
  }

  @Test
  void aBadCellIsNamedByItsAddress() throws Exception {
    try (Workbook wb = exported()) {
      Sheet gk03 = wb.getSheet("公开03");
      int row = rowOf(gk03, "合计");
      Cell basic = gk03.getRow(row).getCell(3); // 基本支出 of the 合计 row
      basic.setCellValue("460.4x5");
      String ref = new CellReference(row, 3).formatAsString(false);
      DisclosureLoader.Result r = read(wb, "x.xlsx");
      Finding f = errors(r).stream().filter(e -> e.id().equals("workbook.amount")).findFirst().orElseThrow();
      assertEquals(dir.resolve("x.xlsx") + "!公开03!" + ref + " tables.gk03.total.basic", f.location().toString());
      assertTrue(f.zh().contains("460.4x5") && f.en().contains("460.4x5"), f.render());
    }
  }

  @Test
  void textCellsWithThousandsSeparatorsAndTooManyDecimals() throws Exception {
    try (Workbook wb = exported()) {
      Sheet gk03 = wb.getSheet("公开03");
      int row = rowOf(gk03, "合计");
      Cell total = gk03.getRow(row).getCell(2);
      BigDecimal expected = BigDecimal.valueOf(total.getNumericCellValue()).setScale(2);
      total.setCellValue(String.format("%,.2f", expected)); // "1,234.56" as text
      gk03.getRow(row).getCell(4).setCellValue(12.345); // 项目支出: three decimals
      DisclosureLoader.Result r = read(wb, "text.xlsx");
      List<Finding> errors = errors(r);
      assertEquals(1, errors.size(), errors.toString());
      assertTrue(errors.get(0).location().toString().endsWith("!公开03!" + new CellReference(row, 4).formatAsString(false)
          + " tables.gk03.total.project"), errors.get(0).render());
      assertTrue(errors.get(0).zh().contains("12.345"), errors.get(0).render());
    }
  }

  @Test
  void anOlderXlsWorkbookReadsToo() throws Exception {
    try (Workbook xlsx = exported(); HSSFWorkbook xls = new HSSFWorkbook()) {
      for (Sheet s : xlsx) {
        Sheet copy = xls.createSheet(s.getSheetName());
        for (Row r : s) {
          Row rc = copy.createRow(r.getRowNum());
          for (Cell c : r) {
            Cell cc = rc.createCell(c.getColumnIndex());
            switch (c.getCellType()) {
              case NUMERIC -> cc.setCellValue(c.getNumericCellValue());
              case STRING -> cc.setCellValue(c.getStringCellValue());
              default -> { }
            }
          }
        }
        s.getMergedRegions().forEach(copy::addMergedRegion);
      }
      DisclosureLoader.Result r = read(xls, "old.xls");
      assertTrue(r.ok(), () -> errors(r).toString());
      assertEquals(Example.disclosure().tables(), r.disclosure().tables());
    }
  }

  @Test
  void aMissingWorkbookIsAFileProblemNamedAtTheYamlLine() throws Exception {
    DisclosureLoader.Result r = DisclosureLoader.load(Workbooks.yamlWithWorkbook(dir, "none.xlsx"));
    Finding f = errors(r).get(0);
    assertEquals("io.read", f.id(), f.render());
    assertTrue(f.location().line() > 0 && f.zh().contains("none.xlsx"), f.render());
    assertTrue(r.findings().hasIoErrors());
  }

  @Test
  void aFileThatIsNoWorkbookIsSaidInWords() throws Exception {
    Files.writeString(dir.resolve("fake.xlsx"), "not a workbook");
    DisclosureLoader.Result r = DisclosureLoader.load(Workbooks.yamlWithWorkbook(dir, "fake.xlsx"));
    Finding f = errors(r).get(0);
    assertEquals("workbook.unreadable", f.id(), f.render());
    assertFalse(f.render().contains("Exception"), f.render());
  }

  @Test
  void aFormTheWorkbookLacksIsNamed() throws Exception {
    try (Workbook wb = exported()) {
      wb.removeSheetAt(wb.getSheetIndex("公开06"));
      DisclosureLoader.Result r = read(wb, "short.xlsx");
      assertTrue(errors(r).stream().anyMatch(f -> f.id().equals("workbook.form-missing") && f.zh().contains("公开06")),
          errors(r).toString());
    }
  }

  @Test
  void tablesFromAWorkbookListNoTableBeside() throws Exception {
    try (Workbook wb = exported()) {
      read(wb, "both.xlsx");
    }
    Path yaml = Workbooks.yamlWithWorkbook(dir, "both.xlsx");
    String text = Files.readString(yaml).replace("  workbook: both.xlsx\n", "  workbook: both.xlsx\n  gk09: {}\n");
    Files.writeString(yaml, text);
    DisclosureLoader.Result r = DisclosureLoader.load(yaml);
    Finding f = errors(r).get(0);
    assertEquals("load.workbook.both", f.id(), f.render());
    assertEquals("tables.gk09", f.location().path());
    assertTrue(f.location().line() > 0, f.render());
  }

  private static void swapColumns(Sheet s, int a, int b) {
    for (Row r : s) {
      Cell ca = r.getCell(a);
      Cell cb = r.getCell(b);
      Object va = value(ca);
      Object vb = value(cb);
      set(r, a, vb);
      set(r, b, va);
    }
  }

  private static Object value(Cell c) {
    if (c == null) {
      return null;
    }
    return switch (c.getCellType()) {
      case NUMERIC -> c.getNumericCellValue();
      case STRING -> c.getStringCellValue();
      default -> null;
    };
  }

  private static void set(Row r, int col, Object v) {
    Cell c = r.getCell(col) == null ? r.createCell(col) : r.getCell(col);
    if (v instanceof Double d) {
      c.setCellValue(d);
    } else if (v instanceof String t) {
      c.setCellValue(t);
    } else {
      c.setBlank();
    }
  }
}
