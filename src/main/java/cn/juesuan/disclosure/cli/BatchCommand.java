package cn.juesuan.disclosure.cli;

import cn.juesuan.disclosure.batch.BatchRunner;
import cn.juesuan.disclosure.batch.BatchSummary;
import cn.juesuan.disclosure.batch.DepartmentFile;
import cn.juesuan.disclosure.batch.DepartmentFiles;
import cn.juesuan.disclosure.batch.DepartmentJob;
import cn.juesuan.disclosure.batch.JobResult;
import cn.juesuan.disclosure.batch.Progress;
import cn.juesuan.disclosure.batch.ProgressBar;
import cn.juesuan.disclosure.batch.ProgressLines;
import cn.juesuan.disclosure.batch.Shard;
import cn.juesuan.disclosure.batch.SummaryCsv;
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
      description = "并行线程数，默认为处理器核数 (threads; default: available processors = ${DEFAULT-VALUE})")
  int jobs = Runtime.getRuntime().availableProcessors();

  @Option(names = "--shard", paramLabel = "I/N",
      description = {"只处理第 I 片（共 N 片，I 从 1 开始）：按排序后的顺序，从第 I 个起每 N 个取一个",
          "(take every N-th file from the I-th, 1-based, in sorted order; e.g. Kubernetes: "
              + "--shard $((JOB_COMPLETION_INDEX+1))/N, Slurm: --shard $SLURM_ARRAY_TASK_ID/N with --array=1-N)"})
  String shard;

  @Mixin
  TemplateOption templates;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    CommandLine cli = spec.commandLine();
    Shard slice = parseShard(cli);
    if (jobs < 1) {
      throw new CommandLine.ParameterException(cli, "--jobs 应为正整数 (must be ≥ 1), 实为 got " + jobs);
    }
    if (!Files.isDirectory(dir)) {
      throw new CommandLine.ParameterException(cli, "不是目录 (not a folder): " + dir);
    }
    PrintWriter out = cli.getOut();
    List<DepartmentFile> files = slice.select(DepartmentFiles.find(dir));
    Progress progress = System.console() != null ? new ProgressBar(out) : new ProgressLines(out);
    long start = System.nanoTime();
    List<JobResult> results = new BatchRunner(jobs).run(files, new DepartmentJob(dir, output, templates.narrator()), progress);
    long wallMillis = (System.nanoTime() - start) / 1_000_000;
    String csvName = slice.isAll() ? "summary.csv" : "summary-" + slice.index() + "-of-" + slice.count() + ".csv";
    Path csv = output.resolve(csvName);
    SummaryCsv.write(csv, results);
    BatchSummary.print(out, results, wallMillis, csv.toString());
    return results.stream().allMatch(JobResult::ok) ? 0 : 1;
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
