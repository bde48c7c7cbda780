package cn.juesuan.disclosure.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.check.MutationCases.Case;
import cn.juesuan.disclosure.diag.Finding;
import cn.juesuan.disclosure.diag.Findings;
import cn.juesuan.disclosure.model.Disclosure;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every check fires on a mutated copy of the reference, with its id, severity and location. */
class CheckMutationTest {

  static Stream<Case> cases() {
    return MutationCases.ALL.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void firesWithItsIdSeverityAndLocation(Case c) {
    Disclosure d = Dataset.mutated(c.edits().toArray(Dataset.Edit[]::new));
    Findings findings = Dataset.check(d);
    List<Finding> ofCheck = findings.all().stream().filter(f -> f.id().equals(c.id())).toList();
    assertTrue(ofCheck.stream().anyMatch(f -> f.severity() == c.severity() && f.location().path().equals(c.at())),
        () -> "expected " + c + " in:\n" + Dataset.render(findings));
    Finding hit = ofCheck.stream().filter(f -> f.location().path().equals(c.at())).findFirst().orElseThrow();
    // the edits keep every line in place, so the reference's line of the path is the mutated file's
    assertEquals(Dataset.referenceLine(c.at()), hit.location().line(), hit.render());
    assertEquals("mutated.yaml", hit.location().file());
  }

  @Test
  void everyRegisteredCheckHasAMutationCase() {
    Set<String> registered = CheckRegistry.all().stream().map(Check::id).collect(Collectors.toCollection(TreeSet::new));
    Set<String> tested = MutationCases.ALL.stream().map(Case::id).collect(Collectors.toCollection(TreeSet::new));
    registered.removeAll(tested);
    assertEquals(Set.of(), registered, "checks without a mutation test");
  }

  @Test
  void idsAreUniqueAndThereAreAtLeastThirty() {
    List<String> ids = CheckRegistry.all().stream().map(Check::id).toList();
    assertEquals(ids.size(), Set.copyOf(ids).size(), ids.toString());
    assertTrue(ids.size() >= 30, "only " + ids.size() + " checks");
  }
}
