package cn.juesuan.disclosure.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.testing.ChildJvm;
import cn.juesuan.disclosure.testing.Example;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The machine's locale changes nothing: with no LANG at all (Java then reads and writes file
 * names in ASCII) a YAML in a Chinese folder is read and the PDF gets its Chinese name; the
 * messages are UTF-8 whatever the terminal claims.
 */
class MachineLocaleTest {

  @Test
  void chineseFileNamesAndMessagesWorkWithoutAnyLocale(@TempDir Path dir) throws Exception {
    assumeUtf8LocaleInstalled();
    Path yaml = dir.resolve("临夏市/总工会.yaml");
    Files.createDirectories(yaml.getParent());
    Files.copy(Example.FILE, yaml);
    Map<String, String> noLocale = Map.of("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    ChildJvm run = ChildJvm.start(dir, noLocale, "generate", "临夏市/总工会.yaml", "-o", "输出");
    int code = run.waitFor();
    assertEquals(0, code, run.out() + run.err());
    assertTrue(Files.isRegularFile(dir.resolve("输出/临夏市总工会-2024年度部门决算.pdf")), run.out() + run.err());
    assertTrue(run.out().contains("临夏市/总工会.yaml") && run.out().contains("个错误"), "UTF-8 messages: " + run.out());
  }

  @Test
  void aSigtermToTheRestartingProgramReachesTheBatchWhichWritesItsSummary(@TempDir Path dir) throws Exception {
    assumeUtf8LocaleInstalled();
    for (int i = 0; i < 8; i++) {
      Files.createDirectories(dir.resolve("部门"));
      Files.writeString(dir.resolve("部门/d" + i + ".yaml"), Example.mutated("  name: 临夏市总工会", "  name: 临夏市第" + i + "局"));
    }
    Map<String, String> noLocale = Map.of("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    ChildJvm batch = ChildJvm.start(dir, noLocale, dir, "batch", "部门", "-o", "输出", "--jobs", "1");
    while (!batch.out().contains("[1/") && batch.process().isAlive()) {
      Thread.sleep(5);
    }
    batch.process().destroy(); // SIGTERM to the first JVM only: it passes it on and waits
    int code = batch.waitFor();
    // the first JVM waits for the second: once it has ended, the summary is written
    assertTrue(code == 143 || code == 0, "exit " + code + batch.err());
    assertTrue(Files.isRegularFile(dir.resolve("输出/summary.csv")), "exit " + code + ": " + batch.out() + batch.err());
    if (code == 143) {
      assertTrue(batch.out().contains("已中断 / interrupted"), batch.out());
    }
  }

  /**
   * The one assumption: the machine has the C.UTF-8 locale the program restarts under (glibc
   * installs it with libc-bin on Debian and Ubuntu); without it there is nothing to test.
   */
  private static void assumeUtf8LocaleInstalled() {
    Assumptions.assumeTrue(Files.isDirectory(Path.of("/usr/lib/locale/C.utf8"))
        || Files.isDirectory(Path.of("/usr/lib/locale/C.UTF-8")), "no C.UTF-8 locale on this machine");
  }
}
