package cn.juesuan.disclosure.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.diag.Finding;
import cn.juesuan.disclosure.diag.Severity;
import cn.juesuan.disclosure.layout.PdfRenderer;
import cn.juesuan.disclosure.pipeline.DocumentAssembler;
import cn.juesuan.disclosure.pipeline.Pipeline;
import cn.juesuan.disclosure.testing.Example;
import cn.juesuan.disclosure.testing.PdfText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The general capabilities the 普陀区 format brought, on edited copies of its datasets: the
 * parts a format requires, the choices it offers (formatOptions), pins of printed amounts.
 */
class FormatChoicesTest {
  private static final Path CZJ = Path.of("data/putuo-caizhengju-2024.yaml");

  private static String czj() throws IOException {
    return Files.readString(CZJ, StandardCharsets.UTF_8);
  }

  private static String once(String text, String from, String to) {
    int at = text.indexOf(from);
    assertTrue(at >= 0 && text.indexOf(from, at + 1) < 0, "must occur exactly once: " + from);
    return text.replace(from, to);
  }

  private static List<Finding> of(Pipeline.Analysis a, String id) {
    return a.findings().all().stream().filter(f -> f.id().equals(id)).toList();
  }

  @Test
  void anOptionTheFormatDoesNotOfferIsAnErrorNamingTheKnownOnes() throws IOException {
    Pipeline.Analysis a = Example.analyse(once(czj(), "  codes: split ", "  code: split "));
    List<Finding> f = of(a, "load.format-option");
    assertEquals(1, f.size(), a.findings().all().toString());
    assertTrue(f.get(0).render().contains("codes"), f.get(0).render());
    Pipeline.Analysis b = Example.analyse(once(czj(), "  codes: split ", "  codes: three "));
    assertTrue(of(b, "load.format-option").get(0).render().contains("split"));
  }

  @Test
  void eachFormatRequiresThePartsItsOutlinePrints() throws IOException {
    // the 普陀区 outline prints 部门决算单位构成: a file without units is told so
    String noUnits = czj().replaceAll("(?s)  units: .*?\\n\\ntables:", "\ntables:");
    assertTrue(of(Example.analyse(noUnits), "load.missing").stream()
        .anyMatch(f -> f.render().contains("profile.units")), "profile.units");
    // …but not the Gansu 第四部分 it does not print
    assertTrue(of(Example.analyse(czj()), "load.missing").isEmpty());
    // and the Gansu example still needs its 绩效 part
    String noPerformance = Example.text().replaceAll("(?s)\\nperformance: .*?\\n\\nreport:", "\nreport:");
    assertTrue(of(Example.analyse(noPerformance), "load.missing").stream()
        .anyMatch(f -> f.render().contains("performance")), "performance");
  }

  @Test
  void thePrintedChoiceChangesTheGridNotTheFigures() throws IOException {
    String plain = once(once(czj(), "  thousands: true ", "  thousands: false "), "  codes: split ", "  codes: joined ");
    String text = PdfText.of(PdfRenderer.render(DocumentAssembler.assemble(Example.analyse(plain),
        DocumentAssembler.Options.FINAL)));
    assertTrue(text.contains("2010601 行政运行 1511.90 1511.89 0.01"), "joined codes, plain amounts");
    assertFalse(text.contains("2,946.25"), "no thousands separator");
  }

  @Test
  void aPinnedAmountPrintsAsWrittenAndAPinThatPrintsTheSameMayGo() throws IOException {
    Pipeline.Analysis a = Example.analyse(czj());
    assertTrue(of(a, "pin.amount").stream().anyMatch(f -> f.severity() == Severity.PIN
        && f.render().contains("计算值 6.20 万元，按印刷值锁定为 6.2 万元")));
    String text = PdfText.of(PdfRenderer.render(DocumentAssembler.assemble(a, DocumentAssembler.Options.FINAL)));
    assertTrue(text.contains("其他收入6.2万元"), "6.2 as printed");
    Pipeline.Analysis same = Example.analyse(once(czj(), "incomeSources.otherRevenue.amount: 6.2 ",
        "incomeSources.otherRevenue.amount: 6.20"));
    assertEquals(1, of(same, "pin.figure.redundant").size(), same.findings().all().toString());
  }
}
