package cn.juesuan.disclosure.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.diag.Finding;
import cn.juesuan.disclosure.model.Disclosure;
import cn.juesuan.disclosure.testing.Example;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code previousYear: FILE}: the 上年 figures from last year's file, checked against the ones given. */
class PreviousYearTest {

  /** Last year's file: the example as if it were 2023's. */
  private static Path lastYear(Path dir) throws IOException {
    Path last = dir.resolve("2023").resolve("x.yaml");
    Files.createDirectories(last.getParent());
    Files.writeString(last, Example.mutated("  year: 2024", "  year: 2023").replace("date: 2025-09-30", "date: 2024-09-30"));
    return last;
  }

  private static Path thisYear(Path dir, String text) throws IOException {
    Path file = dir.resolve("2024").resolve("x.yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(file, text.replaceFirst("\nschema: 1\n", "\nschema: 1\npreviousYear: ../2023/x.yaml\n"));
    return file;
  }

  /** The example without its own 上年 figures (lines of previous/previousTotal). */
  private static String withoutPreviousFigures() {
    return Example.text().replaceAll("(?m)^\\s+previous(Total)?: .*\\n", "");
  }

  @Test
  void theFiguresComeFromLastYearsFile(@TempDir Path dir) throws IOException {
    lastYear(dir);
    var r = DisclosureLoader.load(thisYear(dir, withoutPreviousFigures()));
    assertTrue(r.ok(), r.findings().all().toString());
    Disclosure last = Example.disclosure();
    var e = r.disclosure().explanations();
    assertEquals(0, last.tables().gk01().income().get("grandTotal").compareTo(e.overall().previous()));
    assertEquals(0, last.tables().gk05().total().get("total").compareTo(e.generalBudget().change().previous()));
    assertEquals(0, last.tables().gk06().personnelTotal().compareTo(e.basicExpenditure().personnel().previous()));
    assertEquals(0, last.explanations().operatingCost().amount().compareTo(e.operatingCost().previous()));
    // 三公: last year's 公开09 决算 items, which last year's checks made add up
    e.threePublic().items().forEach((k, v) -> assertEquals(0, BigDecimal.ZERO.compareTo(v.previous()), k));
  }

  @Test
  void aFigureGivenInBothThatDiffersIsAnErrorAtItsLine(@TempDir Path dir) throws IOException {
    lastYear(dir);
    Path file = thisYear(dir, Example.text());
    var r = DisclosureLoader.load(file);
    List<Finding> mismatches = r.findings().all().stream().filter(f -> f.id().equals("load.previous-year.mismatch")).toList();
    Finding overall = mismatches.stream().filter(f -> f.location().path().equals("explanations.overall.previousTotal"))
        .findFirst().orElseThrow(() -> new AssertionError(r.findings().all().toString()));
    assertTrue(overall.zh().contains("741.90") && overall.zh().contains("478.11"), overall.zh());
    List<String> lines = Files.readAllLines(file);
    assertTrue(lines.get(overall.location().line() - 1).contains("previousTotal: 741.90"), overall.toString());
    assertFalse(r.ok());
  }

  @Test
  void aMissingOrWrongYearFileIsAnErrorAtTheKey(@TempDir Path dir) throws IOException {
    Path file = thisYear(dir, withoutPreviousFigures());
    var missing = DisclosureLoader.load(file);
    assertTrue(missing.findings().all().stream().anyMatch(f -> f.id().equals("load.previous-year")
        && f.location().line() == 9), missing.findings().all().toString());
    Path last = lastYear(dir);
    Files.writeString(last, Files.readString(last).replace("  year: 2023", "  year: 2022").replace("date: 2024-09-30", "date: 2023-09-30"));
    var wrongYear = DisclosureLoader.load(file);
    assertTrue(wrongYear.findings().all().stream().anyMatch(f -> f.id().equals("load.previous-year")
        && f.zh().contains("2022")), wrongYear.findings().all().toString());
  }

  @Test
  void nextYearFromAFileNamingItsPreviousYearNamesThisYearsFile(@TempDir Path dir) throws IOException {
    lastYear(dir);
    Path file = thisYear(dir, withoutPreviousFigures());
    Path next = dir.resolve("2025").resolve("x.yaml");
    Files.createDirectories(next.getParent());
    var cli = cn.juesuan.disclosure.testing.Cli.run("new", "--from", file.toString(), "-o", next.toString());
    assertEquals(0, cli.exitCode(), cli.all());
    String text = Files.readString(next);
    assertTrue(text.contains("\npreviousYear: ../2024/x.yaml # "), text);
    // filled in, next year's file loads, and its 上年 figures agree with this year's file
    var r = DisclosureLoader.load(next);
    assertEquals(List.of(), r.findings().all().stream().filter(f -> !f.id().equals("load.to-fill")).toList());
  }
}
