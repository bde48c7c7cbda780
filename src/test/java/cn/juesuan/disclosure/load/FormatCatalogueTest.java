package cn.juesuan.disclosure.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.catalogue.Catalogue;
import cn.juesuan.disclosure.catalogue.FormSpec;
import cn.juesuan.disclosure.catalogue.FormatException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled Gansu catalogue reads as the forms print; a broken catalogue names its field. */
class FormatCatalogueTest {

  private static final Catalogue GANSU = Formats.defaultFormat();

  @Test
  void theGansuCatalogueHasTheNineFormsAndTheSelfAssessmentByIdWithTheirPageGrouping() {
    assertEquals("gansu-2024", GANSU.id());
    assertEquals(List.of("gk01", "gk02", "gk03", "gk04", "gk05", "gk06", "gk07", "gk08", "gk09", "selfAssessment"),
        List.copyOf(GANSU.forms().keySet()));
    assertEquals(List.of(List.of("gk01"), List.of("gk02", "gk03"), List.of("gk04"), List.of("gk05"),
        List.of("gk06"), List.of("gk07", "gk08"), List.of("gk09")), GANSU.pages());
    assertEquals("公开07", GANSU.nameOf("gk07"));
  }

  @Test
  void linesCarryTheirKeysNamesAndLineNumbers() {
    FormSpec gk01 = GANSU.form("gk01");
    assertEquals(List.of("generalBudgetGrant", "govFundGrant", "stateCapitalGrant", "superiorSubsidy",
        "serviceRevenue", "businessRevenue", "subsidiaryRemit", "otherRevenue", "total",
        "nonFiscalBalanceUsed", "openingBalance", "grandTotal"), gk01.lineKeys("income"));
    assertEquals("收入总计(30)", gk01.line("income.grandTotal").orElseThrow().citedZh());
    assertEquals("income grand total (line 30)", gk01.line("income.grandTotal").orElseThrow().citedEn());
    assertEquals(List.of("total", "closing", "grandTotal"), GANSU.form("gk04").lineKeys("expenditure"));
    assertEquals(List.of("opening", "income", "total", "basic", "project", "closing"),
        GANSU.form("gk07").columnKeys());
  }

  @Test
  void anUnknownFieldIsReportedWithItsPath() {
    String text = "format: x\noutline: document.ftl\nforms:\n  gk01:\n    name: a\n    title: b\n"
        + "    layout: lines\n    widths: [1]\n    colour: red\n";
    FormatException e = assertThrows(FormatException.class,
        () -> CatalogueLoader.parse(text, "x/format.yaml", Catalogue.TemplateSource.bundled("/x/")));
    assertTrue(e.zh().contains("x/format.yaml forms.gk01.colour"), e.zh());
  }

  @Test
  void anUnknownLayoutListsTheKnownOnes() {
    String text = "format: x\noutline: document.ftl\nforms:\n  gk01:\n    name: a\n    title: b\n"
        + "    layout: grid\n    widths: [1]\n";
    FormatException e = assertThrows(FormatException.class,
        () -> CatalogueLoader.parse(text, "f.yaml", Catalogue.TemplateSource.bundled("/x/")));
    assertTrue(e.en().contains("forms.gk01.layout: unknown layout grid (known: lines, subjects"), e.en());
  }

  @Test
  void anUnknownFormatIdIsAFormatError() {
    FormatException e = assertThrows(FormatException.class, () -> Formats.bundled().get("../etc"));
    assertTrue(e.zh().contains("未知的格式"), e.zh());
  }
}
