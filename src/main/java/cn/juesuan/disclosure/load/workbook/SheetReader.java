package cn.juesuan.disclosure.load.workbook;

import cn.juesuan.disclosure.diag.Findings;
import cn.juesuan.disclosure.diag.Location;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * One sheet as the form reader sees it: the text of any cell (a merged cell's value on every
 * cell it covers), amounts read exactly into BigDecimal in the sheet's unit, and a location
 * ({@code file!sheet!D7}) for every cell.
 */
final class SheetReader {
  /** Digits, optionally a point and decimals (more than two only when the extra ones are zeros). */
  private static final Pattern PLAIN = Pattern.compile("\\d{1,15}(\\.\\d{1,6})?");
  /** 1,234,567.89: the grouping the exporting software and Excel print. */
  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d{1,6})?");
  /**
   * What the 决算 software and people write for "no amount": a dash of any width, alone
   * (-, —, ——, －, –). It reads as an empty cell, not as 0.00.
   */
  private static final Pattern NOTHING = Pattern.compile("[-‐‑–—―－─]+");
  private static final BigDecimal MAX_WAN_YUAN = new BigDecimal("9999999999.99");
  private static final BigDecimal TEN_THOUSAND = new BigDecimal(10000);
  /** Binary noise of a formula's double (0.1 + 0.2) is far below a cent. */
  private static final BigDecimal NOISE = new BigDecimal("0.000001");

  final Sheet sheet;
  final String file;
  final Findings findings;
  final Map<String, Location> locations;
  private final DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
  /** The stated 金额单位: true when the sheet is in 元 (its amounts are converted to 万元). */
  boolean yuan;
  /** Read once: POI builds the list anew on every call. */
  private final java.util.List<CellRangeAddress> merged;
  private int lastColumn = -1;
  /** Every amount read, in 万元, with its first cell: what may prove the unit of another sheet. */
  private final Map<BigDecimal, Location> read = new java.util.LinkedHashMap<>();
  /** The largest amount read, as the cell holds it (before any conversion), and its cell; null for none above 0. */
  BigDecimal largest;
  String largestCell;

  SheetReader(Sheet sheet, String file, Findings findings, Map<String, Location> locations) {
    this.sheet = sheet;
    this.file = file;
    this.findings = findings;
    this.locations = locations;
    this.merged = sheet.getMergedRegions();
    // a formula's text is its cached result, as Excel shows it, never the formula itself
    formatter.setUseCachedValuesForFormulaCells(true);
  }

  java.util.List<CellRangeAddress> merged() {
    return merged;
  }

  Map<BigDecimal, Location> amountsRead() {
    return read;
  }

  String name() {
    return sheet.getSheetName();
  }

  int lastRow() {
    return sheet.getLastRowNum();
  }

  int lastColumn() {
    if (lastColumn < 0) {
      int last = 0;
      for (Row r : sheet) {
        last = Math.max(last, r.getLastCellNum());
      }
      lastColumn = last;
    }
    return lastColumn;
  }

  Location at(int row, int col, String path) {
    return Location.cell(file, name(), new CellReference(row, col).formatAsString(false), path);
  }

  void locate(int row, int col, String path) {
    locations.put(path, at(row, col, path));
  }

  /** The cell, or the top-left cell of the merged region that covers it; null when empty. */
  Cell cell(int row, int col) {
    for (CellRangeAddress m : merged) {
      if (m.isInRange(row, col)) {
        row = m.getFirstRow();
        col = m.getFirstColumn();
        break;
      }
    }
    Row r = sheet.getRow(row);
    return r == null ? null : r.getCell(col);
  }

  /** The last column covered by the cell at (row, col): itself, or the end of its merged region. */
  int lastColumnOf(int row, int col) {
    for (CellRangeAddress m : merged) {
      if (m.isInRange(row, col)) {
        return m.getLastColumn();
      }
    }
    return col;
  }

  /** The cell's text as shown, stripped (full-width and no-break spaces too); "" for none. */
  String text(int row, int col) {
    Cell c = cell(row, col);
    if (c == null) {
      return "";
    }
    if (c.getCellType() == CellType.FORMULA && !hasCachedValue(c)) {
      return "";
    }
    return strip(formatter.formatCellValue(c));
  }

  static String strip(String s) {
    return s.replace('\u3000', ' ').replace('\u00a0', ' ').strip();
  }

  /** The text with every space removed and the brackets made one width: for matching titles and heads. */
  static String normal(String s) {
    return s.replaceAll("[\\s\u3000\u00a0]", "").replace('（', '(').replace('）', ')').replace('：', ':');
  }

  boolean blankRow(int row) {
    int last = lastColumn();
    for (int c = 0; c < last; c++) {
      if (!text(row, c).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The amount of a cell in 万元, or null for an empty cell (a cell holding only "-" or "—",
   * which some software prints for nothing, is empty too). A number is read from what the cell
   * stores: a numeric cell's double only when it has at most two decimals (or differs from them
   * by binary noise), a text cell from its digits, with or without thousands separators.
   * A sheet in 元 is converted to 万元 (HALF_UP, 2 decimals) and each conversion noted. Every
   * amount has two decimals, as the forms print it.
   */
  BigDecimal amount(int row, int col, String path) {
    Cell c = cell(row, col);
    locate(row, col, path);
    if (c == null) {
      return null;
    }
    if (c.getCellType() == CellType.FORMULA && !hasCachedValue(c)) {
      // the program that wrote the formula never computed it: reading 0 would be a silent lie
      return bad(row, col, path, "是公式 =" + c.getCellFormula() + "，但工作簿中没有它的计算结果：请在 Excel 或 WPS 中打开、"
              + "重新计算（F9）并保存，或把公式换成数值",
          "holds the formula =" + c.getCellFormula() + " without a computed value: open the workbook in Excel or WPS,"
              + " recalculate (F9) and save it, or replace the formula by its value");
    }
    CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
    BigDecimal v = switch (type) {
      case BLANK -> null;
      case NUMERIC -> numeric(c, row, col, path);
      case STRING -> text(c.getStringCellValue(), row, col, path);
      case BOOLEAN -> bad(row, col, path, "为真假值 " + c.getBooleanCellValue(),
          "holds a boolean " + c.getBooleanCellValue());
      case ERROR -> bad(row, col, path, "为错误值 " + formatter.formatCellValue(c) + "（请检查公式）",
          "holds the error " + formatter.formatCellValue(c) + " (check its formula)");
      default -> bad(row, col, path, "无法读取", "cannot be read");
    };
    return v == null ? null : inWanYuan(v, row, col, path);
  }

  /**
   * Whether a formula cell carries the value its program computed. An .xlsx formula written
   * by a program that does not calculate (a script, some exporters) has none, and POI would
   * report 0; an .xls formula record always holds its value.
   */
  static boolean hasCachedValue(Cell c) {
    return !(c instanceof org.apache.poi.xssf.usermodel.XSSFCell x) || x.getCTCell().isSetV();
  }

  private BigDecimal numeric(Cell c, int row, int col, String path) {
    if (DateUtil.isCellDateFormatted(c)) {
      return bad(row, col, path, "是日期，不是金额（请把单元格格式设为数值）",
          "holds a date, not an amount (format the cell as a number)");
    }
    double d = c.getNumericCellValue();
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return bad(row, col, path, "不是有限数值", "is not a finite number");
    }
    BigDecimal exact = BigDecimal.valueOf(d);
    BigDecimal cents = exact.setScale(2, RoundingMode.HALF_UP);
    if (exact.subtract(cents).abs().compareTo(NOISE) > 0) {
      return bad(row, col, path, "有超过两位的小数（" + exact.stripTrailingZeros().toPlainString()
              + "），金额最多两位小数：请在表中四舍五入到分",
          "has more than two decimals (" + exact.stripTrailingZeros().toPlainString()
              + "); amounts have at most two: round them in the workbook");
    }
    return signOk(cents, row, col, path);
  }

  private BigDecimal text(String raw, int row, int col, String path) {
    String s = strip(raw);
    if (s.isEmpty() || NOTHING.matcher(s).matches()) {
      return null;
    }
    String t = halfWidth(s);
    // the accounting way of writing a negative: (1,234.56)
    boolean parenthesised = t.length() > 2 && t.startsWith("(") && t.endsWith(")");
    if (parenthesised) {
      t = t.substring(1, t.length() - 1).strip();
    }
    boolean negative = t.startsWith("-");
    String digits = negative ? t.substring(1).strip() : t;
    negative |= parenthesised;
    if (GROUPED.matcher(digits).matches()) {
      digits = digits.replace(",", "");
    }
    if (PLAIN.matcher(digits).matches()) {
      BigDecimal v = new BigDecimal(digits);
      if (v.stripTrailingZeros().scale() <= 2) { // 1234.500 is 1234.50 exactly
        v = v.setScale(2, RoundingMode.UNNECESSARY);
        if (negative && v.signum() != 0) {
          return bad(row, col, path, "金额不能为负数，实为 -" + v.toPlainString() + "（单元格写作 \"" + raw + "\"）",
              "an amount must not be negative, got -" + v.toPlainString() + " (the cell holds \"" + raw + "\")");
        }
        return v;
      }
    }
    String zh;
    String en;
    if (digits.matches("\\d+\\.\\d{3,}")) {
      zh = "最多两位小数";
      en = "at most two decimals";
    } else if (digits.contains("元")) {
      zh = "不要在单元格中写单位，单位写在表头“金额单位”";
      en = "no unit in the cell: the sheet states it (金额单位)";
    } else {
      zh = "应为金额（如 1234.56 或 1,234.56）";
      en = "expected an amount (such as 1234.56 or 1,234.56)";
    }
    return bad(row, col, path, "不是金额：\"" + raw + "\"，" + zh, "is not an amount: \"" + raw + "\", " + en);
  }

  /**
   * Full-width digits, comma, point, minus and brackets as ASCII: Chinese input methods type
   * "１，２３４．５６" and "（１２．００）", which mean the same as their ASCII forms.
   */
  static String halfWidth(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch >= '０' && ch <= '９') {
        ch = (char) ('0' + (ch - '０'));
      } else {
        ch = switch (ch) {
          case '，' -> ',';
          case '．' -> '.';
          case '－', '−' -> '-';
          case '（' -> '(';
          case '）' -> ')';
          default -> ch;
        };
      }
      sb.append(ch);
    }
    return sb.toString();
  }

  private BigDecimal signOk(BigDecimal v, int row, int col, String path) {
    if (v.signum() < 0) {
      return bad(row, col, path, "金额不能为负数，实为 " + v.toPlainString(),
          "an amount must not be negative, got " + v.toPlainString());
    }
    return v;
  }

  private BigDecimal inWanYuan(BigDecimal v, int row, int col, String path) {
    if (v.signum() > 0 && (largest == null || v.compareTo(largest) > 0)) {
      largest = v;
      largestCell = new CellReference(row, col).formatAsString(false);
    }
    BigDecimal out = v;
    if (yuan) {
      out = v.divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP);
      String cell = new CellReference(row, col).formatAsString(false);
      findings.note("workbook.unit.converted", at(row, col, path),
          cell + "：" + v.toPlainString() + " 元 → " + out.toPlainString() + " 万元（四舍五入到两位小数）",
          cell + ": " + v.toPlainString() + " yuan → " + out.toPlainString() + " wan yuan (HALF_UP, 2 decimals)");
    }
    if (out.compareTo(MAX_WAN_YUAN) > 0) {
      return bad(row, col, path, "金额过大（超过 " + MAX_WAN_YUAN.toPlainString() + " 万元）",
          "amount too large (over " + MAX_WAN_YUAN.toPlainString() + " wan yuan)");
    }
    read.putIfAbsent(out, at(row, col, path));
    return out;
  }

  private BigDecimal bad(int row, int col, String path, String zh, String en) {
    String cell = new CellReference(row, col).formatAsString(false);
    findings.error("workbook.amount", at(row, col, path), "单元格 " + cell + " " + zh, "cell " + cell + " " + en);
    return null;
  }
}
