package cn.juesuan.disclosure.catalogue;

/**
 * A format that cannot be used: unknown id, or a {@code format.yaml} that is missing or
 * malformed. Carries the message in Chinese and English; the loader turns it into a finding.
 */
public final class FormatException extends RuntimeException {
  private final String zh;
  private final String en;

  public FormatException(String zh, String en) {
    super(en);
    this.zh = zh;
    this.en = en;
  }

  public String zh() {
    return zh;
  }

  public String en() {
    return en;
  }
}
