package cn.juesuan.disclosure.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Raw bytes into the loader and, when they load, the checks and the calculator. Mostly
 * exercises the YAML layer (encoding, BOM, syntax, aliases, nesting, tags); the seeds in
 * {@code LoaderFuzzTestInputs/} give it whole, valid documents to start from.
 *
 * <p>Without JAZZER_FUZZ this runs the seeds (and any saved crash inputs) as a regression test.
 */
class LoaderFuzzTest {

  @FuzzTest(maxDuration = "30s")
  void rawBytes(byte[] input) {
    PipelineInvariants.hold(input);
  }
}
