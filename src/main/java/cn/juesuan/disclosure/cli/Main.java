package cn.juesuan.disclosure.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code java -jar disclosure.jar <command> …}. Exit 0 ok, 1 findings, 2 usage. */
@Command(name = "disclosure", mixinStandardHelpOptions = true, version = "disclosure 0.1.0",
    description = "部门决算公开 PDF 生成器 (departmental final-accounts disclosure generator)",
    subcommands = {ValidateCommand.class, GenerateCommand.class, BatchCommand.class, PreviewCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:成功 / success", "1:发现错误 / errors found", "2:用法错误 / usage error"})
public final class Main implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "缺少命令 / missing command");
  }

  public static void main(String[] args) {
    cn.juesuan.disclosure.diag.Timing.mark("main");
    warmUpFor(args);
    System.exit(run(args));
  }

  /**
   * Starts, on the second core, what the command will need while the first builds the command
   * line, loads, checks and narrates; and nothing for a command that needs none of it (help,
   * version, a usage error). A guess from the words alone: picocli still parses everything.
   */
  private static void warmUpFor(String[] args) {
    boolean ownTemplates = false;
    for (String arg : args) {
      if (arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version")) {
        return;
      }
      ownTemplates |= arg.equals("--templates") || arg.startsWith("--templates=")
          || arg.equals("--format-dir") || arg.startsWith("--format-dir=");
    }
    switch (args.length == 0 ? "" : args[0]) {
      case "generate", "preview", "batch" -> {
        cn.juesuan.disclosure.layout.FontSet.warmUp();
        if (!ownTemplates) { // --format-dir DIR: the bundled ones may not be used
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
  public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new Main());
    if (out != null) {
      cli.setOut(out);
    }
    if (err != null) {
      cli.setErr(err);
    }
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("内部错误 / internal error: " + e);
      return 1;
    });
    cn.juesuan.disclosure.diag.Timing.mark("picocli model built");
    int status = cli.execute(args);
    cn.juesuan.disclosure.diag.Timing.mark("command done");
    return status;
  }
}
