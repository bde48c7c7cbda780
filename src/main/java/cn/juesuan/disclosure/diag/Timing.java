package cn.juesuan.disclosure.diag;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Phase timestamps for start-up profiling, printed to stderr when the environment variable
 * {@code DISCLOSURE_TIMING=1} (or {@code -Ddisclosure.timing=true}) is set: milliseconds since
 * the JVM was started, the CPU time (user+sys, from /proc where it exists) of the process and of
 * the marking thread so far, the thread and the phase. On a busy machine the main thread's CPU
 * time is the better guide to what a quiet one would take. Off by default, and then a mark
 * costs one boolean test.
 */
public final class Timing {
  private static final boolean ON = "1".equals(System.getenv("DISCLOSURE_TIMING"))
      || Boolean.getBoolean("disclosure.timing");
  /** Clock ticks per second of /proc/self/stat (USER_HZ, 100 on every Linux we run on). */
  private static final long TICKS_PER_SECOND = 100;
  private static final long NANOS_AT_INIT = System.nanoTime();
  /** How old the process was when this class was initialised (10 ms resolution), or 0. */
  private static final long AGE_AT_INIT_MILLIS = ON ? processAgeMillis() : 0;

  private Timing() {}

  /** Notes that {@code phase} has just finished (or started, as its name says). */
  public static void mark(String phase) {
    if (!ON) {
      return;
    }
    long wall = AGE_AT_INIT_MILLIS + (System.nanoTime() - NANOS_AT_INIT) / 1_000_000;
    long cpu = cpuMillis("/proc/self/stat");
    long threadCpu = cpuMillis("/proc/thread-self/stat");
    System.err.printf("[timing] %5d ms  cpu %5s ms  thread cpu %5s ms  %-13s %s%n", wall, show(cpu), show(threadCpu),
        Thread.currentThread().getName(), phase);
  }

  /** Seconds since boot (/proc/uptime) minus the process's start tick (/proc/self/stat). */
  private static long processAgeMillis() {
    try {
      String[] stat = statFields("/proc/self/stat");
      long startTicks = Long.parseLong(stat[19]);
      String uptime = Files.readString(Path.of("/proc/uptime")).split(" ")[0];
      return (long) (Double.parseDouble(uptime) * 1000) - startTicks * 1000 / TICKS_PER_SECOND;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  private static String show(long millis) {
    return millis < 0 ? "?" : Long.toString(millis);
  }

  /** utime + stime of the process (/proc/self) or of this thread (/proc/thread-self), or -1. */
  private static long cpuMillis(String stat) {
    try {
      String[] f = statFields(stat);
      long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
      return ticks * 1000 / TICKS_PER_SECOND;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** Fields of /proc/self/stat after the command name: [0] is field 3 (state), [11] utime, [19] starttime. */
  private static String[] statFields(String file) throws IOException {
    String stat = Files.readString(Path.of(file));
    return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
  }
}
