package cn.juesuan.disclosure.cli;

import cn.juesuan.disclosure.diag.Timing;
import cn.juesuan.disclosure.layout.PdfRenderer;
import cn.juesuan.disclosure.pipeline.DocumentAssembler;
import cn.juesuan.disclosure.pipeline.OutputFiles;
import cn.juesuan.disclosure.pipeline.Pipeline;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code generate FILE [-o OUT]}: validate, then write the disclosure PDF (never on error). */
@Command(name = "generate", description = "生成决算公开 PDF；有错误时不写文件 (write the PDF; nothing is written on error)")
final class GenerateCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE", description = "部门 YAML 文件 (department YAML file)")
  Path file;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "输出文件（.pdf）或目录，默认 out/ (output file or folder; default out/)")
  Path output = Path.of("out");

  @Mixin
  DateOption date;

  @Mixin
  TemplateOption templates;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Pipeline.Analysis analysis = Pipeline.analyse(file);
    Reporting.print(out, file, analysis.findings());
    if (!analysis.ok()) {
      err.println("未生成 PDF：请先改正上述错误 (no PDF written: fix the errors above)");
      return analysis.findings().hasIoErrors() ? ExitCode.IO : ExitCode.ERRORS_FOUND;
    }
    date.check(spec.commandLine(), analysis.disclosure().department().year(), true);
    var doc = DocumentAssembler.assemble(analysis, templates.narrator(),
        new DocumentAssembler.Options(date.value, false, null));
    Timing.mark("narrated");
    byte[] pdf = PdfRenderer.render(doc);
    Timing.mark("rendered");
    Path target = target(analysis);
    OutputFiles.removeStaleTemporaryFiles(target.toAbsolutePath().getParent(), false);
    OutputFiles.writePdf(target, pdf);
    Timing.mark("written");
    out.printf("%s  %s (%d bytes)%n", OutputFiles.sha256(pdf), target, pdf.length);
    return ExitCode.OK;
  }

  private Path target(Pipeline.Analysis a) {
    if (output.getFileName() != null && output.getFileName().toString().toLowerCase().endsWith(".pdf")
        && !Files.isDirectory(output)) {
      return output;
    }
    var dep = a.disclosure().department();
    return output.resolve(OutputFiles.defaultFileName(dep.name(), dep.year()));
  }
}
