package cn.juesuan.disclosure.cli;

import cn.juesuan.disclosure.authoring.JsonSchema;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code schema}: prints the JSON Schema of the YAML for editors (generated from the loader's reads). */
@Command(name = "schema", description = "打印 YAML 的 JSON Schema（供编辑器补全和检查） (print the JSON Schema of the YAML, for editors)")
final class SchemaCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @picocli.CommandLine.Option(names = "--format", paramLabel = "ID",
      description = "格式（默认 gansu-2024）：各格式要求的部分不同 (the format: each requires its own parts; default gansu-2024)")
  String format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.print(JsonSchema.generate(format));
    out.flush();
    return ExitCode.OK;
  }
}
