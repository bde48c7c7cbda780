package cn.juesuan.disclosure.calc;

import cn.juesuan.disclosure.model.Amounts;
import cn.juesuan.disclosure.model.Disclosure;
import cn.juesuan.disclosure.model.Tables;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * 年初/年末结转和结余 by kind. 公开01 gives all funds (line 29 年初, 59 年末; 28 使用非财政拨款结余,
 * 58 结余分配); 公开04 the 财政拨款 part by budget (年初 lines 28–31, 年末 line 60 by column). The
 * 非财政拨款 part is 公开01 minus 公开04, not applicable (null) where 公开04 exceeds 公开01 (a
 * contradiction the checks report, not a figure to print).
 */
public record BalanceFigures(Money opening, Money closing, Money nonFiscalBalanceUsed, Money surplusDistribution,
                             Change change, Kinds fiscalOpening, Kinds fiscalClosing, Change fiscalChange,
                             Money nonFiscalOpening, Money nonFiscalClosing) {

  /**
   * 财政拨款结转和结余 by budget: 一般公共预算, 政府性基金, 国有资本经营, and the non-zero ones'
   * shares of the total (keys generalBudget, govFund, stateCapital).
   */
  public record Kinds(Money total, Money generalBudget, Money govFund, Money stateCapital, List<Share> shares) {}

  static BalanceFigures of(Disclosure d, PinBook pins) {
    Tables t = d.tables();
    BigDecimal opening = t.gk01().income().orZero("openingBalance");
    BigDecimal closing = t.gk01().expenditure().orZero("closingBalance");
    Amounts gk04In = t.gk04().income();
    Kinds fiscalOpening = kinds(gk04In.orZero("opening"), gk04In.orZero("openingGeneralBudget"),
        gk04In.orZero("openingGovFund"), gk04In.orZero("openingStateCapital"), "balances.fiscalOpening",
        "年初财政拨款结转和结余", pins);
    Amounts end = t.gk04().line("closing");
    Kinds fiscalClosing = kinds(end.orZero("total"), end.orZero("generalBudget"), end.orZero("govFund"),
        end.orZero("stateCapital"), "balances.fiscalClosing", "年末财政拨款结转和结余", pins);
    return new BalanceFigures(Money.of(opening), Money.of(closing),
        Money.of(t.gk01().income().get("nonFiscalBalanceUsed")), Money.of(t.gk01().expenditure().get("surplusDistribution")),
        pins.change("balances.change", "年末结转和结余较年初", Change.between(closing, opening)),
        fiscalOpening, fiscalClosing,
        pins.change("balances.fiscalChange", "年末财政拨款结转和结余较年初",
            Change.between(fiscalClosing.total().value(), fiscalOpening.total().value())),
        difference(opening, fiscalOpening.total().value()), difference(closing, fiscalClosing.total().value()));
  }

  private static Kinds kinds(BigDecimal total, BigDecimal general, BigDecimal govFund, BigDecimal stateCapital,
                             String path, String what, PinBook pins) {
    List<Share> shares = new ArrayList<>();
    String[] keys = {"generalBudget", "govFund", "stateCapital"};
    BigDecimal[] values = {general, govFund, stateCapital};
    for (int i = 0; i < keys.length; i++) {
      if (values[i].signum() != 0) {
        shares.add(Share.of(keys[i], null, values[i], total));
      }
    }
    return new Kinds(Money.of(total), Money.of(general), Money.of(govFund), Money.of(stateCapital),
        pins.shares(path + ".shares", what, shares));
  }

  private static Money difference(BigDecimal all, BigDecimal fiscal) {
    BigDecimal d = all.subtract(fiscal);
    return d.signum() < 0 ? null : Money.of(d);
  }
}
