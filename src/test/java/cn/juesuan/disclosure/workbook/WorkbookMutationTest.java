package cn.juesuan.disclosure.workbook;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.diag.Finding;
import cn.juesuan.disclosure.diag.Severity;
import cn.juesuan.disclosure.export.TablesWorkbook;
import cn.juesuan.disclosure.load.DisclosureLoader;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Exported workbooks of every dataset with cells changed at random (fixed seeds, so a failure
 * repeats): whatever a cell holds, the reader answers with findings at cells, never with an
 * exception (which the user would see as an internal error).
 */
class WorkbookMutationTest {
  @TempDir
  Path dir;

  private static final String[] VALUES = {"", "-", "—", "(1.00)", "x", "12.345", "2010101 行政运行", "[201]一般公共服务支出",
      "合计", "注：", "类", "款", "项", "行次", "金额单位：元", "单位：千元", "１２３", "#REF!", "99999999999999", "201", "06", "30101"};

  @ParameterizedTest
  @MethodSource("cn.juesuan.disclosure.workbook.WorkbookRoundTripTest#datasets")
  void randomCellsGiveFindingsNotExceptions(Path dataset) throws Exception {
    DisclosureLoader.Result original = DisclosureLoader.load(dataset);
    byte[] exported = TablesWorkbook.of(original.disclosure());
    for (int seed = 0; seed < 12; seed++) {
      Random random = new Random(seed);
      try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
        for (int k = 0; k < 6; k++) {
          Sheet s = wb.getSheetAt(random.nextInt(wb.getNumberOfSheets()));
          int rows = Math.max(1, s.getLastRowNum() + 1);
          Row row = s.getRow(random.nextInt(rows)) == null ? s.createRow(random.nextInt(rows)) : s.getRow(random.nextInt(rows));
          if (row == null) {
            continue;
          }
          Cell c = row.getCell(random.nextInt(8)) == null ? row.createCell(random.nextInt(8)) : row.getCell(random.nextInt(8));
          if (c == null) {
            continue;
          }
          switch (random.nextInt(4)) {
            case 0 -> c.setCellValue(VALUES[random.nextInt(VALUES.length)]);
            case 1 -> c.setCellValue(random.nextInt(100000) / 100.0);
            case 2 -> c.setCellFormula("A1+1");
            default -> {
              if (s.getNumMergedRegions() > 0) {
                s.removeMergedRegion(random.nextInt(s.getNumMergedRegions()));
              }
            }
          }
        }
        Path yaml = Workbooks.yamlWithWorkbook(dataset, dir, "m.xlsx");
        try (OutputStream out = Files.newOutputStream(dir.resolve("m.xlsx"))) {
          wb.write(out);
        }
        DisclosureLoader.Result r = DisclosureLoader.load(yaml);
        for (Finding f : r.findings().of(Severity.ERROR)) {
          assertTrue(!f.id().equals("load.internal"), "seed " + seed + ": " + f.render());
          assertTrue(!f.id().startsWith("workbook.amount") || f.location().cell() != null, "at its cell: " + f.render());
        }
      }
    }
  }
}
