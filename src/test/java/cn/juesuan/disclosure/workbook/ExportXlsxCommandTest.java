package cn.juesuan.disclosure.workbook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.cli.Main;
import cn.juesuan.disclosure.diag.Severity;
import cn.juesuan.disclosure.load.DisclosureLoader;
import cn.juesuan.disclosure.testing.Example;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export-xlsx}: the department's tables, the blank forms, and the one output rule. */
class ExportXlsxCommandTest {
  @TempDir
  Path dir;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void writesTheTablesInThePrintedLayout() throws Exception {
    Path xlsx = dir.resolve("tables.xlsx");
    Run r = run("export-xlsx", Example.FILE.toString(), "-o", xlsx.toString());
    assertEquals(0, r.exit(), r.out() + r.err());
    try (Workbook wb = WorkbookFactory.create(xlsx.toFile(), null, true)) {
      List<String> names = new ArrayList<>();
      wb.forEach(s -> names.add(s.getSheetName()));
      assertEquals(List.of("公开01", "公开02", "公开03", "公开04", "公开05", "公开06", "公开07", "公开08", "公开09"), names);
      Sheet gk01 = wb.getSheet("公开01");
      assertEquals("一、收入支出决算总表", gk01.getRow(0).getCell(0).getStringCellValue());
      assertTrue(gk01.getMergedRegions().size() > 3, "title, unit line and head merged");
      // an amount is a number with two decimals shown
      var cell = gk01.getRow(6).getCell(2);
      assertEquals(org.apache.poi.ss.usermodel.CellType.NUMERIC, cell.getCellType());
      assertEquals("0.00", cell.getCellStyle().getDataFormatString());
    }
    // run again: the file is ours, replaced with the same bytes
    byte[] first = Files.readAllBytes(xlsx);
    assertEquals(0, run("export-xlsx", Example.FILE.toString(), "-o", xlsx.toString()).exit());
    assertArrayEquals(first, Files.readAllBytes(xlsx));
  }

  @Test
  void neverReplacesAWorkbookItDidNotWrite() throws Exception {
    Path xlsx = dir.resolve("mine.xlsx");
    Files.writeString(xlsx, "the office's own workbook");
    Run r = run("export-xlsx", Example.FILE.toString(), "-o", xlsx.toString());
    assertEquals(3, r.exit(), r.out() + r.err());
    assertEquals("the office's own workbook", Files.readString(xlsx));
    assertFalse((r.out() + r.err()).contains("Exception"), r.err());
  }

  @Test
  void theBlankFormsReadBackWithoutError() throws Exception {
    Path xlsx = dir.resolve("blank.xlsx");
    Run r = run("export-xlsx", "--empty", "--year", "2024", "-o", xlsx.toString());
    assertEquals(0, r.exit(), r.out() + r.err());
    DisclosureLoader.Result loaded = DisclosureLoader.load(Workbooks.yamlWithWorkbook(dir, "blank.xlsx"));
    assertEquals(List.of(), loaded.findings().of(Severity.ERROR));
    assertTrue(loaded.disclosure().tables().gk03().isEmpty());
  }

  @Test
  void aFileOrEmptyButNotBoth() {
    assertEquals(2, run("export-xlsx", "-o", dir.resolve("a.xlsx").toString()).exit());
    assertEquals(2, run("export-xlsx", "--empty", Example.FILE.toString(), "-o", dir.resolve("a.xlsx").toString()).exit());
    assertEquals(2, run("export-xlsx", "--empty", "-o", dir.resolve("a.pdf").toString()).exit());
    assertFalse(Files.exists(dir.resolve("a.xlsx")));
  }
}
