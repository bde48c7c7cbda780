package cn.juesuan.disclosure.check;

import static cn.juesuan.disclosure.check.Dataset.edit;
import static cn.juesuan.disclosure.check.ReferenceDatasetTest.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.juesuan.disclosure.diag.Finding;
import cn.juesuan.disclosure.diag.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 尾数: up to 0.01 per non-zero summed item is a note, beyond it an error. */
class ToleranceTest {

  /** 公开06 301: its items sum to 125.05 over 7 non-zero items, so 0.07 is still rounding. */
  @ParameterizedTest(name = "301 printed {0} → {1}")
  @CsvSource({"125.06, NOTE, 0.01", "125.12, NOTE, 0.07", "125.13, ERROR, 0.08", "124.98, NOTE, 0.07",
      "124.97, ERROR, 0.08"})
  void sevenItemSumAllowsSevenCents(String printed, Severity expected, String difference) {
    Finding f = Dataset.only(Dataset.check(Dataset.mutated(edit("tables.gk06.amounts.301", "125.06", printed))), "T06a");
    assertEquals(expected, f.severity(), f.render());
    assertContains(f, "125.05", printed, "差 " + difference);
    assertEquals(Dataset.referenceLine("tables.gk06.amounts.301"), f.location().line());
  }

  /** 公开02 合计 = 公开01 本年收入合计: one item, so one cent. */
  @ParameterizedTest(name = "公开02 合计 {0} → {1}")
  @CsvSource({"478.12, NOTE", "478.10, NOTE", "478.13, ERROR", "478.09, ERROR"})
  void oneItemIdentityAllowsOneCent(String printed, Severity expected) {
    Finding f = Dataset.only(Dataset.check(Dataset.mutated(
        edit("tables.gk02.total", "total: 478.11", "total: " + printed))), "T02c");
    assertEquals(expected, f.severity(), f.render());
    assertContains(f, printed, "478.11");
  }

  /** 附件2 is in 元: 0.01 in all, whatever the number of items. */
  @ParameterizedTest(name = "附件2 全年预算数 {0} → {1}")
  @CsvSource({"7035718.01, NOTE", "7035718.02, ERROR"})
  void selfAssessmentAllowsOneCentInAll(String printed, Severity expected) {
    Finding f = Dataset.only(Dataset.check(Dataset.mutated(
        edit("selfAssessment.funds.total", "full: 7035718", "full: " + printed))), "A5");
    assertEquals(expected, f.severity(), f.render());
  }
}
