package cn.juesuan.disclosure.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import cn.juesuan.disclosure.diag.Finding;
import cn.juesuan.disclosure.diag.Findings;
import cn.juesuan.disclosure.load.DisclosureLoader;
import cn.juesuan.disclosure.pipeline.Pipeline;
import java.time.Duration;

/**
 * What must hold for ANY input of load → checks → calculator: it returns (no exception escapes),
 * every problem is a finding that renders, a file that did not load says why, and no finding
 * is a disguised crash (the loader turns a RuntimeException of ours into "load.internal").
 *
 * <p>A hang fails the input after {@link #LIMIT} (in fuzzing and regression mode alike: a JUnit
 * {@code @Timeout} would bound the whole fuzzing session instead). An out-of-memory is an
 * error thrown like any other and fails the input too.
 */
final class PipelineInvariants {

  static final String FILE = "fuzz.yaml";
  /**
   * Typical inputs take milliseconds, but the first of a run loads and compiles the pipeline:
   * it took 12.6 s on a 2-core machine at load 9. A hang is caught all the same, a minute on.
   */
  static final Duration LIMIT = Duration.ofSeconds(60);

  private PipelineInvariants() {}

  static void hold(byte[] input) {
    assertTimeoutPreemptively(LIMIT, () -> holdNow(input), "hang: no answer within " + LIMIT);
  }

  private static void holdNow(byte[] input) {
    DisclosureLoader.Result loaded = DisclosureLoader.load(input, FILE);
    assertNotNull(loaded, "load result");
    checkFindings(loaded.findings());
    if (loaded.disclosure() == null) {
      assertTrue(loaded.findings().hasErrors(), "a file that did not load must say why");
      return;
    }
    Pipeline.Analysis analysis = Pipeline.analyse(loaded);
    assertNotNull(analysis.figures(), "figures of a loaded file");
    checkFindings(analysis.findings());
  }

  private static void checkFindings(Findings findings) {
    assertNotNull(findings, "findings");
    for (Finding f : findings.all()) {
      if (f.id().endsWith(".internal")) {
        fail("internal error reported as a finding: " + f.render());
      }
      assertNotNull(f.severity(), "severity");
      assertNotNull(f.location(), "location of " + f.id());
      assertEquals(FILE, f.location().file(), "file named in " + f.id());
      assertTrue(f.zh() != null && !f.zh().isBlank(), "Chinese message of " + f.id());
      assertTrue(f.en() != null && !f.en().isBlank(), "English message of " + f.id());
      assertNotNull(f.render());
    }
  }
}
