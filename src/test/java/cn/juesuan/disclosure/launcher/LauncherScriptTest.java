package cn.juesuan.disclosure.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher src/main/sh/disclosure, run by sh next to a stand-in disclosure.jar: it passes
 * every argument through unchanged, gives one-document commands the short-run options but not
 * batch, and uses the class-data archive only when it is newer than the jar.
 */
class LauncherScriptTest {
  private static final Path SCRIPT = Path.of("src/main/sh/disclosure");

  @TempDir
  Path dir;

  @BeforeEach
  void install() throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
    Files.copy(SCRIPT, dir.resolve("disclosure"));
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, EchoMain.class.getName());
    String entry = EchoMain.class.getName().replace('.', '/') + ".class";
    try (OutputStream out = Files.newOutputStream(dir.resolve("disclosure.jar"));
         JarOutputStream jar = new JarOutputStream(out, manifest)) {
      jar.putNextEntry(new JarEntry(entry));
      try (var in = EchoMain.class.getClassLoader().getResourceAsStream(entry)) {
        in.transferTo(jar);
      }
    }
  }

  @Test
  void passesEveryArgumentThroughUnchanged() throws Exception {
    List<String> out = run("generate", "两个 词.yaml", "-o", "", "*", "$HOME");
    assertEquals(List.of("arg [generate]", "arg [两个 词.yaml]", "arg [-o]", "arg []", "arg [*]", "arg [$HOME]"),
        out.stream().filter(l -> l.startsWith("arg ")).toList());
  }

  @Test
  void everyCommandGetsC1OnlyAndOnlyOneDocumentCommandsTheSerialCollector() throws Exception {
    assertTrue(run("generate", "x.yaml").contains("option -XX:TieredStopAtLevel=1"));
    assertTrue(run("validate", "x.yaml").contains("option -XX:+UseSerialGC"));
    List<String> batch = run("batch", "in", "-o", "out");
    assertTrue(batch.contains("option -XX:TieredStopAtLevel=1"), batch.toString());
    assertFalse(batch.contains("option -XX:+UseSerialGC"), batch.toString());
    assertFalse(batch.contains("option -XX:NewRatio=1"), batch.toString());
  }

  @Test
  void usesTheArchiveOnlyWhenItIsNewerThanTheJar() throws Exception {
    Path archive = dir.resolve("disclosure.jsa");
    assertFalse(String.join("\n", run("--help")).contains("SharedArchiveFile"), "no archive, no option");
    Files.writeString(archive, "not an archive"); // the JVM ignores a bad one silently (-Xshare:auto)
    FileTime jarTime = Files.getLastModifiedTime(dir.resolve("disclosure.jar"));
    Files.setLastModifiedTime(archive, FileTime.fromMillis(jarTime.toMillis() - 60_000));
    assertFalse(String.join("\n", run("--help")).contains("SharedArchiveFile"), "a stale archive is not used");
    Files.setLastModifiedTime(archive, FileTime.fromMillis(jarTime.toMillis() + 60_000));
    List<String> fresh = run("--help");
    assertTrue(fresh.contains("option -XX:SharedArchiveFile=" + archive), fresh.toString());
    assertTrue(fresh.contains("arg [--help]"), "and the program still runs: " + fresh);
  }

  @Test
  void javaOptionsComeLastSoTheyWin() throws Exception {
    List<String> out = runWith("-XX:TieredStopAtLevel=4 -Dx=1", "generate", "x.yaml");
    List<String> options = out.stream().filter(l -> l.startsWith("option ")).toList();
    assertEquals("option -Dx=1", options.get(options.size() - 1));
    assertTrue(options.indexOf("option -XX:TieredStopAtLevel=1") < options.indexOf("option -XX:TieredStopAtLevel=4"));
  }

  private List<String> run(String... args) throws Exception {
    return runWith(null, args);
  }

  private List<String> runWith(String javaOpts, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("/bin/sh", dir.resolve("disclosure").toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.environment().remove("JAVA_OPTS");
    if (javaOpts != null) {
      pb.environment().put("JAVA_OPTS", javaOpts);
    }
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    return out.lines().toList();
  }
}
