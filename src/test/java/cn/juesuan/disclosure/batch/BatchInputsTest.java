package cn.juesuan.disclosure.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.testing.Example;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a batch reads: symbolic links followed with a loop guard, odd entries listed as skipped. */
class BatchInputsTest {

  @Test
  void aFolderOfDepartmentsBehindASymbolicLinkIsProcessed(@TempDir Path dir) throws IOException {
    Path real = dir.resolve("real");
    BatchFolder.put(real.resolve("a/one.yaml"), Example.text());
    Path link = Files.createSymbolicLink(dir.resolve("link"), real);
    Cli run = Cli.run("batch", link.toString(), "-o", dir.resolve("out").toString());
    assertEquals(0, run.exit(), run.out() + run.err());
    assertTrue(Files.isRegularFile(dir.resolve("out/a/one.pdf")), run.out());
  }

  @Test
  void oddEntriesAreListedAsSkippedWithTheReason(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in");
    BatchFolder.put(in.resolve("good.yaml"), Example.text());
    Files.createSymbolicLink(in.resolve("dangling.yaml"), in.resolve("missing.yaml"));
    assertEquals(0, new ProcessBuilder("mkfifo", in.resolve("pipe.yaml").toString()).start().waitFor());
    Files.createDirectories(in.resolve("folder.yaml"));
    Files.createSymbolicLink(in.resolve("sub-loop"), in); // a link back up: walked once only
    DepartmentFiles.Scan scan = DepartmentFiles.scan(in);
    assertEquals(List.of("good.yaml"), scan.files().stream().map(DepartmentFile::name).toList());
    assertEquals(List.of("dangling.yaml", "folder.yaml", "pipe.yaml", "sub-loop"),
        scan.skipped().stream().map(DepartmentFiles.Skipped::name).toList(), scan.skipped().toString());
    Cli run = Cli.run("batch", in.toString(), "-o", dir.resolve("out").toString());
    assertEquals(0, run.exit(), run.out());
    for (String words : List.of("已跳过", "dangling symbolic link", "管道", "a folder, not a file", "符号链接成环")) {
      assertTrue(run.out().contains(words), words + " in:\n" + run.out());
    }
    String csv = Files.readString(dir.resolve("out/summary.csv"));
    assertTrue(csv.contains("pipe.yaml,,,skipped"), csv);
  }

  @Test
  void collisionsAreFoundWithoutCaseAndAfterTheExtensionIsKept() {
    List<DepartmentFile> plan = DepartmentFiles.plan(List.of(Path.of("b.yaml"), Path.of("b.yml"), Path.of("b.yaml.yaml"),
        Path.of("c.yaml"), Path.of("C.yml"), Path.of("d.yaml")));
    List<DepartmentFiles.Collision> collisions = DepartmentFiles.collisions(plan);
    assertEquals(1, collisions.size(), collisions.toString());
    assertEquals(List.of(Path.of("b.yaml"), Path.of("b.yaml.yaml")), collisions.get(0).sources());
  }

  @Test
  void anEmptyFolderSaysSo(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("in"));
    Cli run = Cli.run("batch", dir.resolve("in").toString(), "-o", dir.resolve("out").toString());
    assertEquals(0, run.exit());
    assertTrue(run.out().contains("没有找到部门 YAML"), run.out());
  }

  @Test
  void jobsAreCappedByProcessorsAndHeapAndSaySo() {
    long gb = 1024L * 1024 * 1024;
    assertEquals(new JobLimit(2, null), JobLimit.of(0, 2, 8 * gb));
    JobLimit huge = JobLimit.of(1 << 30, 2, 8 * gb);
    assertEquals(2, huge.jobs());
    assertTrue(huge.reason().contains("处理器核数") && huge.reason().contains("processors"), huge.reason());
    JobLimit small = JobLimit.of(0, 64, 512L * 1024 * 1024);
    assertEquals(4, small.jobs(), "(512 - 96) / 96");
    assertTrue(small.reason().contains("-Xmx"), small.reason());
    assertEquals(1, JobLimit.of(8, 8, 64L * 1024 * 1024).jobs(), "never fewer than one");
    assertEquals(new JobLimit(1, null), JobLimit.of(1, 8, 8 * gb));
  }

  @Test
  void aHugeJobCountFinishesAndSaysItWasCapped(@TempDir Path dir) throws IOException {
    BatchFolder.put(dir.resolve("in/one.yaml"), Example.text());
    Cli run = Cli.run("batch", dir.resolve("in").toString(), "-o", dir.resolve("out").toString(), "--jobs", "1073741824");
    assertEquals(0, run.exit(), run.out() + run.err());
    assertTrue(run.out().contains("--jobs 1073741824"), run.out());
  }

  @Test
  void temporaryFilesOfAnInterruptedEarlierRunAreRemoved(@TempDir Path dir) throws IOException {
    BatchFolder.put(dir.resolve("in/one.yaml"), Example.text());
    Path out = Files.createDirectories(dir.resolve("out/sub"));
    Path legacy = Files.writeString(out.resolve(".one.pdf.8123456789.part"), "%PDF- half");
    Cli run = Cli.run("batch", dir.resolve("in").toString(), "-o", dir.resolve("out").toString());
    assertEquals(0, run.exit());
    assertTrue(!Files.exists(legacy) && run.out().contains("临时文件 1 个"), run.out());
  }
}
