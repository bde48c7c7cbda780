package cn.juesuan.disclosure.load.workbook;

/**
 * What the workbook library (Apache POI) needs before its first use. POI logs through the
 * Log4j API; with no logging backend in the jar, Log4j would print "could not find a logging
 * provider" on stderr. Its simple context, switched off, keeps a user's terminal clean.
 */
public final class WorkbookLibrary {
  private WorkbookLibrary() {}

  public static void prepare() {
    setIfAbsent("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    setIfAbsent("org.apache.logging.log4j.simplelog.level", "OFF");
    setIfAbsent("log4j2.statusLoggerLevel", "OFF");
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
