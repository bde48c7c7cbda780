package cn.juesuan.disclosure.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The example with data where it has none: 政府性基金 (公开07, two 项 with 年初预算), 国有资本经营
 * (公开08), “三公”经费 in every item, 政府采购 (the amounts of a published Shanghai disclosure),
 * 结转和结余 and self-evaluated project funds. The tables 01–05 are not adjusted to the new
 * funds, so the checks report errors: this is a fixture for the figures and the wording only.
 */
public final class FundedExample {
  private FundedExample() {}

  public static final String GK07 = """
        gk07:
          total: {opening: 20.00, income: 150.00, total: 140.00, basic: 0.00, project: 140.00, closing: 30.00}
          rows:
            - {code: "212", opening: 20.00, income: 150.00, total: 140.00, project: 140.00, closing: 30.00}
            - {code: "21208", name: 国有土地使用权出让收入安排的支出, opening: 20.00, income: 150.00, total: 140.00, project: 140.00, closing: 30.00}
            - {code: "2120801", name: 征地和拆迁补偿支出, opening: 20.00, income: 100.00, total: 95.00, project: 95.00, closing: 25.00}
            - {code: "2120803", name: 城市建设支出, income: 50.00, total: 45.00, project: 45.00, closing: 5.00}
      """;

  public static final String GK08 = """
        gk08:
          total: {total: 60.00, basic: 10.00, project: 50.00}
          rows:
            - {code: "223", total: 60.00, basic: 10.00, project: 50.00}
            - {code: "22301", name: 解决历史遗留问题及改革成本支出, total: 60.00, basic: 10.00, project: 50.00}
            - {code: "2230105", name: 国有企业退休人员社会化管理补助支出, total: 60.00, basic: 10.00, project: 50.00}
      """;

  public static final String GK09 = """
        gk09:
          budget: {total: 20.00, abroad: 3.00, vehicleSubtotal: 12.00, vehiclePurchase: 8.00, vehicleOperation: 4.00, reception: 5.00}
          actual: {total: 17.69, abroad: 2.85, vehicleSubtotal: 11.45, vehiclePurchase: 7.96, vehicleOperation: 3.49, reception: 3.39}
      """;

  public static final String PROCUREMENT = """
        procurement: {total: 2319.21, goods: 122.43, works: 1387.72, services: 809.07, smallBusiness: 225.10}
        governmentFund:
          initialBudget:
            - {code: "2120801", amount: 100.00, reason: 部分拆迁补偿款尚未结算, uses: 城区棚户区改造征地拆迁补偿}
            - {code: "2120803", amount: 40.00, reason: 追加城市道路改造项目}
      """;

  public static String yaml() {
    String s = Example.text();
    s = replaceOnce(s, "  gk07: {}                  # 公开07 政府性基金预算财政拨款收入支出决算表 (no data)\n", GK07);
    s = replaceOnce(s, "  gk08: {}                  # 公开08 国有资本经营预算财政拨款支出决算表 (no data)\n", GK08);
    s = replaceOnce(s, "  gk09: {}                  # 公开09 财政拨款“三公”经费支出决算表 (no data)\n", GK09);
    s = replaceOnce(s, "  procurement: {}           # 十一、政府采购 (none)\n", PROCUREMENT);
    s = replaceOnce(s, "openingBalance: 0.00 ", "openingBalance: 25.30 ");
    s = replaceOnce(s, "      grandTotal: 478.11               # 60 总计\n",
        "      closingBalance: 12.10\n      grandTotal: 478.11               # 60 总计\n");
    s = replaceOnce(s, "opening: 0.00 ", "opening: 18.20 ");
    s = replaceOnce(s, "openingGeneralBudget: 0.00 ", "openingGeneralBudget: 18.20 ");
    s = replaceOnce(s, "      grandTotal: {total: 478.11, generalBudget: 478.11}",
        "      closing: {total: 9.60, generalBudget: 9.60}\n      grandTotal: {total: 478.11, generalBudget: 478.11}");
    s = replaceOnce(s, "    generalFunds: 0\n", "    generalFunds: 15.00\n");
    s = replaceOnce(s, "    govFundFunds: 0\n", "    govFundFunds: 70.00\n");
    return s;
  }

  public static String replaceOnce(String text, String from, String to) {
    int at = text.indexOf(from);
    assertTrue(at >= 0 && text.indexOf(from, at + 1) < 0, "must occur exactly once: " + from);
    return text.replace(from, to);
  }
}
