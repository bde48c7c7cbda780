package cn.juesuan.disclosure.pipeline;

import cn.juesuan.disclosure.calc.Calculator;
import cn.juesuan.disclosure.check.Acceptances;
import cn.juesuan.disclosure.calc.Figures;
import cn.juesuan.disclosure.check.Checks;
import cn.juesuan.disclosure.check.GlyphCheck;
import cn.juesuan.disclosure.diag.Findings;
import cn.juesuan.disclosure.diag.Timing;
import cn.juesuan.disclosure.layout.FontSet;
import cn.juesuan.disclosure.load.DisclosureLoader;
import cn.juesuan.disclosure.model.Disclosure;
import java.nio.file.Path;

/** load → check → calculate: the part of the pipeline every command shares. */
public final class Pipeline {
  private Pipeline() {}

  /** A disclosure with its derived figures and all findings; model and figures null if unloadable. */
  public record Analysis(Disclosure disclosure, Figures figures, Findings findings) {
    public boolean ok() {
      return disclosure != null && !findings.hasErrors();
    }
  }

  public static Analysis analyse(Path file) {
    return analyse(DisclosureLoader.load(file));
  }

  public static Analysis analyse(DisclosureLoader.Result loaded) {
    Timing.mark("loaded (YAML → model)");
    Findings findings = new Findings();
    findings.addAll(loaded.findings());
    Disclosure d = loaded.disclosure();
    if (d == null) {
      return new Analysis(null, null, findings);
    }
    findings.addAll(GlyphCheck.run(d, FontSet::canDraw));
    Timing.mark("glyph check");
    findings.addAll(Checks.run(d));
    Timing.mark("checked");
    Figures figures = Calculator.calculate(d, findings);
    Timing.mark("calculated");
    return new Analysis(d, figures, Acceptances.apply(d, findings));
  }
}
