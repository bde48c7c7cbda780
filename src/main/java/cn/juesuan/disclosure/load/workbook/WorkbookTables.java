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
  /** Excel and WPS keep {@code ~$name.xlsx} beside a workbook while it is open. */
  static final String LOCK_PREFIX = "~$";
  /**
   * A code alone or before its name, as exports write it: "2010101", "2010101 行政运行",
   * "2010101行政运行", "[2010101]行政运行", "【2010101】行政运行" (the cell's text in half width).
   */
  private static final Pattern CODE_IN_CELL =
      Pattern.compile("[\\[【(]?(\\d{7}|\\d{5}|\\d{3})(?!\\d)[\\]】)]?\\s*(.*)");
  /** 一、 (一) 1. before a title or a line's text (normalised: brackets half width). */
  private static final Pattern ORDINAL = Pattern.compile("^(?:[一二三四五六七八九十]+[、.．]|\\([一二三四五六七八九十]+\\)|\\d{1,2}[、.．](?!\\d))");
  /** A unit statement in a normalised cell: its unit, up to a closing bracket or the end. */
  private static final Pattern UNIT = Pattern.compile("(?:金额单位|\\(单位|^单位):([^)\\]】]*)");
  /** The head texts of split 科目编码 columns, and each level's code length. */
  private static final List<String> LEVELS = List.of("类", "款", "项");
  private static final int[] LENGTHS = {3, 5, 7};
  /** How the rows under a form's grid begin: its notes, or the signatures of an export. */
  private static final List<String> NOTE_STARTS =
      List.of("注", "说明", "备注", "填报说明", "单位负责人", "财务负责人", "制表人", "填表人", "审核人", "制表");
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
    } catch (org.apache.poi.EncryptedDocumentException e) {
      findings.error("workbook.encrypted", cited,
          "工作簿 " + shown + " 设有打开密码（已加密），无法读取：请在 Excel 或 WPS 中打开，取消密码"
              + "（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）后保存",
          "the workbook " + shown + " is password-protected (encrypted) and cannot be read: open it in Excel or WPS,"
              + " remove the password (File → Info → Protect Workbook → Encrypt with Password, clear it) and save");
      return null;
    } catch (org.apache.poi.hssf.OldExcelFormatException e) {
      findings.error("workbook.unreadable", cited,
          "工作簿 " + shown + " 是 Excel 95 或更早的格式，无法读取：请在 Excel 或 WPS 中另存为 .xlsx",
          "the workbook " + shown + " is in the Excel 95 (or older) format: save it again as .xlsx in Excel or WPS");
      return null;
    } catch (IOException | RuntimeException e) {
      String name = workbook.getFileName() == null ? "" : workbook.getFileName().toString();
      if (name.startsWith(LOCK_PREFIX)) {
        findings.error("workbook.lock-file", cited,
            "“" + shown + "” 是 Excel 或 WPS 打开工作簿时留下的锁定文件，不是工作簿：请写工作簿本身的文件名（"
                + name.substring(LOCK_PREFIX.length()) + "）",
            "\"" + shown + "\" is the lock file Excel or WPS keeps while a workbook is open, not a workbook:"
                + " name the workbook itself (" + name.substring(LOCK_PREFIX.length()) + ")");
        return null;
      }
      findings.error("workbook.unreadable", cited,
          "工作簿 " + shown + " 无法打开：不是 .xlsx 或 .xls 文件，或已损坏（请在 Excel 或 WPS 中打开并另存为 .xlsx）",
          "the workbook " + shown + " cannot be opened: not an .xlsx or .xls file, or damaged"
              + " (open it in Excel or WPS and save it again as .xlsx)");
      return null;
    }
    try (wb) {
      return reader.tables(wb, cited);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // closing a workbook in memory does no I/O
    }
  }

  private Tables tables(Workbook wb, Location cited) {
    Map<FormSpec, SheetChoice> sheets = sheetsOf(wb);
    Map<String, Object> byForm = new LinkedHashMap<>();
    // 万元 amounts of the sheets that state their unit, each with its first cell: what proves
    // the unit of a sheet that states none
    Map<BigDecimal, Location> stated = new LinkedHashMap<>();
    List<FormReader> unstated = new ArrayList<>();
    for (FormSpec form : readForms()) {
      SheetChoice choice = sheets.get(form);
      if (choice == null) {
        findings.error("workbook.form-missing", cited.withPath("tables.workbook"),
            "工作簿 " + file + " 中未找到 " + form.name() + "（" + form.title() + "）：按表名、标题或“"
                + form.label() + "”查找",
            "the workbook " + file + " has no sheet for " + form.name() + " (looked for its title, label and sheet name)");
        continue;
      }
      if (choice.hidden()) {
        findings.warning("workbook.hidden-sheet", Location.cell(file, choice.sheet().getSheetName(), "A1", "tables." + form.id()),
            form.name() + " 取自隐藏的工作表“" + choice.sheet().getSheetName() + "”（工作簿中没有显示的同名表）：请确认这是要公开的表",
            form.name() + " is read from the hidden sheet \"" + choice.sheet().getSheetName()
                + "\" (no visible sheet holds it): make sure it is the one to publish");
      }
      FormReader r = new FormReader(form, new SheetReader(choice.sheet(), file, findings, locations));
      if (!r.start()) {
        continue;
      }
      if (r.unit == Unit.NONE) {
        unstated.add(r);
        continue;
      }
      byForm.put(form.id(), r.body());
      r.s.amountsRead().forEach(stated::putIfAbsent);
    }
    for (FormReader r : unstated) {
      r.s.yuan = unitOf(r, stated);
      byForm.put(r.form.id(), r.body());
    }
    return new Tables(
        lines01(byForm.get("gk01")), subjects(byForm.get("gk02")), subjects(byForm.get("gk03")),
        lines04(byForm.get("gk04")), subjects(byForm.get("gk05")), byForm.get("gk06") instanceof Tables.Gk06 g6 ? g6
        : new Tables.Gk06(null, null, Amounts.EMPTY, Map.of()), subjects(byForm.get("gk07")),
        subjects(byForm.get("gk08")), byForm.get("gk09") instanceof Tables.Gk09 g9 ? g9
        : new Tables.Gk09(Amounts.EMPTY, Amounts.EMPTY));
  }

  /** The forms a workbook holds: 附件2 and the units of 部门决算单位构成 are the department's own, not the 决算 software's. */
  private List<FormSpec> readForms() {
    return format.forms().values().stream()
        .filter(f -> f.layout() != FormSpec.Layout.SELF_ASSESSMENT && f.layout() != FormSpec.Layout.UNITS).toList();
  }

  /**
   * The unit of a sheet that states none (true: 元), when its figures prove it: its largest
   * amount read as 万元, or as 元 converted, is an amount of a sheet that states its unit (the
   * 合计 of one form is a line of another), and not both. A sheet without any amount needs no
   * unit. Otherwise an error at the sheet: it is read as 万元 so that its cells are still checked.
   */
  private boolean unitOf(FormReader r, Map<BigDecimal, Location> stated) {
    SheetReader trial = new SheetReader(r.s.sheet, file, new Findings(), new LinkedHashMap<>());
    FormReader t = new FormReader(r.form, trial);
    if (t.start()) {
      t.body();
    }
    Location sheetAt = r.s.at(0, 0, "tables." + r.form.id());
    if (trial.largest == null) {
      return false; // nothing but blanks and zeros: the same in every unit
    }
    BigDecimal asWan = trial.largest;
    BigDecimal asYuan = trial.largest.divide(new BigDecimal(10000), 2, java.math.RoundingMode.HALF_UP);
    Location wan = stated.get(asWan);
    Location yuan = stated.get(asYuan);
    String cell = trial.largestCell;
    if ((wan == null) != (yuan == null)) {
      boolean isYuan = yuan != null;
      Location proof = isYuan ? yuan : wan;
      String unitZh = isYuan ? "元" : "万元";
      findings.note("workbook.unit.inferred", r.s.at(0, 0, "tables." + r.form.id()),
          r.s.name() + "：未写明金额单位，按" + unitZh + "读取：本表最大的数 " + cell + "（" + asWan.toPlainString()
              + "）" + (isYuan ? "换算为 " + asYuan.toPlainString() + " 万元后" : "") + "与 " + proof.cell() + " 相同",
          r.s.name() + ": no unit stated, read in " + (isYuan ? "yuan" : "wan yuan") + ": its largest figure " + cell
              + " (" + asWan.toPlainString() + ")" + (isYuan ? ", as " + asYuan.toPlainString() + " wan yuan," : "")
              + " is the figure of " + proof.cell());
      return isYuan;
    }
    findings.error("workbook.unit-missing", sheetAt,
        r.s.name() + "：未写明金额单位，无法判断金额是万元还是元：请在表头上方写明“金额单位：万元”或“金额单位：元”",
        r.s.name() + ": no unit is stated and the figures do not tell 万元 from 元: write \"金额单位：万元\" or"
            + " \"金额单位：元\" above the head");
    return false;
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

  /** The sheet a form is read from; {@code hidden} when no visible sheet holds it. */
  record SheetChoice(Sheet sheet, boolean hidden) {}

  /**
   * Each form's sheet. Visible sheets first (a hidden sheet is often an old copy or the
   * exporting software's scratch); within them, by sheet name (公开01, 公开01表, 收入决算表),
   * then by the title or label in the top rows, exactly, then contained in a longer title
   * ("临夏市总工会2024年度收入支出决算总表" in a sheet named 表一 or Sheet1). Longer titles
   * choose first, so 财政拨款收入支出决算总表 never takes the sheet of 收入支出决算总表.
   * A sheet serves one form.
   */
  private Map<FormSpec, SheetChoice> sheetsOf(Workbook wb) {
    List<Sheet> visible = new ArrayList<>();
    List<Sheet> hidden = new ArrayList<>();
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      (wb.isSheetHidden(i) || wb.isSheetVeryHidden(i) ? hidden : visible).add(wb.getSheetAt(i));
    }
    List<FormSpec> forms = new ArrayList<>(readForms());
    forms.sort(java.util.Comparator.comparingInt((FormSpec f) -> -titleOf(f).length()));
    Map<FormSpec, SheetChoice> out = new LinkedHashMap<>();
    Set<Sheet> taken = new HashSet<>();
    for (List<Sheet> sheets : List.of(visible, hidden)) {
      for (int pass = 0; pass < 3; pass++) {
        for (FormSpec form : forms) {
          if (out.containsKey(form)) {
            continue;
          }
          for (Sheet s : sheets) {
            if (!taken.contains(s) && holds(s, form, pass)) {
              out.put(form, new SheetChoice(s, sheets == hidden));
              taken.add(s);
              break;
            }
          }
        }
      }
    }
    return out;
  }

  /** The form's names a sheet may show: sheet name, title with and without its ordinal, label. */
  private static Set<String> namesOf(FormSpec form) {
    Set<String> names = new HashSet<>();
    names.add(SheetReader.normal(form.name()));
    names.add(SheetReader.normal(form.title()));
    names.add(titleOf(form));
    if (!form.label().isEmpty()) {
      names.add(SheetReader.normal(form.label()));
    }
    names.remove("");
    return names;
  }

  /** The title without its ordinal (收入支出决算总表 of 一、收入支出决算总表), normalised. */
  private static String titleOf(FormSpec form) {
    return SheetReader.normal(ORDINAL.matcher(SheetReader.normal(form.title())).replaceFirst(""));
  }

  /** Pass 0: the sheet's name; 1: a top cell is the title or label; 2: a top cell contains the title. */
  private boolean holds(Sheet sheet, FormSpec form, int pass) {
    Set<String> names = namesOf(form);
    if (pass == 0) {
      return names.contains(SheetReader.normal(sheet.getSheetName()));
    }
    SheetReader r = new SheetReader(sheet, file, findings, locations);
    String title = titleOf(form);
    int last = Math.min(r.lastRow(), HEAD_SEARCH_ROWS);
    int cols = r.lastColumn();
    for (int row = 0; row <= last; row++) {
      for (int c = 0; c < cols; c++) {
        String t = SheetReader.normal(r.text(row, c));
        if (t.isEmpty()) {
          continue;
        }
        String bare = ORDINAL.matcher(t).replaceFirst("");
        if (pass == 1 && (names.contains(t) || names.contains(bare))) {
          return true;
        }
        if (pass == 2 && !title.isEmpty() && t.length() <= title.length() + 40 && t.contains(title)) {
          return true;
        }
      }
    }
    return false;
  }

  // ---- one form ------------------------------------------------------------------------------

  /** The 金额单位 a sheet states above its head. */
  enum Unit { WAN, YUAN, NONE, UNKNOWN }

  /**
   * Where a row's 科目代码 is: one column ({@code joined}: "2010101", "2010101 行政运行",
   * "[2010101]行政运行"; the name column itself when the sheet has no code column), or the
   * columns 类 | 款 | 项 ({@code split}, -1 for a level the sheet lacks).
   */
  record Codes(int joined, int[] split) {}

  /** Reads one form from its sheet: the unit, the head, then the body by the form's layout. */
  private final class FormReader {
    final FormSpec form;
    final SheetReader s;
    final String base;
    /** Shadows the reader's: a trial read (to prove a unit) reports into its own. */
    final Findings findings;
    /** Sheet column of each grid column of the form (a code column: see {@link #codeColumns}). */
    int[] columnOf;
    /** Per column group (one, or the groups of 公开06), where its codes are. */
    List<Codes> codeColumns = new ArrayList<>();
    int bodyStart;
    Unit unit = Unit.NONE;

    FormReader(FormSpec form, SheetReader s) {
      this.form = form;
      this.s = s;
      this.base = "tables." + form.id();
      this.findings = s.findings;
    }

    /** The body, read by the form's layout. */
    Object body() {
      return switch (form.layout()) {
        case LINES -> lines();
        case SUBJECTS -> subjects();
        case ECONOMIC -> economic();
        case ROW -> row();
        case SELF_ASSESSMENT, UNITS -> null;
      };
    }

    /** Grid columns that hold a code, per row: 1, or 类 | 款 (| 项) where the format splits it. */
    private int codeWidth() {
      if (!form.shape().splitCodes()) {
        return 1;
      }
      return form.layout() == FormSpec.Layout.ECONOMIC ? 2 : 3;
    }

    /** Width of one column group: 公开06's | code | name | amount |; the whole grid otherwise. */
    private int groupWidth() {
      return form.layout() == FormSpec.Layout.ECONOMIC ? codeWidth() + 2 : form.grid().size();
    }

    private boolean isCodeColumn(int grid) {
      return switch (form.layout()) {
        case SUBJECTS -> grid < codeWidth();
        case ECONOMIC -> grid % groupWidth() < codeWidth();
        default -> false;
      };
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
      unit = unit(head);
      int headEnd = headEnd(head, head + textRows - 1);
      List<List<String>> actual = new ArrayList<>();
      int cols = s.lastColumn();
      for (int c = 0; c < cols; c++) {
        List<String> path = new ArrayList<>();
        for (int r = head; r <= headEnd; r++) {
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
      findCodes(actual);
      bodyStart = headEnd + 1;
      if (bodyStart <= s.lastRow() && numberingRow(bodyStart)) {
        bodyStart++;
      }
      return true;
    }

    /**
     * The last row of the head: at least the format's rows, down to the end of any merged
     * cell that starts in them, and a row of 类 | 款 | 项 under 科目编码 (an export that splits
     * the code where the format does not).
     */
    private int headEnd(int head, int end) {
      boolean grown = true;
      while (grown) {
        grown = false;
        for (var m : s.merged()) {
          if (m.getFirstRow() >= head && m.getFirstRow() <= end && m.getLastRow() > end) {
            end = m.getLastRow();
            grown = true;
          }
        }
        if (end + 1 <= s.lastRow() && levelRow(end + 1)) {
          end++;
          grown = true;
        }
      }
      return end;
    }

    /** A row holding only 类, 款, 项 (and blanks). */
    private boolean levelRow(int r) {
      boolean any = false;
      for (int c = 0; c < s.lastColumn(); c++) {
        String t = SheetReader.normal(s.text(r, c));
        if (t.isEmpty()) {
          continue;
        }
        if (!LEVELS.contains(t)) {
          return false;
        }
        any = true;
      }
      return any;
    }

    /**
     * The code columns of each group: the headed columns between the group's left edge and its
     * name column. All headed 类/款/项: split; else the one next to the name (a 序号 column may
     * stand further left); none: the code is in the name cell.
     */
    private void findCodes(List<List<String>> actual) {
      int groups = form.layout() == FormSpec.Layout.ECONOMIC ? form.grid().size() / groupWidth() : 1;
      boolean hasCodes = form.layout() == FormSpec.Layout.SUBJECTS || form.layout() == FormSpec.Layout.ECONOMIC;
      if (!hasCodes) {
        return;
      }
      parents = new String[groups][2];
      int left = 0;
      for (int g = 0; g < groups; g++) {
        int nameCol = columnOf[g * groupWidth() + codeWidth()];
        List<Integer> headed = new ArrayList<>();
        for (int c = left; c < nameCol; c++) {
          if (!actual.get(c).isEmpty()) {
            headed.add(c);
          }
        }
        int[] split = {-1, -1, -1};
        boolean levels = false;
        for (int c : headed) {
          List<String> p = actual.get(c);
          int level = LEVELS.indexOf(p.get(p.size() - 1));
          if (level >= 0) {
            split[level] = c;
            levels = true;
          }
        }
        if (levels) {
          codeColumns.add(new Codes(-1, split));
        } else {
          codeColumns.add(new Codes(headed.isEmpty() ? nameCol : headed.get(headed.size() - 1), null));
        }
        for (int k = 0; k < codeWidth(); k++) {
          columnOf[g * groupWidth() + k] = codeColumns.get(g).joined() >= 0 ? codeColumns.get(g).joined() : firstOf(split);
        }
        left = columnOf[Math.min(columnOf.length - 1, (g + 1) * groupWidth() - 1)] + 1;
      }
    }

    private static int firstOf(int[] split) {
      for (int c : split) {
        if (c >= 0) {
          return c;
        }
      }
      return 0;
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

    /**
     * 金额单位：万元 or 元 (also 单位：…, （单位：万元）), stated above the head; {@link Unit#NONE}
     * when none is; any other unit is an error at its cell.
     */
    private Unit unit(int head) {
      int cols = s.lastColumn();
      for (int r = 0; r < head; r++) {
        for (int c = 0; c < cols; c++) {
          String t = SheetReader.normal(s.text(r, c));
          // 金额单位：… or （单位：…） anywhere in the cell, or a cell that is 单位：… (not 编制单位：…)
          Matcher m = UNIT.matcher(t);
          if (!m.find()) {
            continue;
          }
          String unit = m.group(1).replaceFirst("^人民币", "");
          if (unit.equals("万元")) {
            return Unit.WAN;
          }
          if (unit.equals("元")) {
            s.yuan = true;
            findings.note("workbook.unit", s.at(r, c, base), s.name() + "：金额单位为元，各金额换算为万元（四舍五入到两位小数）",
                s.name() + ": amounts are in yuan, each converted to wan yuan (HALF_UP, 2 decimals)");
            return Unit.YUAN;
          }
          findings.error("workbook.unit", s.at(r, c, base), s.name() + "：不支持的金额单位“" + unit + "”（应为万元或元）",
              s.name() + ": unsupported unit \"" + unit + "\" (expected 万元 or 元)");
          return Unit.UNKNOWN;
        }
      }
      return Unit.NONE;
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
     * when an amount column is not there. Code columns are left to {@link #findCodes}.
     */
    private int[] match(List<List<String>> expected, List<List<String>> actual, int head) {
      int[] out = new int[expected.size()];
      boolean[] used = new boolean[actual.size()];
      boolean ok = true;
      for (int i = 0; i < expected.size(); i++) {
        if (isCodeColumn(i)) {
          continue; // found after the name column (findCodes): one column, 类 | 款 | 项, or none
        }
        out[i] = find(expected.get(i), actual, used, false);
        if (out[i] < 0) {
          out[i] = find(expected.get(i), actual, used, true);
        }
        if (out[i] < 0 && isLineNumberColumn(expected.get(i))) {
          continue; // some exports leave the 行次 out: each line is then found by its text
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

    private boolean isLineNumberColumn(List<String> path) {
      return form.layout() == FormSpec.Layout.LINES && !path.isEmpty() && path.get(path.size() - 1).equals(LINE_NUMBER_HEAD);
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

    /**
     * True at the notes under the grid, where the body ends: 注：…, 说明：…, 备注, 填报说明, or
     * the signature line of an export (单位负责人：… 制表人：…).
     */
    private boolean notes(int r) {
      String first = "";
      int cols = s.lastColumn();
      for (int c = 0; c < cols && first.isEmpty(); c++) {
        first = SheetReader.normal(s.text(r, c));
      }
      if (first.isEmpty()) {
        return false;
      }
      String prefix = SheetReader.normal(form.notePrefix());
      if (!prefix.isEmpty() && first.startsWith(prefix)) {
        return true;
      }
      for (String p : NOTE_STARTS) {
        if (first.startsWith(p)) {
          return true;
        }
      }
      return false;
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

    // ---- 科目代码 of a row ----------------------------------------------------------------------

    /** The last 类 and 款 seen in a group: a split row may leave them blank under their parent. */
    private String[][] parents = new String[0][2];

    /**
     * The code of row {@code r} in group {@code g} with the name the cell holds beside it (or
     * null), {@code {"", ""}} for a row with no code, or null after an error at its cell.
     */
    private String[] codeAt(int r, int g, String path) {
      Codes k = codeColumns.get(g);
      int nameCol = columnOf[g * groupWidth() + codeWidth()];
      if (k.split() == null) {
        String t = SheetReader.halfWidth(s.text(r, k.joined()));
        Matcher m = CODE_IN_CELL.matcher(t);
        if (m.matches()) {
          remember(g, m.group(1));
          return new String[] {m.group(1), m.group(2).strip()};
        }
        if (k.joined() != nameCol) { // a code column left empty, the code before the name
          Matcher n = CODE_IN_CELL.matcher(SheetReader.halfWidth(s.text(r, nameCol)));
          if (t.isEmpty() && n.matches()) {
            remember(g, n.group(1));
            return new String[] {n.group(1), n.group(2).strip()};
          }
        }
        return t.isEmpty() || k.joined() == nameCol ? new String[] {"", ""} : bad(r, k.joined(), path, t);
      }
      String[] part = new String[3];
      int deepest = -1;
      for (int level = 0; level < 3; level++) {
        int c = k.split()[level];
        part[level] = c < 0 ? "" : SheetReader.halfWidth(s.text(r, c)).replace(" ", "");
        if (!part[level].isEmpty()) {
          deepest = level;
        }
      }
      if (deepest < 0) {
        return new String[] {"", ""};
      }
      int cell = k.split()[deepest];
      String own = part[deepest];
      String code;
      if (own.matches("\\d{" + LENGTHS[deepest] + "}")) {
        code = own; // the whole code in its level's column: 款 "20106"
      } else {
        StringBuilder sb = new StringBuilder();
        for (int level = 0; level <= deepest; level++) {
          String p = part[level];
          if (p.isEmpty() && level < deepest) {
            p = parents[g][level] == null ? "" : parents[g][level];
            if (level == 1 && p.isEmpty() && sb.length() == 3) {
              return bad(r, k.split()[1], path, String.join("|", part));
            }
          } else if (level > 0 && p.matches("\\d")) {
            p = "0" + p; // 款 06 stored as the number 6
          } else if (level > 0 && p.length() == LENGTHS[level] && p.startsWith(sb.toString()) && sb.length() > 0) {
            p = p.substring(sb.length()); // 款 written "20106" beside 类 "201"
          }
          sb.append(p);
        }
        code = sb.toString();
      }
      if (!code.matches("\\d{" + LENGTHS[deepest] + "}")) {
        return bad(r, cell, path, String.join("|", part));
      }
      remember(g, code);
      return new String[] {code, null};
    }

    /**
     * Whether the name of row {@code r} in group {@code g} is in its code cell: the sheet has
     * no code column, the name cell is empty, or one merged cell covers both.
     */
    private boolean codeAndName(int r, int g, String name) {
      int joined = codeColumns.get(g).joined();
      return joined >= 0 && (joined == columnOf[g * groupWidth() + codeWidth()] || name.isEmpty()
          || name.equals(s.text(r, joined)));
    }

    private void remember(int g, String code) {
      parents[g][0] = code.substring(0, 3);
      parents[g][1] = code.length() >= 5 ? code.substring(3, 5) : null;
    }

    private String[] bad(int r, int c, String path, String got) {
      if (hasAmounts(r, form.layout() == FormSpec.Layout.SUBJECTS ? codeWidth() + 1 : 0, columnOf.length)) {
        String expected = form.layout() == FormSpec.Layout.ECONOMIC ? "3 或 5 位数字" : "3、5 或 7 位数字";
        findings.error(form.layout() == FormSpec.Layout.ECONOMIC ? "workbook.economic-code" : "workbook.subject-code",
            s.at(r, c, path), s.name() + "：科目代码应为" + expected + "，实为 \"" + got + "\"",
            s.name() + ": a subject code has " + (form.layout() == FormSpec.Layout.ECONOMIC ? "3 or 5" : "3, 5 or 7")
                + " digits, got \"" + got + "\"");
      }
      return null;
    }

    // ---- layout subjects: 合计 row and 科目 rows -------------------------------------------

    ClassifiedTable subjects() {
      List<String> columns = form.columnKeys();
      int amounts = codeWidth() + 1;
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
        int nameCol = columnOf[codeWidth()];
        String name = s.text(r, nameCol);
        if (SheetReader.normal(s.text(r, columnOf[0])).equals(totalText) || SheetReader.normal(name).equals(totalText)) {
          s.locate(r, columnOf[0], base + ".total");
          readInto(total, r, amounts, columns, base + ".total");
          continue;
        }
        String path = base + ".rows[" + rows.size() + "]";
        String[] code = codeAt(r, 0, path + ".code");
        if (code == null) {
          continue;
        }
        if (code[0].isEmpty()) {
          if (hasAmounts(r, amounts, amounts + columns.size())) {
            findings.error("workbook.subject-code", s.at(r, columnOf[0], path + ".code"),
                s.name() + "：有金额的行缺少科目代码（科目名称“" + name + "”）",
                s.name() + ": a row with amounts has no subject code (name \"" + name + "\")");
          }
          continue;
        }
        if (code[1] != null && codeAndName(r, 0, name)) {
          name = code[1]; // code and name in one cell: "201 一般公共服务支出"
        }
        s.locate(r, columnOf[0], path);
        s.locate(r, columnOf[0], path + ".code");
        s.locate(r, nameCol, path + ".name");
        Optional<String> standard = this.standardName(code[0]);
        if (name.isEmpty() && standard.isEmpty()) {
          findings.error("load.subject-name", s.at(r, nameCol, path + ".name"),
              "科目 " + code[0] + " 不在标准科目表中，请填写科目名称", "subject " + code[0] + " is not in the standard list: give its name");
        }
        String printed = name.isEmpty() || standard.map(name::equals).orElse(false) ? null : name;
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        readInto(values, r, amounts, columns, path);
        rows.add(new ClassifiedTable.Row(rows.size(), code[0], printed, new Amounts(values)));
      }
      return new ClassifiedTable(new Amounts(total), rows);
    }

    private Optional<String> standardName(String code) {
      return codes.subjectName(code);
    }

    private void readInto(Map<String, BigDecimal> into, int r, int first, List<String> columns, String path) {
      for (int i = 0; i < columns.size(); i++) {
        BigDecimal v = amountAt(r, first + i, path + "." + columns.get(i));
        if (v != null) {
          into.put(columns.get(i), v);
        }
      }
    }

    // ---- layout lines: two sides of numbered lines ------------------------------------------

    LinesRead lines() {
      Map<String, Map<String, Amounts>> groups = new LinkedHashMap<>();
      List<List<String>> sideColumns = List.of(List.of(Tables.AMOUNT), form.columnKeys());
      int numbered = form.shape().lineNumbers() ? 1 : 0;
      int first = 0;
      for (int side = 0; side < form.sides().size(); side++) {
        List<String> columns = sideColumns.get(Math.min(side, 1));
        List<LineSpec> lines = form.sides().get(side);
        int[] cursor = {0};
        for (int r = bodyStart; r <= s.lastRow(); r++) {
          if (notes(r)) {
            break;
          }
          if (s.blankRow(r)) {
            continue;
          }
          // a 行次 column the sheet lacks (found optional by match): the lines by their text
          readLine(groups, lines, columns, r, first, numbered == 1 && columnOf[first + 1] >= 0, first + 1 + numbered, cursor);
        }
        first += 1 + numbered + columns.size();
      }
      return new LinesRead(groups);
    }

    /**
     * One side of one row: | 项目 | 行次 | amounts |, found by 行次, else by its text; a form
     * without 行次 is | 项目 | amounts |. Texts are matched in the form's order from the last
     * line found ({@code cursor}), so a text printed twice (一、一般公共预算财政拨款 for this
     * year's grant and for the opening balance) is each line in turn.
     */
    private void readLine(Map<String, Map<String, Amounts>> groups, List<LineSpec> lines, List<String> columns,
                          int r, int first, boolean numbered, int amountsFrom, int[] cursor) {
      String text = SheetReader.normal(cellText(r, first));
      String number = numbered ? SheetReader.normal(SheetReader.halfWidth(cellText(r, first + 1))) : "";
      boolean amounts = hasAmounts(r, amountsFrom, amountsFrom + columns.size());
      if (text.isEmpty() && number.isEmpty()) {
        return;
      }
      String[] key = null; // {group, key, path}
      if (LINE_NUMBER.matcher(number).matches()) {
        key = byNumber(lines, Integer.parseInt(number));
      }
      if (key == null && !text.isEmpty()) {
        key = byText(lines, text, cursor);
      }
      int where = columnOf[numbered ? first + 1 : first];
      if (key == null) {
        if (amounts) {
          findings.error("workbook.line", s.at(r, where, base),
              s.name() + "：无法识别的行（项目“" + cellText(r, first) + "”" + (numbered ? "，行次“" + number + "”" : "") + "）",
              s.name() + ": a line that is not on the form (item \"" + cellText(r, first) + "\""
                  + (numbered ? ", line \"" + number + "\"" : "") + ")");
        }
        return;
      }
      if (key.length == 0) {
        if (amounts) {
          findings.error("workbook.line", s.at(r, columnOf[amountsFrom], base),
              s.name() + "：行次 " + number + " 是空行，不应填写金额", s.name() + ": line " + number + " takes no amount");
        }
        return;
      }
      String path = base + "." + key[2];
      s.locate(r, columnOf[first], path);
      Map<String, BigDecimal> cells = new LinkedHashMap<>();
      boolean single = columns.equals(List.of(Tables.AMOUNT));
      for (int i = 0; i < columns.size(); i++) {
        BigDecimal v = amountAt(r, amountsFrom + i, single ? path : path + "." + columns.get(i));
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

    /**
     * The line whose text (or name) is {@code text}, searched from {@code cursor[0]} on and then
     * from the top; exact texts first, then without their ordinals (一、 (一) 1.), which exports
     * add or drop.
     */
    private String[] byText(List<LineSpec> lines, String text, int[] cursor) {
      for (boolean bare : new boolean[] {false, true}) {
        String want = bare ? bare(text) : text;
        for (int k = 0; k < lines.size(); k++) {
          int i = (cursor[0] + k) % lines.size();
          LineSpec l = lines.get(i);
          if (l.kind() == LineSpec.Kind.LINE && (same(l.text(), want, bare) || same(l.name(), want, bare))) {
            cursor[0] = i + 1;
            return lineKey(l);
          }
          if (l.kind() == LineSpec.Kind.CLASSES) {
            for (var c : codes.expenditureClasses()) {
              if (same(c.label(), want, bare) || same(c.name(), want, bare)) {
                cursor[0] = i;
                return classKey(l, c.code());
              }
            }
          }
        }
      }
      return null;
    }

    private static boolean same(String printed, String want, boolean bare) {
      if (printed == null || printed.isEmpty()) {
        return false;
      }
      String p = SheetReader.normal(printed);
      return (bare ? bare(p) : p).equals(want);
    }

    private static String bare(String normalised) {
      return ORDINAL.matcher(normalised).replaceFirst("");
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
        int w = groupWidth();
        for (int g = 0; (g + 1) * w <= columnOf.length; g++) {
          int nameGrid = g * w + codeWidth();
          String[] read = codeAt(r, g, base + ".amounts");
          if (read == null || read[0].isEmpty()) {
            continue;
          }
          String code = read[0];
          int codeCol = columnOf[g * w];
          if (!standard.containsKey(code)) {
            findings.error("workbook.economic-code", s.at(r, codeCol, base + ".amounts"),
                s.name() + "：\"" + code + "\" 不是本年度的经济分类科目代码",
                s.name() + ": \"" + code + "\" is not an economic class code of the year");
            continue;
          }
          String name = cellText(r, nameGrid);
          if (codeAndName(r, g, name)) {
            name = read[1] == null ? "" : read[1];
          }
          if (!name.isEmpty() && !name.equals(standard.get(code))) {
            names.put(code, name);
            s.locate(r, columnOf[nameGrid], base + ".names." + code);
          }
          BigDecimal v = amountAt(r, nameGrid + 1, base + ".amounts." + code);
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

  /** The head of a 行次 column. */
  private static final String LINE_NUMBER_HEAD = "行次";

  /** The 栏次 cell of a head. */
  private static final String NUMBERING = "栏次";

  /** A head row with words (not only 栏次 and numbers). */
  private static boolean isTextRow(List<HeaderCell> row) {
    return row.stream().anyMatch(h -> !h.isNumbering() && !h.text().isEmpty() && !h.text().equals(NUMBERING)
        && !h.text().matches("\\d+"));
  }
}
