package cn.juesuan.disclosure.model;

import java.util.List;

/** One entry of the 附件 list: a self-evaluation report or the self-assessment table. */
public record Attachment(String title, Kind kind, List<String> headingNumbers) {
  public enum Kind { REPORT, SELF_ASSESSMENT }
}
