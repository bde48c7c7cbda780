package cn.juesuan.disclosure.model;

import java.math.BigDecimal;
import java.util.Map;

/**
 * 第四部分 预算绩效情况说明: project counts and funds of the self-evaluations (万元, printed as
 * given), and the department's sentences.
 */
public record Performance(Map<String, BigDecimal> selfEvaluation, Map<String, BigDecimal> keyEvaluation,
                          String summary, String selfEvaluationResult, String keyEvaluationResult) {}
