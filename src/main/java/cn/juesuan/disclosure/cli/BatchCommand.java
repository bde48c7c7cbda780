package cn.juesuan.disclosure.cli;

import cn.juesuan.disclosure.batch.BatchRunner;
import cn.juesuan.disclosure.batch.BatchSummary;
import cn.juesuan.disclosure.batch.DepartmentFile;
import cn.juesuan.disclosure.batch.DepartmentFiles;
import cn.juesuan.disclosure.batch.DepartmentJob;
import cn.juesuan.disclosure.batch.JobLimit;
import cn.juesuan.disclosure.batch.JobResult;
import cn.juesuan.disclosure.batch.Progress;
import cn.juesuan.disclosure.batch.ProgressBar;
import cn.juesuan.disclosure.batch.ProgressLines;
import cn.juesuan.disclosure.batch.Shard;
import cn.juesuan.disclosure.batch.SummaryCsv;
import cn.juesuan.disclosure.pipeline.OutputFiles;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code batch DIR -o OUT [--jobs N] [--shard I/N]}: every department YAML under DIR, in
 * parallel; DIR/a/b.yaml → OUT/a/b.pdf; OUT/summary.csv; exit 1 when any department failed.
 */
@Command(name = "batch",
    description = {"批量生成目录下所有部门的决算公开 PDF (render every department YAML under DIR).",
        "DIR/a/b.yaml → OUT/a/b.pdf；有错误的部门不生成文件并列出错误，其余照常生成 "
            + "(a department with errors gets no file and is listed; the others go on).",
        "汇总表 (summary): OUT/summary.csv，分片时为 OUT/summary-I-of-N.csv (with --shard)."})
final class BatchCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "DIR", description = "部门 YAML 所在目录，含子目录 (folder of department YAMLs, recursive)")
  Path dir;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", required = true,
      description = "输出目录 (output folder)")
  Path output;

  @Option(names = {"-j", "--jobs"}, paramLabel = "N",
      description = "并行任务数，默认为处理器核数；不超过核数和堆内存所允许的数目 "
          + "(parallel jobs; default: the processors; capped by the processors and the maximum heap)")
  int jobs;

  @Option(names = "--shard", paramLabel = "I/N",
      description = {"只处理第 I 片（共 N 片，I 从 1 开始）：按排序后的顺序，从第 I 个起每 N 个取一个",
          "(take every N-th file from the I-th, 1-based, in sorted order; e.g. Kubernetes: "
              + "--shard $((JOB_COMPLETION_INDEX+1))/N, Slurm: --shard $SLURM_ARRAY_TASK_ID/N with --array=1-N)"})
  String shard;

  @Mixin
  FormatOption format;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    CommandLine cli = spec.commandLine();
    Shard slice = parseShard(cli);
    if (jobs < 0 || jobs == 0 && cli.getParseResult().hasMatchedOption("--jobs")) {
      throw new CommandLine.ParameterException(cli, "--jobs 应为正整数 (must be ≥ 1), 实为 got " + jobs);
    }
    if (!Files.isDirectory(dir)) {
      throw new CommandLine.ParameterException(cli, (Files.exists(dir) ? "不是文件夹 (not a folder): " : "文件夹不存在 (folder not found): ") + dir);
    }
    if (Files.exists(output) && !Files.isDirectory(output)) {
      throw new cn.juesuan.disclosure.diag.IoFailure.Explained("输出位置 " + output + " 不是文件夹",
          "the output " + output + " is not a folder");
    }
    PrintWriter out = cli.getOut();
    DepartmentFiles.Scan scan = DepartmentFiles.scan(dir);
    if (!scan.collisions().isEmpty()) {
      // Before anything is rendered: one department's PDF would overwrite another's.
      out.println("未开始：下列部门会写入同一个 PDF，请改名后重试 (not started: these departments would write the same PDF; rename them):");
      scan.collisions().forEach(c -> out.println("✗ " + c.render()));
      out.flush();
      return ExitCode.ERRORS_FOUND;
    }
    if (scan.files().isEmpty()) {
      out.println(dir + " 下没有找到部门 YAML（*.yaml、*.yml）(no department YAML found under " + dir + ")");
    }
    List<DepartmentFile> files = slice.select(scan.files());
    List<DepartmentFiles.Skipped> skipped = slice.select(scan.skipped());
    JobLimit limit = JobLimit.of(jobs, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory());
    if (limit.reason() != null) {
      out.println(limit.reason());
    }
    List<Path> stale = OutputFiles.removeStaleTemporaryFiles(output, true);
    if (!stale.isEmpty()) {
      out.printf("已删除上次中断留下的临时文件 %d 个 (removed %d temporary files of an interrupted earlier run)%n",
          stale.size(), stale.size());
    }
    Progress progress = System.console() != null ? new ProgressBar(out) : new ProgressLines(out);
    long start = System.nanoTime();
    List<JobResult> all = new BatchRunner(limit.jobs()).run(files,
        new DepartmentJob(dir, output, format.formats()), progress, Interruption::requested);
    long wallMillis = (System.nanoTime() - start) / 1_000_000;
    List<JobResult> results = cn.juesuan.disclosure.batch.SameDepartment.fail(
        all.stream().filter(java.util.Objects::nonNull).toList(), output);
    int notRun = all.size() - results.size();
    String csvName = slice.isAll() ? "summary.csv" : "summary-" + slice.index() + "-of-" + slice.count() + ".csv";
    Path csv = output.resolve(csvName);
    Exception csvFailure = null;
    try {
      SummaryCsv.write(csv, results, skipped);
    } catch (Exception e) {
      csvFailure = e; // the summary on screen still says what was done
    }
    BatchSummary.print(out, results, skipped, notRun, wallMillis, csv.toString());
    if (Interruption.requested()) {
      if (notRun == 0) {
        out.println("已中断 / interrupted（所有部门均已完成 / every department had finished）");
        out.flush();
      }
      Interruption.reported();
      return ExitCode.INTERRUPTED;
    }
    if (csvFailure != null) {
      return Main.failure(cli.getErr(), csvFailure);
    }
    return exitCode(results);
  }

  /** The worst outcome decides: a defect, then a file problem, then errors in the data. */
  static int exitCode(List<JobResult> results) {
    var outcomes = results.stream().map(JobResult::outcome).collect(java.util.stream.Collectors.toSet());
    if (outcomes.contains(JobResult.Outcome.INTERNAL)) {
      return ExitCode.INTERNAL;
    }
    if (outcomes.contains(JobResult.Outcome.IO)) {
      return ExitCode.IO;
    }
    return outcomes.contains(JobResult.Outcome.ERRORS) ? ExitCode.ERRORS_FOUND : ExitCode.OK;
  }

  private Shard parseShard(CommandLine cli) {
    if (shard == null) {
      return Shard.ALL;
    }
    try {
      return Shard.parse(shard);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cli, "--shard: " + e.getMessage());
    }
  }
}
