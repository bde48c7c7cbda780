package cn.juesuan.disclosure.batch;

/**
 * How many departments a batch renders at once. Rendering is CPU-bound, so more threads than
 * processors only add heap; and each document being built holds its model, layout and PDF
 * bytes, so the heap bounds the count as well: {@value #BASE_MB} MB for fonts and templates,
 * then {@value #PER_JOB_MB} MB per job (the benchmark's largest synthetic department peaks well
 * below that; the runner keeps at most two documents per job in flight).
 *
 * @param jobs   the number to use
 * @param reason why it is fewer than asked (Chinese, English), or null when not capped
 */
public record JobLimit(int jobs, String reason) {
  static final long BASE_MB = 96;
  static final long PER_JOB_MB = 96;

  /** @param requested the --jobs value, or 0 when none was given (default: one per processor) */
  public static JobLimit of(int requested, int processors, long maxHeapBytes) {
    long heapMb = maxHeapBytes / (1024 * 1024);
    int byHeap = (int) Math.max(1, Math.min(Integer.MAX_VALUE, (heapMb - BASE_MB) / PER_JOB_MB));
    int wanted = requested > 0 ? requested : processors;
    int jobs = Math.max(1, Math.min(wanted, Math.min(processors, byHeap)));
    if (jobs == wanted) {
      return new JobLimit(jobs, null);
    }
    String reason = jobs == processors && processors < byHeap
        ? String.format("--jobs %d 超过处理器核数，改为 %d (capped to the %d processors)", wanted, jobs, processors)
        : String.format("最大堆内存 %d MB 只够 %d 个并行任务（每个约 %d MB），改为 %d；可用 -Xmx 加大 "
            + "(the %d MB maximum heap allows %d parallel jobs of about %d MB each; raise it with -Xmx)",
            heapMb, jobs, PER_JOB_MB, jobs, heapMb, jobs, PER_JOB_MB);
    return new JobLimit(jobs, reason);
  }
}
