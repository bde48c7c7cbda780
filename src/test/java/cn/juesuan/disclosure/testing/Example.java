package cn.juesuan.disclosure.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.load.DisclosureLoader;
import cn.juesuan.disclosure.pipeline.Pipeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bundled example (临夏市总工会 2024) and mutated copies of it, for tests. */
public final class Example {
  public static final Path FILE = Path.of("data/linxia-zonggonghui-2024.yaml");

  private Example() {}

  public static String text() {
    try {
      return Files.readString(FILE, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Pipeline.Analysis analysis() {
    return Pipeline.analyse(FILE);
  }

  private static cn.juesuan.disclosure.model.Disclosure disclosure;

  /** The example's model, loaded once for all tests (it is immutable). */
  public static synchronized cn.juesuan.disclosure.model.Disclosure disclosure() {
    if (disclosure == null) {
      DisclosureLoader.Result r = DisclosureLoader.load(FILE);
      if (r.disclosure() == null) {
        throw new IllegalStateException("example does not load: " + r.findings().all());
      }
      disclosure = r.disclosure();
    }
    return disclosure;
  }

  /** The example with one literal replaced (which must occur exactly once). */
  public static String mutated(String from, String to) {
    String text = text();
    int at = text.indexOf(from);
    assertTrue(at >= 0 && text.indexOf(from, at + 1) < 0, "must occur exactly once: " + from);
    return text.replace(from, to);
  }

  public static Pipeline.Analysis analyse(String yaml) {
    return Pipeline.analyse(DisclosureLoader.load(yaml.getBytes(StandardCharsets.UTF_8), "mutated.yaml"));
  }
}
