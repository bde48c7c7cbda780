package cn.juesuan.disclosure.workbook;

import static cn.juesuan.disclosure.workbook.Workbooks.cell;
import static cn.juesuan.disclosure.workbook.Workbooks.errors;
import static cn.juesuan.disclosure.workbook.Workbooks.exported;
import static cn.juesuan.disclosure.workbook.Workbooks.read;
import static cn.juesuan.disclosure.workbook.Workbooks.replaceText;
import static cn.juesuan.disclosure.workbook.Workbooks.rowOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.diag.Finding;
import cn.juesuan.disclosure.diag.Severity;
import cn.juesuan.disclosure.load.DisclosureLoader;
import cn.juesuan.disclosure.model.Tables;
import cn.juesuan.disclosure.testing.Example;
import java.math.BigDecimal;
import java.util.List;
import java.nio.file.Path;
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
 * Workbooks as the 决算 software and the finance office leave them, not as {@code export-xlsx}
 * writes them: amounts as text of every kind, formulas, a head of three rows over 类 | 款 | 项,
 * titles with the department and year in sheets named 表三 or Sheet1, hidden sheets, no unit
 * line. Each reads to the example's tables, or fails at the cell to fix.
 */
class ExportedWorkbookTest {
  @TempDir
  Path dir;

  private static final Tables EXPECTED = Example.disclosure().tables();

  // ---- amounts ---------------------------------------------------------------------------

  @Test
  void amountsWrittenAsTextInEveryWayReadExactly() throws Exception {
    try (Workbook wb = exported()) {
      Sheet gk03 = wb.getSheet("公开03");
      int total = rowOf(gk03, "合计");
      // 478.11 460.45 17.66 as full-width text, grouped text with trailing zeros, text with spaces
      cell(gk03, total, 2).setCellValue("４７８．１１");
      cell(gk03, total, 3).setCellValue(" 460.450 ");
      cell(gk03, total, 4).setCellValue("　17.66　");
      // blank cells of the 合计 row as the software marks nothing: -, —, ——, －
      cell(gk03, total, 5).setCellValue("-");
      cell(gk03, total, 6).setCellValue("—");
      cell(gk03, total, 7).setCellValue("——");
      int r201 = rowOf(gk03, "201");
      cell(gk03, r201, 5).setCellValue("－");
      cell(gk03, r201, 2).setCellValue("４５５．７９"); // ９ and ０, the ends of the full-width digits
      cell(gk03, rowOf(gk03, "2101199"), 2).setCellValue("０．１８");
      Sheet gk01 = wb.getSheet("公开01");
      int row = rowOf(gk01, "一、一般公共预算财政拨款收入");
      cell(gk01, row, 2).setCellValue("４７８.１１"); // mixed widths
      DisclosureLoader.Result r = read(dir, wb, "text.xlsx");
      assertTrue(r.ok(), () -> errors(r).toString());
      assertEquals(EXPECTED, r.disclosure().tables());
    }
  }

  @Test
  void zeroIsAnAmountAndADashIsNone() throws Exception {
    try (Workbook wb = exported()) {
      Sheet gk03 = wb.getSheet("公开03");
      int total = rowOf(gk03, "合计");
      cell(gk03, total, 5).setCellValue("0"); // 上缴上级支出, blank in the example
      cell(gk03, total, 6).setCellValue(0); // 经营支出 as the number 0
      DisclosureLoader.Result r = read(dir, wb, "zero.xlsx");
      var amounts = r.disclosure().tables().gk03().total();
      assertEquals(new BigDecimal("0.00"), amounts.get("toSuperior"));
      assertEquals(new BigDecimal("0.00"), amounts.get("business"));
      assertEquals(null, amounts.get("toSubsidiary"), "an empty cell is no amount");
    }
  }

  @Test
  void aNegativeInParenthesesIsNamedAsANegativeAtItsCell() throws Exception {
    try (Workbook wb = exported()) {
      Sheet gk03 = wb.getSheet("公开03");
      int total = rowOf(gk03, "合计");
      cell(gk03, total, 3).setCellValue("(1,234.56)");
      cell(gk03, total, 4).setCellValue("（１７．６６）");
      DisclosureLoader.Result r = read(dir, wb, "negative.xlsx");
      List<Finding> amountErrors = errors(r).stream().filter(f -> f.id().equals("workbook.amount")).toList();
      assertEquals(2, amountErrors.size(), errors(r).toString());
      Finding f = amountErrors.get(0);
      assertEquals(dir.resolve("negative.xlsx") + "!公开03!" + ref(total, 3) + " tables.gk03.total.basic",
          f.location().toString());
      assertTrue(f.zh().contains("负数") && f.zh().contains("-1234.56") && f.zh().contains("(1,234.56)"), f.render());
      assertTrue(f.en().contains("negative") && f.en().contains("-1234.56"), f.render());
      assertTrue(amountErrors.get(1).zh().contains("-17.66"), amountErrors.get(1).render());
    }
  }

  @Test
  void aTextThatIsNoAmountSaysWhatIsWrong() throws Exception {
    try (Workbook wb = exported()) {
      Sheet gk03 = wb.getSheet("公开03");
      int total = rowOf(gk03, "合计");
      cell(gk03, total, 2).setCellValue("478.115");
      cell(gk03, total, 3).setCellValue("460.45元");
      cell(gk03, total, 4).setCellValue("十七");
      DisclosureLoader.Result r = read(dir, wb, "words.xlsx");
      List<Finding> e = errors(r).stream().filter(f -> f.id().equals("workbook.amount")).toList();
      assertEquals(3, e.size(), errors(r).toString());
      assertTrue(e.get(0).zh().contains("最多两位小数") && e.get(0).en().contains("at most two decimals"), e.get(0).render());
      assertTrue(e.get(1).zh().contains("金额单位") && e.get(1).en().contains("no unit in the cell"), e.get(1).render());
      assertTrue(e.get(2).zh().contains("十七") && e.get(2).en().contains("expected an amount"), e.get(2).render());
    }
  }

  @Test
  void aFormulaGivesItsCachedValueAndOneWithoutAValueIsAnError() throws Exception {
    try (Workbook wb = exported()) {
      Sheet gk03 = wb.getSheet("公开03");
      int total = rowOf(gk03, "合计");
      int r201 = rowOf(gk03, "201");
      int r208 = rowOf(gk03, "208");
      int r210 = rowOf(gk03, "210");
      // 合计 = the three 类, computed and saved as Excel does
      for (int c = 2; c <= 3; c++) {
        String col = CellReference.convertNumToColString(c);
        Cell sum = cell(gk03, total, c);
        sum.setCellFormula(col + (r201 + 1) + "+" + col + (r208 + 1) + "+" + col + (r210 + 1));
        wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(sum);
      }
      // a code written by a formula reads as its text
      Cell code = cell(gk03, r201, 0);
      code.setCellFormula("\"2\"&\"01\"");
      wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(code);
      DisclosureLoader.Result ok = read(dir, wb, "formulas.xlsx");
      assertTrue(ok.ok(), () -> errors(ok).toString());
      assertEquals(EXPECTED, ok.disclosure().tables());

      // a formula the writing program never computed: no value to read, and 0 would be a lie
      gk03.getRow(total).removeCell(gk03.getRow(total).getCell(4));
      cell(gk03, total, 4).setCellFormula("E" + (r201 + 1));
      DisclosureLoader.Result bad = read(dir, wb, "uncomputed.xlsx");
      Finding f = errors(bad).get(0);
      assertEquals("workbook.amount", f.id(), f.render());
      assertEquals(dir.resolve("uncomputed.xlsx") + "!公开03!" + ref(total, 4) + " tables.gk03.total.project",
          f.location().toString());
      assertTrue(f.zh().contains("=E" + (r201 + 1)) && f.en().contains("recalculate"), f.render());
    }
  }

  // ---- the shape of a sheet ----------------------------------------------------------------

  /**
   * 公开03 as an exporting program lays it out: a sheet named 表三, a blank column A, the title
   * with the department, year and unit, 编制单位 above the head, a blank row, a head of three rows (项目 over 科目代码 over
   * 类 | 款 | 项, each amount column merged down), no 栏次, a blank row before the body, each
   * code split over 类 | 款 | 项 with the parent left blank (款 "05" stored as the number 5),
   * a blank row inside the body, and notes, a signature line and a date under it. The head
   * cells merged down over the 类 | 款 | 项 row, or not (the row of levels then ends the head).
   */
  @org.junit.jupiter.params.ParameterizedTest(name = "head cells merged down: {0}")
  @org.junit.jupiter.params.provider.ValueSource(booleans = {true, false})
  void aThreeRowHeadOverSplitCodesInASheetOfItsOwnLayout(boolean mergedDown) throws Exception {
    try (Workbook wb = exported()) {
      Sheet old = wb.getSheet("公开03");
      Sheet s = wb.createSheet("表三");
      text(s, 0, 1, "临夏市总工会2024年度支出决算表（单位：万元）");
      s.addMergedRegion(new CellRangeAddress(0, 0, 1, 10));
      text(s, 2, 1, "编制单位：临夏市总工会"); // not a unit
      text(s, 3, 1, "项目");
      s.addMergedRegion(new CellRangeAddress(3, 3, 1, 4));
      String[] heads = {"本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"};
      for (int i = 0; i < heads.length; i++) {
        text(s, 3, 5 + i, heads[i]);
        if (mergedDown) { // else only the top cell holds the text, as some exports leave it
          s.addMergedRegion(new CellRangeAddress(3, 5, 5 + i, 5 + i));
        }
      }
      text(s, 4, 1, "科目代码");
      s.addMergedRegion(new CellRangeAddress(4, 4, 1, 3));
      text(s, 4, 4, "科目名称");
      if (mergedDown) {
        s.addMergedRegion(new CellRangeAddress(4, 5, 4, 4));
      }
      text(s, 5, 1, "类");
      text(s, 5, 2, "款");
      text(s, 5, 3, "项");
      int out = 7; // row 6 stays blank
      int body = rowOf(old, "合计");
      for (int r = body; r <= old.getLastRowNum(); r++) {
        Row from = old.getRow(r);
        if (from == null || from.getCell(0) == null || from.getCell(0).getCellType() != CellType.STRING) {
          continue;
        }
        String code = from.getCell(0).getStringCellValue();
        if (code.startsWith("注")) {
          break;
        }
        if (code.equals("合计")) {
          text(s, out, 1, "合计");
          s.addMergedRegion(new CellRangeAddress(out, out, 1, 4));
        } else if (code.length() == 3) {
          text(s, out, 1, code);
          text(s, out, 4, from.getCell(1).getStringCellValue());
        } else if (code.length() == 5) {
          cell(s, out, 2).setCellValue(Integer.parseInt(code.substring(3))); // 款 as a number: 5, not "05"
          text(s, out, 4, "  " + from.getCell(1).getStringCellValue());
        } else {
          text(s, out, 3, code.substring(5));
          text(s, out, 4, "    " + from.getCell(1).getStringCellValue());
        }
        for (int c = 2; c < 8; c++) {
          Cell v = from.getCell(c);
          if (v != null && v.getCellType() == CellType.NUMERIC) {
            cell(s, out, c + 3).setCellValue(v.getNumericCellValue());
          }
        }
        out += code.equals("208") ? 2 : 1; // a blank row before 208
      }
      text(s, out + 1, 1, "注：本表反映部门本年度各项支出情况。");
      text(s, out + 2, 1, "单位负责人：张三        财务负责人：李四        制表人：王五");
      text(s, out + 3, 9, "2025年3月1日");
      wb.removeSheetAt(wb.getSheetIndex(old));
      wb.setSheetOrder("表三", 2);
      DisclosureLoader.Result r = read(dir, wb, "layout.xlsx");
      assertTrue(r.ok(), () -> errors(r).toString());
      assertEquals(EXPECTED.gk03(), r.disclosure().tables().gk03());
      assertEquals("layout.xlsx!表三!F8", shortLocation(r, "tables.gk03.total.total"));
      assertEquals("layout.xlsx!表三!B9", shortLocation(r, "tables.gk03.rows[0].code")); // 201
      assertEquals("layout.xlsx!表三!E10", shortLocation(r, "tables.gk03.rows[1].name")); // its 款
      assertEquals("layout.xlsx!表三!H11", shortLocation(r, "tables.gk03.rows[2].project")); // its 项
      assertEquals(List.of(), r.findings().of(Severity.NOTE), "the unit is the title's, not inferred");
    }
  }

  @Test
  void aSheetWithoutTheColumnOf行次FindsEachLineByItsText() throws Exception {
    try (Workbook wb = exported()) {
      Sheet gk01 = wb.getSheet("公开01");
      int head = rowOf(gk01, "项目");
      for (Row r : gk01) {
        for (int c : new int[] {1, 4}) { // both sides' 行次, head included
          if (r.getRowNum() >= head && r.getCell(c) != null) {
            r.getCell(c).setBlank();
          }
        }
      }
      // the notes replaced by the export's signature line: the body still ends there
      replaceText(gk01, "注", "单位负责人：张三    制表人：李四");
      DisclosureLoader.Result r = read(dir, wb, "nolines.xlsx");
      assertTrue(r.ok(), () -> errors(r).toString());
      assertEquals(EXPECTED, r.disclosure().tables());
      int total = rowOf(gk01, "本年收入合计");
      assertEquals("nolines.xlsx!公开01!C" + (total + 1), shortLocation(r, "tables.gk01.income.total")); // the figure
    }
  }

  @Test
  void codeAndNameInOneCellInEveryWayExportsWriteIt() throws Exception {
    try (Workbook wb = exported()) {
      Sheet gk05 = wb.getSheet("公开05");
      String[] ways = {"%s %s", "[%s]%s", "【%s】%s", "%s%s", "%s　%s", "（%s）%s"};
      int i = 0;
      for (Row r : gk05) {
        Cell code = r.getCell(0);
        Cell name = r.getCell(1);
        if (code != null && code.getCellType() == CellType.STRING && code.getStringCellValue().matches("\\d{3,7}")) {
          code.setCellValue(String.format(ways[i++ % ways.length], code.getStringCellValue(), name.getStringCellValue()));
          name.setBlank();
          if (i == 1) { // one merged cell over code and name
            gk05.addMergedRegion(new CellRangeAddress(r.getRowNum(), r.getRowNum(), 0, 1));
          }
        }
      }
      DisclosureLoader.Result r = read(dir, wb, "joined.xlsx");
      assertTrue(r.ok(), () -> errors(r).toString());
      assertEquals(EXPECTED, r.disclosure().tables());
    }
  }

  @Test
  void sheetsNamedSheet1Or表三WithTheTitleOnlyInsideAndTitlesWithDepartmentAndYear() throws Exception {
    try (Workbook wb = exported()) {
      for (int i = 0; i < wb.getNumberOfSheets(); i++) {
        wb.setSheetName(i, "Sheet" + (i + 1));
      }
      wb.setSheetName(1, "公开02表");
      wb.setSheetName(2, "表三");
      // 公开01 and 公开04: a title naming department and year, no label: 财政拨款收入支出决算总表
      // contains 收入支出决算总表, and each must still find its own sheet
      for (String sheet : List.of("Sheet1", "Sheet4")) {
        Sheet s = wb.getSheet(sheet);
        String title = s.getRow(0).getCell(0).getStringCellValue().replaceFirst("^.、", "");
        s.getRow(0).getCell(0).setCellValue("临夏市总工会2024年度" + title);
        replaceText(s, "公开", "");
      }
      wb.setSheetOrder("Sheet4", 0); // 公开04 first
      DisclosureLoader.Result r = read(dir, wb, "sheets.xlsx");
      assertTrue(r.ok(), () -> errors(r).toString());
      assertEquals(EXPECTED, r.disclosure().tables());
      assertTrue(shortLocation(r, "tables.gk04.income.total").startsWith("sheets.xlsx!Sheet4!"));
    }
  }

  @Test
  void aHiddenOldCopyIsPassedOverAndAFormOnlyHiddenIsReadWithAWarning() throws Exception {
    try (Workbook wb = exported()) {
      // an old 公开03 kept hidden before the current one, which the software named 表三
      Sheet copy = wb.cloneSheet(wb.getSheetIndex("公开03"));
      wb.setSheetName(wb.getSheetIndex("公开03"), "表三");
      wb.setSheetName(wb.getSheetIndex(copy), "公开03");
      wb.setSheetOrder("公开03", 2);
      int total = rowOf(copy, "合计");
      cell(copy, total, 2).setCellValue(999.99);
      wb.setSheetHidden(wb.getSheetIndex(copy), true);
      // 公开09 only on a hidden sheet
      wb.setSheetHidden(wb.getSheetIndex("公开09"), true);
      DisclosureLoader.Result r = read(dir, wb, "hidden.xlsx");
      assertTrue(r.ok(), () -> errors(r).toString());
      assertEquals(EXPECTED, r.disclosure().tables());
      List<Finding> warnings = r.findings().of(Severity.WARNING).stream()
          .filter(f -> f.id().equals("workbook.hidden-sheet")).toList();
      assertEquals(1, warnings.size(), warnings.toString());
      assertTrue(warnings.get(0).zh().contains("公开09") && warnings.get(0).location().toString().contains("!公开09!"),
          warnings.get(0).render());
    }
  }

  // ---- the unit ----------------------------------------------------------------------------

  @Test
  void aSheetWithoutItsUnitIsReadWhenItsFiguresProveTheUnit() throws Exception {
    try (Workbook wb = exported()) {
      // 公开05 in 元 without a unit line: its 合计 4781100.00 元 is 公开01's 478.11 万元
      Sheet gk05 = wb.getSheet("公开05");
      replaceText(gk05, "金额单位", "");
      for (Row row : gk05) {
        for (Cell c : row) {
          if (c.getCellType() == CellType.NUMERIC) {
            c.setCellValue(BigDecimal.valueOf(c.getNumericCellValue()).movePointRight(4).doubleValue());
          }
        }
      }
      // 公开03 in 万元 without a unit line
      replaceText(wb.getSheet("公开03"), "金额单位", "");
      // 公开09 holds no amount: its unit changes nothing
      replaceText(wb.getSheet("公开09"), "金额单位", "");
      DisclosureLoader.Result r = read(dir, wb, "nounit.xlsx");
      assertTrue(r.ok(), () -> errors(r).toString());
      assertEquals(EXPECTED, r.disclosure().tables());
      List<Finding> inferred = r.findings().of(Severity.NOTE).stream()
          .filter(f -> f.id().equals("workbook.unit.inferred")).toList();
      assertEquals(2, inferred.size(), inferred.toString());
      Finding yuan = inferred.stream().filter(f -> f.location().toString().contains("!公开05!")).findFirst().orElseThrow();
      assertTrue(yuan.zh().contains("按元读取") && yuan.zh().contains("公开01!"), yuan.render());
    }
  }

  @Test
  void figuresThatFitBothUnitsProveNothing() throws Exception {
    try (Workbook wb = exported()) {
      // 公开03's largest figure 478.11 is 公开01's 478.11 万元, and as 元 (0.05 万元) 公开09's 0.05
      replaceText(wb.getSheet("公开03"), "金额单位", "");
      Sheet gk09 = wb.getSheet("公开09");
      int body = gk09.getLastRowNum();
      while (body > 0 && (gk09.getRow(body) == null || gk09.getRow(body).getCell(0) == null
          || gk09.getRow(body).getCell(0).getCellType() == CellType.STRING)) {
        body--;
      }
      cell(gk09, body, 0).setCellValue(0.05);
      DisclosureLoader.Result r = read(dir, wb, "both.xlsx");
      List<Finding> missing = errors(r).stream().filter(f -> f.id().equals("workbook.unit-missing")).toList();
      assertEquals(1, missing.size(), errors(r).toString());
      assertTrue(missing.get(0).location().toString().contains("both.xlsx!公开03!A1"), missing.get(0).render());
    }
  }

  @Test
  void noUnitAnywhereIsAnErrorNamingEachSheet() throws Exception {
    try (Workbook wb = exported()) {
      for (Sheet s : wb) {
        replaceText(s, "金额单位", "");
      }
      DisclosureLoader.Result r = read(dir, wb, "none.xlsx");
      List<Finding> missing = errors(r).stream().filter(f -> f.id().equals("workbook.unit-missing")).toList();
      assertFalse(missing.isEmpty(), errors(r).toString());
      Finding f = missing.get(0);
      assertEquals(dir.resolve("none.xlsx") + "!公开01!A1 tables.gk01", f.location().toString());
      assertTrue(f.zh().contains("金额单位：万元") && f.en().contains("no unit"), f.render());
      assertTrue(missing.stream().noneMatch(m -> m.location().toString().contains("!公开09!")),
          "公开09 holds no amount: " + missing);
    }
  }

  private static void text(Sheet s, int row, int col, String text) {
    cell(s, row, col).setCellValue(text);
  }

  private static String ref(int row, int col) {
    return new CellReference(row, col).formatAsString(false);
  }

  /** Where the figure at {@code path} was read, as file name!sheet!cell. */
  private static String shortLocation(DisclosureLoader.Result r, String path) {
    var at = r.disclosure().source().locations().get(path);
    assertNotNull(at, path);
    return Path.of(at.file()).getFileName() + "!" + at.cell();
  }
}
