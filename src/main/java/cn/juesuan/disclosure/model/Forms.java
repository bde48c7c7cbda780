package cn.juesuan.disclosure.model;

import java.util.List;

/** The column and line keys of each form, in print order: the YAML's vocabulary. */
public final class Forms {
  private Forms() {}

  /** 公开01 income lines: 行次 1–8 then 27–30. */
  public static final List<String> GK01_INCOME = List.of(
      "generalBudgetGrant", "govFundGrant", "stateCapitalGrant", "superiorSubsidy",
      "serviceRevenue", "businessRevenue", "subsidiaryRemit", "otherRevenue",
      "total", "nonFiscalBalanceUsed", "openingBalance", "grandTotal");
  /** The income lines 1–8 that 本年收入合计 sums. */
  public static final List<String> GK01_INCOME_PARTS = GK01_INCOME.subList(0, 8);
  /** 公开01 expenditure lines besides the 26 classes: 57–60. */
  public static final List<String> GK01_EXPENDITURE = List.of(
      "total", "surplusDistribution", "closingBalance", "grandTotal");

  /** 公开02 columns 1–7. */
  public static final List<String> GK02 = List.of(
      "total", "fiscalGrant", "superiorSubsidy", "serviceRevenue", "businessRevenue",
      "subsidiaryRemit", "otherRevenue");
  /** 公开03 columns 1–6. */
  public static final List<String> GK03 = List.of(
      "total", "basic", "project", "toSuperior", "business", "toSubsidiary");

  /** 公开04 income lines 1–3, 27–32. */
  public static final List<String> GK04_INCOME = List.of(
      "generalBudget", "govFund", "stateCapital", "total", "opening",
      "openingGeneralBudget", "openingGovFund", "openingStateCapital", "grandTotal");
  /** 公开04 expenditure columns 2–5. */
  public static final List<String> GK04_COLUMNS = List.of(
      "total", "generalBudget", "govFund", "stateCapital");
  /** 公开04 expenditure lines besides the classes: 59, 60, 64. */
  public static final List<String> GK04_EXPENDITURE = List.of("total", "closing", "grandTotal");

  /** 公开05 and 公开08 columns 1–3. */
  public static final List<String> GK05 = List.of("total", "basic", "project");
  public static final List<String> GK08 = GK05;
  /** 公开07 columns 1–6. */
  public static final List<String> GK07 = List.of(
      "opening", "income", "total", "basic", "project", "closing");

  /** 公开09 columns (预算数 1–6, 决算数 7–12 use the same keys). */
  public static final List<String> GK09 = List.of(
      "total", "abroad", "vehicleSubtotal", "vehiclePurchase", "vehicleOperation", "reception");

  /** 附件2 fund rows in print order. */
  public static final List<String> FUND_ROWS = List.of(
      "total", "basic", "personnel", "public", "project", "general", "key");
}
