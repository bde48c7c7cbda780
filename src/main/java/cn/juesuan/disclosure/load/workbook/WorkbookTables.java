package cn.juesuan.disclosure.load.workbook;

import cn.juesuan.disclosure.catalogue.Catalogue;
import cn.juesuan.disclosure.catalogue.FormSpec;
import cn.juesuan.disclosure.catalogue.HeaderCell;
import cn.juesuan.disclosure.catalogue.LineSpec;
import cn.juesuan.disclosure.catalogue.TotalSpec;
import cn.juesuan.disclosure.diag.Findings;
import cn.juesuan.disclosure.diag.IoFailure;
import cn.juesuan.disclosure.diag.Location;
import cn.juesuan.disclosure.model.Amounts;
import cn.juesuan.disclosure.model.ClassifiedTable;
import cn.juesuan.disclosure.model.StandardLists;
import cn.juesuan.disclosure.model.Tables;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The tables of a disclosure read from a workbook (.xlsx or .xls, as the 决算 software exports
 * them), producing the same {@link Tables} the YAML gives. Nothing is found by a fixed cell
 * address: each form's sheet by its title or label (from the format's catalogue), its columns
 * by their header text, its rows by 科目代码, 行次 or item name. So a blank row, a merged title
 * or a column the software moved does not matter. The sheet's 金额单位 is honoured (元 → 万元).
 * Every figure's location is its cell ({@code 决算报表.xlsx!公开03!D7}).
 */
public final class WorkbookTables {
  /** A workbook of the nine forms is a few hundred KB; anything near this is not one. */
  static final long MAX_BYTES = 32L * 1024 * 1024;
  private static final Pattern SUBJECT = Pattern.compile("(\\d{3}|\\d{5}|\\d{7})(?:\\s+(.*))?");
  private static final Pattern ORDINAL = Pattern.compile("^[一二三四五六七八九十]+、");
  private static final Pattern LINE_NUMBER = Pattern.compile("\\d{1,3}");
  /** How far below the top a form's title, unit line and head may start. */
  private static final int HEAD_SEARCH_ROWS = 15;

  private final Catalogue format;
  private final StandardLists codes;
  private final Findings findings;
  private final Map<String, Location> locations;
  private final String file;

  private WorkbookTables(Catalogue format, StandardLists codes, Findings findings,
                         Map<String, Location> locations, String file) {
    this.format = format;
    this.codes = codes;
    this.findings = findings;
    this.locations = locations;
    this.file = file;
  }

  /**
   * Reads the tables of {@code workbook} ({@code shown} names it in messages; {@code cited} is
   * where the YAML names it). Problems become findings; the result is null when the workbook
   * cannot be read at all.
   */
  public static Tables read(Path workbook, String shown, Location cited, Catalogue format,
                            StandardLists codes, Findings findings, Map<String, Location> locations) {
    if (!supports(format)) {
      findings.error("workbook.format-unsupported", cited,
          "格式 " + format.id() + " 的表样（无行次、类款项分列、合计在下或分组列）暂不能从工作簿读取：请在 YAML 中列出各表",
          "tables of the format " + format.id() + " (no 行次, split codes, total at the bottom or column groups)"
              + " cannot be read from a workbook yet: list the tables in the YAML");
      return null;
    }
    WorkbookTables reader = new WorkbookTables(format, codes, findings, locations, shown);
    WorkbookLibrary.prepare();
    byte[] bytes;
    try {
      var attrs = Files.readAttributes(workbook, java.nio.file.attribute.BasicFileAttributes.class);
      if (!attrs.isRegularFile()) {
        findings.error("io.not-a-file", cited, "工作簿 " + shown + " 不是普通文件，未读取",
            "the workbook " + shown + " is not a regular file: not read");
        return null;
      }
      if (attrs.size() > MAX_BYTES) {
        findings.error("workbook.too-large", cited, "工作簿 " + shown + " 过大（" + attrs.size() + " 字节，上限 "
            + MAX_BYTES + "）", "the workbook " + shown + " is too large (" + attrs.size() + " bytes, limit " + MAX_BYTES + ")");
        return null;
      }
      try (var in = Files.newInputStream(workbook)) {
        bytes = in.readNBytes((int) MAX_BYTES + 1);
      }
    } catch (IOException e) {
      var why = IoFailure.of(e);
      findings.error("io.read", cited, "无法读取工作簿 " + shown + "：" + why.zh(),
          "cannot read the workbook " + shown + ": " + why.en());
      return null;
    }
    // the bytes are in memory: whatever fails now is the file's content, not the machine
    Workbook wb;
    try {
      wb = WorkbookFactory.create(new java.io.ByteArrayInputStream(bytes), null);
    } catch (IOException | RuntimeException e) {
      findings.error("workbook.unreadable", cited,
          "工作簿 " + shown + " 无法打开：不是 .xlsx 或 .xls 文件，或已损坏、已加密（请在 Excel 或 WPS 中另存为 .xlsx）",
          "the workbook " + shown + " cannot be opened: not an .xlsx or .xls file, damaged or encrypted"
              + " (save it again as .xlsx in Excel or WPS)");
      return null;
    }
    try (wb) {
      return reader.tables(wb, cited);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // closing a workbook in memory does no I/O
    }
  }

  /**
   * Whether every form the reader fills is of the shape it knows: lines found by 行次, one code
   * column, the 合计 row on top, no column groups (the Gansu forms the 决算 software exports).
   */
  public static boolean supports(Catalogue format) {
    for (FormSpec form : format.forms().values()) {
      FormSpec.Shape s = form.shape();
      boolean read = form.layout() != FormSpec.Layout.SELF_ASSESSMENT && form.layout() != FormSpec.Layout.UNITS;
      if (read && (!s.lineNumbers() || s.splitCodes() || s.totalAtBottom() || !s.blocks().isEmpty() || !s.omit().isEmpty())) {
        return false;
      }
    }
    return true;
  }

  private Tables tables(Workbook wb, Location cited) {
    Map<String, Object> byForm = new LinkedHashMap<>();
    for (FormSpec form : format.forms().values()) {
      if (form.layout() == FormSpec.Layout.SELF_ASSESSMENT || form.layout() == FormSpec.Layout.UNITS) {
        continue; // 附件2 and the units of 部门决算单位构成 are the department's own, not forms of the 决算 software
      }
      Optional<SheetReader> sheet = sheetOf(wb, form);
      if (sheet.isEmpty()) {
        findings.error("workbook.form-missing", cited.withPath("tables.workbook"),
            "工作簿 " + file + " 中未找到 " + form.name() + "（" + form.title() + "）：按表名、标题或“"
                + form.label() + "”查找",
            "the workbook " + file + " has no sheet for " + form.name() + " (looked for its title, label and sheet name)");
        continue;
      }
      FormReader r = new FormReader(form, sheet.get());
      if (r.start()) {
        byForm.put(form.id(), switch (form.layout()) {
          case LINES -> r.lines();
          case SUBJECTS -> r.subjects();
          case ECONOMIC -> r.economic();
          case ROW -> r.row();
          case SELF_ASSESSMENT, UNITS -> null;
        });
      }
    }
    return new Tables(
        lines01(byForm.get("gk01")), subjects(byForm.get("gk02")), subjects(byForm.get("gk03")),
        lines04(byForm.get("gk04")), subjects(byForm.get("gk05")), byForm.get("gk06") instanceof Tables.Gk06 g6 ? g6
        : new Tables.Gk06(null, null, Amounts.EMPTY, Map.of()), subjects(byForm.get("gk07")),
        subjects(byForm.get("gk08")), byForm.get("gk09") instanceof Tables.Gk09 g9 ? g9
        : new Tables.Gk09(Amounts.EMPTY, Amounts.EMPTY));
  }

  private static ClassifiedTable subjects(Object o) {
    return o instanceof ClassifiedTable t ? t : ClassifiedTable.EMPTY;
  }

  /** 公开01: each line holds one amount. */
  private static Tables.Gk01 lines01(Object o) {
    if (!(o instanceof LinesRead l)) {
      return new Tables.Gk01(Amounts.EMPTY, Amounts.EMPTY, Amounts.EMPTY);
    }
    return new Tables.Gk01(l.single("income"), l.single("byClass"), l.single("expenditure"));
  }

  /** 公开04: the income side one amount a line, the expenditure side the form's columns. */
  private Tables.Gk04 lines04(Object o) {
    if (!(o instanceof LinesRead l)) {
      return new Tables.Gk04(Amounts.EMPTY, Map.of(), Map.of());
    }
    Map<String, Amounts> expenditure = new LinkedHashMap<>();
    for (String k : format.form("gk04").lineKeys("expenditure")) {
      expenditure.put(k, l.group("expenditure").getOrDefault(k, Amounts.EMPTY));
    }
    Map<String, Amounts> byClass = new LinkedHashMap<>();
    l.group("byClass").forEach((k, v) -> {
      if (!v.isBlank()) {
        byClass.put(k, v);
      }
    });
    return new Tables.Gk04(l.single("income"), byClass, expenditure);
  }

  /** What a lines form read: group → line key → amounts by column. */
  record LinesRead(Map<String, Map<String, Amounts>> groups) {
    Map<String, Amounts> group(String g) {
      return groups.getOrDefault(g, Map.of());
    }

    Amounts single(String g) {
      Map<String, BigDecimal> out = new LinkedHashMap<>();
      group(g).forEach((k, v) -> {
        if (v.get(Tables.AMOUNT) != null) {
          out.put(k, v.get(Tables.AMOUNT));
        }
      });
      return new Amounts(out);
    }
  }

  // ---- finding a form's sheet -----------------------------------------------------------------

  private Optional<SheetReader> sheetOf(Workbook wb, FormSpec form) {
    Set<String> names = new HashSet<>();
    names.add(SheetReader.normal(form.name()));
    names.add(SheetReader.normal(form.title()));
    names.add(SheetReader.normal(ORDINAL.matcher(form.title()).replaceFirst("")));
    if (!form.label().isEmpty()) {
      names.add(SheetReader.normal(form.label()));
    }
    // the sheet whose name is the form's, else the first whose top rows hold its title or label
    for (Sheet s : wb) {
      if (names.contains(SheetReader.normal(s.getSheetName()))) {
        return Optional.of(new SheetReader(s, file, findings, locations));
      }
    }
    for (Sheet s : wb) {
      SheetReader r = new SheetReader(s, file, findings, locations);
      int last = Math.min(r.lastRow(), HEAD_SEARCH_ROWS);
      int cols = r.lastColumn();
      for (int row = 0; row <= last; row++) {
        for (int c = 0; c < cols; c++) {
          String t = SheetReader.normal(r.text(row, c));
          if (!t.isEmpty() && (names.contains(t) || names.contains(ORDINAL.matcher(t).replaceFirst("")))) {
            return Optional.of(r);
          }
        }
      }
    }
    return Optional.empty();
  }

  // ---- one form ------------------------------------------------------------------------------

  /** Reads one form from its sheet: the unit, the head, then the body by the form's layout. */
  private final class FormReader {
    final FormSpec form;
    final SheetReader s;
    final String base;
    /** Sheet column of each grid column of the form. */
    int[] columnOf;
    int bodyStart;

    FormReader(FormSpec form, SheetReader s) {
      this.form = form;
      this.s = s;
      this.base = "tables." + form.id();
    }

    /** Finds the unit and the head; false (reported) when the head is not there. */
    boolean start() {
      s.locate(0, 0, base);
      List<List<String>> expected = expectedPaths();
      int textRows = (int) form.header().stream().filter(WorkbookTables::isTextRow).count();
      int head = headStart(expected);
      if (head < 0) {
        findings.error("workbook.head-missing", s.at(0, 0, base),
            s.name() + "：未找到 " + form.name() + " 的表头（应有 " + String.join("、", firstRowTexts()) + "）",
            s.name() + ": the head of " + form.name() + " was not found");
        return false;
      }
      unit(head);
      List<List<String>> actual = new ArrayList<>();
      int cols = s.lastColumn();
      for (int c = 0; c < cols; c++) {
        List<String> path = new ArrayList<>();
        for (int r = head; r < head + textRows; r++) {
          String t = SheetReader.normal(s.text(r, c));
          if (!t.isEmpty() && !t.equals(NUMBERING) && (path.isEmpty() || !path.get(path.size() - 1).equals(t))) {
            path.add(t);
          }
        }
        actual.add(path);
      }
      columnOf = match(expected, actual, head);
      if (columnOf == null) {
        return false;
      }
      bodyStart = head + textRows;
      if (bodyStart <= s.lastRow() && numberingRow(bodyStart)) {
        bodyStart++;
      }
      return true;
    }

    private List<String> firstRowTexts() {
      return form.header().get(0).stream().filter(h -> !h.isNumbering() && !h.text().isEmpty())
          .map(HeaderCell::text).toList();
    }

    /** The first row above the body holding at least half the texts of the form's first head row. */
    private int headStart(List<List<String>> expected) {
      List<String> wanted = firstRowTexts().stream().map(SheetReader::normal).distinct().toList();
      int need = Math.max(1, (wanted.size() + 1) / 2);
      int cols = s.lastColumn();
      int last = Math.min(s.lastRow(), HEAD_SEARCH_ROWS + 5);
      for (int r = 0; r <= last; r++) {
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < cols; c++) {
          seen.add(SheetReader.normal(s.text(r, c)));
        }
        long found = wanted.stream().filter(seen::contains).count();
        if (found >= need) {
          return r;
        }
      }
      return -1;
    }

    /** 金额单位：万元 or 元, stated above the head; 万元 when none is. */
    private void unit(int head) {
      int cols = s.lastColumn();
      for (int r = 0; r < head; r++) {
        for (int c = 0; c < cols; c++) {
          String t = SheetReader.normal(s.text(r, c));
          int at = t.indexOf("单位:");
          if (at < 0) {
            continue;
          }
          String unit = t.substring(at + 3).replaceAll("[)\\]】]+$", ""); // （单位：万元）
          if (unit.equals("万元")) {
            return;
          }
          if (unit.equals("元")) {
            s.yuan = true;
            findings.note("workbook.unit", s.at(r, c, base), s.name() + "：金额单位为元，各金额换算为万元（四舍五入到两位小数）",
                s.name() + ": amounts are in yuan, each converted to wan yuan (HALF_UP, 2 decimals)");
            return;
          }
          findings.error("workbook.unit", s.at(r, c, base), s.name() + "：不支持的金额单位“" + unit + "”（应为万元或元）",
              s.name() + ": unsupported unit \"" + unit + "\" (expected 万元 or 元)");
          return;
        }
      }
    }

    /** For each grid column of the form, the head texts above it, top to bottom (栏次 left out). */
    private List<List<String>> expectedPaths() {
      int width = form.grid().size();
      List<List<String>> paths = new ArrayList<>();
      for (int i = 0; i < width; i++) {
        paths.add(new ArrayList<>());
      }
      boolean[][] taken = new boolean[form.header().size() + 4][width];
      for (int r = 0; r < form.header().size(); r++) {
        int c = 0;
        for (HeaderCell h : form.header().get(r)) {
          int n = h.isNumbering() ? h.count() : 1;
          for (int k = 0; k < n; k++) {
            while (c < width && taken[r][c]) {
              c++;
            }
            int cols = h.isNumbering() ? 1 : h.cols();
            int rows = h.isNumbering() ? 1 : h.rows();
            for (int dr = 0; dr < rows && r + dr < taken.length; dr++) {
              for (int dc = 0; dc < cols && c + dc < width; dc++) {
                taken[r + dr][c + dc] = true;
                String t = h.isNumbering() ? "" : SheetReader.normal(h.text());
                List<String> p = paths.get(c + dc);
                if (!t.isEmpty() && !t.equals(NUMBERING) && !t.matches("\\d+")
                    && (p.isEmpty() || !p.get(p.size() - 1).equals(t))) {
                  p.add(t);
                }
              }
            }
            c += cols;
          }
        }
      }
      return paths;
    }

    /**
     * Each expected column's sheet column: the one with the same head path (the k-th of equal
     * paths for the k-th), else the one whose lowest head text is the same; null (reported)
     * when an amount column is not there.
     */
    private int[] match(List<List<String>> expected, List<List<String>> actual, int head) {
      int[] out = new int[expected.size()];
      boolean[] used = new boolean[actual.size()];
      boolean ok = true;
      for (int i = 0; i < expected.size(); i++) {
        out[i] = find(expected.get(i), actual, used, false);
        if (out[i] < 0) {
          out[i] = find(expected.get(i), actual, used, true);
        }
        if (out[i] < 0) {
          String name = String.join("/", expected.get(i));
          findings.error("workbook.column-missing", s.at(head, 0, base),
              s.name() + "：未找到列“" + name + "”（" + form.name() + " 的表头应有此列）",
              s.name() + ": no column headed \"" + name + "\" (" + form.name() + " has one)");
          ok = false;
        } else {
          used[out[i]] = true;
        }
      }
      return ok ? out : null;
    }

    private int find(List<String> want, List<List<String>> actual, boolean[] used, boolean lastOnly) {
      if (want.isEmpty()) {
        return -1;
      }
      for (int c = 0; c < actual.size(); c++) {
        List<String> a = actual.get(c);
        if (used[c] || a.isEmpty()) {
          continue;
        }
        boolean same = lastOnly ? a.get(a.size() - 1).equals(want.get(want.size() - 1)) : a.equals(want);
        if (same) {
          return c;
        }
      }
      return -1;
    }

    /** The 栏次 row under the head (栏次, or 1, 2, 3 …). */
    private boolean numberingRow(int r) {
      int cols = s.lastColumn();
      int expect = 1;
      boolean any = false;
      for (int c = 0; c < cols; c++) {
        String t = SheetReader.normal(s.text(r, c));
        if (t.equals(NUMBERING)) {
          return true;
        }
        if (t.isEmpty()) {
          continue;
        }
        if (!t.equals(String.valueOf(expect++))) {
          return false;
        }
        any = true;
      }
      return any;
    }

    /** True at the notes under the grid (注：…), where the body ends. */
    private boolean notes(int r) {
      String first = "";
      int cols = s.lastColumn();
      for (int c = 0; c < cols && first.isEmpty(); c++) {
        first = s.text(r, c);
      }
      return first.startsWith(form.notePrefix().isEmpty() ? "注" : SheetReader.strip(form.notePrefix()))
          || first.startsWith("注");
    }

    private String cellText(int r, int gridColumn) {
      return s.text(r, columnOf[gridColumn]);
    }

    private BigDecimal amountAt(int r, int gridColumn, String path) {
      return s.amount(r, columnOf[gridColumn], path);
    }

    private boolean hasAmounts(int r, int from, int to) {
      for (int g = from; g < to; g++) {
        if (!cellText(r, g).isEmpty()) {
          return true;
        }
      }
      return false;
    }

    // ---- layout subjects: 合计 row and 科目 rows -------------------------------------------

    ClassifiedTable subjects() {
      List<String> columns = form.columnKeys();
      String totalText = SheetReader.normal(form.total() == null ? "" : form.total().text());
      Map<String, BigDecimal> total = new LinkedHashMap<>();
      List<ClassifiedTable.Row> rows = new ArrayList<>();
      for (int r = bodyStart; r <= s.lastRow(); r++) {
        if (s.blankRow(r)) {
          continue;
        }
        if (notes(r)) {
          break;
        }
        String code = cellText(r, 0);
        String name = cellText(r, 1);
        if (SheetReader.normal(code).equals(totalText) || SheetReader.normal(name).equals(totalText)) {
          s.locate(r, columnOf[0], base + ".total");
          readInto(total, r, columns, base + ".total");
          continue;
        }
        Matcher m = SUBJECT.matcher(code);
        if (!m.matches()) {
          if (hasAmounts(r, 2, 2 + columns.size())) {
            findings.error("workbook.subject-code", s.at(r, columnOf[0], base + ".rows[" + rows.size() + "].code"),
                s.name() + "：科目代码应为 3、5 或 7 位数字，实为 \"" + code + "\"",
                s.name() + ": a subject code has 3, 5 or 7 digits, got \"" + code + "\"");
          }
          continue;
        }
        if (name.isEmpty() && m.group(2) != null) {
          name = m.group(2).strip(); // code and name in one cell: "201 一般公共服务支出"
        }
        code = m.group(1);
        String path = base + ".rows[" + rows.size() + "]";
        s.locate(r, columnOf[0], path);
        s.locate(r, columnOf[0], path + ".code");
        s.locate(r, columnOf[1], path + ".name");
        Optional<String> standard = codes.subjectName(code);
        if (name.isEmpty() && standard.isEmpty()) {
          findings.error("load.subject-name", s.at(r, columnOf[1], path + ".name"),
              "科目 " + code + " 不在标准科目表中，请填写科目名称", "subject " + code + " is not in the standard list: give its name");
        }
        String printed = name.isEmpty() || standard.map(name::equals).orElse(false) ? null : name;
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        readInto(amounts, r, columns, path);
        rows.add(new ClassifiedTable.Row(rows.size(), code, printed, new Amounts(amounts)));
      }
      return new ClassifiedTable(new Amounts(total), rows);
    }

    private void readInto(Map<String, BigDecimal> into, int r, List<String> columns, String path) {
      for (int i = 0; i < columns.size(); i++) {
        BigDecimal v = amountAt(r, 2 + i, path + "." + columns.get(i));
        if (v != null) {
          into.put(columns.get(i), v);
        }
      }
    }

    // ---- layout lines: two sides of numbered lines ------------------------------------------

    LinesRead lines() {
      Map<String, Map<String, Amounts>> groups = new LinkedHashMap<>();
      List<List<String>> sideColumns = List.of(List.of(Tables.AMOUNT), form.columnKeys());
      int first = 0;
      for (int side = 0; side < form.sides().size(); side++) {
        List<String> columns = sideColumns.get(Math.min(side, 1));
        List<LineSpec> lines = form.sides().get(side);
        for (int r = bodyStart; r <= s.lastRow(); r++) {
          if (notes(r)) {
            break;
          }
          if (s.blankRow(r)) {
            continue;
          }
          readLine(groups, lines, columns, r, first);
        }
        first += 2 + columns.size();
      }
      return new LinesRead(groups);
    }

    /** One side of one row: | 项目 | 行次 | amounts |, found by 行次, else by its text. */
    private void readLine(Map<String, Map<String, Amounts>> groups, List<LineSpec> lines, List<String> columns,
                          int r, int first) {
      String text = SheetReader.normal(cellText(r, first));
      String number = SheetReader.normal(cellText(r, first + 1));
      boolean amounts = hasAmounts(r, first + 2, first + 2 + columns.size());
      if (text.isEmpty() && number.isEmpty()) {
        return;
      }
      String[] key = null; // {group, key, path}
      if (LINE_NUMBER.matcher(number).matches()) {
        key = byNumber(lines, Integer.parseInt(number));
      }
      if (key == null && !text.isEmpty()) {
        key = byText(lines, text);
      }
      if (key == null) {
        if (amounts) {
          findings.error("workbook.line", s.at(r, columnOf[first + 1], base),
              s.name() + "：无法识别的行（项目“" + cellText(r, first) + "”，行次“" + number + "”）",
              s.name() + ": a line that is not on the form (item \"" + cellText(r, first) + "\", line \"" + number + "\")");
        }
        return;
      }
      if (key.length == 0) {
        if (amounts) {
          findings.error("workbook.line", s.at(r, columnOf[first + 2], base),
              s.name() + "：行次 " + number + " 是空行，不应填写金额", s.name() + ": line " + number + " takes no amount");
        }
        return;
      }
      String path = base + "." + key[2];
      s.locate(r, columnOf[first], path);
      Map<String, BigDecimal> cells = new LinkedHashMap<>();
      boolean single = columns.equals(List.of(Tables.AMOUNT));
      for (int i = 0; i < columns.size(); i++) {
        BigDecimal v = amountAt(r, first + 2 + i, single ? path : path + "." + columns.get(i));
        if (v != null) {
          cells.put(columns.get(i), v);
        }
      }
      groups.computeIfAbsent(key[0], g -> new LinkedHashMap<>()).put(key[1], new Amounts(cells));
    }

    /** {group, key, yaml path} of the line numbered {@code n}; {} for a line that prints only its number. */
    private String[] byNumber(List<LineSpec> lines, int n) {
      for (LineSpec l : lines) {
        switch (l.kind()) {
          case LINE -> {
            if (l.number() == n) {
              return lineKey(l);
            }
          }
          case NUMBERS -> {
            if (n >= l.number() && n <= l.to()) {
              return new String[0];
            }
          }
          case CLASSES -> {
            var classes = codes.expenditureClasses();
            if (n >= l.number() && n < l.number() + classes.size()) {
              return classKey(l, classes.get(n - l.number()).code());
            }
          }
        }
      }
      return null;
    }

    private String[] byText(List<LineSpec> lines, String text) {
      for (LineSpec l : lines) {
        if (l.kind() == LineSpec.Kind.LINE && (SheetReader.normal(l.text()).equals(text)
            || SheetReader.normal(l.name()).equals(text))) {
          return lineKey(l);
        }
        if (l.kind() == LineSpec.Kind.CLASSES) {
          for (var c : codes.expenditureClasses()) {
            if (SheetReader.normal(c.label()).equals(text)) {
              return classKey(l, c.code());
            }
          }
        }
      }
      return null;
    }

    private String[] lineKey(LineSpec l) {
      return new String[] {l.group(), l.leaf(), l.key()};
    }

    /** 类 lines sit under expenditure.byClass in the YAML. */
    private String[] classKey(LineSpec l, String code) {
      return new String[] {l.group(), code, "expenditure." + l.group() + "." + code};
    }

    // ---- layout economic: (code, name, amount) groups and a totals row ----------------------

    Tables.Gk06 economic() {
      Map<String, BigDecimal> amounts = new LinkedHashMap<>();
      Map<String, String> names = new LinkedHashMap<>();
      Map<String, BigDecimal> totals = new LinkedHashMap<>();
      Map<String, String> standard = new LinkedHashMap<>();
      codes.economicClasses().forEach(e -> standard.put(e.code(), e.name()));
      for (int r = bodyStart; r <= s.lastRow(); r++) {
        if (notes(r)) {
          break;
        }
        if (s.blankRow(r) || readTotals(r, totals)) {
          continue;
        }
        for (int g = 0; g + 2 < columnOf.length; g += 3) {
          String code = cellText(r, g);
          if (code.isEmpty()) {
            continue;
          }
          if (!standard.containsKey(code)) {
            findings.error("workbook.economic-code", s.at(r, columnOf[g], base + ".amounts"),
                s.name() + "：\"" + code + "\" 不是本年度的经济分类科目代码",
                s.name() + ": \"" + code + "\" is not an economic class code of the year");
            continue;
          }
          String name = cellText(r, g + 1);
          if (!name.isEmpty() && !name.equals(standard.get(code))) {
            names.put(code, name);
            s.locate(r, columnOf[g + 1], base + ".names." + code);
          }
          BigDecimal v = amountAt(r, g + 2, base + ".amounts." + code);
          if (v != null) {
            amounts.put(code, v);
          }
        }
      }
      // the YAML's order: the year's list
      Map<String, BigDecimal> ordered = new LinkedHashMap<>();
      standard.keySet().forEach(k -> {
        if (amounts.containsKey(k)) {
          ordered.put(k, amounts.get(k));
        }
      });
      return new Tables.Gk06(totals.get("personnelTotal"), totals.get("publicTotal"), new Amounts(ordered), names);
    }

    /** A row holding the totals' labels (人员经费合计 …): each amount is the cell after its label. */
    private boolean readTotals(int r, Map<String, BigDecimal> totals) {
      boolean any = false;
      int cols = s.lastColumn();
      for (TotalSpec t : form.totals()) {
        String label = SheetReader.normal(t.text());
        for (int c = 0; c < cols; c++) {
          if (SheetReader.normal(s.text(r, c)).equals(label)) {
            int amountColumn = s.lastColumnOf(r, c) + 1;
            BigDecimal v = s.amount(r, amountColumn, base + "." + t.key());
            if (v != null) {
              totals.put(t.key(), v);
            }
            any = true;
            break;
          }
        }
      }
      return any;
    }

    // ---- layout row: one row of amounts, cell by cell -----------------------------------------

    Tables.Gk09 row() {
      Map<String, Map<String, BigDecimal>> groups = new LinkedHashMap<>();
      form.groups().forEach(g -> groups.put(g.key(), new LinkedHashMap<>()));
      for (int r = bodyStart; r <= s.lastRow(); r++) {
        if (notes(r)) {
          break;
        }
        if (s.blankRow(r)) {
          continue;
        }
        for (int i = 0; i < form.row().size(); i++) {
          String cell = form.row().get(i);
          int dot = cell.indexOf('.');
          String group = cell.substring(0, dot);
          String column = cell.substring(dot + 1);
          BigDecimal v = amountAt(r, i, base + "." + group + "." + column);
          if (v != null) {
            groups.computeIfAbsent(group, g -> new LinkedHashMap<>()).put(column, v);
          }
        }
        break; // the form has one row
      }
      // the YAML's order: the form's columns
      List<String> columns = form.columnKeys();
      java.util.function.Function<String, Amounts> ordered = g -> {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        columns.forEach(c -> {
          BigDecimal v = groups.getOrDefault(g, Map.of()).get(c);
          if (v != null) {
            out.put(c, v);
          }
        });
        return new Amounts(out);
      };
      return new Tables.Gk09(ordered.apply("budget"), ordered.apply("actual"));
    }
  }

  /** The 栏次 cell of a head. */
  private static final String NUMBERING = "栏次";

  /** A head row with words (not only 栏次 and numbers). */
  private static boolean isTextRow(List<HeaderCell> row) {
    return row.stream().anyMatch(h -> !h.isNumbering() && !h.text().isEmpty() && !h.text().equals(NUMBERING)
        && !h.text().matches("\\d+"));
  }
}
