package cn.juesuan.disclosure.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.testing.Cli;
import cn.juesuan.disclosure.testing.Example;
import cn.juesuan.disclosure.testing.PdfText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A change in the YAML reaches the PDF, and every figure derived from it follows: nothing of
 * the narrative is typed twice.
 */
class ChangePropagationTest {

  private static String generate(String yaml, Path dir) throws IOException {
    Path file = dir.resolve("dept.yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    Path pdf = dir.resolve("dept.pdf");
    Cli cli = Cli.run("generate", file.toString(), "-o", pdf.toString());
    assertEquals(0, cli.exitCode(), cli.all());
    return PdfText.of(Files.readAllBytes(pdf)).replaceAll("\\s+", "");
  }

  @Test
  void lastYearsTotalDrivesEveryChangeSentenceOfSectionOne(@TempDir Path dir) throws IOException {
    // 741.90 → 800.00: 一 now reads 减少 321.89 万元，下降 40.24% (478.11 − 800.00; 321.89 / 800)
    String text = generate(Example.mutated("  overall:                  # 一、收入支出决算总体情况\n    previousTotal: 741.90",
        "  overall:                  # 一、收入支出决算总体情况\n    previousTotal: 800.00"), dir);
    assertTrue(text.contains("收、支总计各减少321.89万元，下降40.24%，主要原因是"), "section 一 follows");
    // 四 and 五 keep their own last-year figures
    assertTrue(text.contains("与上年相比,各减少263.79万元，下降35.56%"), "section 四 unchanged");
  }

  @Test
  void anIncreaseIsWordedAsOne(@TempDir Path dir) throws IOException {
    // 人员经费 last year 160.78 → 100.00: 126.04 is now 增加 26.04 万元，增长 26.04%
    String text = generate(Example.mutated("      previous: 160.78", "      previous: 100.00"), dir);
    assertTrue(text.contains("人员经费126.04万元,较上年决算数增加26.04万元，增长26.04%,主要原因是"), text);
    assertFalse(text.contains("减少34.74万元"));
  }

  @Test
  void aReasonIsPrintedAsWritten(@TempDir Path dir) throws IOException {
    String text = generate(Example.mutated("reason: 减少下属事业单位工人俱乐部决算数",
        "reason: 两名职工退休，${7*7} <#assign x=1> 照原样印出"), dir);
    assertTrue(text.contains("主要原因是两名职工退休，${7*7}<#assignx=1>照原样印出。"), "printed literally, never run");
    assertFalse(text.contains("减少下属事业单位工人俱乐部决算数"));
  }

  @Test
  void aPinnedRateCanBeDroppedAndTheComputedOnePrints(@TempDir Path dir) throws IOException {
    String text = generate(Example.mutated(", pinnedRate: 96.04}", "}"), dir);
    assertTrue(text.contains("完成年初预算的96.05%"), "computed from 7.54 / 7.85");
    assertFalse(text.contains("96.04%"));
  }

  @Test
  void sameInputGivesTheSameFileTwice(@TempDir Path dir) throws IOException {
    Path file = Example.FILE;
    Cli first = Cli.run("generate", file.toString(), "-o", dir.resolve("a.pdf").toString());
    Cli second = Cli.run("generate", file.toString(), "-o", dir.resolve("b.pdf").toString());
    assertEquals(0, first.exitCode());
    String sha1 = first.out().lines().filter(l -> l.endsWith("bytes)")).findFirst().orElseThrow().split(" ")[0];
    String sha2 = second.out().lines().filter(l -> l.endsWith("bytes)")).findFirst().orElseThrow().split(" ")[0];
    assertEquals(64, sha1.length());
    assertEquals(sha1, sha2);
    assertTrue(java.util.Arrays.equals(Files.readAllBytes(dir.resolve("a.pdf")), Files.readAllBytes(dir.resolve("b.pdf"))));
  }
}
