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
    // redundant only where it prints the same ("0" kept against a computed "0.00" is a pin)
    if (computed != null && Format.percent(computed).equals(Format.asWritten(pinned))) {
      findings.warning(id + ".redundant", d.source().at(path),
          what + "：锁定值 " + Format.percent(pinned) + "% 与计算值相同，可删除锁定",
          "pinned value equals the computed one; the pin can go");
      return;
    }
    findings.pin(id, d.source().at(path),
        what + "：计算值 " + c + "，按印刷值锁定为 " + Format.asWritten(pinned) + "%",
        "computed " + cEn + ", pinned to the printed " + Format.asWritten(pinned) + "%");
  }

  /** A pinned 万元 amount: redundant where it prints as the computation does. */
  static void reportAmount(Findings findings, Disclosure d, String path, String what,
                           BigDecimal computed, BigDecimal pinned) {
    if (Format.money(computed).equals(Format.asWritten(pinned))) {
      findings.warning("pin.figure.redundant", d.source().at(path),
          what + "：锁定值 " + Format.asWritten(pinned) + " 万元与计算值相同，可删除锁定",
          "pinned value equals the computed one; the pin can go");
      return;
    }
    findings.pin("pin.amount", d.source().at(path),
        what + "：计算值 " + Format.money(computed) + " 万元，按印刷值锁定为 " + Format.asWritten(pinned) + " 万元",
        "computed " + Format.money(computed) + ", pinned to the printed " + Format.asWritten(pinned));
  }
}
