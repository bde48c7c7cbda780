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
    return new ProcurementShares(share(p, "goods", "货物", pins), share(p, "works", "工程", pins),
        share(p, "services", "服务", pins));
  }

  private static Percent share(Amounts p, String key, String what, PinBook pins) {
    return pins.percent("procurementShares." + key, "十一 政府采购" + what + "支出占政府采购支出总额的比例",
        Rounding.percent(p.orZero(key), p.orZero("total")));
  }
}
