package cn.juesuan.disclosure.load;

import cn.juesuan.disclosure.diag.Finding;
import cn.juesuan.disclosure.diag.Location;
import cn.juesuan.disclosure.model.Disclosure;
import cn.juesuan.disclosure.model.Explanations;
import cn.juesuan.disclosure.model.Tables;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 上年 figures a disclosure takes from last year's: the one list of which field of this year
 * is which figure of last year's tables, used by {@code previousYear: FILE} (the figures come
 * from there and are checked against the ones given) and by {@code new --from} (this year's
 * figures become next year's 上年 fields).
 */
public final class PreviousYear {
  /** One 上年 field: its path in this year's file and the figure of last year's it holds. */
  public record Figure(String path, BigDecimal value, String sourceZh, String sourceEn) {}

  private static final String MEETING = "30215";
  private static final String TRAINING = "30216";
  /** Last year's file is read without following its own previousYear: no chain, no cycle. */
  private static final ThreadLocal<Boolean> NESTED = ThreadLocal.withInitial(() -> false);

  private final LoadContext ctx;
  private final Map<String, Figure> figures;
  private final String file;

  private PreviousYear(LoadContext ctx, Map<String, Figure> figures, String file) {
    this.ctx = ctx;
    this.figures = figures;
    this.file = file;
  }

  /** The 上年 fields of next year's file, from {@code d}'s figures (null where {@code d} has none). */
  public static List<Figure> figures(Disclosure d) {
    Tables t = d.tables();
    List<Figure> out = new ArrayList<>();
    String e = "explanations.";
    out.add(new Figure(e + "overall.previousTotal", t.gk01().income().get("grandTotal"), "公开01 收入支出总计", "公开01 grand total"));
    out.add(new Figure(e + "fiscalOverall.previousTotal", t.gk04().income().get("grandTotal"),
        "公开04 财政拨款收支总计", "公开04 grand total"));
    out.add(new Figure(e + "generalBudget.previousTotal", t.gk05().total().get("total"), "公开05 合计", "公开05 total"));
    out.add(new Figure(e + "basicExpenditure.personnel.previous", t.gk06().personnelTotal(),
        "公开06 人员经费合计", "公开06 personnel total"));
    out.add(new Figure(e + "basicExpenditure.public.previous", t.gk06().publicTotal(),
        "公开06 公用经费合计", "公开06 public-cost total"));
    for (String item : Explanations.THREE_PUBLIC_ITEMS) {
      String column = Explanations.THREE_PUBLIC_COLUMNS.get(item);
      BigDecimal actual = t.gk09().actual().get(column);
      // required: a department without 三公 had 0.00
      out.add(new Figure(e + "threePublic." + item + ".previous", actual == null ? BigDecimal.ZERO.setScale(2) : actual,
          "公开09 决算数 " + column, "公开09 actual " + column));
    }
    out.add(new Figure(e + "operatingCost.previous", d.explanations().operatingCost().amount(), "十、机关运行经费",
        "operating cost"));
    out.add(new Figure(e + "operatingCost.meeting.previous", t.gk06().amounts().get(MEETING),
        "公开06 " + MEETING + " 会议费", "公开06 " + MEETING));
    out.add(new Figure(e + "operatingCost.training.previous", t.gk06().amounts().get(TRAINING),
        "公开06 " + TRAINING + " 培训费", "公开06 " + TRAINING));
    return out;
  }

  /**
   * Reads {@code previousYear:} (optional) and, when given, loads that file (relative to this
   * one's folder); null when not given or not loadable (then the reason is a finding).
   */
  static PreviousYear read(Fields root, LoadContext ctx, int year) {
    String named = root.text("previousYear", false);
    if (named == null || named.isBlank() || NESTED.get() || root.recording()) {
      return null;
    }
    Path base = Path.of(ctx.file).toAbsolutePath().getParent();
    Path path = base == null ? Path.of(named) : base.resolve(named).normalize();
    DisclosureLoader.Result last;
    NESTED.set(true);
    try {
      last = DisclosureLoader.load(path);
    } finally {
      NESTED.set(false);
    }
    Location at = ctx.at(root.value("previousYear"), "previousYear");
    if (!last.ok()) {
      Finding first = last.findings().all().stream().filter(f -> f.severity().name().equals("ERROR")).findFirst().orElse(null);
      ctx.findings.error("load.previous-year", at, "上年文件 " + named + " 未能读取" + (first == null ? "" : "：" + first.zh())
              + "（先用 validate 检查它）",
          "last year's file " + named + " did not load" + (first == null ? "" : ": " + first.en()) + " (validate it first)");
      return null;
    }
    int lastYear = last.disclosure().department().year();
    if (year != 0 && lastYear != year - 1) {
      ctx.findings.error("load.previous-year", at, "上年文件 " + named + " 是 " + lastYear + " 年度的，应为 " + (year - 1) + " 年度",
          "last year's file " + named + " is of " + lastYear + ", expected " + (year - 1));
      return null;
    }
    Map<String, Figure> byPath = new LinkedHashMap<>();
    for (Figure f : figures(last.disclosure())) {
      byPath.put(f.path(), f);
    }
    return new PreviousYear(ctx, byPath, named);
  }

  /** This year's explanations with each 上年 field taken from last year's file, a differing one reported. */
  Explanations complete(Explanations e) {
    String x = "explanations.";
    var gb = e.generalBudget();
    var be = e.basicExpenditure();
    var oc = e.operatingCost();
    Map<String, Explanations.ThreePublicItem> items = new LinkedHashMap<>();
    e.threePublic().items().forEach((k, v) -> items.put(k, new Explanations.ThreePublicItem(
        take(x + "threePublic." + k + ".previous", v.previous()), v.budgetReason(), v.changeReason())));
    return new Explanations(
        change(x + "overall.previousTotal", e.overall()),
        change(x + "fiscalOverall.previousTotal", e.fiscalOverall()),
        new Explanations.GeneralBudget(change(x + "generalBudget.previousTotal", gb.change()), gb.initialBudget(),
            gb.initialBudgetTotal(), gb.budgetReason()),
        new Explanations.BasicExpenditure(use(x + "basicExpenditure.personnel.previous", be.personnel()),
            use(x + "basicExpenditure.public.previous", be.publicCost())),
        new Explanations.ThreePublic(e.threePublic().intro(), items, e.threePublic().physical(),
            e.threePublic().uses(), e.threePublic().foreignReception()),
        new Explanations.OperatingCost(oc.amount(), take(x + "operatingCost.previous", oc.previous()), oc.uses(),
            oc.reason(), change(x + "operatingCost.meeting.previous", oc.meeting()),
            change(x + "operatingCost.training.previous", oc.training())),
        e.procurement(), e.assets(), e.other(), e.governmentFundBudget(), e.stateCapitalBudget(),
        e.performanceManagement());
  }

  private Explanations.Change change(String path, Explanations.Change c) {
    return new Explanations.Change(take(path, c.previous()), c.reason());
  }

  private Explanations.Use use(String path, Explanations.Use u) {
    return new Explanations.Use(take(path, u.previous()), u.reason(), u.uses());
  }

  /** Last year's figure; one given here too must be the same. */
  private BigDecimal take(String path, BigDecimal given) {
    Figure f = figures.get(path);
    BigDecimal last = f == null ? null : f.value();
    if (given == null) {
      return last;
    }
    if (last != null && given.compareTo(last) != 0) {
      Location at = ctx.locations.getOrDefault(path, Location.of(ctx.file, path));
      ctx.findings.error("load.previous-year.mismatch", at,
          "上年数 " + given.toPlainString() + " 与上年文件 " + file + " 的" + f.sourceZh() + " " + last.toPlainString()
              + " 不一致：删去此项（从上年文件取数）或改正",
          "last year's figure " + given.toPlainString() + " differs from " + f.sourceEn() + " " + last.toPlainString()
              + " in " + file + ": remove it (taken from last year's file) or correct it");
    }
    return given;
  }
}
