package cn.juesuan.disclosure.check;

import static cn.juesuan.disclosure.check.ClassifiedForm.GK05;

import cn.juesuan.disclosure.model.ClassifiedTable.Row;
import cn.juesuan.disclosure.model.Disclosure;
import cn.juesuan.disclosure.model.Explanations.InitialBudget;
import cn.juesuan.disclosure.model.Profile.Staffing;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Figures the narrative states beside the tables: 十 机关运行经费, 五 年初预算, 人员编制 (N7–N9, P1, H1). */
final class NarrativeChecks {
  private NarrativeChecks() {}

  private static final String INITIAL_BUDGET = "explanations.generalBudget.initialBudget";

  static List<Check> all() {
    return List.of(
        Check.of("N7", "十 机关运行经费 = {gk06} 公用经费合计（警告）", "operating cost = gk06 public cost total (warning)",
            (d, c) -> c.advisory(Identity.copy(d.format().section("operatingCost") + " 机关运行经费 与 {gk06}", "operating cost vs gk06",
                new Figure(d.format().section("operatingCost") + " 机关运行经费", "operating cost", d.explanations().operatingCost().amount(),
                    "explanations.operatingCost.amount"),
                Gk06.publicTotal(d).prefixed("{gk06} ", "gk06 ")))),
        Check.of("N8", "五 年初预算的科目（类、款或项）与 {gk05} 有支出的科目一一对应（警告）",
            "initial budget subjects (class, section or item) match the gk05 subjects with expenditure (warning)",
            NarrativeChecks::initialBudgetSubjects),
        Check.of("N9", "有一般公共预算支出时 五 年初预算不能全部缺失（各条均为 0 时警告）；同一科目不能重复列出，也不能既列类又列其款、项；无名称可印的科目须填 name",
            "initial budget present when there is expenditure (all 0: a warning); no subject listed twice or together with its parent; a subject without a printable name needs name",
            (d, c) -> {
              BigDecimal spent = GK05.of(d).total().orZero("total");
              BigDecimal budget = d.explanations().generalBudget().initialBudget().stream().map(InitialBudget::amount)
                  .filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
              boolean listed = !d.explanations().generalBudget().initialBudget().isEmpty();
              if (spent.signum() > 0 && !listed) {
                c.error(INITIAL_BUDGET,
                    "{gk05} 一般公共预算财政拨款支出 " + Identity.money(spent) + " 万元，但 五（三）年初预算 合计为 0：请按类、款或项填写年初预算",
                    "gk05 shows " + Identity.money(spent) + " 万元 of expenditure but the initial budget sums to 0");
              } else if (spent.signum() > 0 && budget.signum() == 0) {
                // every entry written 0: a unit set up or funded during the year (年中追加) has no
                // 年初预算; the rate is then not printed, so the office confirms rather than retypes
                c.warning(INITIAL_BUDGET,
                    "{gk05} 一般公共预算财政拨款支出 " + Identity.money(spent) + " 万元，而 五（三）各条年初预算均为 0："
                        + "不印“完成年初预算的 X%”，请核对年初预算确为 0（如全部为年中追加）",
                    "gk05 shows " + Identity.money(spent) + " 万元 of expenditure but every initial budget entry is 0: "
                        + "no completion rate is printed; check that the initial budget really was 0");
              }
              initialBudgetOverlaps(d, c);
              initialBudgetNames(d, c);
            }),
        Check.of("B1", "五（三）印出的年初预算合计 = 各条年初预算之和（给出 initialBudgetTotal 时）",
            "the printed initial budget total = Σ the initial budget entries (when initialBudgetTotal is given)",
            (d, c) -> {
              BigDecimal printed = d.explanations().generalBudget().initialBudgetTotal();
              if (printed == null) {
                return;
              }
              List<InitialBudget> initial = d.explanations().generalBudget().initialBudget();
              c.strict(Identity.of("五（三）", "initial budget (五(三))",
                      new Figure("年初预算合计", "initial budget total", printed, INITIAL_BUDGET + "Total"),
                      initial.stream().map(b -> new Figure("年初预算 " + b.code(), "initial budget " + b.code(),
                          b.amount(), INITIAL_BUDGET + "[" + b.index() + "].amount").plus()).toList())
                  .group(Label.of("各条年初预算", "initial budget entries")));
            }),
        Check.of("P1", "人员编制 总数 = 行政编制 + 事业编制", "staffing total = civil servants + institution staff",
            (d, c) -> {
              Staffing s = d.profile().staffing();
              if (s != null && s.total() != s.civilServant() + s.institution()) {
                c.error("profile.staffing.total",
                    "人员编制 总数 " + s.total() + " ≠ 行政编制 " + s.civilServant() + " + 事业编制 " + s.institution()
                        + " = " + (s.civilServant() + s.institution()),
                    "staffing total " + s.total() + " ≠ civil servants " + s.civilServant() + " + institution "
                        + s.institution() + " = " + (s.civilServant() + s.institution()));
              }
            }),
        Check.of("H1", "{gk05} 2080505 基本支出 = {gk06} 30108 机关事业单位基本养老保险缴费（警告）",
            "gk05 2080505 basic = gk06 30108 pension contributions (warning)", (d, c) -> {
              Figure pension = Gk06.amount(d, "30108").prefixed("{gk06} ", "gk06 ");
              Figure row = GK05.rowOf(d, "2080505").map(r -> GK05.cell(r, "basic"))
                  .orElse(new Figure("基本支出", "basic", null, pension.path())).prefixed("{gk05} 2080505 ", "gk05 2080505 ");
              c.advisory(Identity.copy("{gk05} 与 {gk06} 养老保险缴费", "gk05 vs gk06 pension", row, pension));
            }));
  }

  /**
   * A 类 with expenditure but no 年初预算 at or under it; where a 类 is given by 款 or 项, a
   * 科目 with expenditure that no entry covers; a 年初预算 whose 科目 spent nothing.
   */
  private static void initialBudgetSubjects(Disclosure d, CheckContext c) {
    List<InitialBudget> initial = d.explanations().generalBudget().initialBudget().stream()
        .filter(b -> b.code() != null).toList();
    List<Row> rows = GK05.of(d).rows();
    for (Row row : GK05.classRows(d)) {
      if (!spent(row)) {
        continue;
      }
      List<InitialBudget> under = initial.stream().filter(b -> b.code().startsWith(row.code())).toList();
      if (under.isEmpty()) {
        c.warning(INITIAL_BUDGET,
            "{gk05} 类 " + row.code() + " 有支出 " + Identity.money(row.amounts().orZero("total")) + " 万元，但 五（三）没有该类的年初预算",
            "gk05 class " + row.code() + " has expenditure but the initial budget lists no such class");
        continue;
      }
      // the class is given by 款 or 项: each leaf with expenditure needs an entry at or above it
      for (Row leaf : rows) {
        boolean isLeaf = rows.stream().noneMatch(r -> r.code().length() > leaf.code().length()
            && r.code().startsWith(leaf.code()));
        if (leaf.code().startsWith(row.code()) && isLeaf && spent(leaf)
            && under.stream().noneMatch(b -> leaf.code().startsWith(b.code()))) {
          c.warning(INITIAL_BUDGET,
              "{gk05} " + level(leaf.code()) + " " + leaf.code() + " 有支出 " + Identity.money(leaf.amounts().orZero("total"))
                  + " 万元，但 五（三）的年初预算没有包含它的条目",
              "gk05 " + levelEn(leaf.code()) + " " + leaf.code() + " has expenditure but no initial budget entry covers it");
        }
      }
    }
    for (InitialBudget b : initial) {
      Optional<Row> row = GK05.rowOf(d, b.code());
      boolean spent = row.isPresent() && spent(row.get());
      if (!spent && b.amount() != null && b.amount().signum() > 0) {
        c.warning(INITIAL_BUDGET + "[" + b.index() + "].code",
            "五（三）" + level(b.code()) + " " + b.code() + " 有年初预算 " + Identity.money(b.amount()) + " 万元，但 {gk05} 没有该"
                + level(b.code()) + "支出",
            "initial budget of " + levelEn(b.code()) + " " + b.code() + " but gk05 shows no expenditure of that "
                + levelEn(b.code()));
      }
    }
  }

  /** The same 科目 twice, or a 科目 beside its own 类/款: the 合计 would count it twice. */
  private static void initialBudgetOverlaps(Disclosure d, CheckContext c) {
    List<InitialBudget> initial = d.explanations().generalBudget().initialBudget().stream()
        .filter(b -> b.code() != null).toList();
    for (int i = 0; i < initial.size(); i++) {
      InitialBudget b = initial.get(i);
      for (int j = 0; j < initial.size(); j++) {
        InitialBudget other = initial.get(j);
        boolean duplicate = j < i && other.code().equals(b.code());
        boolean inside = other.code().length() < b.code().length() && b.code().startsWith(other.code());
        if (duplicate || inside) {
          c.error(INITIAL_BUDGET + "[" + b.index() + "].code", duplicate
                  ? "五（三）年初预算 " + b.code() + " 列出了两次（另见第 " + (other.index() + 1) + " 条）"
                  : "五（三）年初预算 " + b.code() + " 已含于 " + level(other.code()) + " " + other.code()
                      + " 的条目：同一笔预算不能既按" + level(other.code()) + "又按其" + level(b.code()) + "列出（合计会重复计入）",
              duplicate ? "initial budget " + b.code() + " is listed twice"
                  : "initial budget " + b.code() + " lies inside the entry of " + other.code() + ": the total would count it twice");
          break;
        }
      }
    }
  }

  /** An entry 公开05 has no row of, of a code the year's standard list does not name: no name to print. */
  private static void initialBudgetNames(Disclosure d, CheckContext c) {
    for (InitialBudget b : d.explanations().generalBudget().initialBudget()) {
      if (b.code() == null || b.name() != null || GK05.rowOf(d, b.code()).isPresent()
          || d.codes().subjectName(b.code()).isPresent()) {
        continue;
      }
      c.error(INITIAL_BUDGET + "[" + b.index() + "].code",
          "五（三）年初预算 " + b.code() + " 不在 {gk05} 中，也不在 " + d.department().year()
              + " 年的标准科目表中，没有可印出的名称：请填写 name（科目名称）",
          "initial budget " + b.code() + " is neither a row of gk05 nor in the standard subject list of "
              + d.department().year() + ", so it has no name to print: give its name (name)");
    }
  }

  private static boolean spent(Row row) {
    return row.amounts().orZero("total").signum() > 0;
  }

  /** 类 (3 digits), 款 (5) or 项 (7). */
  private static String level(String code) {
    return code.length() == 3 ? "类" : code.length() == 5 ? "款" : "项";
  }

  private static String levelEn(String code) {
    return code.length() == 3 ? "class" : code.length() == 5 ? "section" : "item";
  }
}
