package cn.juesuan.disclosure.load;

import cn.juesuan.disclosure.diag.Findings;
import cn.juesuan.disclosure.model.Amounts;
import cn.juesuan.disclosure.model.Attachment;
import cn.juesuan.disclosure.model.ClassifiedTable;
import cn.juesuan.disclosure.model.Department;
import cn.juesuan.disclosure.model.Disclosure;
import cn.juesuan.disclosure.model.Explanations;
import cn.juesuan.disclosure.catalogue.Catalogue;
import cn.juesuan.disclosure.catalogue.FormSpec;
import cn.juesuan.disclosure.catalogue.FormatException;
import cn.juesuan.disclosure.model.GlossaryEntry;
import cn.juesuan.disclosure.model.Performance;
import cn.juesuan.disclosure.model.Profile;
import cn.juesuan.disclosure.model.Report;
import cn.juesuan.disclosure.model.Review;
import cn.juesuan.disclosure.model.SelfAssessment;
import cn.juesuan.disclosure.model.SourceMap;
import cn.juesuan.disclosure.model.StandardLists;
import cn.juesuan.disclosure.model.Tables;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * YAML → {@link Disclosure}. Knows the file format and nothing of checks or PDF. Every problem
 * becomes a finding with file, line:column and field path; the model is returned only when
 * the file loaded without error.
 */
public final class DisclosureLoader {
  private static final Pattern CLASS_CODE = Pattern.compile("\\d{3}|\\d{5}|\\d{7}");
  private static final List<String> FUNDING_TYPES = List.of("全额拨款", "差额拨款", "自收自支");

  /** The outcome of a load: the model (null on error) and the findings. */
  public record Result(Disclosure disclosure, Findings findings) {
    public boolean ok() {
      return disclosure != null && !findings.hasErrors();
    }
  }

  private final LoadContext ctx;
  private final Formats formats;
  /** The file's format (its forms' columns and lines are the YAML's keys) and year's code lists. */
  private Catalogue format = Formats.defaultFormat();
  private StandardLists codes;
  /** {@code previousYear: FILE} names last year's file: its 上年 figures need not be given here. */
  private boolean previousYearNamed;

  private DisclosureLoader(String displayName, Formats formats) {
    this.ctx = new LoadContext(displayName);
    this.formats = formats;
  }

  public static Result load(Path file) {
    return load(file, Formats.bundled());
  }

  /** Loads a file whose {@code format:} is one of {@code formats}. */
  public static Result load(Path file, Formats formats) {
    DisclosureLoader loader = new DisclosureLoader(file.toString(), formats);
    Node root = YamlSource.compose(file, loader.ctx);
    return loader.finish(root);
  }

  /** Loads from bytes; {@code displayName} names the source in messages. */
  public static Result load(byte[] bytes, String displayName) {
    return load(bytes, displayName, Formats.bundled());
  }

  public static Result load(byte[] bytes, String displayName, Formats formats) {
    DisclosureLoader loader = new DisclosureLoader(displayName, formats);
    Node root = YamlSource.compose(bytes, loader.ctx);
    return loader.finish(root);
  }

  private Result finish(Node root) {
    if (root == null) {
      return new Result(null, ctx.findings);
    }
    if (!(root instanceof org.yaml.snakeyaml.nodes.MappingNode)) {
      ctx.error(root, "", "load.type", "文件顶层应为映射（键: 值）", "the top level must be a mapping (key: value)");
      return new Result(null, ctx.findings);
    }
    Disclosure d;
    try {
      d = read(Fields.root(ctx, root));
    } catch (RuntimeException e) {
      // A defect of ours, not of the file: still a finding, never a stack trace for the user.
      ctx.findings.error("load.internal", new cn.juesuan.disclosure.diag.Location(ctx.file, 0, 0, ""),
          "读取时内部错误：" + e, "internal error while loading: " + e);
      return new Result(null, ctx.findings);
    }
    return new Result(ctx.findings.hasErrors() ? null : d, ctx.findings);
  }

  private Disclosure read(Fields root) {
    Integer schema = root.count("schema", true);
    if (schema != null && schema != 1) {
      ctx.error(root.value("schema"), "schema", "load.schema", "不支持的格式版本 " + schema + "（应为 1）",
          "unsupported schema " + schema + " (expected 1)");
    }
    format(root);
    Department department = department(root.map("department", true));
    codes = StandardLists.forYear(department.year());
    Profile profile = profile(root.map("profile", true));
    Tables tables = tables(root.map("tables", true));
    PreviousYear lastYear = PreviousYear.read(root, ctx, department.year());
    previousYearNamed = lastYear != null || root.has("previousYear"); // named but not read (nested): still optional
    Explanations explanations = explanations(root.map("explanations", true));
    if (lastYear != null) {
      explanations = lastYear.complete(explanations);
    }
    Fields performanceFields = root.map("performance", requires("performance"));
    Performance performance = performanceFields.present() ? performance(performanceFields) : null;
    // 附件 and their data are optional: a department without 附件 has no report or self-assessment
    Fields reportFields = root.map("report", false);
    Report report = reportFields.present() ? report(reportFields) : null;
    // 附件2 needs its form: a format without one (the 普陀区 outline has no 附件) does not read it
    boolean assessable = format.findForm("selfAssessment").isPresent();
    Fields selfAssessmentFields = assessable ? root.map("selfAssessment", false) : null;
    if (!assessable && root.has("selfAssessment")) {
      ctx.error(root.value("selfAssessment"), "selfAssessment", "load.format-part",
          "格式 " + format.id() + " 没有附件2 部门整体支出绩效自评表，不能给出 selfAssessment",
          "the format " + format.id() + " has no self-assessment form (附件2): selfAssessment cannot be given");
      root.accept("selfAssessment");
    }
    SelfAssessment selfAssessment = selfAssessmentFields != null && selfAssessmentFields.present()
        ? selfAssessment(selfAssessmentFields) : null;
    List<Attachment> attachments = attachments(root, report != null, selfAssessment != null);
    List<GlossaryEntry> glossary = glossary(root);
    Review review = review(root);
    root.end();
    return new Disclosure(department, profile, tables, explanations, performance, report,
        selfAssessment, attachments, glossary, new SourceMap(ctx.file, Map.copyOf(ctx.locations),
        java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ctx.texts)), ctx.sha256), review, format);
  }

  /** {@code format:} (optional): the disclosure format; without it the default, so older files work unchanged. */
  private void format(Fields root) {
    String id = root.text("format", false);
    if (root.recordedFormat() != null) {
      id = root.recordedFormat(); // recording the shape of a file of that format (load/Shape)
    }
    try {
      // a folder given with --format-dir may replace the default format too
      format = formats.get(id == null ? Formats.DEFAULT : id);
    } catch (FormatException e) {
      ctx.error(root.value("format"), "format", "load.format", e.zh(), e.en());
      root.accept("formatOptions"); // the options of an unknown format cannot be judged
      return;
    }
    // formatOptions: the choices the catalogue offers (variants), e.g. {codes: split, thousands: true}
    Fields options = root.map("formatOptions", false);
    Map<String, String> chosen = options.ownTexts();
    options.end();
    try {
      format = Formats.withOptions(format, chosen);
    } catch (FormatException e) {
      ctx.error(root.value("formatOptions"), "formatOptions", "load.format-option", e.zh(), e.en());
    }
  }

  private Department department(Fields f) {
    String name = f.text("name", true);
    if (name != null) {
      var problem = DocumentFileName.problem(name);
      if (problem.isPresent()) {
        ctx.error(f.value("name"), f.child("name"), "load.name", problem.get()[0], problem.get()[1]);
        name = null;
      }
    }
    Integer year = f.count("year", true);
    if (year != null && (year < 2000 || year > 2100)) {
      ctx.error(f.value("year"), f.child("year"), "load.year", "年度应在 2000–2100 之间，实为 " + year,
          "year must be within 2000–2100, got " + year);
    }
    var date = f.date("date", true);
    if (date != null && year != null && year >= 2000 && year <= 2100) {
      checkDate(f, date, year);
    }
    f.end();
    return new Department(name, year == null ? 0 : year, date);
  }

  private void checkDate(Fields f, java.time.LocalDate date, int year) {
    DisclosureDate.check(date, year).ifPresent(p -> {
      if (p.impossible()) {
        ctx.error(f.value("date"), f.child("date"), "load.date.range", p.zh(), p.en());
      } else {
        ctx.findings.warning("load.date.unusual", ctx.at(f.value("date"), f.child("date")), p.zh(), p.en());
      }
    });
  }

  private Profile profile(Fields f) {
    // which parts of 概况 are required is the format's choice (its outline prints them)
    Fields duties = f.map("duties", requires("profile.duties"));
    var d = duties.present() ? new Profile.Duties(duties.text("lead", true), duties.texts("items", true)) : null;
    duties.end();
    Fields org = f.map("organization", requires("profile.organization"));
    var o = org.present() ? new Profile.Organization(org.texts("internalOffices", false),
        Boolean.TRUE.equals(org.flag("civilServantManaged", true)), org.texts("affiliatedUnits", false)) : null;
    org.end();
    Fields st = f.map("staffing", false);
    var s = st.present() ? new Profile.Staffing(orZero(st.count("total", true)),
        orZero(st.count("civilServant", true)), orZero(st.count("institution", true))) : null;
    st.end();
    String funding = f.choice("fundingType", requires("profile.fundingType"), FUNDING_TYPES);
    List<String> functions = f.texts("functions", requires("profile.functions"));
    List<Profile.Unit> units = new ArrayList<>();
    for (Fields u : f.maps("units", requires("profile.units"))) {
      units.add(new Profile.Unit(u.text("name", true), blankToNull(u.text("note", false))));
      u.end();
    }
    // An outline that prints a list prints its entries: an empty one would leave a heading
    // (一、主要职能) or a table of units (…的单位包括：) over nothing.
    notEmpty(f, "functions", functions, requires("profile.functions"), "职能", "function");
    notEmpty(f, "units", units, requires("profile.units"), "单位（本级在内）", "unit (the department itself among them)");
    f.end();
    return new Profile(d, o, s, funding, functions, List.copyOf(units));
  }

  // ---- tables -------------------------------------------------------------------------------

  private Tables tables(Fields f) {
    if (f.has(WORKBOOK)) {
      return workbookTables(f);
    }
    Tables t = new Tables(gk01(f.map("gk01", true)), classified(f, "gk02"),
        classified(f, "gk03"), gk04(f.map("gk04", true)),
        classified(f, "gk05"), gk06(f.map("gk06", true)),
        classified(f, "gk07"), classified(f, "gk08"),
        gk09(f.map("gk09", true)));
    f.end();
    return t;
  }

  /** {@code tables: {workbook: 决算报表.xlsx}}: the tables come from a workbook beside the YAML. */
  static final String WORKBOOK = "workbook";

  /**
   * The tables read from the workbook the YAML names (a path relative to the YAML's folder).
   * The workbook reader is a class of its own so that the workbook library is loaded only by
   * a file that names a workbook.
   */
  private Tables workbookTables(Fields f) {
    String name = f.text(WORKBOOK, true);
    for (String key : f.keys()) {
      if (!key.equals(WORKBOOK)) {
        f.accept(key);
        ctx.error(f.value(key) == null ? f.value(WORKBOOK) : f.value(key), f.child(key), "load.workbook.both",
            "表格取自工作簿 " + name + " 时，tables 下不再列出 " + key + "（请删去，或删去 workbook 改为逐表填写）",
            "with the tables taken from the workbook " + name + ", tables lists no " + key
                + " (remove it, or remove workbook and list every table)");
      }
    }
    Tables empty = Tables.EMPTY;
    if (name == null) {
      return empty;
    }
    Path workbook;
    String shown;
    try {
      Path yaml = Path.of(ctx.file);
      workbook = yaml.resolveSibling(name);
      shown = workbook.toString();
    } catch (java.nio.file.InvalidPathException e) {
      ctx.error(f.value(WORKBOOK), f.child(WORKBOOK), "load.workbook", "工作簿路径无效：\"" + name + "\"",
          "not a valid workbook path: \"" + name + "\"");
      return empty;
    }
    var cited = ctx.at(f.value(WORKBOOK), f.child(WORKBOOK));
    Tables t = cn.juesuan.disclosure.load.workbook.WorkbookTables.read(workbook, shown, cited, format, codes,
        ctx.findings, ctx.locations);
    return t == null ? empty : t;
  }

  private Tables.Gk01 gk01(Fields f) {
    FormSpec form = format.form("gk01");
    Amounts income = new Amounts(f.amounts("income", false, form.lineKeys("income")));
    Fields ex = f.map("expenditure", false);
    Amounts byClass = new Amounts(classAmounts(ex, "byClass"));
    Map<String, BigDecimal> lines = new LinkedHashMap<>();
    for (String k : form.lineKeys("expenditure")) {
      BigDecimal v = ex.amount(k, false);
      if (v != null) {
        lines.put(k, v);
      }
    }
    ex.end();
    f.end();
    return new Tables.Gk01(income, byClass, new Amounts(lines));
  }

  /** A mapping 类 code → amount, codes checked against the 26 classes. */
  private Map<String, BigDecimal> classAmounts(Fields parent, String key) {
    Fields m = parent.map(key, false);
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    for (String code : m.keys()) {
      if (!checkClassCode(m, code)) {
        continue;
      }
      BigDecimal v = m.amount(code, false);
      if (v != null) {
        out.put(code, v);
      }
    }
    m.end();
    return out;
  }

  private boolean checkClassCode(Fields m, String code) {
    if (codes.isExpenditureClass(code)) {
      return true;
    }
    m.accept(code);
    ctx.error(m.value(code), m.child(code), "load.class-code",
        "\"" + code + "\" 不是支出功能分类的类级科目（应为 201、208、210 等 3 位代码）",
        "\"" + code + "\" is not a 功能分类 class code (3 digits such as 201, 208, 210)");
    return false;
  }

  private ClassifiedTable classified(Fields tables, String formId) {
    Fields f = tables.map(formId, true);
    List<String> columns = format.form(formId).columnKeys();
    Amounts total = new Amounts(f.amounts("total", false, columns));
    List<ClassifiedTable.Row> rows = new ArrayList<>();
    List<Fields> items = f.maps("rows", false);
    for (int i = 0; i < items.size(); i++) {
      Fields r = items.get(i);
      String code = subjectCode(r);
      String name = r.text("name", false);
      if (code != null && name == null && codes.subjectName(code).isEmpty()) {
        ctx.error(r.value("code"), r.child("name"), "load.subject-name",
            "科目 " + code + " 不在标准科目表中，请填写 name（科目名称）",
            "subject " + code + " is not in the standard list: give its name");
      }
      Map<String, BigDecimal> amounts = new LinkedHashMap<>();
      for (String c : columns) {
        BigDecimal v = r.amount(c, false);
        if (v != null) {
          amounts.put(c, v);
        }
      }
      r.end();
      if (code != null) {
        rows.add(new ClassifiedTable.Row(i, code, name, new Amounts(amounts)));
      }
    }
    f.end();
    return new ClassifiedTable(total, rows);
  }

  /** A required 科目 code of 3, 5 or 7 digits; null (reported) otherwise. */
  private String subjectCode(Fields r) {
    String code = r.code("code", true, CLASS_CODE);
    if (code != null && !CLASS_CODE.matcher(code).matches()) {
      ctx.error(r.value("code"), r.child("code"), "load.subject-code",
          "科目代码应为 3、5 或 7 位数字，实为 \"" + code + "\"",
          "a subject code has 3, 5 or 7 digits, got \"" + code + "\"");
      return null;
    }
    return code;
  }

  private Tables.Gk04 gk04(Fields f) {
    FormSpec form = format.form("gk04");
    Amounts income = new Amounts(f.amounts("income", false, form.lineKeys("income")));
    Fields ex = f.map("expenditure", false);
    Fields classes = ex.map("byClass", false);
    Map<String, Amounts> byClass = new LinkedHashMap<>();
    for (String code : classes.keys()) {
      if (checkClassCode(classes, code)) {
        byClass.put(code, new Amounts(classes.amounts(code, false, form.columnKeys())));
      }
    }
    classes.end();
    Map<String, Amounts> lines = new LinkedHashMap<>();
    for (String k : form.lineKeys("expenditure")) {
      lines.put(k, new Amounts(ex.amounts(k, false, form.columnKeys())));
    }
    ex.end();
    f.end();
    return new Tables.Gk04(income, byClass, lines);
  }

  private Tables.Gk06 gk06(Fields f) {
    BigDecimal personnel = f.amount("personnelTotal", false);
    BigDecimal publicTotal = f.amount("publicTotal", false);
    List<String> codes = this.codes.economicClasses().stream().map(e -> e.code()).toList();
    Amounts amounts = new Amounts(f.amounts("amounts", false, codes));
    Fields n = f.map("names", false);
    Map<String, String> names = new LinkedHashMap<>();
    for (String code : n.keys()) {
      if (codes.contains(code)) {
        names.put(code, n.text(code, true));
      }
    }
    n.end(codes);
    f.end();
    return new Tables.Gk06(personnel, publicTotal, amounts, names);
  }

  private Tables.Gk09 gk09(Fields f) {
    List<String> columns = format.form("gk09").columnKeys();
    Tables.Gk09 t = new Tables.Gk09(new Amounts(f.amounts("budget", false, columns)),
        new Amounts(f.amounts("actual", false, columns)));
    f.end();
    return t;
  }

  // ---- narrative inputs ---------------------------------------------------------------------

  private Explanations explanations(Fields f) {
    // last year's figures and the reasons are optional: no comparison is printed without them
    Explanations.Change overall = change(f.map("overall", false), "previousTotal");
    Explanations.Change fiscal = change(f.map("fiscalOverall", false), "previousTotal");
    Fields gb = f.map("generalBudget", false);
    Explanations.Change gbChange = new Explanations.Change(gb.amount("previousTotal", false), gb.text("reason", false));
    BigDecimal initialTotal = gb.amount("initialBudgetTotal", false);
    String budgetReason = blankToNull(gb.text("budgetReason", false));
    List<Explanations.InitialBudget> initial = new ArrayList<>();
    List<Fields> items = gb.maps("initialBudget", false);
    for (int i = 0; i < items.size(); i++) {
      Fields b = items.get(i);
      String code = b.code("code", true, CLASS_CODE);
      if (code != null && !isBudgetSubject(code)) {
        ctx.error(b.value("code"), b.child("code"), "load.subject-code",
            "\"" + code + "\" 不是支出功能分类科目（应为类 3 位、款 5 位或项 7 位代码，如 201、20129、2012999）",
            "\"" + code + "\" is not a 功能分类 subject (a class of 3, a section of 5 or an item of 7 digits)");
      }
      initial.add(new Explanations.InitialBudget(i, code, b.amount("amount", true), b.text("reason", false),
          b.amount("pinnedRate", false), blankToNull(b.text("uses", false)), blankToNull(b.text("name", false))));
      b.end();
    }
    gb.end();
    Fields basic = f.map("basicExpenditure", false);
    var be = new Explanations.BasicExpenditure(use(basic.map("personnel", false)), use(basic.map("public", false)));
    basic.end();
    Explanations.ThreePublic threePublic = threePublic(f.map("threePublic", true));
    Explanations.OperatingCost operating = operatingCost(f.map("operatingCost", true));
    var procurement = new Explanations.Procurement(new Amounts(f.amounts("procurement", false, Explanations.PROCUREMENT)));
    Fields a = f.map("assets", true);
    var assets = new Explanations.Assets(allCounts(a, "vehicles", true, Explanations.VEHICLES),
        orZero(a.count("largeEquipment", true)));
    a.end();
    List<String> other = f.texts("other", false);
    List<Explanations.FundBudget> govFund = fundBudgets(f.map("governmentFund", false));
    List<Explanations.FundBudget> stateCapital = fundBudgets(f.map("stateCapital", false));
    Fields pm = f.map("performanceManagement", requires("explanations.performanceManagement"));
    Explanations.PerformanceManagement performanceManagement = pm.present() ? performanceManagement(pm) : null;
    f.end();
    return new Explanations(overall, fiscal, new Explanations.GeneralBudget(gbChange, initial, initialTotal, budgetReason),
        be, threePublic, operating, procurement, assets, other, govFund, stateCapital, performanceManagement);
  }

  /** 七/八 (optional): {@code initialBudget: [{code, amount, reason?, uses?}]} per 科目 of gk07/08. */
  private List<Explanations.FundBudget> fundBudgets(Fields f) {
    List<Explanations.FundBudget> out = new ArrayList<>();
    List<Fields> items = f.maps("initialBudget", false);
    for (int i = 0; i < items.size(); i++) {
      Fields b = items.get(i);
      String code = subjectCode(b);
      BigDecimal amount = b.amount("amount", true);
      String reason = b.text("reason", false);
      String uses = b.text("uses", false);
      b.end();
      if (code != null) {
        out.add(new Explanations.FundBudget(i, code, amount, blankToNull(reason), blankToNull(uses)));
      }
    }
    f.end();
    return out;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /** A 类 (one of the 26), or a 款/项 code under one: 年初预算 may be given at any of the three levels. */
  private boolean isBudgetSubject(String code) {
    return CLASS_CODE.matcher(code).matches() && codes.isExpenditureClass(code.substring(0, 3));
  }

  private Explanations.Change change(Fields f, String previousKey) {
    var c = new Explanations.Change(f.amount(previousKey, false), f.text("reason", false));
    f.end();
    return c;
  }

  private Explanations.Use use(Fields f) {
    var u = new Explanations.Use(f.amount("previous", false), f.text("reason", false), f.text("uses", false));
    f.end();
    return u;
  }

  private Explanations.ThreePublic threePublic(Fields f) {
    String intro = f.text("intro", false);
    Map<String, Explanations.ThreePublicItem> items = new LinkedHashMap<>();
    for (String k : Explanations.THREE_PUBLIC_ITEMS) {
      Fields i = f.map(k, true);
      // optional like every 上年 figure (a unit set up this year has none; with previousYear: FILE
      // they come from there): without it no 较上年 clause is printed
      items.put(k, new Explanations.ThreePublicItem(i.amount("previous", false), i.text("budgetReason", false),
          i.text("changeReason", false)));
      i.end();
    }
    // 实物量: optional as a whole; when given, every count is
    Map<String, Integer> physical = allCounts(f, "physical", false, Explanations.PHYSICAL);
    Fields u = f.map("uses", false);
    Map<String, String> uses = new LinkedHashMap<>();
    for (String k : Explanations.THREE_PUBLIC_USES) {
      String text = blankToNull(u.text(k, false));
      if (text != null) {
        uses.put(k, text);
      }
    }
    u.end();
    BigDecimal foreignReception = f.amount("foreignReception", false);
    f.end();
    return new Explanations.ThreePublic(intro, items, physical, uses, foreignReception);
  }

  /**
   * 预算绩效管理情况: {@code systems} ✱ (the department's text), {@code goals} and {@code tracking}
   * ✱ {projects, funds}, {@code selfEvaluation} ✱ (also averageScore and the projects by grade),
   * {@code problems} {found ✱, fixed, fixing}.
   */
  private Explanations.PerformanceManagement performanceManagement(Fields f) {
    String systems = f.text("systems", true);
    var goals = allAmounts(f, "goals", Explanations.PERFORMANCE_GOALS);
    var tracking = allAmounts(f, "tracking", Explanations.PERFORMANCE_GOALS);
    var selfEvaluation = allAmounts(f, "selfEvaluation", Explanations.PERFORMANCE_SELF_EVALUATION);
    Fields pr = f.map("problems", true);
    Map<String, BigDecimal> problems = new LinkedHashMap<>();
    for (String k : Explanations.PERFORMANCE_PROBLEMS) {
      BigDecimal v = pr.amount(k, "found".equals(k));
      if (v != null) {
        problems.put(k, v);
      }
    }
    pr.end(Explanations.PERFORMANCE_PROBLEMS);
    f.end();
    return new Explanations.PerformanceManagement(systems, goals, tracking, selfEvaluation, problems);
  }

  private Explanations.OperatingCost operatingCost(Fields f) {
    var o = new Explanations.OperatingCost(f.amount("amount", true), f.amount("previous", false),
        f.text("uses", false), f.text("reason", false), change(f.map("meeting", false), "previous"),
        change(f.map("training", false), "previous"));
    f.end();
    return o;
  }

  private Performance performance(Fields f) {
    var p = new Performance(
        allAmounts(f, "selfEvaluation", List.of("generalProjects", "generalFunds", "govFundProjects",
            "govFundFunds", "stateCapitalProjects", "stateCapitalFunds")),
        allAmounts(f, "keyEvaluation", List.of("projects", "generalFunds", "govFundFunds", "stateCapitalFunds")),
        f.text("summary", true), f.text("selfEvaluationResult", true), f.text("keyEvaluationResult", true));
    f.end();
    return p;
  }

  /** Counts of which the prose prints each one (0 included): every key required when the mapping is given. */
  private Map<String, Integer> allCounts(Fields parent, String key, boolean required, List<String> keys) {
    return every(parent, key, required, keys, (f, k) -> f.count(k, true));
  }

  /** A mapping in which every key is required (the prose prints each one, 0 included). */
  private Map<String, BigDecimal> allAmounts(Fields parent, String key, List<String> keys) {
    return every(parent, key, true, keys, (f, k) -> f.amount(k, true));
  }

  private <T> Map<String, T> every(Fields parent, String key, boolean required, List<String> keys,
                                   java.util.function.BiFunction<Fields, String, T> read) {
    Fields f = parent.map(key, required);
    Map<String, T> m = new LinkedHashMap<>();
    for (String k : keys) {
      T v = read.apply(f, k);
      if (v != null) {
        m.put(k, v);
      }
    }
    f.end(keys);
    return m;
  }

  private Report report(Fields f) {
    var r = new Report(f.texts("keyTasks", true), f.text("personnelUses", true), f.text("publicUses", true),
        f.text("projectText", true), f.text("threePublicText", true), f.text("performance", true),
        f.text("reflection", true), f.texts("problems", true), f.texts("measures", true));
    f.end();
    return r;
  }

  private SelfAssessment selfAssessment(Fields f) {
    BigDecimal weight = f.amount("fundWeight", true);
    Fields funds = f.map("funds", true);
    Map<String, SelfAssessment.FundRow> rows = new LinkedHashMap<>();
    for (String k : format.form("selfAssessment").lineKeys("")) {
      Fields r = funds.map(k, true);
      rows.put(k, new SelfAssessment.FundRow(r.yuanAmount("initial", true), r.yuanAmount("full", true), r.yuanAmount("actual", true)));
      r.end();
    }
    funds.end();
    String goals = f.text("goals", true);
    String completion = f.text("completion", true);
    List<SelfAssessment.Indicator> indicators = new ArrayList<>();
    List<Fields> items = f.maps("indicators", true);
    for (int i = 0; i < items.size(); i++) {
      Fields x = items.get(i);
      BigDecimal rate = x.amount("assessedRate", false);
      BigDecimal score = x.amount("assessedScore", false);
      if ((rate == null) != (score == null)) {
        ctx.error(x.value(rate == null ? "assessedScore" : "assessedRate"), x.path(), "load.indicator",
            "定性指标须同时填写 assessedRate（完成率）和 assessedScore（得分）",
            "a qualitative indicator needs both assessedRate and assessedScore");
      }
      indicators.add(new SelfAssessment.Indicator(i, x.text("level1", true), x.text("level2", true),
          x.text("name", true), x.text("target", true), x.text("actual", true), x.text("unit", false),
          x.amount("weight", true), rate, score, x.text("reason", false)));
      x.end();
    }
    f.end();
    return new SelfAssessment(weight, rows, goals, completion, indicators);
  }

  /** The 附件 list (optional); each 附件 needs its data: {@code report} or {@code selfAssessment}. */
  private List<Attachment> attachments(Fields root, boolean hasReport, boolean hasSelfAssessment) {
    List<Attachment> out = new ArrayList<>();
    for (Fields a : root.maps("attachments", false)) {
      String kind = a.choice("kind", true, List.of("report", "selfAssessment"));
      String section = "report".equals(kind) && !hasReport ? "report"
          : "selfAssessment".equals(kind) && !hasSelfAssessment ? "selfAssessment" : null;
      if (section != null) {
        ctx.error(a.value("kind"), a.child("kind"), "load.attachment-data",
            "附件 kind: " + kind + " 需要文件中的 " + section + " 部分（其内容），或删去该附件",
            "an attachment of kind " + kind + " needs the " + section + " section, or remove the attachment");
      }
      List<String> numbers = a.texts("headingNumbers", false);
      if ("report".equals(kind) && numbers.size() != 6) {
        ctx.error(a.value("headingNumbers") == null ? a.value("kind") : a.value("headingNumbers"),
            a.child("headingNumbers"), "load.heading-numbers",
            "自评报告须给出 6 个标题序号（如 [一, 二, 三, 四, 五, 六]），实为 " + numbers.size() + " 个",
            "a report needs 6 heading numbers, got " + numbers.size());
      }
      out.add(new Attachment(a.text("title", true),
          "selfAssessment".equals(kind) ? Attachment.Kind.SELF_ASSESSMENT : Attachment.Kind.REPORT, numbers));
      a.end();
    }
    return out;
  }

  private List<GlossaryEntry> glossary(Fields root) {
    List<GlossaryEntry> out = new ArrayList<>();
    for (Fields g : root.maps("glossary", false)) {
      out.add(new GlossaryEntry(g.text("term", true), g.text("definition", true)));
      g.end();
    }
    return out;
  }

  // ---- the office's review ------------------------------------------------------------------

  /**
   * {@code acceptances: [{check, field?, reason}]} (出错说明) and {@code pins: {figure.path: value}}.
   * Which check ids and figure paths exist is known only to the checks and the calculator: they
   * report unknown ones (with "did you mean"); here only the shapes and values are read.
   */
  private Review review(Fields root) {
    List<Review.Acceptance> acceptances = new ArrayList<>();
    List<Fields> items = root.maps("acceptances", false);
    for (int i = 0; i < items.size(); i++) {
      Fields a = items.get(i);
      String check = a.text("check", true);
      String field = a.text("field", false);
      String reason = a.text("reason", true);
      a.end();
      if (check != null && reason != null) {
        acceptances.add(new Review.Acceptance(i, check.strip(), blankToNull(field) == null ? null : field.strip(),
            reason));
      }
    }
    Fields p = root.map("pins", false);
    Map<String, BigDecimal> pins = p.ownAmounts(null);
    p.end();
    return acceptances.isEmpty() && pins.isEmpty() ? Review.NONE : new Review(acceptances, pins);
  }

  /** A list the outline requires, written but empty: an error at its key. */
  private void notEmpty(Fields f, String key, List<?> items, boolean required, String zh, String en) {
    if (required && items.isEmpty() && f.value(key) != null) {
      ctx.error(f.value(key), f.child(key), "load.empty", "至少应列出一个" + zh, "must list at least one " + en);
    }
  }

  /** Whether the file's format requires a part (a path such as {@code profile.units}): its outline prints it. */
  private boolean requires(String part) {
    return format.requires().contains(part);
  }

  private static int orZero(Integer v) {
    return v == null ? 0 : v;
  }
}
