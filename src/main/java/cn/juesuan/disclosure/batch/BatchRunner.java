package cn.juesuan.disclosure.batch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the departments of a batch on a fixed pool of threads. At most {@code 2 × jobs}
 * departments are in flight (rendering or waiting for a thread): the list of files may be
 * long, the documents being built stay few, so the heap stays flat whatever the batch size.
 */
public final class BatchRunner {
  private final int jobs;

  public BatchRunner(int jobs) {
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be ≥ 1, got " + jobs);
    }
    this.jobs = jobs;
  }

  /** Results in the order of {@code files}; progress is reported in completion order. */
  public List<JobResult> run(List<DepartmentFile> files, DepartmentJob job, Progress progress)
      throws InterruptedException {
    return run(files, job, progress, () -> false);
  }

  /**
   * As above, stopping early once {@code stop} says so (Ctrl-C, SIGTERM): no department starts
   * after that, those running finish (their PDFs are whole or not there at all), and the
   * departments never started are null in the result.
   */
  public List<JobResult> run(List<DepartmentFile> files, DepartmentJob job, Progress progress,
                             java.util.function.BooleanSupplier stop) throws InterruptedException {
    progress.started(files.size(), jobs);
    JobResult[] results = new JobResult[files.size()];
    ExecutorService pool = Executors.newFixedThreadPool(jobs, workerThreads());
    try {
      CompletionService<Indexed> done = new ExecutorCompletionService<>(pool);
      int limit = (int) Math.min(Integer.MAX_VALUE, 2L * jobs);
      int next = 0;
      int inFlight = 0;
      for (int finished = 0; finished < files.size(); finished++) {
        while (inFlight < limit && next < files.size() && !stop.getAsBoolean()) {
          int i = next++;
          DepartmentFile file = files.get(i);
          // A department queued when the stop came is not started (null result).
          done.submit(() -> new Indexed(i, stop.getAsBoolean() ? null : job.run(file)));
          inFlight++;
        }
        if (inFlight == 0) {
          break; // stopped: nothing left running
        }
        Indexed r = take(done);
        inFlight--;
        if (r.result() == null) {
          finished--;
          continue;
        }
        results[r.index()] = r.result();
        progress.finished(r.result(), finished + 1, files.size());
      }
    } finally {
      pool.shutdownNow();
    }
    progress.ended();
    return new ArrayList<>(Arrays.asList(results));
  }

  private record Indexed(int index, JobResult result) {}

  private static Indexed take(CompletionService<Indexed> done)
      throws InterruptedException {
    Future<Indexed> f = done.take();
    try {
      return f.get();
    } catch (ExecutionException e) {
      // DepartmentJob catches everything but an Error (OutOfMemoryError…): nothing to continue with.
      throw new IllegalStateException("批处理线程异常终止 (a batch worker died): " + e.getCause(), e.getCause());
    }
  }

  private static ThreadFactory workerThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "batch-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
