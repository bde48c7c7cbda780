package cn.juesuan.disclosure.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Java 17 on Linux encodes file names in the locale's charset, fixed at start-up: under LANG=C
 * (or no LANG at all, common on servers and in containers) a file name with Chinese characters
 * — every default output name — cannot even be formed, and the arguments arrive as '?'.
 * {@code -Dsun.jnu.encoding} is ignored by this JDK, so the program starts itself again under
 * the C.UTF-8 locale, with the arguments read as raw bytes from /proc/self/cmdline and handed
 * over in Base64 (so that no charset touches them), and its own standard streams. When that is
 * not possible (no /proc, a non-ASCII java path) it runs as is, and a path that cannot be
 * represented is reported in words, naming the locale.
 */
final class LocaleRelaunch {
  static final String ARGS_PROPERTY = "disclosure.args";
  private static final String GUARD = "DISCLOSURE_UTF8_RELAUNCHED";

  private LocaleRelaunch() {}

  /** The arguments handed over by the parent, or {@code args} when started directly. */
  static String[] arguments(String[] args) {
    String packed = System.getProperty(ARGS_PROPERTY);
    return packed == null ? args : unpack(packed);
  }

  /** Arguments as ASCII: each "a" + Base64 of its UTF-8 bytes (so an empty one survives), joined by '.'. */
  static String pack(List<String> args) {
    List<String> encoded = new ArrayList<>();
    for (String a : args) {
      encoded.add("a" + Base64.getEncoder().encodeToString(a.getBytes(StandardCharsets.UTF_8)));
    }
    return String.join(".", encoded);
  }

  static String[] unpack(String packed) {
    if (packed.isEmpty()) {
      return new String[0];
    }
    return Arrays.stream(packed.split("\\.", -1))
        .map(a -> new String(Base64.getDecoder().decode(a.substring(1)), StandardCharsets.UTF_8)).toArray(String[]::new);
  }

  static boolean fileNamesAreUtf8() {
    String jnu = System.getProperty("sun.jnu.encoding");
    try {
      return jnu == null || Charset.forName(jnu).equals(StandardCharsets.UTF_8);
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** Runs the program again under a UTF-8 locale when needed; its exit code, or empty to go on here. */
  static Optional<Integer> ifNeeded(String[] args) {
    if (fileNamesAreUtf8() || System.getenv(GUARD) != null || System.getProperty(ARGS_PROPERTY) != null) {
      return Optional.empty();
    }
    List<String> command = command(args.length);
    if (command == null) {
      return Optional.empty();
    }
    command.add(1, "-D" + ARGS_PROPERTY + "=" + pack(rawArguments(args.length)));
    ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
    pb.environment().put("LC_ALL", "C.UTF-8");
    pb.environment().put(GUARD, "1");
    try {
      Process child = pb.start();
      // A SIGTERM sent to this process only is passed on, and this one waits for the child's summary.
      Thread forward = new Thread(() -> {
        child.destroy();
        try {
          child.waitFor();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      Runtime.getRuntime().addShutdownHook(forward);
      int code = child.waitFor();
      try {
        Runtime.getRuntime().removeShutdownHook(forward);
      } catch (IllegalStateException shuttingDown) {
        // a signal came: the hook has passed it on and waited for the child
      }
      return Optional.of(code);
    } catch (IOException | InterruptedException e) {
      return Optional.empty();
    }
  }

  private static List<String> raw;

  /** The whole command line as the kernel holds it (UTF-8 bytes), or null without /proc. */
  private static List<String> cmdline() {
    if (raw == null) {
      try {
        byte[] bytes = Files.readAllBytes(Path.of("/proc/self/cmdline"));
        String all = new String(bytes, StandardCharsets.UTF_8);
        if (all.endsWith("\0")) {
          all = all.substring(0, all.length() - 1);
        }
        raw = List.of(all.split("\0", -1));
      } catch (IOException | RuntimeException e) {
        raw = List.of();
      }
    }
    return raw;
  }

  private static List<String> rawArguments(int count) {
    List<String> all = cmdline();
    return all.subList(all.size() - count, all.size());
  }

  /** java, its options and -jar/-cp part, without the program's arguments; null when unusable. */
  private static List<String> command(int argCount) {
    List<String> all = cmdline();
    if (all.size() <= argCount) {
      return null;
    }
    List<String> launcher = new ArrayList<>(all.subList(0, all.size() - argCount));
    // ProcessBuilder encodes in the (non-UTF-8) locale: only plain ASCII survives it.
    boolean ascii = launcher.stream().allMatch(s -> s.chars().allMatch(c -> c < 128));
    return ascii ? launcher : null;
  }
}
