package cn.juesuan.disclosure.diag;

/** How much a finding matters. Only {@link #ERROR} stops a PDF from being written. */
public enum Severity {
  ERROR("错误", "error"),
  WARNING("警告", "warning"),
  /** A rounding (尾数) difference within tolerance: reported, never blocking. */
  NOTE("提示", "note"),
  /** A printed value kept by the YAML where the computation gives another. */
  PIN("锁定值", "pin"),
  /**
   * An error or warning the office has seen and publishes as is, with its reason (出错说明, the
   * 决算 software's answer to a failing audit formula): reported, never blocking.
   */
  ACCEPTED("已说明", "accepted");

  public final String zh;
  public final String en;

  Severity(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }
}
