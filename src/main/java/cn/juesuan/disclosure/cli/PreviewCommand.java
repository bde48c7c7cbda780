package cn.juesuan.disclosure.cli;

import cn.juesuan.disclosure.batch.ChangeWatcher;
import cn.juesuan.disclosure.batch.DraftPreview;
import cn.juesuan.disclosure.batch.WatchLoop;
import cn.juesuan.disclosure.pipeline.OutputFiles;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code preview FILE [-o OUT] [--watch]}: the draft for review, written even when checks find
 * errors (they are listed on its first page); only an unloadable file gives no PDF.
 */
@Command(name = "preview",
    description = {"生成审核用草稿 PDF：每页“草稿”水印、生成时间、首页列出全部问题 "
        + "(draft PDF for review: 草稿 watermark, generation time, findings on the first page).",
        "有错误时仍生成草稿，退出码为 1；YAML 无法读取时不生成 "
            + "(written even with errors, exit 1 then; nothing is written when the YAML cannot be loaded)."})
final class PreviewCommand implements Callable<Integer> {
  private static final Duration DEBOUNCE = Duration.ofMillis(300);

  @Parameters(index = "0", paramLabel = "FILE", description = "部门 YAML 文件 (department YAML file)")
  Path file;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "输出文件（.pdf）或目录，默认 out/，文件名带“-草稿” (output file or folder; default out/, name ends in -草稿.pdf)")
  Path output = Path.of("out");

  @Mixin
  DateOption date;

  @Option(names = {"-w", "--watch"},
      description = "YAML 或模板（--templates）改动后自动重新生成，Ctrl-C 结束 (re-render on every change of the YAML or a template, until Ctrl-C)")
  boolean watch;

  @Mixin
  TemplateOption templates;

  @Spec
  CommandSpec spec;

  /** Where the draft went, so that the watcher ignores it. */
  private Path lastTarget;

  @Override
  public Integer call() throws Exception {
    int status = renderOnce();
    if (!watch) {
      return status;
    }
    PrintWriter out = spec.commandLine().getOut();
    // Our own draft (wherever -o puts it, maybe inside a watched folder) is never a change.
    java.util.Set<Path> ours = lastTarget == null ? java.util.Set.of() : java.util.Set.of(lastTarget);
    try (ChangeWatcher watcher = new ChangeWatcher(file, templates.dir, DEBOUNCE, ours, notice -> {
      out.println(notice);
      out.flush();
    })) {
      out.println("监视改动中，Ctrl-C 结束 (watching for changes, Ctrl-C to stop)…");
      out.flush();
      WatchLoop.run(watcher, changed -> {
        out.println();
        out.println("已改动 (changed): " + changed);
        renderSafely();
      }, () -> Thread.currentThread().isInterrupted() || Interruption.requested());
    }
    return status;
  }

  /** In watch mode a broken template must not end the loop: report it and wait for the fix. */
  private void renderSafely() {
    try {
      renderOnce();
    } catch (Exception e) {
      Main.failure(spec.commandLine().getErr(), e);
    }
  }

  private int renderOnce() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    DraftPreview.Outcome outcome = DraftPreview.render(file, templates.narrator(), date.value, DraftPreview.now());
    Reporting.print(out, file, outcome.analysis().findings());
    if (!outcome.rendered()) {
      err.println("无法读取 YAML，未生成草稿 (the YAML cannot be loaded: no draft written)");
      out.flush();
      err.flush();
      return outcome.analysis().findings().hasIoErrors() ? ExitCode.IO : ExitCode.ERRORS_FOUND;
    }
    date.check(spec.commandLine(), outcome.analysis().disclosure().department().year(), false);
    Path target = target(outcome);
    lastTarget = target;
    OutputFiles.removeStaleTemporaryFiles(target.toAbsolutePath().getParent(), false);
    OutputFiles.writePdf(target, outcome.pdf());
    out.printf("草稿 draft: %s (%d bytes)%n", target, outcome.pdf().length);
    out.flush();
    return outcome.analysis().findings().hasErrors() ? ExitCode.ERRORS_FOUND : ExitCode.OK;
  }

  private Path target(DraftPreview.Outcome o) {
    if (output.getFileName() != null && output.getFileName().toString().toLowerCase().endsWith(".pdf")
        && !Files.isDirectory(output)) {
      return output;
    }
    var dep = o.analysis().disclosure().department();
    return output.resolve(OutputFiles.draftFileName(dep.name(), dep.year()));
  }
}
