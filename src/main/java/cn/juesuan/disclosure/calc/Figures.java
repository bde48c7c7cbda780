package cn.juesuan.disclosure.calc;

import java.util.List;
import java.util.Map;

/**
 * Every derived figure of the narrative and of 附件2, by section of the document. Templates read
 * only these (and the department's own words from the model); they compute nothing.
 */
public record Figures(
    /* 一 收入支出决算总体情况: 总计 vs last year (every Change here may lack last year: isComparable) */
    Change overall,
    /* 二 收入: 本年收入合计 and the share of each non-zero source (公开02 合计 columns) */
    Money incomeTotal, List<Share> incomeSources,
    /* 三 支出: 本年支出合计 and the share of each non-zero kind (公开03 合计 columns) */
    Money expenditureTotal, List<Share> expenditureKinds,
    /* 四 财政拨款收支总计 vs last year */
    Change fiscalOverall,
    /* 五 一般公共预算财政拨款支出 */
    GeneralBudget generalBudget,
    /* 六 基本支出 */
    Basic basic,
    /* 七, 八: whether gk07/08 have data, and their totals */
    boolean hasGovernmentFund, Money governmentFundIncome, Money governmentFundExpenditure,
    boolean hasStateCapital, Money stateCapitalExpenditure,
    /* 九 三公 by item key (total, abroad, vehicle, vehiclePurchase, vehicleOperation, reception) */
    Map<String, ThreePublicItem> threePublic,
    /* 十 机关运行经费, 会议费, 培训费 */
    Operating operating,
    /* 十一 政府采购 */
    Procurement procurement,
    /* 十二 车辆总数 */
    int vehicleCount,
    /* 第四部分 */
    PerformanceShares performance,
    /* 附件2 (null without a self-assessment) */
    SelfAssessmentFigures selfAssessment,
    /* 九: 完成预算的 X%, shares of the 三公 total and of 本年支出合计 */
    ThreePublicFigures threePublicRates,
    /* 七 gk07 and 八 公开08 by 科目, with 年初预算 where given */
    FundFigures governmentFund, FundFigures stateCapital,
    /* 年初/年末结转和结余 by kind (公开01, 公开04) */
    BalanceFigures balances,
    /* 项目支出 by 类 and its shares */
    ProjectFigures projects,
    /* 十一: 货物/工程/服务 shares of 政府采购 */
    ProcurementShares procurementShares) {

  /**
   * 五: (一) total vs last year, (二) structure by 类, (三) execution of 年初预算: the total
   * (against the printed 年初预算 合计) and one entry per 类, 款 or 项 as the department gives it;
   * {@code expenditureShare}: the total's share of 本年支出合计 (公开01), null when that is 0.
   */
  public record GeneralBudget(Money total, Change change, List<Share> structure,
                              Execution execution, List<BudgetEntry> entries, Percent expenditureShare) {

    /** The entries' executions (one per 类 in files that give 年初预算 by 类). */
    public List<Execution> byClass() {
      return entries.stream().map(BudgetEntry::execution).toList();
    }
  }

  /** 六: 基本支出 and its two parts vs last year. */
  public record Basic(Money total, Change personnel, Change publicCost) {}

  /** 九: one 三公 item: 全年预算数 vs 决算数, and 决算数 vs last year ({@code change} null without last year's figure). */
  public record ThreePublicItem(Money budget, Money actual, Relation relation, Change change) {}

  /**
   * 十一: 政府采购 amounts and the share awarded to small and medium enterprises; {@code amounts}
   * holds every procurement amount by its key (Explanations.PROCUREMENT; blank reads 0.00).
   */
  public record Procurement(Money total, Money goods, Money works, Money services,
                            Money smallBusiness, Percent smallBusinessShare, Map<String, Money> amounts) {}

  /** 十: 机关运行经费 vs last year; 会议费 and 培训费 (公开06 30215, 30216) vs last year. */
  public record Operating(Change cost, Change meeting, Change training) {}

  /**
   * 第四部分 一: each self-evaluated fund's share of its project expenditure, printed as a plain
   * number ("0"): general = 一般公共预算, govFund = 政府性基金, stateCapital = 国有资本经营.
   */
  public record PerformanceShares(String general, String govFund, String stateCapital) {}
}
