package cn.juesuan.disclosure.workbook;

import cn.juesuan.disclosure.diag.Finding;
import cn.juesuan.disclosure.diag.Severity;
import cn.juesuan.disclosure.export.TablesWorkbook;
import cn.juesuan.disclosure.load.DisclosureLoader;
import cn.juesuan.disclosure.testing.Example;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The example YAML with its tables taken from a workbook, and what the workbook tests share. */
final class Workbooks {
  private Workbooks() {}

  /** Writes {@code dir/dept.yaml}: the example with {@code tables: {workbook: NAME}} for its tables. */
  static Path yamlWithWorkbook(Path dir, String workbook) throws IOException {
    return yamlWithWorkbook(Example.FILE, dir, workbook);
  }

  /** Writes {@code dir/dept.yaml}: {@code source} with {@code tables: {workbook: NAME}} for its tables. */
  static Path yamlWithWorkbook(Path source, Path dir, String workbook) throws IOException {
    String text = Files.readString(source, StandardCharsets.UTF_8);
    int start = text.indexOf("\ntables:") + 1;
    int end = text.indexOf("\nexplanations:", start) + 1;
    String yaml = text.substring(0, start) + "tables:\n  workbook: " + workbook + "\n\n" + text.substring(end);
    Path file = dir.resolve("dept.yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return file;
  }

  /** The example's tables as {@code export-xlsx} writes them, to change as an exporting program would. */
  static Workbook exported() throws IOException {
    cn.juesuan.disclosure.load.workbook.WorkbookLibrary.prepare(); // before POI's first class: no logging noise
    return new XSSFWorkbook(new ByteArrayInputStream(TablesWorkbook.of(Example.disclosure())));
  }

  /** Saves {@code wb} as {@code dir/name} and loads the example with its tables from it. */
  static DisclosureLoader.Result read(Path dir, Workbook wb, String name) throws IOException {
    try (OutputStream out = Files.newOutputStream(dir.resolve(name))) {
      wb.write(out);
    }
    return DisclosureLoader.load(yamlWithWorkbook(dir, name));
  }

  static List<Finding> errors(DisclosureLoader.Result r) {
    return r.findings().of(Severity.ERROR);
  }

  /** The row whose first cell is {@code firstCell}. */
  static int rowOf(Sheet s, String firstCell) {
    for (Row r : s) {
      Cell c = r.getCell(0);
      if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(firstCell)) {
        return r.getRowNum();
      }
    }
    throw new AssertionError("no row " + firstCell + " in " + s.getSheetName());
  }

  /** The cell at (row, col), created when missing. */
  static Cell cell(Sheet s, int row, int col) {
    Row r = s.getRow(row) == null ? s.createRow(row) : s.getRow(row);
    return r.getCell(col) == null ? r.createCell(col) : r.getCell(col);
  }

  /** Each text cell starting with {@code prefix} set to {@code text} ("" blanks it). */
  static void replaceText(Sheet s, String prefix, String text) {
    for (Row r : s) {
      for (Cell c : r) {
        if (c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith(prefix)) {
          if (text.isEmpty()) {
            c.setBlank();
          } else {
            c.setCellValue(text);
          }
        }
      }
    }
  }
}
