package cn.juesuan.disclosure.cli;

import cn.juesuan.disclosure.diag.IoFailure;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point: {@code java -jar disclosure.jar <command> …}. Exit 0 ok, 1 errors found, 2 usage,
 * 3 file or system problem, 4 internal error, 130/143 interrupted.
 */
// scope INHERIT: every command takes -h/--help (and -V) and lists the exit codes, as the README promises.
@Command(name = "disclosure", mixinStandardHelpOptions = true, version = "disclosure 0.1.0",
    scope = CommandLine.ScopeType.INHERIT,
    description = "部门决算公开 PDF 生成器 (departmental final-accounts disclosure generator)",
    subcommands = {ValidateCommand.class, GenerateCommand.class, BatchCommand.class, PreviewCommand.class,
        ExportXlsxCommand.class, NewCommand.class, SchemaCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:成功 / success", "1:发现错误 / errors found", "2:用法错误 / usage error",
        "3:文件或系统问题 / file or system problem (not found, permission, disk full…)",
        "4:内部错误 / internal error (please report)", "130:已中断 / interrupted (Ctrl-C; 143 for SIGTERM)"})
public final class Main implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "缺少命令 / missing command");
  }

  public static void main(String[] args) {
    var relaunched = LocaleRelaunch.ifNeeded(args);
    if (relaunched.isPresent()) {
      System.exit(relaunched.get());
    }
    cn.juesuan.disclosure.diag.Timing.mark("main");
    String[] arguments = LocaleRelaunch.arguments(args);
    warmUpFor(arguments);
    // UTF-8 whatever the locale: the messages are Chinese, and a C locale would print '?'.
    PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    Interruption.install(err);
    int code = run(out, err, arguments);
    out.flush();
    err.flush();
    Interruption.finished();
    System.exit(code);
  }

  /**
   * Starts, on the second core, what the command will need while the first builds the command
   * line, loads, checks and narrates; and nothing for a command that needs none of it (help,
   * version, a usage error). A guess from the words alone: picocli still parses everything.
   */
  private static void warmUpFor(String[] args) {
    boolean ownFormat = false;
    for (String arg : args) {
      if (arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version")) {
        return;
      }
      ownFormat |= arg.equals("--format-dir") || arg.startsWith("--format-dir=");
    }
    switch (args.length == 0 ? "" : args[0]) {
      case "generate", "preview", "batch" -> {
        cn.juesuan.disclosure.layout.FontSet.warmUp();
        if (!ownFormat) { // --format-dir DIR: the bundled ones may not be used
          cn.juesuan.disclosure.narrative.Narrator.warmUp(cn.juesuan.disclosure.load.Formats::defaultFormat);
        }
      }
      case "validate" -> cn.juesuan.disclosure.layout.FontSet.warmUpCoverage();
      default -> { }
    }
  }

  /** Runs the CLI without exiting the JVM. */
  public static int run(String... args) {
    return run(null, null, args);
  }

  /** Runs the CLI with its output captured (tests call this); null writers = the console. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new Main());
    if (out != null) {
      cli.setOut(out);
    }
    if (err != null) {
      cli.setErr(err);
    }
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> failure(cmd.getErr(), e));
    cli.registerConverter(java.nio.file.Path.class, Main::path);
    cn.juesuan.disclosure.diag.Timing.mark("picocli model built");
    int status = cli.execute(args);
    cn.juesuan.disclosure.diag.Timing.mark("command done");
    return status;
  }

  /** A path argument; one the machine cannot represent is refused in words (a usage error). */
  private static java.nio.file.Path path(String text) {
    try {
      return java.nio.file.Path.of(text);
    } catch (java.nio.file.InvalidPathException e) {
      IoFailure why = IoFailure.of(e);
      throw new CommandLine.TypeConversionException("\"" + text + "\"：" + why.zh() + " (" + why.en() + ")");
    }
  }

  /**
   * What escaped a command, in words: a file-system failure names its path and cause (exit 3);
   * anything else is a defect of ours (exit 4). Never an exception name or a stack trace
   * (set DISCLOSURE_DEBUG=1 to see the trace when reporting a defect).
   */
  static int failure(PrintWriter err, Exception e) {
    if (IoFailure.isIo(e)) {
      IoFailure why = IoFailure.of(e);
      String path = e instanceof java.nio.file.FileSystemException f && f.getFile() != null ? f.getFile() + "：" : "";
      String pathEn = path.isEmpty() ? "" : path.substring(0, path.length() - 1) + ": ";
      err.println(e instanceof IoFailure.Explained ? "错误 / error: " + e.getMessage()
          : "文件读写错误 / file error: " + path + why.zh() + " (" + pathEn + why.en() + ")");
      err.flush();
      return ExitCode.IO;
    }
    String detail = e.getMessage() == null ? "" : "：" + e.getMessage();
    err.println("内部错误 / internal error（程序缺陷，请报告 / a defect of the program, please report it）" + detail);
    if (System.getenv("DISCLOSURE_DEBUG") != null) {
      e.printStackTrace(err);
    }
    err.flush();
    return ExitCode.INTERNAL;
  }
}
