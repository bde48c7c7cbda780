package cn.juesuan.disclosure.batch;

import cn.juesuan.disclosure.diag.Finding;
import cn.juesuan.disclosure.diag.Findings;
import cn.juesuan.disclosure.diag.Severity;
import cn.juesuan.disclosure.layout.PdfRenderer;
import cn.juesuan.disclosure.narrative.Narrator;
import cn.juesuan.disclosure.pipeline.DocumentAssembler;
import cn.juesuan.disclosure.pipeline.OutputFiles;
import cn.juesuan.disclosure.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One department of a batch: analyse, and when there is no error render and write its PDF
 * atomically. Never throws: whatever goes wrong becomes a failed {@link JobResult}, so one
 * department cannot stop the others.
 */
public final class DepartmentJob {
  private final Path inputDir;
  private final Path outputDir;
  private final Narrator narrator;

  public DepartmentJob(Path inputDir, Path outputDir, Narrator narrator) {
    this.inputDir = inputDir;
    this.outputDir = outputDir;
    this.narrator = narrator;
  }

  public JobResult run(DepartmentFile file) {
    long start = System.nanoTime();
    String name = "";
    int year = 0;
    Findings findings = new Findings();
    List<String> problems = new ArrayList<>();
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
        OutputFiles.writeAtomically(outputDir.resolve(file.output()), pdf);
        return result(file, name, year, findings, pages, pdf.length, start, List.of());
      }
      findings.of(Severity.ERROR).stream().map(Finding::render).forEach(problems::add);
    } catch (Exception | StackOverflowError e) {
      // A defect or an I/O failure on this department only: report it beside the others.
      findings.of(Severity.ERROR).stream().map(Finding::render).forEach(problems::add);
      problems.add(file.name() + ": 错误/error [batch.internal] 生成失败：" + e + " (generation failed: " + e + ")");
    }
    removeStale(file, problems);
    return result(file, name, year, findings, 0, 0, start, problems);
  }

  /**
   * A PDF left by an earlier run would pass for this department's current disclosure: remove
   * it, so that OUT holds exactly the departments that are good now.
   */
  private void removeStale(DepartmentFile file, List<String> problems) {
    Path stale = outputDir.resolve(file.output());
    try {
      if (Files.deleteIfExists(stale)) {
        problems.add("已删除上次生成的旧文件 " + stale + " (removed the PDF of an earlier run)");
      }
    } catch (IOException e) {
      problems.add("无法删除上次生成的旧文件 " + stale + " (cannot remove the PDF of an earlier run): " + e);
    }
  }

  private static JobResult result(DepartmentFile file, String name, int year, Findings f, int pages,
                                  long bytes, long start, List<String> problems) {
    long millis = (System.nanoTime() - start) / 1_000_000;
    long errors = Math.max(f.count(Severity.ERROR), problems.isEmpty() ? 0 : 1);
    return new JobResult(file, name == null ? "" : name, year, problems.isEmpty(), errors,
        f.count(Severity.WARNING), f.count(Severity.PIN), f.count(Severity.ACCEPTED), pages, bytes, millis,
        List.copyOf(problems));
  }
}
