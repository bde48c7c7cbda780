package cn.juesuan.disclosure.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.diag.Finding;
import cn.juesuan.disclosure.diag.Severity;
import cn.juesuan.disclosure.pipeline.Pipeline;
import cn.juesuan.disclosure.testing.AcceptedExample;
import cn.juesuan.disclosure.testing.Example;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 出错说明: an accepted finding no longer blocks, is still listed with its reason, and goes stale. */
class AcceptancesTest {

  private static List<Finding> of(Pipeline.Analysis a, String id) {
    return a.findings().all().stream().filter(f -> f.id().equals(id)).toList();
  }

  private static int lineOf(String yaml, String text) {
    List<String> lines = yaml.lines().toList();
    return lines.indexOf(lines.stream().filter(l -> l.contains(text)).findFirst().orElseThrow()) + 1;
  }

  @Test
  void withoutTheAcceptanceTheDeviationIsAnError() {
    Pipeline.Analysis a = Example.analyse(AcceptedExample.deviating());
    assertEquals(Severity.ERROR, of(a, "T06b").get(0).severity());
    assertFalse(a.ok());
  }

  @Test
  void theAcceptedDeviationIsListedWithItsReasonAndDoesNotBlock() {
    Pipeline.Analysis a = Example.analyse(AcceptedExample.accepted());
    assertTrue(a.ok(), a.findings().all().toString());
    Finding t06b = of(a, "T06b").get(0);
    assertEquals(Severity.ACCEPTED, t06b.severity());
    assertTrue(t06b.zh().contains(AcceptedExample.REASON), t06b.zh());
    assertTrue(t06b.zh().contains("原为错误"), t06b.zh());
    assertTrue(t06b.render().startsWith("mutated.yaml:"), "still at the cell: " + t06b.render());
    assertEquals("tables.gk06.amounts.302", t06b.location().path());
    assertEquals(1, a.findings().count(Severity.ACCEPTED));
    // the other findings are untouched: the two 尾数 notes (T06a; T06b's note became the error)
    assertEquals(3, a.findings().count(Severity.WARNING));
    // the figures print as given
    assertEquals(0, new java.math.BigDecimal("334.41").compareTo(a.disclosure().tables().gk06().amounts().get("30299")));
  }

  @Test
  void withoutAFieldTheAcceptanceCoversEveryFindingOfTheCheck() {
    String yaml = AcceptedExample.deviating() + "\nacceptances:\n  - {check: T06b, reason: 按印刷数公开}\n";
    assertTrue(Example.analyse(yaml).ok());
  }

  @Test
  void aParentFieldCoversTheFieldsUnderIt() {
    assertTrue(Acceptances.covers("tables.gk06", "tables.gk06.amounts.302"));
    assertTrue(Acceptances.covers("tables.gk03.rows", "tables.gk03.rows[4].basic"));
    assertTrue(Acceptances.covers("tables.gk06.amounts.302", "tables.gk06.amounts.302"));
    assertFalse(Acceptances.covers("tables.gk06.amounts.30", "tables.gk06.amounts.302"), "a prefix of a key is no parent");
    assertFalse(Acceptances.covers("tables.gk06.amounts.302", "tables.gk06.amounts.30"));
    assertFalse(Acceptances.covers("tables.gk06", null));
    assertTrue(Acceptances.covers(null, "anything"));
  }

  @Test
  void anotherFieldOfTheCheckIsNotCoveredAndTheAcceptanceIsStale() {
    String yaml = AcceptedExample.deviating()
        + "\nacceptances:\n  - {check: T06b, field: tables.gk06.amounts.301, reason: 按印刷数公开}\n";
    Pipeline.Analysis a = Example.analyse(yaml);
    assertEquals(Severity.ERROR, of(a, "T06b").get(0).severity());
    Finding stale = of(a, "acceptance.stale").get(0);
    assertEquals(Severity.WARNING, stale.severity());
    assertEquals(lineOf(yaml, "check: T06b"), stale.location().line(), "at the acceptance's line");
    assertEquals("acceptances[0]", stale.location().path());
  }

  @Test
  void anAcceptanceThatMatchesNothingAnyMoreIsAStaleWarning() {
    // the cell was corrected; last year's 出错说明 stays in the file
    String yaml = Example.text() + "\nacceptances:\n  - check: T06b\n    field: tables.gk06.amounts.302\n    reason: 旧说明\n";
    Pipeline.Analysis a = Example.analyse(yaml);
    assertTrue(a.ok());
    assertEquals(1, of(a, "acceptance.stale").size());
    assertEquals(0, a.findings().count(Severity.ACCEPTED), "the within-tolerance note is no deviation to accept");
    assertEquals(2, a.findings().count(Severity.NOTE));
  }

  @Test
  void warningsCanBeAcceptedToo() {
    // X2: the text says 无项目支出 while 公开03 shows 17.66 — the department's wording, kept
    String yaml = Example.text() + "\nacceptances:\n  - {check: X2, reason: 项目支出为上级工会补助，非本级预算项目}\n";
    Pipeline.Analysis a = Example.analyse(yaml);
    assertEquals(Severity.ACCEPTED, of(a, "X2").get(0).severity());
    assertTrue(of(a, "X2").get(0).zh().contains("原为警告"));
    assertEquals(2, a.findings().count(Severity.WARNING));
  }

  @Test
  void anUnknownCheckIsALocatedErrorWithDidYouMean() {
    String yaml = AcceptedExample.deviating() + "\nacceptances:\n  - {check: T06B, reason: 按印刷数公开}\n";
    Pipeline.Analysis a = Example.analyse(yaml);
    Finding e = of(a, "acceptance.unknown-check").get(0);
    assertEquals(Severity.ERROR, e.severity());
    assertTrue(e.zh().contains("是否应为 \"T06b\""), e.zh());
    assertEquals(lineOf(yaml, "check: T06B"), e.location().line());
    assertFalse(a.ok());
  }

  @Test
  void loadingErrorsAndPinsCannotBeAccepted() {
    String yaml = Example.text().replace("gk09: {}", "gk09: {}\n  gk10: {}")
        + "\nacceptances:\n  - {check: load.unknown-key, reason: x}\n";
    Pipeline.Analysis a = Example.analyse(yaml);
    assertFalse(a.ok(), "a file that does not load is not a deviation");
    String pinned = Example.text() + "\nacceptances:\n  - {check: pin.execution-rate, reason: x}\n";
    Pipeline.Analysis p = Example.analyse(pinned);
    assertEquals(1, of(p, "acceptance.unknown-check").size());
    assertEquals(1, p.findings().count(Severity.PIN));
  }

  @Test
  void aReasonIsRequired() {
    String yaml = AcceptedExample.deviating() + "\nacceptances:\n  - {check: T06b}\n";
    Pipeline.Analysis a = Example.analyse(yaml);
    assertTrue(a.findings().all().stream().anyMatch(f -> f.id().equals("load.missing")
        && f.location().path().equals("acceptances[0].reason")), a.findings().all().toString());
  }
}
