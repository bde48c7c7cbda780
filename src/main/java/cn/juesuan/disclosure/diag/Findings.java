package cn.juesuan.disclosure.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An ordered collector of findings. */
public final class Findings {
  private final List<Finding> list = new ArrayList<>();

  public void add(Finding finding) {
    list.add(finding);
  }

  public void addAll(Findings other) {
    list.addAll(other.list);
  }

  public void error(String id, Location at, String zh, String en) {
    add(new Finding(Severity.ERROR, id, at, zh, en));
  }

  public void warning(String id, Location at, String zh, String en) {
    add(new Finding(Severity.WARNING, id, at, zh, en));
  }

  public void note(String id, Location at, String zh, String en) {
    add(new Finding(Severity.NOTE, id, at, zh, en));
  }

  public void pin(String id, Location at, String zh, String en) {
    add(new Finding(Severity.PIN, id, at, zh, en));
  }

  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  /**
   * True when an error says the file could not be read at all (id {@code io.*}: not found, no
   * permission, not a regular file): the machine's problem, not the data's, so the CLI answers
   * with the I/O exit code and a batch keeps the department's PDF of an earlier run.
   */
  public boolean hasIoErrors() {
    return list.stream().anyMatch(f -> f.severity() == Severity.ERROR && f.id().startsWith("io."));
  }

  public long count(Severity severity) {
    return list.stream().filter(f -> f.severity() == severity).count();
  }

  public List<Finding> all() {
    return Collections.unmodifiableList(list);
  }

  public List<Finding> of(Severity severity) {
    return list.stream().filter(f -> f.severity() == severity).toList();
  }
}
