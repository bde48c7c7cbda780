package cn.juesuan.disclosure.cli;

import cn.juesuan.disclosure.pipeline.OutputFiles;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C (SIGINT) and SIGTERM: the JVM runs this hook, which asks the running command to stop
 * ({@link #requested()}: a batch starts no new department, the watcher ends), waits for it to
 * finish its in-flight files and print what was done, then removes any temporary file still
 * being written, and says "已中断 / interrupted". kill -9 cannot be caught: the next run removes
 * the temporary files it leaves ({@link OutputFiles#removeStaleTemporaryFiles}).
 */
final class Interruption {
  /** Long enough for the departments being rendered to finish; then they are abandoned. */
  private static final long GRACE_SECONDS = 20;
  private static volatile boolean requested;
  private static volatile boolean reported;
  private static final CountDownLatch FINISHED = new CountDownLatch(1);

  private Interruption() {}

  static void install(PrintWriter err) {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      if (FINISHED.getCount() == 0) {
        return; // a normal exit
      }
      requested = true;
      try {
        FINISHED.await(GRACE_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      OutputFiles.abandonInFlight();
      if (!reported) {
        err.println("已中断 / interrupted");
      }
      err.flush();
    }, "interruption"));
  }

  /** True once a signal asked the program to stop. */
  static boolean requested() {
    return requested;
  }

  /** The command has said "interrupted" itself (the batch summary does). */
  static void reported() {
    reported = true;
  }

  /** The command is done (normally or after a stop): the hook need not wait any longer. */
  static void finished() {
    FINISHED.countDown();
  }
}
