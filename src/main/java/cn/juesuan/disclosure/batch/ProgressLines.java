package cn.juesuan.disclosure.batch;

import java.io.PrintWriter;

/** Progress for logs and pipes: one line per finished department. */
public final class ProgressLines implements Progress {
  private final PrintWriter out;
  private int width;

  public ProgressLines(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void started(int total, int jobs) {
    width = String.valueOf(total).length();
    out.printf("共 %d 个部门，%d 个线程 (%d departments, %d threads)%n", total, jobs, total, jobs);
    out.flush();
  }

  @Override
  public void finished(JobResult r, int done, int total) {
    String what = r.ok()
        ? String.format("ok      %d 页 pages, %d KB", r.pages(), (r.bytes() + 1023) / 1024)
        : String.format("failed  %d 个错误 errors", r.errors());
    out.printf("[%" + width + "d/%d] %-40s %s, %d ms%n", done, total, r.file().name(), what, r.millis());
    out.flush();
  }

  @Override
  public void ended() {}
}
