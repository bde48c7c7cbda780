package cn.juesuan.disclosure.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A group of cells keyed by column or line name (e.g. {@code total}, {@code basic}).
 * A key that is absent is a blank cell; a present key holds the printed amount (0.00 included).
 */
public record Amounts(Map<String, BigDecimal> values) {

  public static final Amounts EMPTY = new Amounts(Map.of());

  public Amounts {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** The printed amount, or null for a blank cell. */
  public BigDecimal get(String key) {
    return values.get(key);
  }

  /** The amount as arithmetic sees it: a blank cell counts as zero. */
  public BigDecimal orZero(String key) {
    BigDecimal v = values.get(key);
    return v == null ? BigDecimal.ZERO : v;
  }

  public boolean isBlank() {
    return values.isEmpty();
  }
}
