package cn.juesuan.disclosure.calc;

import cn.juesuan.disclosure.model.SelfAssessment;
import java.math.BigDecimal;
import java.util.List;

/**
 * 附件2 部门整体支出绩效自评表, computed by the form's own rules: 执行率 truncated to 2 decimals,
 * 得分 = 执行率 × 权重 / 100 truncated; 总分 = Σ indicator scores + the unrounded 年度资金总额
 * score, HALF_UP. Printed strings come from {@link Format#plain}.
 */
public record SelfAssessmentFigures(List<FundLine> funds, List<IndicatorLine> indicators,
                                    BigDecimal maxScore, BigDecimal totalScore, String grade) {

  /** One 整体支出规模 row: amounts as written, the truncated rate and score. */
  public record FundLine(String key, BigDecimal initial, BigDecimal full, BigDecimal actual,
                         BigDecimal rate, BigDecimal score) {
    public String rateText() {
      return Format.plain(rate);
    }

    public String scoreText() {
      return Format.plain(score);
    }
  }

  /** One 三级指标 with its 完成率 (as printed: "100.00%" computed, or the assessor's "100"). */
  public record IndicatorLine(SelfAssessment.Indicator indicator, String rateText, BigDecimal score) {
    public String scoreText() {
      return Format.plain(score);
    }
  }

  public String totalScoreText() {
    return Format.plain(totalScore);
  }

  public String maxScoreText() {
    return Format.plain(maxScore);
  }
}
