package cn.juesuan.disclosure.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.testing.Cli;
import cn.juesuan.disclosure.testing.Example;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's catalogue of files, folders and limits: every case ends in words (Chinese and
 * English, the path, the cause) and its exit code, never in a Java exception name, a hang or
 * an out-of-memory.
 */
class FilesFoldersAndLimitsTest {
  /** What must never reach a user: a qualified Java class name or a stack frame. */
  private static final Pattern JAVA_INTERNALS = Pattern.compile("java\\.[a-z]+\\.|Exception|\\tat ");

  private static Cli run(String... args) {
    Cli cli = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Cli.run(args));
    assertFalse(JAVA_INTERNALS.matcher(cli.all()).find(), () -> "Java internals shown:\n" + cli.all());
    return cli;
  }

  @Test
  void aMissingFileSaysNotFoundWithTheIoExitCode(@TempDir Path dir) {
    Path missing = dir.resolve("nowhere.yaml");
    Cli cli = run("validate", missing.toString());
    assertEquals(3, cli.exitCode(), cli.all());
    assertTrue(cli.out().contains("文件不存在") && cli.out().contains("not found") && cli.out().contains(missing.toString()), cli.all());
    Cli gen = run("generate", missing.toString(), "-o", dir.resolve("out").toString());
    assertEquals(3, gen.exitCode());
    assertFalse(Files.exists(dir.resolve("out")), "nothing written");
  }

  @Test
  void aFolderGivenAsTheYamlIsNotAFile(@TempDir Path dir) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("x.yaml"));
    Cli cli = run("validate", folder.toString());
    assertEquals(3, cli.exitCode());
    assertTrue(cli.out().contains("[io.not-a-file]") && cli.out().contains("文件夹"), cli.all());
  }

  @Test
  void aFifoIsRefusedWithoutWaitingForAWriter(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("pipe.yaml");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor(), "mkfifo");
    Cli cli = run("validate", fifo.toString());
    assertEquals(3, cli.exitCode());
    assertTrue(cli.out().contains("[io.not-a-file]") && cli.out().contains("管道"), cli.all());
  }

  @Test
  void aDeviceThatNeverEndsIsRefusedWithoutReadingIt() {
    Cli cli = run("validate", "/dev/zero");
    assertEquals(3, cli.exitCode());
    assertTrue(cli.out().contains("[io.not-a-file]"), cli.all());
  }

  @Test
  void aFileWhoseSizeSaysNothingIsReadThroughABoundedStream() {
    // /proc files claim a size of 0 and have content: read, found not to be a department, no hang
    Cli cli = run("validate", "/proc/self/status");
    assertEquals(1, cli.exitCode(), cli.all());
  }

  @Test
  void aSymbolicLinkToTheYamlIsFollowed(@TempDir Path dir) throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("link.yaml"), Example.FILE.toAbsolutePath());
    assertEquals(0, run("validate", link.toString()).exitCode());
  }

  @Test
  void anImpossibleDateOptionIsAUsageErrorInWords(@TempDir Path dir) {
    Cli cli = run("generate", Example.FILE.toString(), "--date", "2025-02-30", "-o", dir.toString());
    assertEquals(2, cli.exitCode());
    assertTrue(cli.err().contains("应为存在的日期") && cli.err().contains("expected an existing date"), cli.all());
    assertEquals(2, run("generate", Example.FILE.toString(), "--date", "0000-01-01", "-o", dir.toString()).exitCode());
    Cli before = run("generate", Example.FILE.toString(), "--date", "2023-06-30", "-o", dir.toString());
    assertEquals(2, before.exitCode(), "a 2024 disclosure cannot be dated 2023");
    assertTrue(before.err().contains("不可能"), before.all());
    Cli unusual = run("generate", Example.FILE.toString(), "--date", "2024-12-01", "-o", dir.toString());
    assertEquals(0, unusual.exitCode(), unusual.all());
    assertTrue(unusual.err().contains("警告/warning --date"), unusual.all());
  }

  @Test
  void aNameTooLongForAFileNameIsReportedByValidate(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("long.yaml");
    // 74 Chinese characters: 222 bytes, over the 221 a file name leaves for the name
    Files.writeString(file, Example.mutated("  name: 临夏市总工会", "  name: " + "临".repeat(74)), StandardCharsets.UTF_8);
    Cli cli = run("validate", file.toString());
    assertEquals(1, cli.exitCode());
    assertTrue(cli.out().contains("[load.name]") && cli.out().contains("字节") && cli.out().contains("department.name"), cli.all());
    Files.writeString(file, Example.mutated("  name: 临夏市总工会", "  name: " + "临".repeat(73)), StandardCharsets.UTF_8);
    Cli ok = run("generate", file.toString(), "-o", dir.resolve("out").toString());
    assertEquals(0, ok.exitCode(), "the longest name that fits is written: " + ok.all());
  }

  @Test
  void aDateBeforeTheYearIsAnErrorAndOneWithinItAWarning(@TempDir Path dir) throws IOException {
    String date = Example.text().lines().filter(l -> l.startsWith("  date: ")).findFirst().orElseThrow();
    Path file = dir.resolve("d.yaml");
    Files.writeString(file, Example.mutated(date, "  date: 0000-01-01"), StandardCharsets.UTF_8);
    Cli impossible = run("validate", file.toString());
    assertEquals(1, impossible.exitCode());
    assertTrue(impossible.out().contains("[load.date.range]"), impossible.all());
    Files.writeString(file, Example.mutated(date, "  date: 2024-01-01"), StandardCharsets.UTF_8);
    Cli unusual = run("validate", file.toString());
    assertEquals(0, unusual.exitCode(), "a warning only");
    assertTrue(unusual.out().contains("[load.date.unusual]") && unusual.out().contains("警告"), unusual.all());
    Files.writeString(file, Example.mutated(date, "  date: 10000-01-01"), StandardCharsets.UTF_8);
    assertEquals(1, run("validate", file.toString()).exitCode());
  }

  @Test
  void anUnwritableOutputPlaceIsAnIoErrorNamingIt(@TempDir Path dir) throws IOException {
    Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
    Cli cli = run("generate", Example.FILE.toString(), "-o", notAFolder.resolve("sub").toString());
    assertEquals(3, cli.exitCode(), cli.all());
    assertTrue(cli.err().contains("plain-file") && (cli.err().contains("不是文件夹") || cli.err().contains("文件已存在")), cli.all());
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    Files.copy(Example.FILE, in.resolve("a.yaml"));
    Cli batch = run("batch", in.toString(), "-o", notAFolder.toString());
    assertEquals(3, batch.exitCode(), batch.all());
    assertTrue(batch.err().contains("不是文件夹") && batch.err().contains("not a folder"), batch.all());
  }
}
