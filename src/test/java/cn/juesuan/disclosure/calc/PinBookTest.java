package cn.juesuan.disclosure.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.diag.Finding;
import cn.juesuan.disclosure.diag.Findings;
import cn.juesuan.disclosure.diag.Severity;
import cn.juesuan.disclosure.pipeline.Pipeline;
import cn.juesuan.disclosure.testing.Example;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code pins:} keeps any derived percentage, by the figure's path, and says so. */
class PinBookTest {

  private static Pipeline.Analysis withPins(String pins) {
    return Example.analyse(Example.text() + "\npins:\n" + pins);
  }

  private static List<Finding> of(Pipeline.Analysis a, String id) {
    return a.findings().all().stream().filter(f -> f.id().equals(id)).toList();
  }

  @Test
  void overallExecutionRateIsPinnedAndReported() {
    // 五(三) 478.11 / 685.48 = 69.7482 → 69.75; pinned to a printed 69.74
    Pipeline.Analysis a = withPins("  generalBudget.execution.rate: 69.74\n");
    Execution total = a.figures().generalBudget().execution();
    assertEquals("69.74", total.rate().toString());
    assertEquals("69.75", total.computedRate().toString());
    assertTrue(total.pinned());
    Finding pin = of(a, "pin.figure").get(0);
    assertEquals(Severity.PIN, pin.severity());
    assertTrue(pin.zh().contains("计算值 69.75%") && pin.zh().contains("锁定为 69.74%"), pin.zh());
    assertEquals("pins.generalBudget.execution.rate", pin.location().path());
    assertEquals(Example.text().lines().count() + 3, pin.location().line(), "the pin's own line");
    assertFalse(a.findings().hasErrors());
    // the class's pinnedRate keeps working beside it
    assertEquals(2, a.findings().count(Severity.PIN));
  }

  @Test
  void changesAndSharesArePinnable() {
    Pipeline.Analysis a = withPins("  overall.percent: 35.57\n  incomeSources.fiscalGrant.percent: 99.99\n"
        + "  generalBudget.structure.210.percent: 1.57\n  basic.personnel.percent: 21.60\n");
    assertEquals("35.57", a.figures().overall().percent().toString());
    assertEquals("263.79", a.figures().overall().amount().toString(), "the amount stays computed");
    assertEquals("99.99", a.figures().incomeSources().get(0).percent().toString());
    assertEquals("1.57", a.figures().generalBudget().structure().get(2).percent().toString());
    assertEquals("21.60", a.figures().basic().personnel().percent().toString());
    assertEquals(4, of(a, "pin.figure").size());
    assertTrue(of(a, "pin.figure").get(0).zh().contains("35.56%"), "computed value shown");
  }

  @Test
  void aPinEqualToTheComputationIsAWarning() {
    Pipeline.Analysis a = withPins("  overall.percent: 35.56\n");
    assertEquals(1, of(a, "pin.figure.redundant").size());
    assertEquals(Severity.WARNING, of(a, "pin.figure.redundant").get(0).severity());
  }

  @Test
  void anUnknownPathIsALocatedErrorWithTheNearestPath() {
    Pipeline.Analysis a = withPins("  generalBudget.execution.rat: 69.74\n");
    Finding e = of(a, "pin.unknown-path").get(0);
    assertEquals(Severity.ERROR, e.severity());
    assertTrue(e.zh().contains("是否应为 \"generalBudget.execution.rate\""), e.zh());
    assertEquals(Example.text().lines().count() + 3, e.location().line());
    assertFalse(a.ok(), "an unknown pin blocks the PDF");
  }

  @Test
  void aPinOfAFigureThatCannotBeComputedIsAnError() {
    // no 三公 budget: 完成预算的 X% does not exist, so it cannot be pinned
    Pipeline.Analysis a = withPins("  threePublicRates.items.abroad.rate: 95.00\n  operating.meeting.percent: 1.00\n");
    assertEquals(2, of(a, "pin.not-applicable").size());
    assertFalse(a.ok());
  }

  @Test
  void nothingOfNothingMayBePinnedToAPrintedZeroOnly() {
    // the example has no 三公 budget and no 三公 spending: 0 of 0, which some formats print as 0%
    Pipeline.Analysis a = withPins("  threePublicRates.items.abroad.rate: 0\n  threePublicRates.items.vehicle.rate: 0.00\n");
    assertTrue(a.ok(), () -> a.findings().all().toString());
    assertEquals(2, of(a, "pin.figure").size());
    assertEquals("0", a.figures().threePublicRates().items().get("abroad").rate().toString());
    assertEquals("0.00", a.figures().threePublicRates().items().get("vehicle").rate().toString());
    assertEquals(List.of(), of(a, "pin.not-applicable"));
  }

  @Test
  void everyPercentageOfTheNewFiguresIsOffered() {
    Findings findings = new Findings();
    cn.juesuan.disclosure.model.Disclosure d = Example.analyse(cn.juesuan.disclosure.testing.FundedExample.yaml()).disclosure();
    PinBook pins = PinBook.of(d, findings);
    ThreePublicFigures.of(d, pins);
    FundFigures.governmentFund(d, findings, pins);
    ProcurementShares.of(d, pins);
    BalanceFigures.of(d, pins);
    ProjectFigures.of(d, pins);
    assertTrue(pins.offered().containsAll(List.of("threePublicRates.items.vehiclePurchase.rate",
        "threePublicRates.items.reception.share", "threePublicRates.expenditureShare",
        "governmentFund.items.2120801.rate", "procurementShares.works", "balances.change.percent",
        "balances.fiscalOpening.shares.generalBudget.percent", "projects.byClass.201.percent",
        "projects.selfEvaluatedGovFund")), pins.offered().toString());
  }

  @Test
  void aValueThatIsNoNumberIsALoadError() {
    Pipeline.Analysis a = withPins("  overall.percent: 35.5.6\n");
    assertTrue(a.findings().all().stream().anyMatch(f -> f.id().equals("load.amount")
        && f.location().path().equals("pins.overall.percent")), a.findings().all().toString());
  }
}
