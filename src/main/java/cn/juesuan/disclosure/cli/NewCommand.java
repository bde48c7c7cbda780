package cn.juesuan.disclosure.cli;

import cn.juesuan.disclosure.authoring.NextYear;
import cn.juesuan.disclosure.load.DisclosureLoader;
import cn.juesuan.disclosure.load.Shape;
import cn.juesuan.disclosure.pipeline.OutputFiles;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code new --from LAST.yaml -o NEXT.yaml}: next year's file from this year's. */
@Command(name = "new", description = "由本年的 YAML 生成下一年度的 YAML：本年数移入上年数，本年数待填，文字沿用待核对 "
    + "(next year's YAML from this year's: this year's figures become last year's, this year's are left to fill, "
    + "the wording is carried over for review)")
final class NewCommand implements Callable<Integer> {

  @Option(names = "--from", required = true, paramLabel = "LAST.yaml", description = "本年的 YAML (this year's YAML)")
  Path from;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "NEXT.yaml",
      description = "下一年度的 YAML（不覆盖不是本命令写的文件） (next year's YAML; a file this command did not write is never replaced)")
  Path output;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    DisclosureLoader.Result last = DisclosureLoader.load(from);
    if (!last.ok()) {
      Reporting.print(out, from, last.findings());
      err.println("未生成：请先改正上述错误 (nothing written: fix the errors above)");
      return last.findings().hasIoErrors() ? ExitCode.IO : ExitCode.ERRORS_FOUND;
    }
    String source = Files.readString(from, StandardCharsets.UTF_8);
    Path nextFolder = output.toAbsolutePath().getParent();
    String fromNext = nextFolder == null ? from.toAbsolutePath().toString()
        : nextFolder.relativize(from.toAbsolutePath()).toString().replace('\\', '/');
    String next = NextYear.write(source, last.disclosure(), from.getFileName().toString(), fromNext);
    OutputFiles.writeText(output, next, NextYear::writtenUnedited);
    long toFill = DisclosureLoader.load(next.getBytes(StandardCharsets.UTF_8), output.toString()).findings().all()
        .stream().filter(f -> f.id().equals("load.to-fill")).count();
    long review = next.lines().filter(l -> l.contains("请核对 / review")).count();
    out.printf("已写出 %s：%d 处待填（%s），%d 行沿用的文字请核对；用 validate 列出每一处%n"
        + "written %s: %d fields to fill (%s), %d lines of carried wording to review; validate lists each%n",
        output, toFill, Shape.TO_FILL, review, output, toFill, Shape.TO_FILL, review);
    out.flush();
    return ExitCode.OK;
  }
}
