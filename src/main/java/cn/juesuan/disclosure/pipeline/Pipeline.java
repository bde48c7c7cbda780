package cn.juesuan.disclosure.pipeline;

import cn.juesuan.disclosure.calc.Calculator;
import cn.juesuan.disclosure.check.Acceptances;
import cn.juesuan.disclosure.calc.Figures;
import cn.juesuan.disclosure.check.Checks;
import cn.juesuan.disclosure.check.GlyphCheck;
import cn.juesuan.disclosure.diag.Findings;
import cn.juesuan.disclosure.diag.Timing;
import cn.juesuan.disclosure.layout.FontSet;
import cn.juesuan.disclosure.document.Block;
import cn.juesuan.disclosure.layout.PdfRenderer;
import cn.juesuan.disclosure.load.DisclosureLoader;
import cn.juesuan.disclosure.load.Formats;
import cn.juesuan.disclosure.model.Disclosure;
import java.nio.file.Path;

/**
 * The one path every command takes: load → check → calculate ({@link #analyse}), then narrate →
 * lay out ({@link #render}: the document assembled from the format's outline and forms, then
 * typeset). {@code generate}, {@code batch} and {@code preview} differ only in their
 * {@link DocumentAssembler.Options} and in where (and whether) they write the bytes.
 */
public final class Pipeline {
  private Pipeline() {}

  /** A disclosure with its derived figures and all findings; model and figures null if unloadable. */
  public record Analysis(Disclosure disclosure, Figures figures, Findings findings) {
    public boolean ok() {
      return disclosure != null && !findings.hasErrors();
    }
  }

  /** Analyses a file of a bundled format. */
  public static Analysis analyse(Path file) {
    return analyse(file, Formats.bundled());
  }

  /** Analyses a file whose {@code format:} is one of {@code formats}. */
  public static Analysis analyse(Path file, Formats formats) {
    return analyse(DisclosureLoader.load(file, formats));
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

  /**
   * The PDF of an analysed disclosure. A final document needs an analysis without errors (the
   * caller checks {@link Analysis#ok}). A draft is rendered whatever the findings: when the data
   * is broken badly enough that the narrative cannot be written it has the findings pages
   * alone, and a character no font can draw is marked (〓) where it stood.
   */
  public static byte[] render(Analysis a, DocumentAssembler.Options options) {
    if (!options.draft()) {
      Block.Doc doc = DocumentAssembler.assemble(a, options);
      Timing.mark("narrated");
      return PdfRenderer.render(doc);
    }
    Block.Doc doc;
    try {
      doc = DocumentAssembler.assemble(a, options);
    } catch (RuntimeException e) {
      doc = DocumentAssembler.findingsOnly(a, options, e.getMessage());
    }
    return PdfRenderer.render(DrawableText.of(doc));
  }
}
