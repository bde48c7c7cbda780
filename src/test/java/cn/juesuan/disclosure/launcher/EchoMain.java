package cn.juesuan.disclosure.launcher;

import java.lang.management.ManagementFactory;

/** Stands in for the real main class in {@link LauncherScriptTest}: prints its JVM options and arguments. */
public final class EchoMain {
  private EchoMain() {}

  public static void main(String[] args) {
    for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      System.out.println("option " + option);
    }
    for (String arg : args) {
      System.out.println("arg [" + arg + "]");
    }
  }
}
