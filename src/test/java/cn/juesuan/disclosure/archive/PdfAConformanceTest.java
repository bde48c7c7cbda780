package cn.juesuan.disclosure.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.layout.PdfRenderer;
import cn.juesuan.disclosure.narrative.Narrator;
import cn.juesuan.disclosure.pipeline.DocumentAssembler;
import cn.juesuan.disclosure.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The final example PDF, validated by veraPDF against the PDF/A flavour its own XMP claims.
 *
 * <p>One render and one validation for the class (a few seconds): the 30-odd page example
 * exercises every construct the renderer emits (both faces, tables, rules, links, outline).
 */
class PdfAConformanceTest {

  /** The level the renderer claims; ISO 19005-2 level B. */
  private static final PDFAFlavour CLAIMED = PDFAFlavour.PDFA_2_B;

  /**
   * Rules known to fail, as "clause-test". Empty: the file conforms. Kept as an exact list so
   * that a regression shows up as a new entry and a fix of a known failure shows up too.
   */
  private static final List<String> KNOWN_FAILURES = List.of();

  private static VeraPdf.Report report;

  @BeforeAll
  static void renderAndValidate() throws Exception {
    var analysis = Pipeline.analyse(Path.of("data/linxia-zonggonghui-2024.yaml"));
    var doc = DocumentAssembler.assemble(analysis, 
        DocumentAssembler.Options.FINAL);
    report = VeraPdf.validate(PdfRenderer.render(doc));
    System.out.println(report.describe());
  }

  @Test
  void claimsPdfA2b() {
    assertEquals(CLAIMED, report.claimed(), "pdfaid:part/conformance in the XMP");
  }

  @Test
  void failsExactlyTheKnownRules() {
    assertEquals(KNOWN_FAILURES, report.failedKeys(), report::describe);
  }

  @Test
  void conforms() {
    assertTrue(report.compliant(), report::describe);
  }
}
