package cn.juesuan.disclosure.cli;

import cn.juesuan.disclosure.diag.Finding;
import cn.juesuan.disclosure.diag.Findings;
import cn.juesuan.disclosure.diag.Severity;
import java.io.PrintWriter;
import java.nio.file.Path;

/** How findings are shown on a terminal: one line each, then a count line. */
final class Reporting {
  private Reporting() {}

  static void print(PrintWriter out, Path file, Findings findings) {
    for (Finding f : findings.all()) {
      out.println(f.render());
    }
    out.printf("%s: %d 个错误 errors, %d 个警告 warnings, %d 个尾数提示 notes, %d 个锁定值 pins, %d 个已说明 accepted%n",
        file, findings.count(Severity.ERROR), findings.count(Severity.WARNING), findings.count(Severity.NOTE),
        findings.count(Severity.PIN), findings.count(Severity.ACCEPTED));
  }
}
