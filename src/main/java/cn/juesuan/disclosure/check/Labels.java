package cn.juesuan.disclosure.check;

import cn.juesuan.disclosure.model.StandardLists;
import java.util.Map;

/** The printed names (with 行次 where the form has them) of the lines and columns checks cite. */
final class Labels {
  private Labels() {}

  /** 公开01 income lines 1–8, 27–30. */
  static final Map<String, Label> GK01_INCOME = Map.ofEntries(
      Map.entry("generalBudgetGrant", Label.of("一般公共预算财政拨款收入(1)", "general budget grant (line 1)")),
      Map.entry("govFundGrant", Label.of("政府性基金预算财政拨款收入(2)", "government fund grant (line 2)")),
      Map.entry("stateCapitalGrant", Label.of("国有资本经营预算财政拨款收入(3)", "state capital grant (line 3)")),
      Map.entry("superiorSubsidy", Label.of("上级补助收入(4)", "superior subsidy (line 4)")),
      Map.entry("serviceRevenue", Label.of("事业收入(5)", "service revenue (line 5)")),
      Map.entry("businessRevenue", Label.of("经营收入(6)", "business revenue (line 6)")),
      Map.entry("subsidiaryRemit", Label.of("附属单位上缴收入(7)", "remittance from subsidiaries (line 7)")),
      Map.entry("otherRevenue", Label.of("其他收入(8)", "other revenue (line 8)")),
      Map.entry("total", Label.of("本年收入合计(27)", "income total (line 27)")),
      Map.entry("nonFiscalBalanceUsed", Label.of("使用非财政拨款结余(28)", "non-fiscal balance used (line 28)")),
      Map.entry("openingBalance", Label.of("年初结转和结余(29)", "opening balance (line 29)")),
      Map.entry("grandTotal", Label.of("收入总计(30)", "income grand total (line 30)")));

  /** 公开01 expenditure lines 57–60. */
  static final Map<String, Label> GK01_EXPENDITURE = Map.of(
      "total", Label.of("本年支出合计(57)", "expenditure total (line 57)"),
      "surplusDistribution", Label.of("结余分配(58)", "surplus distribution (line 58)"),
      "closingBalance", Label.of("年末结转和结余(59)", "closing balance (line 59)"),
      "grandTotal", Label.of("支出总计(60)", "expenditure grand total (line 60)"));

  /** 公开04 income lines 1–3, 27–32. */
  static final Map<String, Label> GK04_INCOME = Map.of(
      "generalBudget", Label.of("一般公共预算财政拨款(1)", "general budget (line 1)"),
      "govFund", Label.of("政府性基金预算财政拨款(2)", "government fund (line 2)"),
      "stateCapital", Label.of("国有资本经营预算财政拨款(3)", "state capital (line 3)"),
      "total", Label.of("本年收入合计(27)", "income total (line 27)"),
      "opening", Label.of("年初财政拨款结转和结余(28)", "opening fiscal balance (line 28)"),
      "openingGeneralBudget", Label.of("年初一般公共预算财政拨款(29)", "opening general budget (line 29)"),
      "openingGovFund", Label.of("年初政府性基金预算财政拨款(30)", "opening government fund (line 30)"),
      "openingStateCapital", Label.of("年初国有资本经营预算财政拨款(31)", "opening state capital (line 31)"),
      "grandTotal", Label.of("收入总计(32)", "income grand total (line 32)"));

  /** 公开04 expenditure lines 59, 60, 64. */
  static final Map<String, Label> GK04_LINES = Map.of(
      "total", Label.of("本年支出合计(59)", "expenditure total (line 59)"),
      "closing", Label.of("年末财政拨款结转和结余(60)", "closing fiscal balance (line 60)"),
      "grandTotal", Label.of("支出总计(64)", "expenditure grand total (line 64)"));

  /** 公开04 expenditure columns 2–5. */
  static final Map<String, Label> GK04_COLUMNS = Map.of(
      "total", Label.of("合计", "total"),
      "generalBudget", Label.of("一般公共预算财政拨款", "general budget"),
      "govFund", Label.of("政府性基金预算财政拨款", "government fund"),
      "stateCapital", Label.of("国有资本经营预算财政拨款", "state capital"));

  static final Map<String, Label> GK02 = Map.of(
      "total", Label.of("本年收入合计", "income total"),
      "fiscalGrant", Label.of("财政拨款收入", "fiscal grant"),
      "superiorSubsidy", Label.of("上级补助收入", "superior subsidy"),
      "serviceRevenue", Label.of("事业收入", "service revenue"),
      "businessRevenue", Label.of("经营收入", "business revenue"),
      "subsidiaryRemit", Label.of("附属单位上缴收入", "remittance from subsidiaries"),
      "otherRevenue", Label.of("其他收入", "other revenue"));

  static final Map<String, Label> GK03 = Map.of(
      "total", Label.of("本年支出合计", "expenditure total"),
      "basic", Label.of("基本支出", "basic"),
      "project", Label.of("项目支出", "project"),
      "toSuperior", Label.of("上缴上级支出", "remitted to superior"),
      "business", Label.of("经营支出", "business"),
      "toSubsidiary", Label.of("对附属单位补助支出", "grants to subsidiaries"));

  static final Map<String, Label> GK05 = Map.of(
      "total", Label.of("小计", "subtotal"),
      "basic", Label.of("基本支出", "basic"),
      "project", Label.of("项目支出", "project"));

  static final Map<String, Label> GK08 = Map.of(
      "total", Label.of("合计", "total"),
      "basic", Label.of("基本支出", "basic"),
      "project", Label.of("项目支出", "project"));

  static final Map<String, Label> GK07 = Map.of(
      "opening", Label.of("年初结转和结余", "opening balance"),
      "income", Label.of("本年收入", "income"),
      "total", Label.of("本年支出小计", "expenditure subtotal"),
      "basic", Label.of("基本支出", "basic"),
      "project", Label.of("项目支出", "project"),
      "closing", Label.of("年末结转和结余", "closing balance"));

  static final Map<String, Label> GK09 = Map.of(
      "total", Label.of("合计", "total"),
      "abroad", Label.of("因公出国（境）费", "travel abroad"),
      "vehicleSubtotal", Label.of("公务用车购置及运行维护费小计", "official vehicles subtotal"),
      "vehiclePurchase", Label.of("公务用车购置费", "vehicle purchase"),
      "vehicleOperation", Label.of("公务用车运行维护费", "vehicle operation"),
      "reception", Label.of("公务接待费", "official reception"));

  /** 九 三公 items of the narrative (the vehicle item is 公开09's subtotal). */
  static final Map<String, Label> THREE_PUBLIC_ITEMS = Map.of(
      "total", Label.of("“三公”经费合计", "三公 total"),
      "abroad", Label.of("因公出国（境）费", "travel abroad"),
      "vehicle", Label.of("公务用车购置及运行维护费", "official vehicles"),
      "vehiclePurchase", Label.of("公务用车购置费", "vehicle purchase"),
      "vehicleOperation", Label.of("公务用车运行维护费", "vehicle operation"),
      "reception", Label.of("公务接待费", "official reception"));

  /** 十一 政府采购 amounts. */
  static final Map<String, Label> PROCUREMENT = Map.of(
      "total", Label.of("政府采购支出总额", "procurement total"),
      "goods", Label.of("政府采购货物支出", "goods"),
      "works", Label.of("政府采购工程支出", "works"),
      "services", Label.of("政府采购服务支出", "services"),
      "smallBusiness", Label.of("授予中小企业合同金额", "contracts awarded to SMEs"));

  /** 附件2 fund rows and columns. */
  static final Map<String, Label> FUND_ROWS = Map.of(
      "total", Label.of("年度资金总额", "total funds"),
      "basic", Label.of("基本支出", "basic"),
      "personnel", Label.of("人员经费", "personnel"),
      "public", Label.of("公用经费", "public costs"),
      "project", Label.of("项目支出", "project"),
      "general", Label.of("一般性项目", "general projects"),
      "key", Label.of("重点项目", "key projects"));

  static final Map<String, Label> FUND_COLUMNS = Map.of(
      "initial", Label.of("年初预算数", "initial budget"),
      "full", Label.of("全年预算数", "full-year budget"),
      "actual", Label.of("全年执行数", "actual"));

  /** A 功能分类 类 as 公开01/04 print it ("一、一般公共服务支出"), or its code. */
  static Label expenditureClass(String code) {
    return StandardLists.get().expenditureClasses().stream().filter(c -> c.code().equals(code)).findFirst()
        .map(c -> Label.of(code + " " + c.name(), "class " + code))
        .orElse(Label.of(code, "class " + code));
  }

  /** A 经济分类 code of 公开06 with its standard name. */
  static Label economicClass(String code) {
    String name = StandardLists.get().economicClass(code).map(e -> e.name()).orElse("");
    return Label.of(code + " " + name, code);
  }

  static final Label PERSONNEL_TOTAL = Label.of("人员经费合计", "personnel total");
  static final Label PUBLIC_TOTAL = Label.of("公用经费合计", "public cost total");
}
