package cn.juesuan.disclosure.testing;

import cn.juesuan.disclosure.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The command line in a JVM of its own, for what an in-process run cannot show: signals, the
 * machine's locale, System.exit codes. Output is collected as raw bytes and read as UTF-8.
 */
public final class ChildJvm {
  private final Process process;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final Thread outPump;
  private final Thread errPump;

  /** Set when the output goes to files: what a grandchild writes outlives the child's pipe. */
  private final Path outFile;
  private final Path errFile;

  private ChildJvm(Process process, Path outFile, Path errFile) {
    this.process = process;
    this.outFile = outFile;
    this.errFile = errFile;
    this.outPump = pump(process.getInputStream(), out);
    this.errPump = pump(process.getErrorStream(), err);
  }

  /** Starts {@code Main args} with the test class path; {@code env} replaces the whole environment when not null. */
  public static ChildJvm start(Path workDir, Map<String, String> env, String... args) throws IOException {
    return start(workDir, env, null, args);
  }

  /**
   * As above, the output written to files in {@code logDir} when not null: a program that starts
   * itself again writes from the grandchild, whose output Java's pipe of the child would drop
   * once the child has exited.
   */
  public static ChildJvm start(Path workDir, Map<String, String> env, Path logDir, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile());
    if (env != null) {
      pb.environment().clear();
      pb.environment().putAll(env);
    }
    Path outFile = logDir == null ? null : logDir.resolve("stdout.txt");
    Path errFile = logDir == null ? null : logDir.resolve("stderr.txt");
    if (logDir != null) {
      pb.redirectOutput(outFile.toFile()).redirectError(errFile.toFile());
    }
    return new ChildJvm(pb.start(), outFile, errFile);
  }

  public Process process() {
    return process;
  }

  public int waitFor() throws InterruptedException {
    int code = process.waitFor();
    outPump.join();
    errPump.join();
    return code;
  }

  public String out() {
    if (outFile != null) {
      return read(outFile);
    }
    synchronized (out) {
      return out.toString(StandardCharsets.UTF_8);
    }
  }

  public String err() {
    if (errFile != null) {
      return read(errFile);
    }
    synchronized (err) {
      return err.toString(StandardCharsets.UTF_8);
    }
  }

  private static String read(Path file) {
    try {
      return java.nio.file.Files.exists(file) ? java.nio.file.Files.readString(file, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends a signal by name (INT, TERM, KILL). */
  public void signal(String name) throws IOException, InterruptedException {
    new ProcessBuilder("kill", "-" + name, String.valueOf(process.pid())).start().waitFor();
  }

  private static Thread pump(InputStream in, ByteArrayOutputStream sink) {
    Thread t = new Thread(() -> {
      byte[] buffer = new byte[8192];
      try {
        for (int n; (n = in.read(buffer)) > 0; ) {
          synchronized (sink) {
            sink.write(buffer, 0, n);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    t.setDaemon(true);
    t.start();
    return t;
  }
}
