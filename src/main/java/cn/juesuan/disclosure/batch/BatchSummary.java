package cn.juesuan.disclosure.batch;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The end of a batch on screen: every failed department with its errors, then the table of
 * departments (all of them up to {@value #FULL_TABLE_LIMIT}, beyond that only the failed
 * ones: summary.csv has every row), then the totals.
 */
public final class BatchSummary {
  static final int FULL_TABLE_LIMIT = 100;
  private static final List<String> HEADER = List.of(
      "文件 file", "部门 department", "年度", "状态", "错误", "警告", "锁定值", "已说明", "页数", "字节 bytes", "毫秒 ms");

  private BatchSummary() {}

  public static void print(PrintWriter out, List<JobResult> results, long wallMillis, String csvName) {
    print(out, results, List.of(), 0, wallMillis, csvName);
  }

  /**
   * @param skipped entries that looked like departments but were not read
   * @param notRun  departments never started because the batch was interrupted
   */
  public static void print(PrintWriter out, List<JobResult> results, List<DepartmentFiles.Skipped> skipped,
                           int notRun, long wallMillis, String csvName) {
    if (!skipped.isEmpty()) {
      out.println();
      out.printf("已跳过 (skipped): %d%n", skipped.size());
      skipped.forEach(s -> out.println("- " + s.render()));
    }
    List<JobResult> failed = results.stream().filter(r -> !r.ok()).toList();
    if (!failed.isEmpty()) {
      out.println();
      out.printf("未生成 PDF 的部门 (departments without a PDF): %d%n", failed.size());
      for (JobResult r : failed) {
        out.println("✗ " + r.file().name() + (r.department().isEmpty() ? "" : "（" + r.department() + "）"));
        r.problems().forEach(p -> out.println("    " + p));
      }
    }
    List<JobResult> shown = results.size() <= FULL_TABLE_LIMIT ? results : failed;
    if (!shown.isEmpty()) {
      out.println();
      table(out, shown);
    }
    if (shown.size() < results.size()) {
      out.printf("（仅列出失败的部门，完整列表见 %s / only failed departments are listed, see %s）%n", csvName, csvName);
    }
    long ok = results.size() - failed.size();
    long bytes = results.stream().mapToLong(JobResult::bytes).sum();
    long pages = results.stream().mapToLong(JobResult::pages).sum();
    out.printf("%n成功 %d 个，失败 %d 个；%d 页，%.1f MB；用时 %.1f s（%.1f 份/s）%n"
            + "(%d ok, %d failed; %d pages, %.1f MB; %.1f s, %.1f documents/s)%n",
        ok, failed.size(), pages, bytes / 1e6, wallMillis / 1e3, rate(ok, wallMillis),
        ok, failed.size(), pages, bytes / 1e6, wallMillis / 1e3, rate(ok, wallMillis));
    if (notRun > 0) {
      out.printf("已中断 / interrupted：完成 %d 个部门，未处理 %d 个（汇总表只含已完成的部门）"
          + "(%d departments finished, %d not started; the summary lists the finished ones)%n",
          results.size(), notRun, results.size(), notRun);
    }
    out.flush();
  }

  private static String statusText(JobResult r) {
    return switch (r.outcome()) {
      case OK -> "成功 ok";
      case ERRORS -> "失败 failed";
      case IO -> "读写失败 I/O";
      case INTERNAL -> "内部错误 internal";
    };
  }

  private static double rate(long count, long millis) {
    return millis <= 0 ? 0 : count * 1000.0 / millis;
  }

  private static void table(PrintWriter out, List<JobResult> rows) {
    List<List<String>> cells = new ArrayList<>();
    cells.add(HEADER);
    for (JobResult r : rows) {
      cells.add(List.of(r.file().name(), r.department(), r.year() == 0 ? "" : String.valueOf(r.year()),
          statusText(r), String.valueOf(r.errors()), String.valueOf(r.warnings()),
          String.valueOf(r.pins()), String.valueOf(r.accepted()), String.valueOf(r.pages()), String.valueOf(r.bytes()),
          String.valueOf(r.millis())));
    }
    int[] widths = new int[HEADER.size()];
    for (List<String> row : cells) {
      for (int c = 0; c < row.size(); c++) {
        widths[c] = Math.max(widths[c], DisplayWidth.of(row.get(c)));
      }
    }
    for (List<String> row : cells) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < row.size(); c++) {
        // Text columns left-aligned, numbers right-aligned.
        line.append(c < 4 ? DisplayWidth.padRight(row.get(c), widths[c]) : DisplayWidth.padLeft(row.get(c), widths[c]));
        line.append(c + 1 < row.size() ? "  " : "");
      }
      out.println(line.toString().stripTrailing());
    }
  }
}
