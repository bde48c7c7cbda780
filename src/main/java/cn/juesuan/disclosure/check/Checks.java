package cn.juesuan.disclosure.check;

import cn.juesuan.disclosure.diag.Findings;
import cn.juesuan.disclosure.model.Disclosure;

/** Runs every identity (勾稽关系) of {@link CheckRegistry} on a loaded disclosure. */
public final class Checks {
  private Checks() {}

  public static Findings run(Disclosure d) {
    Findings findings = new Findings();
    for (Check check : CheckRegistry.all()) {
      CheckContext context = new CheckContext(check.id(), d, findings);
      try {
        check.rule().apply(d, context);
      } catch (RuntimeException e) {
        // a defect of ours must not hide the other checks' findings
        findings.error(check.id(), d.source().at(""), "检查 " + check.id() + " 内部错误：" + e,
            "internal error in check " + check.id() + ": " + e);
      }
    }
    return findings;
  }
}
