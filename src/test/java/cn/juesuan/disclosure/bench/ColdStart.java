package cn.juesuan.disclosure.bench;

import cn.juesuan.disclosure.narrative.Narrator;
import cn.juesuan.disclosure.pipeline.DocumentAssembler;
import cn.juesuan.disclosure.pipeline.Pipeline;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The cold path of issue 15: one command in a fresh JVM, as a person runs it. Each command
 * runs once unmeasured (so that the jar and the fonts are in the page cache, as on any second
 * use), then {@value #RUNS} times; the medians of wall time and of CPU time (user+sys of the
 * process and its children, from the shell's {@code times}) are reported, through the launcher
 * {@code target/disclosure} and through plain {@code java -jar target/disclosure.jar}.
 *
 * <p>The opponent: LibreOffice converting the same document as a DOCX ({@link DocxWriter}) to
 * PDF, {@code soffice --headless --convert-to pdf}, the last step of how offices make this PDF
 * today. It gets the same treatment: its own user profile, made by one unmeasured run, then
 * {@value #RUNS} measured runs; the Noto fonts are given to it through a fontconfig file, as
 * an office PC would have them installed. Skipped with a note where {@code soffice} is not on
 * the PATH (e.g. {@code apt-get install libreoffice-writer-nogui}).
 */
final class ColdStart {
  static final int RUNS = 5;
  private static final Pattern TIMES = Pattern.compile("(\\d+)m([\\d.]+)s\\s+(\\d+)m([\\d.]+)s");

  /** Medians of one command. */
  record Timing(String name, List<Double> walls, List<Double> cpus) {
    double wall() {
      return median(walls);
    }

    double cpu() {
      return median(cpus);
    }

    String line() {
      return String.format("%-44s wall median %.2f s, CPU median %.2f s   (wall %s; CPU %s)", name, wall(), cpu(),
          format(walls), format(cpus));
    }
  }

  /** All cold figures of one run of the benchmark. */
  record Result(Timing generate, Timing validate, Timing help, Timing jarGenerate, Timing jarValidate,
                Timing jarHelp, Timing office, String officeNote, double loadBefore, double loadAfter) {
    double ratio() {
      return office == null ? Double.NaN : generate.wall() / office.wall();
    }

    double cpuRatio() {
      return office == null ? Double.NaN : generate.cpu() / office.cpu();
    }
  }

  private ColdStart() {}

  static Result measure(Path jar, Path example, Path work) throws IOException, InterruptedException {
    Files.createDirectories(work);
    double loadBefore = load();
    Path launcher = jar.resolveSibling("disclosure");
    String pdf = work.resolve("cold.pdf").toString();
    String yaml = example.toString();
    List<String> viaLauncher = List.of(launcher.toString());
    List<String> viaJar = List.of(java(), "-jar", jar.toString());
    // the launcher takes the JVM the archive was made with, like the build (JAVA_HOME)
    Map<String, String> javaHome = Map.of("JAVA_HOME", System.getProperty("java.home"));
    Timing generate = run("launcher: generate", concat(viaLauncher, "generate", yaml, "-o", pdf), work, 0, javaHome);
    Timing validate = run("launcher: validate", concat(viaLauncher, "validate", yaml), work, 0, javaHome);
    Timing help = run("launcher: --help", concat(viaLauncher, "--help"), work, 0, javaHome);
    Timing jarGenerate = run("java -jar: generate", concat(viaJar, "generate", yaml, "-o", pdf), work, 0);
    Timing jarValidate = run("java -jar: validate", concat(viaJar, "validate", yaml), work, 0);
    Timing jarHelp = run("java -jar: --help", concat(viaJar, "--help"), work, 0);

    Timing office = null;
    String note;
    Path soffice = onPath("soffice");
    if (soffice == null) {
      note = "LibreOffice: soffice is not on the PATH, comparison skipped "
          + "(install it to compare, e.g. apt-get install libreoffice-writer-nogui)";
    } else {
      Path docx = work.resolve("example.docx");
      Pipeline.Analysis a = Pipeline.analyse(example);
      DocxWriter.write(DocumentAssembler.assemble(a, Narrator.bundled(), DocumentAssembler.Options.FINAL), docx);
      Path out = work.resolve("office");
      Path profile = work.resolve("office-profile");
      List<String> convert = List.of(soffice.toString(), "-env:UserInstallation=" + profile.toUri(), "--headless",
          "--norestore", "--convert-to", "pdf", "--outdir", out.toString(), docx.toString());
      Map<String, String> env = Map.of("FONTCONFIG_FILE", fontConfig(work, jar).toString());
      office = run("LibreOffice: DOCX → PDF", convert, work, 0, env);
      Path officePdf = out.resolve("example.pdf");
      note = String.format("LibreOffice: %s → %s (%d KB, %d pages; ours %d pages)", docx.getFileName(),
          officePdf.getFileName(), Files.size(officePdf) / 1024, pages(officePdf), pages(Path.of(pdf)));
    }
    return new Result(generate, validate, help, jarGenerate, jarValidate, jarHelp, office, note, loadBefore, load());
  }

  private static Timing run(String name, List<String> command, Path work, int expectedExit)
      throws IOException, InterruptedException {
    return run(name, command, work, expectedExit, Map.of());
  }

  private static Timing run(String name, List<String> command, Path work, int expectedExit, Map<String, String> env)
      throws IOException, InterruptedException {
    List<Double> walls = new ArrayList<>();
    List<Double> cpus = new ArrayList<>();
    Path log = work.resolve("cold-run.log");
    for (int i = 0; i <= RUNS; i++) { // run 0 is the unmeasured one
      List<String> sh = new ArrayList<>(List.of("sh", "-c", "\"$@\" >\"$0\" 2>&1; s=$?; times; exit $s", log.toString()));
      sh.addAll(command);
      ProcessBuilder pb = new ProcessBuilder(sh).redirectErrorStream(true);
      pb.environment().putAll(env);
      long t0 = System.nanoTime();
      Process p = pb.start();
      String times = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int exit = p.waitFor();
      double wall = (System.nanoTime() - t0) / 1e9;
      if (exit != expectedExit) {
        throw new IllegalStateException(name + " exited " + exit + ": " + Files.readString(log));
      }
      if (i > 0) {
        walls.add(wall);
        cpus.add(childrenCpu(times));
      }
    }
    return new Timing(name, walls, cpus);
  }

  /** The second line of {@code times}: user and system time of the shell's children. */
  private static double childrenCpu(String times) {
    Matcher m = TIMES.matcher(times);
    double cpu = Double.NaN;
    while (m.find()) { // the last match is the children's line
      cpu = Integer.parseInt(m.group(1)) * 60 + Double.parseDouble(m.group(2))
          + Integer.parseInt(m.group(3)) * 60 + Double.parseDouble(m.group(4));
    }
    return cpu;
  }

  /** The system's fontconfig plus the repo's fonts/ (LibreOffice finds fonts through fontconfig). */
  private static Path fontConfig(Path work, Path jar) throws IOException {
    Path fonts = jar.toAbsolutePath().getParent().resolveSibling("fonts");
    Path conf = work.resolve("fonts.conf");
    Files.writeString(conf, "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig>\n"
        + "  <include ignore_missing=\"yes\">/etc/fonts/fonts.conf</include>\n"
        + "  <dir>" + fonts + "</dir>\n  <cachedir>" + work.resolve("fontconfig-cache") + "</cachedir>\n"
        + "</fontconfig>\n", StandardCharsets.UTF_8);
    return conf;
  }

  private static int pages(Path pdf) throws IOException {
    try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
      return d.getNumberOfPages();
    }
  }

  private static Path onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path p = Path.of(dir, program);
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    return null;
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static List<String> concat(List<String> head, String... tail) {
    List<String> all = new ArrayList<>(head);
    all.addAll(List.of(tail));
    return all;
  }

  private static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  static double median(List<Double> xs) {
    List<Double> s = xs.stream().sorted().toList();
    int n = s.size();
    return n == 0 ? Double.NaN : n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
  }

  private static String format(List<Double> xs) {
    return String.join(" ", xs.stream().map(x -> String.format("%.2f", x)).toList());
  }
}
