package cn.juesuan.disclosure.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --date}: the document's date (PDF dates, cover), instead of the YAML's department.date. */
final class DateOption {
  @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = IsoDate.class,
      description = "文件日期，默认取 YAML 的 department.date (document date; default department.date)")
  LocalDate value;

  /**
   * The --date checked against the disclosure's year, as department.date is: a warning on
   * {@code err}; an impossible one is a usage error when {@code refuseImpossible} (a final
   * document), a warning on a draft.
   */
  void check(CommandLine cli, int year, boolean refuseImpossible) {
    if (value == null) {
      return;
    }
    cn.juesuan.disclosure.load.DisclosureDate.check(value, year).ifPresent(p -> {
      if (p.impossible() && refuseImpossible) {
        throw new CommandLine.ParameterException(cli, "--date: " + p.zh() + " (" + p.en() + ")");
      }
      cli.getErr().println("警告/warning --date: " + p.zh() + " (" + p.en() + ")");
    });
  }

  /** A calendar date in words when it is not one (2025-02-30), with the same year window as the YAML's. */
  static final class IsoDate implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String text) {
      LocalDate date;
      try {
        date = LocalDate.parse(text.strip());
      } catch (DateTimeParseException e) {
        throw new CommandLine.TypeConversionException("--date 应为存在的日期 YYYY-MM-DD（如 2025-06-30），实为 \"" + text
            + "\" (expected an existing date YYYY-MM-DD such as 2025-06-30, got \"" + text + "\")");
      }
      if (date.getYear() < 2000 || date.getYear() > 2110) {
        throw new CommandLine.TypeConversionException("--date 的年份应在 2000–2110 之间，实为 " + date
            + " (the year of --date must be within 2000–2110, got " + date + ")");
      }
      return date;
    }
  }
}
