package cn.juesuan.disclosure.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.testing.Cli;
import cn.juesuan.disclosure.testing.Example;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a finance officer does wrong on the first day (README, "Bad input"): each mistake gets
 * one clear finding in Chinese and English at the place of the mistake — not where the YAML
 * parser happens to stumble a line later — exit 1, no Java exception name, nothing written.
 */
class CommonMistakesTest {

  static Stream<Arguments> mistakes() {
    return Stream.of(
        // Notepad in a Chinese Windows saves "ANSI" = GBK; the first Chinese text is line 2's comment.
        mistake("saved as GBK", Example.text().getBytes(Charset.forName("GBK")), "load.encoding", ":2:3:",
            "GBK/GB18030", "# 临夏市总工会 2024 年度部门决算公开"),
        mistake("saved as GB18030", Example.text().getBytes(Charset.forName("GB18030")), "load.encoding", ":2:3:",
            "GBK/GB18030"),
        mistake("saved as UTF-16 (Notepad's Unicode, with its byte-order mark)",
            concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, Example.text().getBytes(StandardCharsets.UTF_16LE)),
            "load.encoding", ":1:1:", "UTF-16LE"),
        mistake("UTF-16 without byte-order mark", Example.text().getBytes(StandardCharsets.UTF_16LE),
            "load.encoding", ":1:1:", "UTF-16LE"),
        mistake("UTF-16 big endian", Example.text().getBytes(StandardCharsets.UTF_16BE), "load.encoding", ":1:1:",
            "UTF-16BE", "Unicode big endian"),
        mistake("a Word document renamed .yaml", zip("word/document.xml"), "load.not-text", "", "Word"),
        mistake("an Excel workbook renamed .yaml", zip("xl/workbook.xml"), "load.not-text", "", "Excel",
            "tables: {workbook:"),
        mistake("a PDF renamed .yaml", "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1), "load.not-text", "",
            "PDF"),
        mistake("tabs for indentation", Example.mutated("  name: 临夏市总工会", "\tname: 临夏市总工会"), "load.syntax",
            ":11:1:", "Tab", "a tab character in the indentation"),
        // The parser itself fails a line later (year:), with a message about something else.
        mistake("full-width colon after a key", Example.mutated("  name: 临夏市总工会", "  name：临夏市总工会"),
            "load.full-width-colon", ":11:7:", "全角冒号", "name: "),
        mistake("full-width colon and a space", Example.mutated("  name: 临夏市总工会", "  name： 临夏市总工会"),
            "load.full-width-colon", ":11:7:", "全角冒号"),
        mistake("full-width colon on the last key of a mapping", Example.mutated("  date: 2025-09-30", "  date：2025-09-30"),
            "load.full-width-colon", ":13:7:", "date: "),
        mistake("full-width colon after an amount's key", Example.mutated("personnelTotal: 126.04", "personnelTotal：126.04"),
            "load.full-width-colon", ":103:19:", "personnelTotal: "),
        mistake("full-width colon inside an inline mapping", Example.mutated(
            "公开03 支出决算表\n    total: {total: 478.11,", "公开03 支出决算表\n    total: {total：478.11,"),
            "load.full-width-colon", ":58:13 tables.gk03.total.total", "请写作 \"total: 478.11\""),
        mistake("a key misspelt", Example.mutated("personnelTotal: 126.04", "personelTotal: 126.04"),
            "load.unknown-key", ":103:5 tables.gk06.personelTotal", "是否应为 \"personnelTotal\""),
        mistake("a duplicated key", Example.mutated("  year: 2024\n", "  year: 2024\n  year: 2025\n"),
            "load.duplicate-key", ":13:3 department.year", "重复出现（第一次在第 12 行）", "(first on line 12)"),
        mistake("an empty file", new byte[0], "load.empty-file", ":1:1:", "文件为空"),
        mistake("only comments", "# 临夏市总工会\n\n# 待写\n", "load.empty-file", ":1:1:", "文件为空"),
        mistake("an old Word or Excel file (.doc, .xls) renamed .yaml",
            new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0},
            "load.not-text", "", "旧版 Office 文件"),
        mistake("an RTF document renamed .yaml", "{\\rtf1\\ansi 临夏市总工会}", "load.not-text", "", "RTF"),
        mistake("a file over 2 MB", hugeYaml(), "load.too-large", "", "文件过大"),
        mistake("amount 1,234.56", Example.mutated("personnelTotal: 126.04", "personnelTotal: 1,234.56"),
            "load.amount", ":103:21 tables.gk06.personnelTotal", "写作 1234.56"),
        mistake("amount 1,234.56 in an inline mapping", Example.mutated("    total: {total: 478.11, fiscalGrant: 478.11}", "    total: {total: 1,234.56, fiscalGrant: 478.11}"),
            "load.amount", ":43:20 tables.gk02.total.total", "写作 1234.56"),
        mistake("amount 1234.56万元", Example.mutated("personnelTotal: 126.04", "personnelTotal: 1234.56万元"),
            "load.amount", ":103:21 tables.gk06.personnelTotal", "写作 1234.56"),
        mistake("date 2025/3/1", Example.mutated("date: 2025-09-30", "date: 2025/3/1"), "load.date",
            ":13:9 department.date", "应写作 2025-03-01", "write 2025-03-01"),
        mistake("date 2025年3月1日", Example.mutated("date: 2025-09-30", "date: 2025年3月1日"), "load.date",
            ":13:9 department.date", "应写作 2025-03-01"),
        mistake("date 2025-3-1", Example.mutated("date: 2025-09-30", "date: 2025-3-1"), "load.date",
            ":13:9 department.date", "应写作 2025-03-01"),
        mistake("date 2025/2/30", Example.mutated("date: 2025-09-30", "date: 2025/2/30"), "load.date",
            ":13:9 department.date", "没有这一天", "no such day"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void namedAtItsPlaceInBothLanguagesAndNothingWritten(String name, byte[] input, String id, String place,
                                                       String[] mentions, @TempDir Path dir) throws IOException {
    Path file = dir.resolve("部门.yaml");
    Files.write(file, input);
    Path out = dir.resolve("out");
    Cli cli = Cli.run("generate", file.toString(), "-o", out.toString());
    assertEquals(1, cli.exitCode(), cli.all());
    String first = cli.out().lines().findFirst().orElse("");
    assertTrue(first.startsWith(file + place), () -> "expected " + file + place + " first in:\n" + cli.all());
    assertTrue(first.contains("错误/error [" + id + "]"), () -> "expected " + id + " in:\n" + cli.all());
    for (String m : mentions) {
      assertTrue(first.contains(m), () -> "expected '" + m + "' in:\n" + first);
    }
    assertTrue(Pattern.compile("[\\u4e00-\\u9fff].* \\(.*[a-z]{3,}.*\\)$").matcher(first).find(),
        () -> "Chinese, then an English gloss in parentheses:\n" + first);
    assertFalse(cli.all().matches("(?s).*(Exception|Error:|\\bat [a-z]+\\.|java\\.|snakeyaml).*"),
        () -> "no Java exception or library name:\n" + cli.all());
    assertFalse(Files.exists(out), "nothing written");
  }

  @Test
  void crlfLineEndingsReadAsTheSameFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("crlf.yaml");
    Files.writeString(file, Example.text().replace("\n", "\r\n"), StandardCharsets.UTF_8);
    Cli crlf = Cli.run("validate", file.toString());
    Cli lf = Cli.run("validate", Example.FILE.toString());
    assertEquals(0, crlf.exitCode(), crlf.all());
    assertEquals(lf.out().replace(Example.FILE.toString(), "F"), crlf.out().replace(file.toString(), "F"),
        "the same findings at the same lines and columns");
  }

  @Test
  void aYmlFileIsADepartmentFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("部门.yml");
    Files.copy(Example.FILE, file);
    assertEquals(0, Cli.run("validate", file.toString()).exitCode());
  }

  @Test
  void aPathThatDoesNotExistIsAFileProblem(@TempDir Path dir) {
    Path file = dir.resolve("没有这个文件.yaml");
    Cli cli = Cli.run("generate", file.toString(), "-o", dir.resolve("out").toString());
    assertEquals(3, cli.exitCode(), cli.all());
    assertTrue(cli.out().startsWith(file + ": 错误/error [io.read] 无法读取文件：文件不存在 (cannot read the file: not found)"),
        cli.all());
    assertFalse(Files.exists(dir.resolve("out")));
  }

  @Test
  void aFolderGivenToGenerateIsRefusedAndBatchIsSuggested(@TempDir Path dir) {
    Cli cli = Cli.run("generate", dir.toString(), "-o", dir.resolve("out").toString());
    assertEquals(3, cli.exitCode(), cli.all());
    assertTrue(cli.out().contains("[io.not-a-file] 不是普通文件，而是文件夹"), cli.all());
    assertTrue(cli.out().contains("batch"), () -> "points to the command for a folder:\n" + cli.all());
    assertFalse(Files.exists(dir.resolve("out")));
  }

  @Test
  void anOutputFolderThatCannotBeWrittenIsAFileProblemAndLeavesNothing(@TempDir Path dir) throws IOException {
    Path folder = dir.resolve("只读");
    Files.createDirectories(folder);
    folder.toFile().setWritable(false, false);
    if (Files.isWritable(folder)) { // root writes anyway: sysfs refuses even root
      folder = Path.of("/sys/kernel");
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(folder) && !canCreateIn(folder),
        "no folder this user cannot write to");
    Path target = folder.resolve("部门.pdf");
    Cli cli = Cli.run("generate", Example.FILE.toString(), "-o", target.toString());
    assertEquals(3, cli.exitCode(), cli.all());
    assertTrue(cli.err().contains("无法写入 " + target + "：") && cli.err().contains("(cannot write " + target + ": "),
        cli.all());
    assertFalse(cli.all().contains("Exception"), cli.all());
    try (Stream<Path> left = Files.list(folder)) {
      assertTrue(left.noneMatch(p -> p.getFileName().toString().contains("部门")), "nothing left behind");
    }
    dir.resolve("只读").toFile().setWritable(true, false);
  }

  private static boolean canCreateIn(Path folder) {
    try {
      Files.delete(Files.createTempFile(folder, "probe", ".tmp"));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static Arguments mistake(String name, String yaml, String id, String place, String... mentions) {
    return mistake(name, yaml.getBytes(StandardCharsets.UTF_8), id, place, mentions);
  }

  private static Arguments mistake(String name, byte[] bytes, String id, String place, String... mentions) {
    return Arguments.of(name, bytes, id, place, mentions);
  }

  /** An Office file is a ZIP whose first entry names the program: [Content_Types].xml, then word/… or xl/…. */
  private static byte[] zip(String part) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ZipOutputStream z = new ZipOutputStream(bytes)) {
        z.putNextEntry(new ZipEntry("[Content_Types].xml"));
        z.write("<Types/>".getBytes(StandardCharsets.UTF_8));
        z.putNextEntry(new ZipEntry(part));
        z.write("<x/>".getBytes(StandardCharsets.UTF_8));
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static byte[] hugeYaml() {
    return (Example.text() + "# " + "填充".repeat(1_200_000) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
