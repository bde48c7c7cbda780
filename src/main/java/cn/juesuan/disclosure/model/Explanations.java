package cn.juesuan.disclosure.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * 第三部分 情况说明 inputs: last year's figures (not printed in the tables), the department's
 * reasons (主要原因是…) and the few facts only the prose carries. Nothing derived lives here.
 */
public record Explanations(Change overall, Change fiscalOverall, GeneralBudget generalBudget,
                           BasicExpenditure basicExpenditure, ThreePublic threePublic,
                           OperatingCost operatingCost, Procurement procurement, Assets assets,
                           List<String> other, List<FundBudget> governmentFundBudget,
                           List<FundBudget> stateCapitalBudget,
                           PerformanceManagement performanceManagement) {

  /**
   * A year-on-year comparison: last year's amount and the reason of the change. Either may be
   * null: without last year's amount no comparison is printed; a reason is printed when given.
   */
  public record Change(BigDecimal previous, String reason) {}

  /**
   * 五: total vs last year, and 年初预算 by 类, 款 or 项 with the reasons of the gap.
   * {@code initialBudgetTotal} is the printed 年初预算 合计 where the department gives it (null:
   * the sum of the entries). {@code budgetReason} is why the whole 决算 differs from the 年初预算
   * (null where the department gives none).
   */
  public record GeneralBudget(Change change, List<InitialBudget> initialBudget, BigDecimal initialBudgetTotal,
                              String budgetReason) {}

  /**
   * 年初预算 of one 科目 of 公开05 (a 类, 款 or 项 code); {@code reason} may be null (nothing to
   * explain where 决算 = 预算); {@code pinnedRate} keeps a printed 完成年初预算的 X% (null if none);
   * {@code uses} is what the money was mainly used for (主要用于…; null if not given). {@code name}
   * is the 科目's printed name, needed only where 公开05 has no row of it and the standard list
   * lacks it (null otherwise).
   */
  public record InitialBudget(int index, String code, BigDecimal amount, String reason,
                              BigDecimal pinnedRate, String uses, String name) {}

  /**
   * 七/八: 年初预算 of one 科目 of gk07 or 公开08 (any level), the reason why 决算 differs from it
   * and what the money was used for (主要用于…); reason and uses are optional (null).
   */
  public record FundBudget(int index, String code, BigDecimal amount, String reason, String uses) {}

  /** 六: 人员经费 and 公用经费 vs last year, and what they were spent on. */
  public record BasicExpenditure(Use personnel, Use publicCost) {}

  /** Last year's amount, reason and 用途: each may be null (the sentence is then left out). */
  public record Use(BigDecimal previous, String reason, String uses) {}

  /**
   * 九: per item (total, abroad, vehicle, vehiclePurchase, vehicleOperation, reception);
   * {@code physical} (实物量) is empty when the department gives none; {@code uses} (主要用于…
   * by item key: abroad, vehiclePurchase, vehicleOperation, reception) is empty when none is
   * given; {@code foreignReception} is the part of 公务接待费 spent on 外宾接待 (null if not given).
   */
  public record ThreePublic(String intro, Map<String, ThreePublicItem> items, Map<String, Integer> physical,
                            Map<String, String> uses, BigDecimal foreignReception) {}

  /** Reasons for 决算 vs 预算 and for the change vs last year. */
  public record ThreePublicItem(BigDecimal previous, String budgetReason, String changeReason) {}

  /** 十: 机关运行经费 and, beside it, 会议费 and 培训费 vs last year ({@code previous}, {@code uses}, {@code reason} may be null). */
  public record OperatingCost(BigDecimal amount, BigDecimal previous, String uses, String reason,
                              Change meeting, Change training) {}

  /**
   * 十一: 政府采购 (all amounts may be blank: no procurement). Besides total, goods, works,
   * services and smallBusiness (授予中小企业合同金额), the amounts reserved for and awarded to small
   * enterprises ({@link #PROCUREMENT}).
   */
  public record Procurement(Amounts amounts) {}

  /**
   * 预算绩效管理情况 (the Shanghai outline's 十): the department's own account of its rules and
   * mechanisms ({@code systems}), then counts and funds of the projects with 绩效目标
   * ({@code goals}), 绩效跟踪 ({@code tracking}) and 绩效自评 ({@code selfEvaluation}, with the
   * average score and the projects by grade), and the problems found and fixed. Every amount is
   * printed as given; a count the department leaves out is not printed.
   */
  public record PerformanceManagement(String systems, Map<String, BigDecimal> goals,
                                      Map<String, BigDecimal> tracking,
                                      Map<String, BigDecimal> selfEvaluation,
                                      Map<String, BigDecimal> problems) {}

  /** 十二: vehicles by category (counts) and large equipment (台(套)). */
  public record Assets(Map<String, Integer> vehicles, int largeEquipment) {}

  /** The 三公 item keys in print order. */
  public static final List<String> THREE_PUBLIC_ITEMS = List.of(
      "total", "abroad", "vehicle", "vehiclePurchase", "vehicleOperation", "reception");
  /** Each 三公 item key → its 公开09 column (预算数 and 决算数 alike). */
  public static final Map<String, String> THREE_PUBLIC_COLUMNS = Map.of(
      "total", "total", "abroad", "abroad", "vehicle", "vehicleSubtotal",
      "vehiclePurchase", "vehiclePurchase", "vehicleOperation", "vehicleOperation", "reception", "reception");
  /** The 实物量 counts in print order. */
  public static final List<String> PHYSICAL = List.of(
      "abroadGroups", "abroadPersons", "vehiclesPurchased", "vehiclesHeld", "receptionBatches",
      "receptionPersons", "foreignAffairsBatches", "foreignAffairsPersons", "overseasBatches",
      "overseasPersons");
  /** 十二 vehicle categories in print order. */
  public static final List<String> VEHICLES = List.of(
      "ministerial", "leaders", "confidential", "emergency", "lawEnforcement", "special",
      "retired", "other");
  /**
   * 十一 procurement amounts: total, goods, works, services, smallBusiness (授予中小企业合同金额);
   * smeReserved / microReserved (面向中小企业 / 小微企业预留的项目预算金额), smeReservedAwarded /
   * microReservedAwarded (预留项目中由中小企业 / 小微企业供应商中标或成交的), otherSmeAwarded (其他项目中
   * 由中小企业供应商中标或成交的).
   */
  public static final List<String> PROCUREMENT = List.of(
      "total", "goods", "works", "services", "smallBusiness", "smeReserved", "microReserved",
      "smeReservedAwarded", "microReservedAwarded", "otherSmeAwarded");
  /** 三公 items that have a 主要用于 text. */
  public static final List<String> THREE_PUBLIC_USES = List.of(
      "abroad", "vehiclePurchase", "vehicleOperation", "reception");
  /** 预算绩效管理情况: the keys of each group of counts and funds. */
  public static final List<String> PERFORMANCE_GOALS = List.of("projects", "funds");
  public static final List<String> PERFORMANCE_SELF_EVALUATION = List.of(
      "projects", "funds", "averageScore", "excellent", "good", "pass", "fail");
  public static final List<String> PERFORMANCE_PROBLEMS = List.of("found", "fixed", "fixing");
}
