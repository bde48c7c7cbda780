package cn.juesuan.disclosure.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.testing.ChildJvm;
import cn.juesuan.disclosure.testing.Cli;
import cn.juesuan.disclosure.testing.Example;
import com.lowagie.text.pdf.PdfReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch killed at a random moment (SIGTERM, SIGINT, kill -9) leaves only complete PDFs; after
 * a catchable signal it has written the summary of what finished and said "interrupted", and the
 * next run leaves no temporary file. The suite runs a few trials on a small batch; the 20 trials
 * of 100 departments: {@code mvn -B test -Dtest=InterruptedBatchTest -Dinterrupt.trials=20
 * -Dinterrupt.departments=100} (or src/test/sh/interrupt-trials.sh).
 */
class InterruptedBatchTest {
  private static final String[] SIGNALS = {"TERM", "INT", "KILL"};

  @Test
  void aBatchInterruptedAtRandomLeavesOnlyCompletePdfsAndASummary(@TempDir Path dir) throws Exception {
    int trials = Integer.getInteger("interrupt.trials", 3);
    int departments = Integer.getInteger("interrupt.departments", 10);
    long seed = Long.getLong("interrupt.seed", System.nanoTime());
    Random random = new Random(seed);
    Path in = dir.resolve("in");
    for (int i = 0; i < departments; i++) {
      Path yaml = in.resolve(String.format("d%03d.yaml", i));
      Files.createDirectories(yaml.getParent());
      Files.writeString(yaml, Example.mutated("  name: 临夏市总工会", "  name: 临夏市第" + i + "局"), StandardCharsets.UTF_8);
    }
    List<String> log = new ArrayList<>();
    for (int t = 0; t < trials; t++) {
      String signal = SIGNALS[t % SIGNALS.length];
      Path out = dir.resolve("out" + t);
      ChildJvm batch = ChildJvm.start(dir, null, "batch", in.toString(), "-o", out.toString(), "--jobs", "2");
      // a random moment of the run, whatever the machine's speed: after the k-th department
      // (k = 0: as soon as the batch has begun), then up to 300 ms more
      int k = random.nextInt(departments);
      long until = System.nanoTime() + 120_000_000_000L;
      while (finished(batch.out(), departments) < k || !batch.out().contains("个部门")) {
        if (!batch.process().isAlive() || System.nanoTime() > until) {
          break;
        }
        Thread.sleep(5);
      }
      Thread.sleep(random.nextInt(300));
      batch.signal(signal);
      int code = batch.waitFor();
      String what = "trial " + t + " (seed " + seed + ", SIG" + signal + " after " + k + ", exit " + code + ")";
      List<Path> pdfs = files(out, ".pdf");
      for (Path pdf : pdfs) {
        assertComplete(pdf, what);
      }
      if (code != 0 && !signal.equals("KILL")) {
        assertEquals(signal.equals("INT") ? 130 : 143, code, what + batch.err());
        // (a signal in the instant between the summary and the exit finds the work done)
        boolean allDone = batch.out().contains("成功 " + departments + " 个");
        assertTrue(allDone || (batch.out() + batch.err()).contains("已中断 / interrupted"), what + ": " + batch.out() + batch.err());
        List<String> rows = Files.readAllLines(out.resolve("summary.csv"), StandardCharsets.UTF_8);
        long ok = rows.stream().filter(r -> r.contains(",ok,")).count();
        assertEquals(pdfs.size(), ok, what + ": one summary row per PDF written");
        assertEquals(List.of(), files(out, ".part"), what + ": in-flight files abandoned cleanly");
      }
      log.add(what + ": " + pdfs.size() + " complete PDFs, " + files(out, ".part").size() + " temporary files");
      // the next run: no temporary file, every department written
      Cli next = Cli.run("batch", in.toString(), "-o", out.toString(), "--jobs", "2");
      assertEquals(0, next.exitCode(), what + next.all());
      assertEquals(List.of(), files(out, ".part"), what + ": temporary files of the killed run removed");
      assertEquals(departments, files(out, ".pdf").size(), what);
    }
    System.out.println(String.join("\n", log));
  }

  @Test
  void anInterruptedGenerateLeavesNoTemporaryFileAndSaysSo(@TempDir Path dir) throws Exception {
    ChildJvm generate = ChildJvm.start(dir, null, "generate", Example.FILE.toAbsolutePath().toString(), "-o", "out");
    while (!generate.out().contains("个错误") && generate.process().isAlive()) {
      Thread.sleep(5); // loaded and checked: now rendering
    }
    generate.signal("TERM");
    int code = generate.waitFor();
    assertEquals(List.of(), files(dir.resolve("out"), ".part"));
    if (code == 143) {
      assertTrue(generate.err().contains("已中断 / interrupted"), generate.err());
    } else {
      assertEquals(0, code, "finished before the signal: " + generate.err());
    }
    for (Path pdf : files(dir.resolve("out"), ".pdf")) {
      assertComplete(pdf, "generate");
    }
  }

  /** Progress lines so far ("[ 3/10] d002.yaml ok …"). */
  private static long finished(String out, int total) {
    return out.lines().filter(l -> l.startsWith("[") && l.contains("/" + total + "]")).count();
  }

  private static void assertComplete(Path pdf, String what) throws IOException {
    byte[] bytes = Files.readAllBytes(pdf);
    String tail = new String(bytes, Math.max(0, bytes.length - 32), Math.min(32, bytes.length), StandardCharsets.ISO_8859_1);
    assertTrue(tail.contains("%%EOF"), what + ": " + pdf + " is cut short");
    PdfReader reader = new PdfReader(bytes);
    try {
      assertTrue(reader.getNumberOfPages() > 10, what + ": " + pdf);
    } finally {
      reader.close();
    }
  }

  private static List<Path> files(Path dir, String suffix) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }
}
