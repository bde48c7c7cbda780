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
        Check.of("N7", "十 机关运行经费 = 公开06 公用经费合计（警告）", "operating cost = gk06 public cost total (warning)",
            (d, c) -> c.advisory(Identity.copy("十 机关运行经费 与 公开06", "operating cost vs gk06",
                new Figure("十 机关运行经费", "operating cost", d.explanations().operatingCost().amount(),
                    "explanations.operatingCost.amount"),
                Gk06.publicTotal(d).prefixed("公开06 ", "gk06 ")))),
        Check.of("N8", "五 年初预算的类 与 公开05 有支出的类 一一对应（警告）",
            "initial budget classes match the gk05 classes with expenditure (warning)", NarrativeChecks::initialBudgetClasses),
        Check.of("N9", "有一般公共预算支出时 五 年初预算不能全部缺失", "initial budget present when there is expenditure",
            (d, c) -> {
              BigDecimal spent = GK05.of(d).total().orZero("total");
              BigDecimal budget = d.explanations().generalBudget().initialBudget().stream().map(InitialBudget::amount)
                  .filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
              if (spent.signum() > 0 && budget.signum() == 0) {
                c.error(INITIAL_BUDGET,
                    "公开05 一般公共预算财政拨款支出 " + Identity.money(spent) + " 万元，但 五（三）年初预算 合计为 0：请按类填写年初预算",
                    "gk05 shows " + Identity.money(spent) + " 万元 of expenditure but the initial budget by class sums to 0");
              }
            }),
        Check.of("P1", "人员编制 总数 = 行政编制 + 事业编制", "staffing total = civil servants + institution staff",
            (d, c) -> {
              Staffing s = d.profile().staffing();
              if (s.total() != s.civilServant() + s.institution()) {
                c.error("profile.staffing.total",
                    "人员编制 总数 " + s.total() + " ≠ 行政编制 " + s.civilServant() + " + 事业编制 " + s.institution()
                        + " = " + (s.civilServant() + s.institution()),
                    "staffing total " + s.total() + " ≠ civil servants " + s.civilServant() + " + institution "
                        + s.institution() + " = " + (s.civilServant() + s.institution()));
              }
            }),
        Check.of("H1", "公开05 2080505 基本支出 = 公开06 30108 机关事业单位基本养老保险缴费（警告）",
            "gk05 2080505 basic = gk06 30108 pension contributions (warning)", (d, c) -> {
              Figure pension = Gk06.amount(d, "30108").prefixed("公开06 ", "gk06 ");
              Figure row = GK05.rowOf(d, "2080505").map(r -> GK05.cell(r, "basic"))
                  .orElse(new Figure("基本支出", "basic", null, pension.path())).prefixed("公开05 2080505 ", "gk05 2080505 ");
              c.advisory(Identity.copy("公开05 与 公开06 养老保险缴费", "gk05 vs gk06 pension", row, pension));
            }));
  }

  /** A class with expenditure but no 年初预算, or a 年初预算 without expenditure. */
  private static void initialBudgetClasses(Disclosure d, CheckContext c) {
    List<InitialBudget> initial = d.explanations().generalBudget().initialBudget();
    for (Row row : GK05.classRows(d)) {
      boolean spent = row.amounts().orZero("total").signum() > 0;
      if (spent && initial.stream().noneMatch(b -> row.code().equals(b.code()))) {
        c.warning(INITIAL_BUDGET,
            "公开05 类 " + row.code() + " 有支出 " + Identity.money(row.amounts().orZero("total")) + " 万元，但 五（三）没有该类的年初预算",
            "gk05 class " + row.code() + " has expenditure but the initial budget lists no such class");
      }
    }
    for (InitialBudget b : initial) {
      Optional<Row> row = GK05.rowOf(d, b.code());
      boolean spent = row.isPresent() && row.get().amounts().orZero("total").signum() > 0;
      if (!spent && b.amount() != null && b.amount().signum() > 0) {
        c.warning(INITIAL_BUDGET + "[" + b.index() + "].code",
            "五（三）类 " + b.code() + " 有年初预算 " + Identity.money(b.amount()) + " 万元，但 公开05 没有该类支出",
            "initial budget of class " + b.code() + " but gk05 shows no expenditure of that class");
      }
    }
  }
}
