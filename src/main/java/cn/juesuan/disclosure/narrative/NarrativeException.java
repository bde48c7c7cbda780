package cn.juesuan.disclosure.narrative;

/** A defect of a template (unknown marker, undefined value): the template author's to fix. */
public final class NarrativeException extends RuntimeException {
  public NarrativeException(String message) {
    super(message);
  }

  public NarrativeException(String message, Throwable cause) {
    super(message, cause);
  }
}
