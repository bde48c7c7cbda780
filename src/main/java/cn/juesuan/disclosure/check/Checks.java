package cn.juesuan.disclosure.check;

import cn.juesuan.disclosure.catalogue.Catalogue;
import cn.juesuan.disclosure.diag.Finding;
import cn.juesuan.disclosure.diag.Findings;
import cn.juesuan.disclosure.model.Disclosure;
import cn.juesuan.disclosure.model.StandardLists;
import java.util.List;

/** Runs every identity (勾稽关系) of {@link CheckRegistry} on a loaded disclosure. */
public final class Checks {
  private Checks() {}

  /** What a check verifies, for listings and documentation. */
  public record Description(String id, String zh, String en) {}

  /**
   * Runs every check; the findings name forms, lines and columns in the words of the
   * disclosure's format ({@link Labels#resolve}).
   */
  public static Findings run(Disclosure d) {
    Findings findings = new Findings();
    for (Finding f : raw(d).all()) {
      findings.add(new Finding(f.severity(), f.id(), f.location(), Labels.resolve(f.zh(), d.format(), d.codes()),
          Labels.resolve(f.en(), d.format(), d.codes())));
    }
    return findings;
  }

  private static Findings raw(Disclosure d) {
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

  /** Every check's id and one-line description in the words of {@code format}, in report order. */
  public static List<Description> catalogue(Catalogue format) {
    StandardLists codes = StandardLists.forYear(0);
    return CheckRegistry.all().stream().map(c -> new Description(c.id(),
        Labels.resolve(c.zh(), format, codes), Labels.resolve(c.en(), format, codes))).toList();
  }
}
