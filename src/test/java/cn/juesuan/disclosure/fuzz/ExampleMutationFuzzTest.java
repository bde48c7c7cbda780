package cn.juesuan.disclosure.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Structure-aware: the fuzzer edits the example YAML line by line (values replaced, lines
 * dropped, duplicated, moved, re-indented, keys renamed, text inserted) so that most inputs
 * still parse and reach the field readers, the checks and the calculator.
 */
class ExampleMutationFuzzTest {

  @FuzzTest(maxDuration = "30s")
  void editedExample(FuzzedDataProvider data) {
    PipelineInvariants.hold(YamlEdits.apply(data));
  }
}
