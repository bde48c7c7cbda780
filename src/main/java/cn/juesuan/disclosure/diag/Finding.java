package cn.juesuan.disclosure.diag;

/**
 * One result of loading, checking or calculating: a value, not an exception, so that every
 * problem of a file is reported at once and the CLI alone decides the exit code.
 *
 * @param id      stable identifier (e.g. {@code T03a}, {@code load.unknown-key}, {@code pin.rate})
 * @param zh      the message in Chinese (the finance office's language)
 * @param en      the same in English
 */
public record Finding(Severity severity, String id, Location location, String zh, String en) {

  public String render() {
    return location + ": " + severity.zh + "/" + severity.en + " [" + id + "] " + zh + " (" + en + ")";
  }
}
