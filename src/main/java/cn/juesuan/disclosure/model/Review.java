package cn.juesuan.disclosure.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What the office decided when it reviewed the file: findings it publishes as they are, each
 * with its written reason (出错说明), and printed figures it keeps where the computation gives
 * another (pins, by the figure's path). Both are empty for most departments.
 */
public record Review(List<Acceptance> acceptances, Map<String, BigDecimal> pins) {

  public static final Review NONE = new Review(List.of(), Map.of());

  public Review {
    acceptances = List.copyOf(acceptances);
    pins = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(pins));
  }

  /**
   * One accepted finding: the check's id, the field it points at ({@code null}: any field of
   * that check) and the reason in words. {@code index} is its place in the YAML list.
   */
  public record Acceptance(int index, String check, String field, String reason) {

    /** The YAML path of this acceptance, where a finding about it points. */
    public String path() {
      return "acceptances[" + index + "]";
    }
  }
}
