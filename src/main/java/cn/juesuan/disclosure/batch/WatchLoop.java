package cn.juesuan.disclosure.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * {@code preview --watch}: re-render after each settled change until {@code stop} says so
 * (Ctrl-C ends the process; tests stop it after a bounded number of renders).
 */
public final class WatchLoop {
  /** How often {@code stop} is consulted while nothing changes. */
  private static final Duration TICK = Duration.ofMillis(500);

  private WatchLoop() {}

  public static void run(ChangeWatcher watcher, Consumer<Set<Path>> render, BooleanSupplier stop)
      throws IOException, InterruptedException {
    while (!stop.getAsBoolean()) {
      Set<Path> changed = watcher.awaitChange(TICK);
      if (!changed.isEmpty()) {
        render.accept(changed);
      }
    }
  }
}
