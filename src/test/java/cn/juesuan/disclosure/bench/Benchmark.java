package cn.juesuan.disclosure.bench;

import cn.juesuan.disclosure.batch.BatchRunner;
import cn.juesuan.disclosure.batch.DepartmentFile;
import cn.juesuan.disclosure.batch.DepartmentFiles;
import cn.juesuan.disclosure.batch.DepartmentJob;
import cn.juesuan.disclosure.batch.JobResult;
import cn.juesuan.disclosure.batch.Progress;
import cn.juesuan.disclosure.diag.Finding;
import cn.juesuan.disclosure.diag.Severity;
import cn.juesuan.disclosure.load.Formats;
import cn.juesuan.disclosure.pipeline.Pipeline;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The batch benchmark of issue 4 (not a unit test): {@code mvn -B -Pbench verify}.
 *
 * <ol>
 *   <li>writes {@code --count} (200) synthetic departments derived from the example;</li>
 *   <li>renders them in this JVM, after a warm-up, with 1 thread and with all cores: documents
 *       per second, latency median and p95, CPU per document, peak heap, bytes per PDF;</li>
 *   <li>times cold {@code generate}, {@code validate} and {@code --help} of the example through
 *       the launcher {@code target/disclosure} and through {@code java -jar}, and LibreOffice
 *       converting the same document as a DOCX where {@code soffice} is installed
 *       ({@link ColdStart}; median of 5 each);</li>
 *   <li>runs {@code batch} over {@code --big} (1000) departments with -Xmx512m and reads its GC
 *       log: the heap left after each collection must stay flat.</li>
 * </ol>
 * Options: --count N, --big N (0 skips), --jar PATH, --keep (leave the temp folder),
 * --cold-only (step 3 alone), --batch-only (step 2 alone: the in-process throughput).
 */
public final class Benchmark {
  private static final Path EXAMPLE = Path.of("data/linxia-zonggonghui-2024.yaml");

  public static void main(String[] args) throws Exception {
    int count = intArg(args, "--count", 200);
    int big = intArg(args, "--big", 1000);
    Path jar = Path.of(stringArg(args, "--jar", "target/disclosure.jar"));
    boolean keep = List.of(args).contains("--keep");
    boolean coldOnly = List.of(args).contains("--cold-only");
    boolean batchOnly = List.of(args).contains("--batch-only");
    int cores = Runtime.getRuntime().availableProcessors();
    Path work = Files.createTempDirectory("disclosure-bench");
    System.out.printf("disclosure benchmark: %d departments, %d cores, Java %s, max heap %d MB, load average %.2f%n",
        count, cores, System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    System.out.println("work folder: " + work);
    try {
      if (coldOnly) {
        ColdStart.Result cold = ColdStart.measure(jar, EXAMPLE, work.resolve("cold"));
        coldLines(cold);
        System.out.println();
        System.out.println("| measure | target | measured |");
        System.out.println("| --- | --- | --- |");
        coldSummary(cold);
        return;
      }
      SyntheticDepartments synthetic = new SyntheticDepartments(EXAMPLE);
      Path in = work.resolve("in");
      synthetic.write(in, count);
      validate(in);
      List<DepartmentFile> files = DepartmentFiles.find(in);
      Formats narrator = Formats.bundled();

      warmUp(files, cores, in, work.resolve("warm"), narrator);
      Phase one = Phase.run("1 thread", files, 1, in, work.resolve("out1"), narrator);
      System.out.println(one.line());
      Phase all = Phase.run(cores + " threads", files, cores, in, work.resolve("outN"), narrator);
      System.out.println(all.line());
      if (batchOnly) {
        System.out.printf("documents/s, %d cores: %.1f; 1 thread: %.1f%n", cores, all.docsPerSecond(), one.docsPerSecond());
        return;
      }

      ColdStart.Result cold = ColdStart.measure(jar, EXAMPLE, work.resolve("cold"));
      coldLines(cold);

      // what a person running `batch` over a city's departments waits for: a fresh JVM, its
      // start and its JIT warm-up included
      Path coldIn = work.resolve("in-cold");
      synthetic.write(coldIn, COLD_BATCH);
      ColdBatch coldBatch = ColdBatch.run(Path.of("target/disclosure"), coldIn, work.resolve("out-cold"));
      System.out.println(coldBatch.line());

      BigBatch bigBatch = null;
      if (big > 0) {
        Path bigIn = work.resolve("in-big");
        synthetic.write(bigIn, big);
        bigBatch = BigBatch.run(jar, bigIn, work.resolve("out-big"), work.resolve("gc.log"));
        System.out.println(bigBatch.line());
      }
      summary(one, all, cold, coldBatch, bigBatch, cores);
    } finally {
      if (!keep) {
        delete(work);
      }
    }
  }

  /** Every synthetic department must pass the checks: the benchmark measures good documents. */
  private static void validate(Path in) throws IOException {
    Map<String, Integer> errorIds = new TreeMap<>();
    Map<String, Integer> warningIds = new TreeMap<>();
    int bad = 0;
    for (DepartmentFile f : DepartmentFiles.find(in)) {
      Pipeline.Analysis a = Pipeline.analyse(in.resolve(f.source()));
      for (Finding x : a.findings().all()) {
        if (x.severity() == Severity.ERROR) {
          errorIds.merge(x.id(), 1, Integer::sum);
        } else if (x.severity() == Severity.WARNING) {
          warningIds.merge(x.id(), 1, Integer::sum);
        }
      }
      bad += a.ok() ? 0 : 1;
      if (!a.ok() && bad <= 3) {
        a.findings().of(Severity.ERROR).stream().limit(5).forEach(x -> System.out.println("  " + x.render()));
      }
    }
    System.out.printf("synthetic departments: %d with errors %s; warnings by check %s%n", bad, errorIds, warningIds);
  }

  private static void coldLines(ColdStart.Result c) {
    System.out.printf("cold runs (load average %.2f before, %.2f after; 2 cores shared with whatever else runs):%n",
        c.loadBefore(), c.loadAfter());
    for (ColdStart.Timing t : List.of(c.generate(), c.validate(), c.help(), c.jarGenerate(), c.jarValidate(), c.jarHelp())) {
      System.out.println("  " + t.line());
    }
    if (c.office() != null) {
      System.out.println("  " + c.office().line());
    }
    System.out.println("  " + c.officeNote());
  }

  private static void coldSummary(ColdStart.Result c) {
    System.out.printf("| cold generate (launcher), wall / CPU, median of %d | ≤ 0.6 s | %.2f s / %.2f s |%n",
        ColdStart.RUNS, c.generate().wall(), c.generate().cpu());
    System.out.printf("| cold validate (launcher), wall / CPU | ≤ 0.4 s | %.2f s / %.2f s |%n",
        c.validate().wall(), c.validate().cpu());
    System.out.printf("| cold --help (launcher), wall / CPU | | %.2f s / %.2f s |%n", c.help().wall(), c.help().cpu());
    System.out.printf("| cold generate / validate / --help, java -jar, wall | | %.2f / %.2f / %.2f s |%n",
        c.jarGenerate().wall(), c.jarValidate().wall(), c.jarHelp().wall());
    if (c.office() != null) {
      System.out.printf("| LibreOffice DOCX → PDF, wall / CPU | | %.2f s / %.2f s |%n", c.office().wall(), c.office().cpu());
      System.out.printf("| cold generate ÷ LibreOffice, wall (CPU) | ≤ 0.65 | %.2f (%.2f) |%n", c.ratio(), c.cpuRatio());
    } else {
      System.out.println("| cold generate ÷ LibreOffice | ≤ 0.65 | skipped: soffice not installed |");
    }
  }

  private static void summary(Phase one, Phase all, ColdStart.Result cold, ColdBatch coldBatch, BigBatch big,
                              int cores) {
    System.out.println();
    System.out.println("| measure | target | measured |");
    System.out.println("| --- | --- | --- |");
    System.out.printf("| documents/s, %d cores, after warm-up | ≥ 55 | %.1f |%n", cores, all.docsPerSecond());
    System.out.printf("| documents/s, 1 thread | | %.1f |%n", one.docsPerSecond());
    System.out.printf("| cold `batch` of %d departments (launcher, fresh JVM), wall | | %s |%n",
        coldBatch.count(), coldBatch.verdict());
    System.out.printf("| latency median / p95, 1 thread | | %d / %d ms |%n", one.median(), one.p95());
    System.out.printf("| latency median / p95, %d threads | | %d / %d ms |%n", cores, all.median(), all.p95());
    System.out.printf("| CPU per document (user+sys) | | %.0f ms |%n", all.cpuMillisPerDoc());
    System.out.printf("| peak heap, 1 thread / %d threads | | %d / %d MB |%n", cores, one.peakHeapMb(), all.peakHeapMb());
    System.out.printf("| bytes per PDF, mean / max | ≤ 600 KB | %d / %d KB |%n", all.meanBytes() / 1024, all.maxBytes() / 1024);
    coldSummary(cold);
    if (big != null) {
      System.out.printf("| %d departments, -Xmx512m | completes, flat heap | %s |%n", big.count(), big.verdict());
    }
  }

  /** Departments of the cold batch: a city's municipal departments, about. */
  private static final int COLD_BATCH = 100;

  /** Warm-up rounds: documents a round, most rounds, and the compile share that counts as settled. */
  private static final int WARM_ROUND = 100;
  private static final int WARM_ROUNDS_MAX = 20;
  private static final double JIT_SETTLED = 0.05;

  /**
   * Renders rounds of documents on all cores until the JIT has settled: compilation under 5% of
   * a round's CPU, two rounds running (at most 20 rounds of 100). A fresh JVM spends up to a core compiling for its first
   * documents (C1 alone: about 300; with C2, over 1,000); measured before that ends, throughput
   * says how far the compiler got, not what a document costs. The cold
   * path, JIT included, is measured apart (cold generate, cold batch).
   */
  private static void warmUp(List<DepartmentFile> files, int cores, Path in, Path out, Formats narrator)
      throws InterruptedException {
    java.lang.management.CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    int settled = 0;
    int rounds = 0;
    long jitTotal = 0;
    Phase last = null;
    while (rounds < WARM_ROUNDS_MAX && settled < 2) {
      int from = (rounds * WARM_ROUND) % files.size();
      List<DepartmentFile> round = files.subList(from, Math.min(files.size(), from + WARM_ROUND));
      long jit0 = jit.getTotalCompilationTime();
      last = Phase.run("warm-up", round, cores, in, out.resolve("round" + rounds % 2), narrator);
      long jitMillis = jit.getTotalCompilationTime() - jit0;
      jitTotal += jitMillis;
      settled = jitMillis < JIT_SETTLED * last.cpuNanos() / 1e6 ? settled + 1 : 0;
      if (System.getenv("BENCH_DEBUG") != null) {
        System.out.printf("  round %d: JIT %d ms of %.0f ms CPU, %.1f docs/s%n", rounds, jitMillis, last.cpuNanos() / 1e6, last.docsPerSecond());
      }
      rounds++;
    }
    System.out.printf("warm-up: %d rounds of %d documents (%s), JIT %.1f s in all; last round: %s%n", rounds,
        WARM_ROUND, settled >= 2 ? "JIT settled" : "JIT still compiling: stopped at the limit", jitTotal / 1e3,
        last == null ? "-" : last.line());
  }

  // ---- one in-process phase ------------------------------------------------------------------

  record Phase(String name, int threads, int docs, int failed, long wallNanos, long cpuNanos, List<Long> millis,
               List<Long> bytes, long peakHeap) {

    static Phase run(String name, List<DepartmentFile> files, int threads, Path in, Path out, Formats narrator)
        throws InterruptedException {
      System.gc();
      heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
      long cpu0 = processCpuNanos();
      long t0 = System.nanoTime();
      List<JobResult> results = new BatchRunner(threads).run(files, new DepartmentJob(in, out, narrator), Progress.NONE);
      long wall = System.nanoTime() - t0;
      long cpu = processCpuNanos() - cpu0;
      long peak = heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
      List<JobResult> ok = results.stream().filter(JobResult::ok).toList();
      results.stream().filter(r -> !r.ok()).limit(3).forEach(r -> System.out.println("  failed: " + r.problems()));
      return new Phase(name, threads, ok.size(), results.size() - ok.size(), wall, cpu,
          ok.stream().map(JobResult::millis).sorted().toList(), ok.stream().map(JobResult::bytes).toList(), peak);
    }

    double docsPerSecond() {
      return docs / (wallNanos / 1e9);
    }

    long median() {
      return percentile(0.50);
    }

    long p95() {
      return percentile(0.95);
    }

    private long percentile(double q) {
      return millis.isEmpty() ? 0 : millis.get((int) Math.min(millis.size() - 1, Math.ceil(q * millis.size()) - 1));
    }

    double cpuMillisPerDoc() {
      return docs == 0 ? 0 : cpuNanos / 1e6 / docs;
    }

    long peakHeapMb() {
      return peakHeap >> 20;
    }

    long meanBytes() {
      return bytes.isEmpty() ? 0 : bytes.stream().mapToLong(Long::longValue).sum() / bytes.size();
    }

    long maxBytes() {
      return bytes.stream().mapToLong(Long::longValue).max().orElse(0);
    }

    String line() {
      return String.format("%-10s %4d docs (%d failed) in %6.1f s: %6.1f docs/s, latency median %d ms, p95 %d ms, "
              + "CPU %.0f ms/doc (%.0f%% of %d cores), peak heap %d MB, PDF mean %d KB max %d KB",
          name, docs, failed, wallNanos / 1e9, docsPerSecond(), median(), p95(), cpuMillisPerDoc(),
          100.0 * cpuNanos / wallNanos / Runtime.getRuntime().availableProcessors(),
          Runtime.getRuntime().availableProcessors(), peakHeapMb(), meanBytes() / 1024, maxBytes() / 1024);
    }
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  // ---- subprocesses ------------------------------------------------------------------------------

  /** A whole batch through the launcher with -Xmx512m; its GC log tells whether the heap stayed flat. */
  record BigBatch(int count, int exit, double seconds, List<Long> liveAfterGcMb, String tail) {
    private static final Pattern AFTER_GC = Pattern.compile("Pause (?:Young|Full).*?\\d+M->(\\d+)M\\(\\d+M\\)");

    static BigBatch run(Path jar, Path in, Path out, Path gcLog) throws IOException, InterruptedException {
      int count = yamlFiles(in);
      Path log = gcLog.resolveSibling("big-batch.log");
      long t0 = System.nanoTime();
      // through the launcher, as a person runs it (JAVA_OPTS come last and win)
      ProcessBuilder pb = new ProcessBuilder(jar.resolveSibling("disclosure").toString(), "batch", in.toString(),
          "-o", out.toString()).redirectErrorStream(true).redirectOutput(log.toFile());
      pb.environment().put("JAVA_OPTS", "-Xmx512m -Xlog:gc:file=" + gcLog);
      int exit = pb.start().waitFor();
      double seconds = (System.nanoTime() - t0) / 1e9;
      List<Long> live = new ArrayList<>();
      for (String line : Files.readAllLines(gcLog)) {
        Matcher m = AFTER_GC.matcher(line);
        if (m.find()) {
          live.add(Long.parseLong(m.group(1)));
        }
      }
      List<String> lines = Files.readAllLines(log);
      String tail = String.join(" ", lines.subList(Math.max(0, lines.size() - 2), lines.size()));
      return new BigBatch(count, exit, seconds, live, tail);
    }

    /** Live heap after GC in the first and last quarter of the run: flat when the last is not above the first. */
    long firstQuarterMax() {
      return live(0, liveAfterGcMb.size() / 4);
    }

    long lastQuarterMax() {
      return live(liveAfterGcMb.size() * 3 / 4, liveAfterGcMb.size());
    }

    private long live(int from, int to) {
      return liveAfterGcMb.subList(from, Math.max(from, to)).stream().mapToLong(Long::longValue).max().orElse(0);
    }

    boolean flat() {
      return lastQuarterMax() <= firstQuarterMax() + 32;
    }

    String verdict() {
      return String.format("exit %d in %.0f s (%.1f docs/s), %d GCs, live heap after GC max %d MB in the first "
              + "quarter, %d MB in the last: %s", exit, seconds, count / seconds, liveAfterGcMb.size(),
          firstQuarterMax(), lastQuarterMax(), flat() ? "flat" : "GROWING");
    }

    String line() {
      return "big batch: " + verdict() + "\n  " + tail;
    }
  }

  /** One `batch` through the launcher, as a person runs it: wall time from start to exit. */
  record ColdBatch(int count, int exit, double seconds) {
    static ColdBatch run(Path launcher, Path in, Path out) throws IOException, InterruptedException {
      int count = yamlFiles(in);
      Path log = out.resolveSibling("cold-batch.log");
      long t0 = System.nanoTime();
      Process p = new ProcessBuilder(launcher.toString(), "batch", in.toString(), "-o", out.toString())
          .redirectErrorStream(true).redirectOutput(log.toFile()).start();
      int exit = p.waitFor();
      return new ColdBatch(count, exit, (System.nanoTime() - t0) / 1e9);
    }

    String verdict() {
      return String.format("exit %d in %.1f s (%.1f docs/s)", exit, seconds, count / seconds);
    }

    String line() {
      return "cold batch of " + count + " departments (launcher): " + verdict();
    }
  }

  // ---- small things --------------------------------------------------------------------------

  /** The departments a batch over {@code in} renders. */
  private static int yamlFiles(Path in) throws IOException {
    try (Stream<Path> s = Files.walk(in)) {
      return (int) s.filter(p -> p.toString().endsWith(".yaml")).count();
    }
  }

  private static int intArg(String[] args, String name, int fallback) {
    return Integer.parseInt(stringArg(args, name, String.valueOf(fallback)));
  }

  private static String stringArg(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }
}
