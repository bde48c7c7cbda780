package cn.juesuan.disclosure.batch;

import cn.juesuan.disclosure.pipeline.OutputFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * summary.csv: one row per department (RFC 4180: comma separated, CRLF, a field quoted when it
 * holds a comma, quote or line break, quotes doubled), plain UTF-8 without BOM, written atomically.
 * Entries skipped by the scan (a dangling link, a FIFO…) get a row with status {@code skipped}.
 * A cell a spreadsheet would take for a formula is neutralised (OWASP, CSV injection).
 */
public final class SummaryCsv {
  public static final List<String> HEADER = List.of(
      "file", "department", "year", "status", "errors", "warnings", "pins", "accepted", "pages", "bytes",
      "milliseconds");

  private SummaryCsv() {}

  public static void write(Path target, List<JobResult> results, List<DepartmentFiles.Skipped> skipped)
      throws IOException {
    OutputFiles.writeText(target, render(results, skipped), String.join(",", HEADER));
  }

  static String render(List<JobResult> results) {
    return render(results, List.of());
  }

  static String render(List<JobResult> results, List<DepartmentFiles.Skipped> skipped) {
    StringBuilder csv = new StringBuilder(64 * (results.size() + skipped.size() + 1));
    row(csv, HEADER);
    for (JobResult r : results) {
      row(csv, List.of(r.file().name(), r.department(), r.year() == 0 ? "" : String.valueOf(r.year()),
          r.status(), String.valueOf(r.errors()), String.valueOf(r.warnings()), String.valueOf(r.pins()),
          String.valueOf(r.accepted()), String.valueOf(r.pages()), String.valueOf(r.bytes()), String.valueOf(r.millis())));
    }
    for (DepartmentFiles.Skipped s : skipped) {
      row(csv, List.of(s.name(), "", "", "skipped", "0", "0", "0", "0", "0", "0"));
    }
    return csv.toString();
  }

  private static void row(StringBuilder csv, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(field(fields.get(i)));
    }
    csv.append("\r\n");
  }

  /**
   * A spreadsheet runs a cell that begins with = + - @ (or a tab or carriage return before one)
   * as a formula: such a cell gets a leading apostrophe, which shows the text as typed (OWASP,
   * "CSV Injection"). Our own numbers are never negative, so no number is touched.
   */
  static String field(String raw) {
    String value = raw;
    if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
      value = "'" + value;
    }
    boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
        || value.indexOf('\r') >= 0 || (!value.isEmpty() && (value.charAt(0) == ' ' || value.endsWith(" ")));
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
