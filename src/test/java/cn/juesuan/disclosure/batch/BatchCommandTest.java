package cn.juesuan.disclosure.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One batch over three good and three broken departments (run once, asserted from several sides). */
class BatchCommandTest {
  @TempDir
  static Path tmp;
  static Path in;
  static Path out;
  static Cli run;

  @BeforeAll
  static void runBatch() throws IOException {
    in = tmp.resolve("in");
    out = tmp.resolve("out");
    BatchFolder.write(in);
    // a PDF of this department from an earlier, good run: it must not outlive the error
    Files.createDirectories(out.resolve("broken"));
    Files.write(out.resolve("broken/glyph.pdf"), BatchFolder.ourPdf());
    run = Cli.run("batch", in.toString(), "-o", out.toString(), "--jobs", "2");
  }

  @Test
  void exitsOneWhenAnyDepartmentFailed() {
    assertEquals(1, run.exit(), run.out() + run.err());
  }

  @Test
  void writesEveryGoodPdfAtItsMirroredPath() throws IOException {
    for (String pdf : List.of("gansu/linxia/zonggonghui.pdf", "gansu/linxia/tuanshiwei.pdf", "gansu/fulian.pdf")) {
      Path file = out.resolve(pdf);
      assertTrue(Files.isRegularFile(file), pdf + " missing\n" + run.out());
      byte[] head = Files.readAllBytes(file);
      assertTrue(new String(head, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"), pdf);
    }
  }

  @Test
  void leavesNoFileForABrokenDepartmentAndNoTemporaryFile() throws IOException {
    try (Stream<Path> all = Files.walk(out)) {
      List<String> files = all.filter(Files::isRegularFile).map(p -> DepartmentFiles.slashed(out.relativize(p))).sorted().toList();
      assertEquals(List.of("gansu/fulian.pdf", "gansu/linxia/tuanshiwei.pdf", "gansu/linxia/zonggonghui.pdf",
          "summary.csv"), files);
    }
  }

  @Test
  void listsEachBrokenDepartmentWithItsErrors() {
    String text = run.out();
    assertTrue(text.contains("broken/malformed.yaml") && text.contains("[load.syntax]"), text);
    assertTrue(text.contains("broken/glyph.yaml") && text.contains("[G01]") && text.contains("U+10FFFD"), text);
    assertTrue(text.contains("broken/identity.yaml") && text.contains("[T01a]") && text.contains("488.11"), text);
    assertTrue(text.contains("成功 3 个，失败 3 个"), text);
    assertTrue(text.contains("已删除上次生成的旧文件") && text.contains("glyph.pdf"), "the stale PDF is named: " + text);
  }

  @Test
  void summaryCsvHasOneRowPerDepartment() throws IOException {
    byte[] bytes = Files.readAllBytes(out.resolve("summary.csv"));
    assertFalse(bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF, "no BOM");
    List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
    assertEquals(String.join(",", SummaryCsv.HEADER), lines.get(0));
    Map<String, String[]> rows = lines.stream().skip(1).map(l -> l.split(",", -1))
        .collect(Collectors.toMap(r -> r[0], Function.identity()));
    assertEquals(6, rows.size(), lines.toString());
    String[] tuanshiwei = rows.get("gansu/linxia/tuanshiwei.yaml");
    assertEquals(List.of("临夏市团市委", "2024", "ok", "0"), List.of(tuanshiwei).subList(1, 5));
    assertTrue(Integer.parseInt(tuanshiwei[8]) > 10, "pages");
    assertEquals(Files.size(out.resolve("gansu/linxia/tuanshiwei.pdf")), Long.parseLong(tuanshiwei[9]));
    assertEquals("1", tuanshiwei[6], "the example's pinned 96.04%");
    assertEquals("0", tuanshiwei[7], "no accepted deviation");
    for (String broken : List.of("broken/malformed.yaml", "broken/identity.yaml", "broken/glyph.yaml")) {
      String[] r = rows.get(broken);
      assertEquals("failed", r[3], broken);
      assertTrue(Integer.parseInt(r[4]) >= 1, broken);
      assertEquals("0", r[9], broken + " bytes");
    }
    assertEquals("临夏市总工会", rows.get("broken/glyph.yaml")[1]);
    assertEquals("临夏市总工会", rows.get("broken/identity.yaml")[1], "loaded, then failed the checks");
    assertEquals("", rows.get("broken/malformed.yaml")[1], "never loaded");
  }

  @Test
  void anAllGoodBatchExitsZeroAndPlainProgressLinesAreShown(@TempDir Path dir) throws IOException {
    BatchFolder.put(dir.resolve("in/one.yaml"), BatchFolder.renamed("临夏市科协"));
    Cli ok = Cli.run("batch", dir.resolve("in").toString(), "-o", dir.resolve("out").toString());
    assertEquals(0, ok.exit(), ok.out() + ok.err());
    assertTrue(ok.out().contains("[1/1] one.yaml"), ok.out());
    assertTrue(Files.isRegularFile(dir.resolve("out/one.pdf")));
  }

  @Test
  void badArgumentsAreUsageErrors(@TempDir Path dir) {
    for (String shard : List.of("0/3", "4/3", "1/0", "x", "1-3", "-1/3")) {
      Cli bad = Cli.run("batch", in.toString(), "-o", dir.toString(), "--shard", shard);
      assertEquals(2, bad.exit(), shard + ": " + bad.err());
      assertTrue(bad.err().contains("--shard"), bad.err());
    }
    assertEquals(2, Cli.run("batch", in.toString(), "-o", dir.toString(), "--jobs", "0").exit());
    assertEquals(2, Cli.run("batch", dir.resolve("missing").toString(), "-o", dir.toString()).exit());
    assertEquals(2, Cli.run("batch", in.toString()).exit(), "-o is required");
  }
}
