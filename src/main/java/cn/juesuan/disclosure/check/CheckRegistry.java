package cn.juesuan.disclosure.check;

import java.util.List;
import java.util.stream.Stream;

/**
 * Every check, in the order findings are reported (table by table, then narrative, prose and
 * 附件2). A new identity is one new entry in one of these lists.
 */
final class CheckRegistry {
  private CheckRegistry() {}

  private static final List<Check> ALL = Stream.of(
          Gk01Checks.all(), Gk02Checks.all(), Gk03Checks.all(), Gk04Checks.all(), Gk05Checks.all(),
          Gk06Checks.all(), Gk07Checks.all(), Gk08Checks.all(), Gk09Checks.all(), CrossTableChecks.all(),
          NarrativeChecks.all(), ReasonChecks.all(), StatedFigureChecks.all(), ProseChecks.all(),
          SelfAssessmentChecks.all())
      .flatMap(List::stream).toList();

  static List<Check> all() {
    return ALL;
  }
}
