package cn.juesuan.disclosure.load;

import cn.juesuan.disclosure.diag.Findings;
import cn.juesuan.disclosure.model.Amounts;
import cn.juesuan.disclosure.model.Attachment;
import cn.juesuan.disclosure.model.ClassifiedTable;
import cn.juesuan.disclosure.model.Department;
import cn.juesuan.disclosure.model.Disclosure;
import cn.juesuan.disclosure.model.Explanations;
import cn.juesuan.disclosure.model.Forms;
import cn.juesuan.disclosure.model.GlossaryEntry;
import cn.juesuan.disclosure.model.Performance;
import cn.juesuan.disclosure.model.Profile;
import cn.juesuan.disclosure.model.Report;
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

  private DisclosureLoader(String displayName) {
    this.ctx = new LoadContext(displayName);
  }

  public static Result load(Path file) {
    DisclosureLoader loader = new DisclosureLoader(file.toString());
    Node root = YamlSource.compose(file, loader.ctx);
    return loader.finish(root);
  }

  /** Loads from bytes; {@code displayName} names the source in messages. */
  public static Result load(byte[] bytes, String displayName) {
    DisclosureLoader loader = new DisclosureLoader(displayName);
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
    Department department = department(root.map("department", true));
    Profile profile = profile(root.map("profile", true));
    Tables tables = tables(root.map("tables", true));
    Explanations explanations = explanations(root.map("explanations", true));
    Performance performance = performance(root.map("performance", true));
    Report report = report(root.map("report", true));
    SelfAssessment selfAssessment = selfAssessment(root.map("selfAssessment", true));
    List<Attachment> attachments = attachments(root);
    List<GlossaryEntry> glossary = glossary(root);
    root.end();
    return new Disclosure(department, profile, tables, explanations, performance, report,
        selfAssessment, attachments, glossary, new SourceMap(ctx.file, Map.copyOf(ctx.locations),
        java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ctx.texts)), ctx.sha256));
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
    Fields duties = f.map("duties", true);
    var d = new Profile.Duties(duties.text("lead", true), duties.texts("items", true));
    duties.end();
    Fields org = f.map("organization", true);
    var o = new Profile.Organization(org.texts("internalOffices", true),
        Boolean.TRUE.equals(org.flag("civilServantManaged", true)), org.texts("affiliatedUnits", false));
    org.end();
    Fields st = f.map("staffing", true);
    var s = new Profile.Staffing(orZero(st.count("total", true)), orZero(st.count("civilServant", true)),
        orZero(st.count("institution", true)));
    st.end();
    String funding = f.choice("fundingType", true, FUNDING_TYPES);
    f.end();
    return new Profile(d, o, s, funding);
  }

  // ---- tables -------------------------------------------------------------------------------

  private Tables tables(Fields f) {
    Tables t = new Tables(gk01(f.map("gk01", true)), classified(f.map("gk02", true), Forms.GK02),
        classified(f.map("gk03", true), Forms.GK03), gk04(f.map("gk04", true)),
        classified(f.map("gk05", true), Forms.GK05), gk06(f.map("gk06", true)),
        classified(f.map("gk07", true), Forms.GK07), classified(f.map("gk08", true), Forms.GK08),
        gk09(f.map("gk09", true)));
    f.end();
    return t;
  }

  private Tables.Gk01 gk01(Fields f) {
    Amounts income = new Amounts(f.amounts("income", false, Forms.GK01_INCOME));
    Fields ex = f.map("expenditure", false);
    Amounts byClass = new Amounts(classAmounts(ex, "byClass"));
    Map<String, BigDecimal> lines = new LinkedHashMap<>();
    for (String k : Forms.GK01_EXPENDITURE) {
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
    if (StandardLists.get().isExpenditureClass(code)) {
      return true;
    }
    m.accept(code);
    ctx.error(m.value(code), m.child(code), "load.class-code",
        "\"" + code + "\" 不是支出功能分类的类级科目（应为 201、208、210 等 3 位代码）",
        "\"" + code + "\" is not a 功能分类 class code (3 digits such as 201, 208, 210)");
    return false;
  }

  private ClassifiedTable classified(Fields f, List<String> columns) {
    Amounts total = new Amounts(f.amounts("total", false, columns));
    List<ClassifiedTable.Row> rows = new ArrayList<>();
    List<Fields> items = f.maps("rows", false);
    for (int i = 0; i < items.size(); i++) {
      Fields r = items.get(i);
      String code = r.text("code", true);
      if (code != null && !CLASS_CODE.matcher(code).matches()) {
        ctx.error(r.value("code"), r.child("code"), "load.subject-code",
            "科目代码应为 3、5 或 7 位数字，实为 \"" + code + "\"",
            "a subject code has 3, 5 or 7 digits, got \"" + code + "\"");
        code = null;
      }
      String name = r.text("name", false);
      if (code != null && name == null && StandardLists.get().subjectName(code).isEmpty()) {
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

  private Tables.Gk04 gk04(Fields f) {
    Amounts income = new Amounts(f.amounts("income", false, Forms.GK04_INCOME));
    Fields ex = f.map("expenditure", false);
    Fields classes = ex.map("byClass", false);
    Map<String, Amounts> byClass = new LinkedHashMap<>();
    for (String code : classes.keys()) {
      if (checkClassCode(classes, code)) {
        byClass.put(code, new Amounts(classes.amounts(code, false, Forms.GK04_COLUMNS)));
      }
    }
    classes.end();
    Map<String, Amounts> lines = new LinkedHashMap<>();
    for (String k : Forms.GK04_EXPENDITURE) {
      lines.put(k, new Amounts(ex.amounts(k, false, Forms.GK04_COLUMNS)));
    }
    ex.end();
    f.end();
    return new Tables.Gk04(income, byClass, lines);
  }

  private Tables.Gk06 gk06(Fields f) {
    BigDecimal personnel = f.amount("personnelTotal", false);
    BigDecimal publicTotal = f.amount("publicTotal", false);
    List<String> codes = StandardLists.get().economicClasses().stream().map(e -> e.code()).toList();
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
    Tables.Gk09 t = new Tables.Gk09(new Amounts(f.amounts("budget", false, Forms.GK09)),
        new Amounts(f.amounts("actual", false, Forms.GK09)));
    f.end();
    return t;
  }

  // ---- narrative inputs ---------------------------------------------------------------------

  private Explanations explanations(Fields f) {
    Explanations.Change overall = change(f.map("overall", true), "previousTotal");
    Explanations.Change fiscal = change(f.map("fiscalOverall", true), "previousTotal");
    Fields gb = f.map("generalBudget", true);
    Explanations.Change gbChange = new Explanations.Change(gb.amount("previousTotal", true), gb.text("reason", true));
    List<Explanations.InitialBudget> initial = new ArrayList<>();
    List<Fields> items = gb.maps("initialBudget", true);
    for (int i = 0; i < items.size(); i++) {
      Fields b = items.get(i);
      String code = b.text("code", true);
      if (code != null && !StandardLists.get().isExpenditureClass(code)) {
        ctx.error(b.value("code"), b.child("code"), "load.class-code",
            "\"" + code + "\" 不是支出功能分类的类级科目", "\"" + code + "\" is not a 功能分类 class code");
      }
      initial.add(new Explanations.InitialBudget(i, code, b.amount("amount", true), b.text("reason", true),
          b.amount("pinnedRate", false)));
      b.end();
    }
    gb.end();
    Fields basic = f.map("basicExpenditure", true);
    var be = new Explanations.BasicExpenditure(use(basic.map("personnel", true)), use(basic.map("public", true)));
    basic.end();
    Explanations.ThreePublic threePublic = threePublic(f.map("threePublic", true));
    Explanations.OperatingCost operating = operatingCost(f.map("operatingCost", true));
    var procurement = new Explanations.Procurement(new Amounts(f.amounts("procurement", false, Explanations.PROCUREMENT)));
    Fields a = f.map("assets", true);
    var assets = new Explanations.Assets(a.counts("vehicles", true, Explanations.VEHICLES),
        orZero(a.count("largeEquipment", true)));
    a.end();
    List<String> other = f.texts("other", false);
    f.end();
    return new Explanations(overall, fiscal, new Explanations.GeneralBudget(gbChange, initial), be,
        threePublic, operating, procurement, assets, other);
  }

  private Explanations.Change change(Fields f, String previousKey) {
    var c = new Explanations.Change(f.amount(previousKey, true), f.text("reason", true));
    f.end();
    return c;
  }

  private Explanations.Use use(Fields f) {
    var u = new Explanations.Use(f.amount("previous", true), f.text("reason", true), f.text("uses", true));
    f.end();
    return u;
  }

  private Explanations.ThreePublic threePublic(Fields f) {
    String intro = f.text("intro", false);
    Map<String, Explanations.ThreePublicItem> items = new LinkedHashMap<>();
    for (String k : Explanations.THREE_PUBLIC_ITEMS) {
      Fields i = f.map(k, true);
      items.put(k, new Explanations.ThreePublicItem(i.amount("previous", true), i.text("budgetReason", true),
          i.text("changeReason", true)));
      i.end();
    }
    Map<String, Integer> physical = f.counts("physical", true, Explanations.PHYSICAL);
    f.end();
    return new Explanations.ThreePublic(intro, items, physical);
  }

  private Explanations.OperatingCost operatingCost(Fields f) {
    var o = new Explanations.OperatingCost(f.amount("amount", true), f.amount("previous", true),
        f.text("uses", true), f.text("reason", true), change(f.map("meeting", true), "previous"),
        change(f.map("training", true), "previous"));
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

  /** A mapping in which every key is required (the prose prints each one, 0 included). */
  private Map<String, BigDecimal> allAmounts(Fields parent, String key, List<String> keys) {
    Map<String, BigDecimal> m = parent.amounts(key, true, keys);
    for (String k : keys) {
      if (!m.containsKey(k)) {
        ctx.findings.error("load.missing", ctx.locations.getOrDefault(parent.child(key),
                new cn.juesuan.disclosure.diag.Location(ctx.file, 0, 0, parent.child(key) + "." + k)),
            "缺少必填字段 " + k + "（金额，可为 0）", "missing required field " + k + " (an amount, 0 allowed)");
      }
    }
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
    for (String k : Forms.FUND_ROWS) {
      Fields r = funds.map(k, true);
      rows.put(k, new SelfAssessment.FundRow(r.amount("initial", true), r.amount("full", true), r.amount("actual", true)));
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

  private List<Attachment> attachments(Fields root) {
    List<Attachment> out = new ArrayList<>();
    for (Fields a : root.maps("attachments", true)) {
      String kind = a.choice("kind", true, List.of("report", "selfAssessment"));
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

  private static int orZero(Integer v) {
    return v == null ? 0 : v;
  }
}
