package cn.juesuan.disclosure.cli;

/** The exit codes of every command (README, "Commands"). */
final class ExitCode {
  static final int OK = 0;
  /** The data has errors: no PDF (or, in a batch, some departments got none). */
  static final int ERRORS_FOUND = 1;
  /** The command line is wrong. */
  static final int USAGE = 2;
  /** A file or the file system failed: not found, no permission, disk full, a file we may not replace. */
  static final int IO = 3;
  /** A defect of the program: please report it. */
  static final int INTERNAL = 4;
  /** Ended by Ctrl-C (SIGINT: 130) or SIGTERM (143): 128 + the signal, set by the JVM. */
  static final int INTERRUPTED = 130;

  private ExitCode() {}
}
