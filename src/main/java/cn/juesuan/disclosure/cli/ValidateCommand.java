package cn.juesuan.disclosure.cli;

import cn.juesuan.disclosure.diag.Findings;
import cn.juesuan.disclosure.diag.Severity;
import cn.juesuan.disclosure.pipeline.Pipeline;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code validate FILE...}: load, check and calculate; print every finding with its location. */
@Command(name = "validate", description = "检查 YAML：勾稽关系、计算值与锁定值 (check files, list findings and pins)")
final class ValidateCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "部门 YAML 文件 (department YAML files)")
  List<Path> files;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    boolean anyError = false;
    boolean anyIo = false;
    for (Path file : files) {
      if (Interruption.requested()) {
        break;
      }
      Findings findings = Pipeline.analyse(file).findings();
      Reporting.print(out, file, findings);
      anyError |= findings.hasErrors();
      anyIo |= findings.hasIoErrors();
    }
    out.flush();
    return anyIo ? ExitCode.IO : anyError ? ExitCode.ERRORS_FOUND : ExitCode.OK;
  }
}
