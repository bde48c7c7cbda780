package cn.juesuan.disclosure.calc;

import cn.juesuan.disclosure.diag.Findings;
import cn.juesuan.disclosure.model.Disclosure;
import java.math.BigDecimal;

/** Reports a pinned printed value beside the value the computation gives. */
final class Pins {
  private Pins() {}

  static void report(Findings findings, Disclosure d, String path, String id, String what,
                     BigDecimal computed, BigDecimal pinned) {
    String c = computed == null ? "无法计算" : Format.percent(computed) + "%";
    String cEn = computed == null ? "not computable" : Format.percent(computed) + "%";
    if (computed != null && computed.compareTo(pinned) == 0) {
      findings.warning(id + ".redundant", d.source().at(path),
          what + "：锁定值 " + Format.percent(pinned) + "% 与计算值相同，可删除锁定",
          "pinned value equals the computed one; the pin can go");
      return;
    }
    findings.pin(id, d.source().at(path),
        what + "：计算值 " + c + "，按印刷值锁定为 " + Format.percent(pinned) + "%",
        "computed " + cEn + ", pinned to the printed " + Format.percent(pinned) + "%");
  }
}
