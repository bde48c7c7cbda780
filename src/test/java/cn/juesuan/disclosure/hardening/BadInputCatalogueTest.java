package cn.juesuan.disclosure.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.testing.Cli;
import cn.juesuan.disclosure.testing.Example;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue of bad inputs (README, "Bad input"): each must give a clear error — file,
 * line:column where there is one, the field, Chinese with an English gloss — and write nothing.
 */
class BadInputCatalogueTest {

  static Stream<Arguments> catalogue() {
    return Stream.of(
        bad("empty file", new byte[0], "load.empty-file", "文件为空"),
        bad("not UTF-8 (GBK)", Example.mutated("name: 临夏市总工会", "name: 临夏市总工会")
            .getBytes(Charset.forName("GBK")), "load.encoding", "不是 UTF-8"),
        bad("byte-order mark", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Example.text()
            .getBytes(StandardCharsets.UTF_8)), "load.bom", "BOM"),
        bad("tab indentation", Example.mutated("  name: 临夏市总工会", "\tname: 临夏市总工会"), "load.syntax", "Tab"),
        bad("duplicate key", Example.mutated("  year: 2024\n", "  year: 2024\n  year: 2025\n"),
            "load.duplicate-key", "重复"),
        bad("a list where a map belongs", Example.mutated("  staffing: {total: 9, civilServant: 4, institution: 5}",
            "  staffing: [9, 4, 5]"), "load.type", "profile.staffing"),
        bad("three decimals", Example.mutated("personnelTotal: 126.04", "personnelTotal: 126.045"),
            "load.amount", "最多两位小数"),
        bad("thousands separator", Example.mutated("personnelTotal: 126.04", "personnelTotal: \"1,126.04\""),
            "load.amount", "千位分隔符"),
        bad("negative amount", Example.mutated("personnelTotal: 126.04", "personnelTotal: -126.04"),
            "load.amount.negative", "负数"),
        // too large, in words (not "at most two decimals": it has two)
        bad("absurdly large amount", Example.mutated("personnelTotal: 126.04", "personnelTotal: 99999999999999.00"),
            "load.amount.range", "金额过大"),
        bad("missing required section", Example.text().replaceFirst("(?s)\nperformance:.*?\nreport:", "\nreport:"),
            "load.missing", "performance"),
        bad("unknown key with a near miss", Example.mutated("  fundingType: 全额拨款", "  fundingTyp: 全额拨款"),
            "load.unknown-key", "fundingType"),
        bad("billion laughs", billionLaughs(), "load.syntax", "别名"),
        bad("global tag", Example.mutated("department:\n", "department: !!javax.script.ScriptEngineManager\n"),
            "load.syntax", "javax.script.ScriptEngineManager"),
        bad("deeply nested", "schema: 1\nx: " + "[".repeat(5000) + "]".repeat(5000) + "\n", "load.syntax", "嵌套"),
        bad("department name with a path", Example.mutated("name: 临夏市总工会", "name: ../../etc/临夏"),
            "load.name", "文件名"),
        bad("department name with a control character", Example.mutated("name: 临夏市总工会", "name: \"临夏\\u0007总工会\""),
            "load.name", "文件名"),
        bad("character no font can draw", Example.mutated("reason: 减少下属事业单位工人俱乐部决算数",
            "reason: 减少下属事业单位\uDB80\uDC01俱乐部决算数"), "G01", "U+F0001"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogue")
  void rejectedClearlyAndNothingWritten(String name, byte[] input, String id, String mentions, @TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("bad.yaml");
    Files.write(file, input);
    Path out = dir.resolve("out");
    Cli cli = assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> Cli.run("generate", file.toString(), "-o", out.toString()));
    assertEquals(1, cli.exitCode(), cli.all());
    assertTrue(cli.out().contains("[" + id + "]"), () -> "expected " + id + " in:\n" + cli.all());
    assertTrue(cli.out().contains(mentions), () -> "expected '" + mentions + "' in:\n" + cli.all());
    assertTrue(cli.out().contains(file.toString()), "names the file");
    assertTrue(cli.out().contains("错误/error"), "Chinese with English gloss");
    assertTrue(!Files.exists(out) || isEmpty(out), "nothing written");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogue")
  void locatedAtALineWhereThereIsOne(String name, byte[] input, String id, String mentions, @TempDir Path dir)
      throws IOException {
    if (input.length == 0 || id.equals("load.bom")) {
      return; // no line to point at beyond the first
    }
    Path file = dir.resolve("bad.yaml");
    Files.write(file, input);
    Cli cli = Cli.run("validate", file.toString());
    assertTrue(cli.out().matches("(?s).*" + java.util.regex.Pattern.quote(file.toString()) + ":\\d+:\\d+.*"),
        () -> "expected file:line:column in:\n" + cli.all());
  }

  @org.junit.jupiter.api.Test
  void fiftyMegabyteFileIsRefusedQuickly(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("huge.yaml");
    byte[] line = "# padding padding padding padding padding padding padding padding\n".getBytes(StandardCharsets.UTF_8);
    try (var out = Files.newOutputStream(file)) {
      for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
        out.write(line);
      }
    }
    // refused after the size check, not after reading 50 MB: seconds would do, a loaded CI gets 30
    Cli cli = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Cli.run("validate", file.toString()));
    assertEquals(1, cli.exitCode());
    assertTrue(cli.out().contains("[load.too-large]"), cli.all());
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    }
  }

  private static String billionLaughs() {
    StringBuilder b = new StringBuilder("schema: 1\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    String prev = "a";
    for (char c = 'b'; c <= 'j'; c++) {
      b.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        b.append(i == 0 ? "" : ",").append('*').append(prev);
      }
      b.append("]\n");
      prev = String.valueOf(c);
    }
    return b.toString();
  }

  private static Arguments bad(String name, String yaml, String id, String mentions) {
    return bad(name, yaml.getBytes(StandardCharsets.UTF_8), id, mentions);
  }

  private static Arguments bad(String name, byte[] bytes, String id, String mentions) {
    return Arguments.of(name, bytes, id, mentions);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
