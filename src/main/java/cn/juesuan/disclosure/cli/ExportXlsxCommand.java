package cn.juesuan.disclosure.cli;

import cn.juesuan.disclosure.catalogue.Catalogue;
import cn.juesuan.disclosure.catalogue.FormatException;
import cn.juesuan.disclosure.export.TablesWorkbook;
import cn.juesuan.disclosure.export.WorkbookExport;
import cn.juesuan.disclosure.load.DisclosureLoader;
import cn.juesuan.disclosure.load.Formats;
import cn.juesuan.disclosure.pipeline.OutputFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code export-xlsx FILE -o OUT.xlsx}: a department's tables as a workbook in the printed
 * layout; {@code export-xlsx --empty -o OUT.xlsx}: the blank forms to fill. A YAML may then
 * take its tables from the workbook ({@code tables: {workbook: OUT.xlsx}}).
 */
@Command(name = "export-xlsx", description = "把决算表导出为 Excel 工作簿（按印刷版式），或导出空白表 "
    + "(write the tables as an .xlsx workbook in the printed layout, or the blank forms)")
final class ExportXlsxCommand implements Callable<Integer> {

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "部门 YAML 文件 (department YAML file)")
  Path file;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.xlsx", description = "输出的工作簿 (the workbook to write)")
  Path output;

  @Option(names = "--empty", description = "导出空白表供填写 (the blank forms to fill)")
  boolean empty;

  @Option(names = "--format", paramLabel = "F", description = "空白表的格式，默认 " + Formats.DEFAULT
      + " (format of the blank forms)")
  String formatId;

  @Option(names = "--year", paramLabel = "YYYY", description = "空白表的年度（决定科目表），默认上一年 "
      + "(year of the blank forms, which decides the code lists; default last year)")
  Integer year;

  @Option(names = "--department", paramLabel = "NAME", description = "空白表的部门名称 (department name on the blank forms)")
  String department = "";

  @Mixin
  FormatOption format;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (empty == (file != null)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "请给出 YAML 文件或 --empty 之一 (give either a YAML file or --empty)");
    }
    if (!output.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "输出文件应以 .xlsx 结尾，实为 " + output + " (the output must end in .xlsx)");
    }
    Formats formats = format.formats();
    byte[] bytes;
    if (empty) {
      Catalogue catalogue;
      try {
        catalogue = formatId == null ? formats.get(Formats.DEFAULT) : formats.get(formatId);
      } catch (FormatException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--format: " + e.zh() + " (" + e.en() + ")");
      }
      int y = year != null ? year : java.time.LocalDate.now().getYear() - 1;
      if (y < 2000 || y > 2100) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--year 应在 2000–2100 之间 (--year must be within 2000–2100)");
      }
      bytes = TablesWorkbook.empty(catalogue, y, department);
    } else {
      if (formatId != null || year != null) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--format 和 --year 只用于 --empty：YAML 自带格式和年度 (--format and --year go with --empty; a YAML states its own)");
      }
      DisclosureLoader.Result loaded = DisclosureLoader.load(file, formats);
      Reporting.print(out, file, loaded.findings());
      if (!loaded.ok()) {
        err.println("未导出：请先改正上述错误 (nothing exported: fix the errors above)");
        return loaded.findings().hasIoErrors() ? ExitCode.IO : ExitCode.ERRORS_FOUND;
      }
      bytes = TablesWorkbook.of(loaded.disclosure());
    }
    OutputFiles.removeStaleTemporaryFiles(output.toAbsolutePath().getParent(), false);
    OutputFiles.writeWorkbook(output, bytes, WorkbookExport.CREATOR);
    out.printf("%s  %s (%d bytes)%n", OutputFiles.sha256(bytes), output, bytes.length);
    return ExitCode.OK;
  }
}
