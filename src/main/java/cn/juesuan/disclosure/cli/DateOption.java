package cn.juesuan.disclosure.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** {@code --date}: the document's date (PDF dates, cover), instead of the YAML's department.date. */
final class DateOption {
  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "文件日期，默认取 YAML 的 department.date (document date; default department.date)")
  LocalDate value;
}
