package cn.juesuan.disclosure.batch;

import java.io.PrintWriter;

/**
 * Progress on a terminal: one line redrawn in place (carriage return), at most ten times a
 * second so that printing never slows a fast batch.
 */
public final class ProgressBar implements Progress {
  private static final int BAR = 30;
  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintWriter out;
  private long start;
  private long lastDraw;
  private int failed;
  private int lastLength;

  public ProgressBar(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void started(int total, int jobs) {
    start = System.nanoTime();
    out.printf("共 %d 个部门，%d 个线程 (%d departments, %d threads)%n", total, jobs, total, jobs);
    draw(0, total, "");
  }

  @Override
  public void finished(JobResult r, int done, int total) {
    if (!r.ok()) {
      failed++;
    }
    long now = System.nanoTime();
    if (done == total || now - lastDraw >= REDRAW_NANOS) {
      draw(done, total, r.file().name());
    }
  }

  @Override
  public void ended() {
    out.println();
    out.flush();
  }

  private void draw(int done, int total, String current) {
    lastDraw = System.nanoTime();
    int filled = total == 0 ? BAR : (int) ((long) BAR * done / total);
    double seconds = Math.max(1e-9, (lastDraw - start) / 1e9);
    String line = String.format("[%s%s] %d/%d  %.1f 份/s  失败 failed %d  %s",
        "#".repeat(filled), ".".repeat(BAR - filled), done, total, done / seconds, failed, current);
    // Pad over the rest of a longer previous line.
    int length = DisplayWidth.of(line);
    out.print("\r" + line + " ".repeat(Math.max(0, lastLength - length)));
    lastLength = length;
    out.flush();
  }
}
