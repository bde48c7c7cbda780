package cn.juesuan.disclosure.calc;

import cn.juesuan.disclosure.model.Amounts;
import cn.juesuan.disclosure.model.Disclosure;

/**
 * 十一 政府采购: 货物, 工程 and 服务 as shares of 政府采购支出总额 (the 中小企业 share is
 * {@link Figures.Procurement#smallBusinessShare()}). Not applicable (null) without procurement.
 */
public record ProcurementShares(Percent goods, Percent works, Percent services) {

  static ProcurementShares of(Disclosure d, PinBook pins) {
    Amounts p = d.explanations().procurement().amounts();
    String section = d.format().section("procurement");
    return new ProcurementShares(share(p, "goods", section + " 政府采购货物", pins), share(p, "works", section + " 政府采购工程", pins),
        share(p, "services", section + " 政府采购服务", pins));
  }

  private static Percent share(Amounts p, String key, String what, PinBook pins) {
    return pins.percent("procurementShares." + key, what + "支出占政府采购支出总额的比例",
        Rounding.percent(p.orZero(key), p.orZero("total")));
  }
}
