package cn.juesuan.disclosure.calc;

import cn.juesuan.disclosure.model.Disclosure;
import cn.juesuan.disclosure.model.Explanations;
import cn.juesuan.disclosure.model.Tables;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 九 “三公”经费: the percentages the sentences print beside the amounts. Per item (the keys of
 * {@link Explanations#THREE_PUBLIC_ITEMS}): 完成预算的 X% (决算数 / 全年预算数) and its share of the
 * 三公 决算 total; and the total's share of 本年支出合计 (公开01 line 57). A rate without a budget
 * and a share of a zero total are not applicable (null): nothing may be printed for them.
 */
public record ThreePublicFigures(Map<String, Item> items, Money expenditureTotal, Percent expenditureShare) {

  /** One item: {@code rate} = 决算 / 预算 (null when 预算 is 0), {@code share} = 决算 / 三公 决算合计. */
  public record Item(Money budget, Money actual, Percent rate, Percent share) {
    /** The Ministry's model prints 完成预算的 X% only where there is a budget. */
    public boolean hasBudget() {
      return budget.value().signum() > 0;
    }
  }

  static ThreePublicFigures of(Disclosure d, PinBook pins) {
    String section = d.format().section("threePublic");
    Tables.Gk09 gk09 = d.tables().gk09();
    BigDecimal total = gk09.actual().orZero(Calculator.THREE_PUBLIC_COLUMNS.get("total"));
    Map<String, Item> items = new LinkedHashMap<>();
    for (String k : Explanations.THREE_PUBLIC_ITEMS) {
      String column = Calculator.THREE_PUBLIC_COLUMNS.get(k);
      BigDecimal budget = gk09.budget().orZero(column);
      BigDecimal actual = gk09.actual().orZero(column);
      String prefix = "threePublicRates.items." + k;
      items.put(k, new Item(Money.of(budget), Money.of(actual),
          pins.ratio(prefix + ".rate", section + " “三公”经费 " + k + " 完成预算的比例", actual, budget),
          pins.percent(prefix + ".share", section + " “三公”经费 " + k + " 占“三公”经费合计的比例", Rounding.percent(actual, total))));
    }
    BigDecimal expenditure = d.tables().gk01().expenditure().get("total") == null
        ? BigDecimal.ZERO : d.tables().gk01().expenditure().get("total");
    return new ThreePublicFigures(items, Money.of(expenditure),
        pins.percent("threePublicRates.expenditureShare", section + " “三公”经费占本年支出合计的比例",
            Rounding.percent(total, expenditure)));
  }
}
