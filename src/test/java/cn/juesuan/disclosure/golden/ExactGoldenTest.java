package cn.juesuan.disclosure.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import cn.juesuan.disclosure.layout.PdfRenderer;
import cn.juesuan.disclosure.narrative.Narrator;
import cn.juesuan.disclosure.pipeline.DocumentAssembler;
import cn.juesuan.disclosure.pipeline.Pipeline;
import cn.juesuan.disclosure.testing.LineDiff;
import cn.juesuan.disclosure.testing.PdfText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exact text of the final PDF of every bundled dataset ({@code data/*.yaml}), read by
 * position as a reader gets it, against the reviewed copy in
 * {@code src/test/resources/golden/exact/<dataset>.txt}. Whitespace aside (runs of spaces are one
 * space, blank lines dropped), every character counts: a 大于 that becomes 小于, a 持平 that
 * becomes "增加 0.00 万元", a figure off by 0.01 fails here with a line diff.
 *
 * <p>After a reviewed change of wording or layout, rewrite the files and read the diff line by
 * line before committing: {@code mvn -B test -Dtest=ExactGoldenTest -Dgolden.update=true}.
 * A mismatch also leaves the produced text in {@code target/golden-actual/}.
 */
class ExactGoldenTest {
  static final Path DATA = Path.of("data");
  static final Path GOLDEN = Path.of("src/test/resources/golden/exact");
  private static final Path ACTUAL = Path.of("target/golden-actual");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  static Stream<String> datasets() throws IOException {
    try (Stream<Path> files = Files.list(DATA)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
          .map(n -> n.substring(0, n.length() - ".yaml".length())).sorted().toList().stream();
    }
  }

  /** The final PDF's text, as the golden file holds it. */
  static String producedText(String dataset) {
    Pipeline.Analysis a = Pipeline.analyse(DATA.resolve(dataset + ".yaml"));
    assertTrue(a.ok(), () -> dataset + " has errors: " + a.findings().all());
    byte[] pdf = PdfRenderer.render(DocumentAssembler.assemble(a, Narrator.bundled(), DocumentAssembler.Options.FINAL));
    return String.join("\n", normalised(PdfText.of(pdf))) + "\n";
  }

  /** Whitespace aside: trimmed lines, inner runs of white space as one space, no blank lines. */
  static List<String> normalised(String text) {
    return Arrays.stream(text.split("\\R"))
        .map(l -> l.replaceAll("[\\s\\u00A0\\u3000]+", " ").strip())
        .filter(l -> !l.isEmpty()).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("datasets")
  void producedTextIsTheReviewedGolden(String dataset) throws IOException {
    String produced = producedText(dataset);
    Path golden = GOLDEN.resolve(dataset + ".txt");
    if (UPDATE) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, produced, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(golden)) {
      keep(dataset, produced);
      fail("no exact golden for data/" + dataset + ".yaml: review " + ACTUAL.resolve(dataset + ".txt")
          + " and write it with -Dgolden.update=true");
    }
    List<String> expected = normalised(Files.readString(golden, StandardCharsets.UTF_8));
    String diff = LineDiff.of(expected, normalised(produced));
    if (!diff.isEmpty()) {
      keep(dataset, produced);
      fail("data/" + dataset + ".yaml: the PDF's text differs from " + golden
          + " (produced text in " + ACTUAL.resolve(dataset + ".txt")
          + "; after review: -Dgolden.update=true)\n" + diff);
    }
  }

  @Test
  void everyGoldenHasItsDataset() throws IOException {
    List<String> sets = datasets().toList();
    assertFalse(sets.isEmpty());
    try (Stream<Path> files = Files.list(GOLDEN)) {
      List<String> orphans = files.map(p -> p.getFileName().toString())
          .map(n -> n.replaceFirst("\\.txt$", "")).filter(n -> !sets.contains(n)).toList();
      assertEquals(List.of(), orphans, "golden files without a data/*.yaml");
    }
  }

  private static void keep(String dataset, String produced) throws IOException {
    Files.createDirectories(ACTUAL);
    Files.writeString(ACTUAL.resolve(dataset + ".txt"), produced, StandardCharsets.UTF_8);
  }
}
