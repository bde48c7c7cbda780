package cn.juesuan.disclosure.diag;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Phase timestamps for start-up profiling, printed to stderr when the environment variable
 * {@code DISCLOSURE_TIMING=1} (or {@code -Ddisclosure.timing=true}) is set: milliseconds since
 * the JVM was started, the process's CPU time so far (user+sys, from /proc where it exists),
 * the thread and the phase. Off by default, and then a mark costs one boolean test.
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

  public static boolean enabled() {
    return ON;
  }

  /** Notes that {@code phase} has just finished (or started, as its name says). */
  public static void mark(String phase) {
    if (!ON) {
      return;
    }
    long wall = AGE_AT_INIT_MILLIS + (System.nanoTime() - NANOS_AT_INIT) / 1_000_000;
    long cpu = processCpuMillis();
    System.err.printf("[timing] %5d ms  cpu %5s ms  %-12s %s%n", wall, cpu < 0 ? "?" : Long.toString(cpu),
        Thread.currentThread().getName(), phase);
  }

  /** Seconds since boot (/proc/uptime) minus the process's start tick (/proc/self/stat). */
  private static long processAgeMillis() {
    try {
      String[] stat = statFields();
      long startTicks = Long.parseLong(stat[19]);
      String uptime = Files.readString(Path.of("/proc/uptime")).split(" ")[0];
      return (long) (Double.parseDouble(uptime) * 1000) - startTicks * 1000 / TICKS_PER_SECOND;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  /** utime + stime of the whole process, or -1 where /proc is not there. */
  private static long processCpuMillis() {
    try {
      String[] f = statFields();
      long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
      return ticks * 1000 / TICKS_PER_SECOND;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** Fields of /proc/self/stat after the command name: [0] is field 3 (state), [11] utime, [19] starttime. */
  private static String[] statFields() throws IOException {
    String stat = Files.readString(Path.of("/proc/self/stat"));
    return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
  }
}
