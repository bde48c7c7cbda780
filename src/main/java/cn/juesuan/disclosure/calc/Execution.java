package cn.juesuan.disclosure.calc;

/**
 * 决算 vs 预算 (完成年初预算的 X%). {@code rate} is what prints: the computed rate, or the pinned
 * printed value where the YAML keeps one ({@code computedRate} then differs). Null rates: no
 * budget, so no percentage may be printed.
 */
public record Execution(String key, String name, Money budget, Money actual, Percent rate,
                        Percent computedRate, boolean pinned, Relation relation, String reason) {}
