package cn.juesuan.disclosure.batch;

import cn.juesuan.disclosure.diag.Finding;
import cn.juesuan.disclosure.diag.Findings;
import cn.juesuan.disclosure.diag.IoFailure;
import cn.juesuan.disclosure.diag.Severity;
import cn.juesuan.disclosure.layout.PdfRenderer;
import cn.juesuan.disclosure.narrative.Narrator;
import cn.juesuan.disclosure.pipeline.DocumentAssembler;
import cn.juesuan.disclosure.pipeline.OutputFiles;
import cn.juesuan.disclosure.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One department of a batch: analyse, and when there is no error render and write its PDF
 * atomically. Never throws: whatever goes wrong becomes a failed {@link JobResult}, so one
 * department cannot stop the others.
 *
 * <p>Only a department whose YAML now has errors loses its PDF of an earlier run, and only a
 * PDF this program wrote: a file-system failure (YAML momentarily unreadable, disk full) or a
 * defect leaves the earlier, good PDF where it is.
 */
public final class DepartmentJob {
  /** Writes one PDF; tests put a failing disk here. */
  interface Writer {
    void write(Path target, byte[] pdf) throws IOException;
  }

  private final Path inputDir;
  private final Path outputDir;
  private final Narrator narrator;
  private final Writer writer;

  public DepartmentJob(Path inputDir, Path outputDir, Narrator narrator) {
    this(inputDir, outputDir, narrator, OutputFiles::writePdf);
  }

  DepartmentJob(Path inputDir, Path outputDir, Narrator narrator, Writer writer) {
    this.inputDir = inputDir;
    this.outputDir = outputDir;
    this.narrator = narrator;
    this.writer = writer;
  }

  public JobResult run(DepartmentFile file) {
    long start = System.nanoTime();
    String name = "";
    int year = 0;
    Findings findings = new Findings();
    List<String> problems = new ArrayList<>();
    Path target = outputDir.resolve(file.output());
    JobResult.Outcome outcome;
    try {
      Pipeline.Analysis analysis = Pipeline.analyse(inputDir.resolve(file.source()));
      findings = analysis.findings();
      if (analysis.disclosure() != null) {
        name = analysis.disclosure().department().name();
        year = analysis.disclosure().department().year();
      }
      if (analysis.ok()) {
        byte[] pdf = PdfRenderer.render(DocumentAssembler.assemble(analysis, narrator, DocumentAssembler.Options.FINAL));
        int pages = PageCounter.count(pdf);
        try {
          writer.write(target, pdf);
        } catch (IOException | RuntimeException e) {
          if (!IoFailure.isIo(e)) {
            throw e;
          }
          IoFailure why = IoFailure.of(e instanceof IOException io ? IoFailure.Explained.of("无法写入", "cannot write", target, io) : e);
          problems.add(file.name() + ": 错误/error [batch.io] " + why.zh() + "；上次生成的文件保持不变 ("
              + why.en() + "; the file of an earlier run is kept)");
          return result(file, name, year, JobResult.Outcome.IO, findings, 0, 0, start, problems);
        }
        return result(file, name, year, JobResult.Outcome.OK, findings, pages, pdf.length, start, List.of());
      }
      findings.of(Severity.ERROR).stream().map(Finding::render).forEach(problems::add);
      outcome = findings.hasIoErrors() ? JobResult.Outcome.IO : JobResult.Outcome.ERRORS;
    } catch (Exception | StackOverflowError e) {
      // A defect on this department only: report it beside the others, remove nothing.
      findings.of(Severity.ERROR).stream().map(Finding::render).forEach(problems::add);
      String what = e.getMessage() == null ? "" : "：" + e.getMessage();
      problems.add(file.name() + ": 错误/error [batch.internal] 内部错误，生成失败" + what
          + " (internal error, generation failed" + (what.isEmpty() ? "" : ": " + e.getMessage()) + ")");
      return result(file, name, year, JobResult.Outcome.INTERNAL, findings, 0, 0, start, problems);
    }
    if (outcome == JobResult.Outcome.ERRORS) {
      removeStale(target, problems);
    }
    return result(file, name, year, outcome, findings, 0, 0, start, problems);
  }

  /**
   * A PDF of ours left by an earlier run would pass for this department's current disclosure:
   * remove it, so that OUT holds exactly the departments that are good now. A file we did not
   * write, or one write-protected, stays (and is named).
   */
  private static void removeStale(Path stale, List<String> problems) {
    try {
      switch (OutputFiles.removeOurPdf(stale)) {
        case REMOVED -> problems.add("已删除上次生成的旧文件 " + stale + " (removed the PDF of an earlier run)");
        case NOT_OURS -> problems.add("保留 " + stale + "：不是本程序生成的文件，未删除 (kept: not written by this program)");
        case PROTECTED -> problems.add("保留上次生成的旧文件 " + stale + "：文件为只读（写保护），未删除 (kept the PDF of an earlier run: it is write-protected)");
        case ABSENT -> { }
      }
    } catch (IOException e) {
      problems.add(IoFailure.describe("无法删除上次生成的旧文件", "cannot remove the PDF of an earlier run", stale, e));
    }
  }

  private static JobResult result(DepartmentFile file, String name, int year, JobResult.Outcome outcome, Findings f,
                                  int pages, long bytes, long start, List<String> problems) {
    long millis = (System.nanoTime() - start) / 1_000_000;
    long errors = Math.max(f.count(Severity.ERROR), outcome == JobResult.Outcome.OK ? 0 : 1);
    return new JobResult(file, name == null ? "" : name, year, outcome, errors,
        f.count(Severity.WARNING), f.count(Severity.PIN), f.count(Severity.ACCEPTED), pages, bytes, millis,
        List.copyOf(problems));
  }
}
