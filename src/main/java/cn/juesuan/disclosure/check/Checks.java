package cn.juesuan.disclosure.check;

import cn.juesuan.disclosure.diag.Findings;
import cn.juesuan.disclosure.model.Disclosure;
import java.util.List;

/** Runs every identity (勾稽关系) of {@link CheckRegistry} on a loaded disclosure. */
public final class Checks {
  private Checks() {}

  /** What a check verifies, for listings and documentation. */
  public record Description(String id, String zh, String en) {}

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

  /** Every check's id and one-line description, in report order. */
  public static List<Description> catalogue() {
    return CheckRegistry.all().stream().map(c -> new Description(c.id(), c.zh(), c.en())).toList();
  }
}
