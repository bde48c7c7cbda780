package cn.juesuan.disclosure.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.juesuan.disclosure.diag.Finding;
import cn.juesuan.disclosure.testing.Example;
import cn.juesuan.disclosure.testing.FundedExample;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R09: a missing 三公 reason is a warning only where there is something to explain. */
class ReasonChecksTest {

  private static List<String> r09(String yaml) {
    return Example.analyse(yaml).findings().all().stream().filter(f -> f.id().equals("R09"))
        .map(Finding::location).map(l -> l.path()).toList();
  }

  @Test
  void nothingToExplainNeedsNoReason() {
    // all zero: 决算 = 预算 and 持平; the reasons may go
    String yaml = Example.text().replace("      budgetReason: 我单位无因公出国(境)费用\n", "")
        .replace("      changeReason: 上年我单位无因公出国(境)费用\n", "");
    assertEquals(List.of(), r09(yaml));
  }

  @Test
  void aDifferenceWithoutItsReasonIsAWarning() {
    // abroad: 2.85 of a budget of 3.00, and 2.85 against 0.00 last year
    String yaml = FundedExample.yaml().replace("      budgetReason: 我单位无因公出国(境)费用\n", "")
        .replace("      changeReason: 上年我单位无因公出国(境)费用\n", "      changeReason: \" \"\n");
    assertEquals(List.of("explanations.threePublic.abroad.budgetReason", "explanations.threePublic.abroad.changeReason"),
        r09(yaml));
  }
}
