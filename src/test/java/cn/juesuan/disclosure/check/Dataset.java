package cn.juesuan.disclosure.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import cn.juesuan.disclosure.diag.Finding;
import cn.juesuan.disclosure.diag.Findings;
import cn.juesuan.disclosure.load.DisclosureLoader;
import cn.juesuan.disclosure.model.Disclosure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The reference dataset and mutated copies of it. An edit names the field it changes by its
 * YAML path; the line of that field (from the reference's source map) is the one edited, so a
 * test reads like "in tables.gk03.total, basic: 460.45 becomes basic: 460.55".
 */
final class Dataset {
  private Dataset() {}

  static final Path REFERENCE = Path.of("data/linxia-zonggonghui-2024.yaml");

  private static final String TEXT = read();
  private static final Disclosure REFERENCE_MODEL = load(TEXT, "reference.yaml");

  /** One textual edit on the line of a field. */
  record Edit(String path, String from, String to) {}

  static Edit edit(String path, String from, String to) {
    return new Edit(path, from, to);
  }

  static Disclosure reference() {
    return REFERENCE_MODEL;
  }

  /** The 1-based line of a field in the reference. */
  static int referenceLine(String path) {
    return REFERENCE_MODEL.source().at(path).line();
  }

  /** The reference with each edit applied on its field's line; the result must load without error. */
  static Disclosure mutated(Edit... edits) {
    List<String> lines = new ArrayList<>(Arrays.asList(TEXT.split("\n", -1)));
    for (Edit e : edits) {
      int index = referenceLine(e.path()) - 1;
      assertTrue(index >= 0, "no line for " + e.path());
      String line = lines.get(index);
      int at = line.indexOf(e.from());
      assertTrue(at >= 0 && line.indexOf(e.from(), at + 1) < 0,
          "\"" + e.from() + "\" must occur once on line " + (index + 1) + ": " + line);
      lines.set(index, line.substring(0, at) + e.to() + line.substring(at + e.from().length()));
    }
    return load(String.join("\n", lines), "mutated.yaml");
  }

  static Findings check(Disclosure d) {
    return Checks.run(d);
  }

  static String render(Findings findings) {
    return findings.all().stream().map(Finding::render).collect(Collectors.joining("\n"));
  }

  static Finding only(Findings findings, String id) {
    List<Finding> hits = findings.all().stream().filter(f -> f.id().equals(id)).toList();
    assertEquals(1, hits.size(), () -> "expected exactly one " + id + " in:\n" + render(findings));
    return hits.get(0);
  }

  private static Disclosure load(String text, String name) {
    DisclosureLoader.Result r = DisclosureLoader.load(text.getBytes(StandardCharsets.UTF_8), name);
    if (!r.ok()) {
      fail("dataset does not load:\n" + render(r.findings()));
    }
    return r.disclosure();
  }

  private static String read() {
    try {
      return Files.readString(REFERENCE, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
