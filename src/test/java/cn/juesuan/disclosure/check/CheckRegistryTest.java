package cn.juesuan.disclosure.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each group of checks, built afresh: its ids in report order and the wording of its identities. */
class CheckRegistryTest {

  private static String ids(Supplier<List<Check>> group) {
    return group.get().stream().map(Check::id).collect(Collectors.joining(" "));
  }

  @Test
  void everyGroupHasItsChecksInOrder() {
    assertEquals("T01a T01b T01c T01d T01e", ids(Gk01Checks::all));
    assertEquals("T02a T02b T02c T02d T02e T02f", ids(Gk02Checks::all));
    assertEquals("T03a T03b T03c T03d T03e T03f", ids(Gk03Checks::all));
    assertEquals("T04a T04b T04c T04d T04e T04f T04g T04h", ids(Gk04Checks::all));
    assertEquals("T05a T05b T05c T05d T05e T05f T05g T05h", ids(Gk05Checks::all));
    assertEquals("T06a T06b T06c T06d T06e", ids(Gk06Checks::all));
    assertEquals("T07a T07b T07c T07d T07e T07f", ids(Gk07Checks::all));
    assertEquals("T08a T08b T08c T08d T08e", ids(Gk08Checks::all));
    assertEquals("T09a T09b T09c", ids(Gk09Checks::all));
    assertEquals("T04i T04j T05i T07g T07h T08f T09d", ids(CrossTableChecks::all));
    assertEquals("N7 N8 N9 B1 P1 H1", ids(NarrativeChecks::all));
    assertEquals("R09", ids(ReasonChecks::all));
    assertEquals("N10 N11 N12 N13 N14 N15 N16", ids(StatedFigureChecks::all));
    assertEquals("X1 X2 X3", ids(ProseChecks::all));
    assertEquals("A1 A2 A3 A4 A5 A6 A7", ids(SelfAssessmentChecks::all));
    assertEquals(CheckRegistry.all().size(), Checks.catalogue().size());
    assertEquals("T01a", Checks.catalogue().get(0).id());
  }

  @Test
  void rowIdentitiesSpellTheirFormula() {
    assertEquals("公开07 每行 年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出小计",
        Gk07Checks.all().get(0).zh());
    assertEquals("公开03 每行 本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出",
        Gk03Checks.all().get(0).zh());
    assertEquals("gk03 every row: total = Σ parts", Gk03Checks.all().get(0).en());
  }
}
