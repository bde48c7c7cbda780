package cn.juesuan.disclosure.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.calc.Calculator;
import cn.juesuan.disclosure.diag.Findings;
import cn.juesuan.disclosure.load.DisclosureLoader;
import cn.juesuan.disclosure.model.Disclosure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every sentence the templates write for a bundled dataset, with its figures and its words,
 * is found verbatim in that dataset's reviewed exact golden text: the narrative figures checked
 * without laying out a PDF (fast enough to run against every mutant of {@code calc}).
 */
class NarrativeFiguresTest {
  private static final Path DATA = Path.of("data");
  private static final Path GOLDEN = Path.of("src/test/resources/golden/exact");

  @Test
  void everyNarratedSentenceOfEveryDatasetIsInItsGolden() throws IOException {
    List<String> datasets;
    try (Stream<Path> files = Files.list(DATA)) {
      datasets = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList();
    }
    assertTrue(datasets.size() >= 2, datasets.toString());
    for (String file : datasets) {
      Disclosure d = DisclosureLoader.load(DATA.resolve(file)).disclosure();
      // computed here, per run: a mutation tester swaps calculator code between tests
      String markup = Narrator.of(d.format()).render(d.format().outline(), d, Calculator.calculate(d, new Findings()));
      Path golden = GOLDEN.resolve(file.replace(".yaml", ".txt"));
      String text = squeeze(Files.readString(golden, StandardCharsets.UTF_8)
          .replaceAll("— *[0-9IVXLC]+ *—", ""));  // page numbers fall inside paragraphs that cross a page
      List<String> missing = new ArrayList<>();
      List<String> sentences = sentences(markup);
      for (String s : sentences) {
        if (!text.contains(squeeze(s))) {
          missing.add(s);
        }
      }
      // a sanity bound: the shortest bundled outline (普陀区财政局, no 附件) narrates about 80 blocks
      assertTrue(sentences.size() > 60, file + ": only " + sentences.size() + " blocks");
      assertEquals(List.of(), missing, file + ": narrated text not in " + golden);
    }
  }

  /** The text of each heading and paragraph block (a line without a marker continues the block). */
  static List<String> sentences(String markup) {
    List<String> out = new ArrayList<>();
    StringBuilder current = null;
    for (String line : markup.split("\\R")) {
      if (line.startsWith("@")) {
        if (current != null && current.length() > 0) {
          out.add(current.toString());
        }
        current = null;
        String marker = line.split(" ", 2)[0];
        if (marker.matches("@h1[~-]?") && line.contains("|")) {
          // a heading and its own 目录 words (@h1 TEXT|LISTED): both are printed
          out.addAll(List.of(line.substring(line.indexOf(' ') + 1).split("\\|")));
        } else if (marker.matches("@(part|h1[~-]?|h2|h3|p|np|center|right)") && line.contains(" ")) {
          current = new StringBuilder(line.substring(line.indexOf(' ') + 1));
        }
      } else if (current != null) {
        current.append(line);
      }
    }
    if (current != null && current.length() > 0) {
      out.add(current.toString());
    }
    return out;
  }

  private static String squeeze(String s) {
    return s.replaceAll("[\\s\\u00A0\\u3000]+", "");
  }
}
