package cn.juesuan.disclosure.calc;

import cn.juesuan.disclosure.diag.Findings;
import cn.juesuan.disclosure.model.Disclosure;
import cn.juesuan.disclosure.model.SelfAssessment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 附件2's own arithmetic (元): 执行率 = 全年执行数 / 全年预算数, truncated; 得分 = 执行率 × 权重;
 * quantitative indicators score their 分值 × 完成率; qualitative ones keep the assessor's score.
 */
final class SelfAssessmentCalculator {
  private SelfAssessmentCalculator() {}

  /** A quantitative target: comparison and number, e.g. ">=99%", "<=100%", "=100%". */
  private static final Pattern TARGET = Pattern.compile("(>=|<=|≥|≤|=|>|<)?\\s*(\\d+(?:\\.\\d+)?)\\s*%?");
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

  static SelfAssessmentFigures calculate(Disclosure d, Findings findings) {
    SelfAssessment sa = d.selfAssessment();
    BigDecimal weight = sa.fundWeight() == null ? BigDecimal.ZERO : sa.fundWeight();

    List<SelfAssessmentFigures.FundLine> funds = new ArrayList<>();
    BigDecimal fundScoreUnrounded = BigDecimal.ZERO;
    for (String key : d.format().form("selfAssessment").lineKeys("")) {
      SelfAssessment.FundRow row = sa.funds().get(key);
      if (row == null) {
        continue;
      }
      BigDecimal rate = Rounding.truncatedPercent(zero(row.actual()), zero(row.full()));
      BigDecimal unrounded = rate.multiply(weight).divide(Rounding.HUNDRED);
      if (key.equals("total")) {
        fundScoreUnrounded = unrounded;
      }
      funds.add(new SelfAssessmentFigures.FundLine(key, row.initial(), row.full(), row.actual(), rate,
          Rounding.truncate(unrounded)));
    }

    List<SelfAssessmentFigures.IndicatorLine> indicators = new ArrayList<>();
    BigDecimal indicatorSum = BigDecimal.ZERO;
    BigDecimal maxScore = weight;
    for (SelfAssessment.Indicator i : sa.indicators()) {
      BigDecimal w = zero(i.weight());
      maxScore = maxScore.add(w);
      SelfAssessmentFigures.IndicatorLine line = i.isQualitative()
          ? new SelfAssessmentFigures.IndicatorLine(i, Format.plain(i.assessedRate()), i.assessedScore())
          : quantitative(d, i, w, findings);
      indicatorSum = indicatorSum.add(line.score());
      indicators.add(line);
    }
    BigDecimal total = indicatorSum.add(fundScoreUnrounded).setScale(2, RoundingMode.HALF_UP);
    return new SelfAssessmentFigures(funds, indicators, maxScore, total, grade(total));
  }

  /** 完成率: met targets count 100%; a positive target falls short as actual/target, a reverse one as target/actual. */
  private static SelfAssessmentFigures.IndicatorLine quantitative(Disclosure d, SelfAssessment.Indicator i,
                                                                  BigDecimal weight, Findings findings) {
    Matcher t = TARGET.matcher(i.target() == null ? "" : i.target().trim());
    String actualText = i.actual() == null ? "" : i.actual().trim().replace("%", "");
    if (!t.matches() || !NUMBER.matcher(actualText).matches()) {
      findings.error("calc.indicator", d.source().at("selfAssessment.indicators[" + i.index() + "]"),
          "定量指标“" + i.name() + "”的年度指标值或实际完成值不是数值，无法计算完成率；定性指标请填写 assessedRate 和 assessedScore",
          "cannot compute the completion rate of a quantitative indicator; give assessedRate and assessedScore for a qualitative one");
      return new SelfAssessmentFigures.IndicatorLine(i, "", BigDecimal.ZERO);
    }
    String op = t.group(1) == null ? "=" : t.group(1);
    BigDecimal target = new BigDecimal(t.group(2));
    BigDecimal actual = new BigDecimal(actualText);
    BigDecimal ratio;
    boolean reverse = op.equals("<=") || op.equals("≤") || op.equals("<");
    if (reverse) {
      ratio = actual.compareTo(target) <= 0 ? BigDecimal.ONE : divide(target, actual);
    } else if (op.equals("=")) {
      ratio = actual.compareTo(target) == 0 ? BigDecimal.ONE
          : divide(actual.min(target), actual.max(target));
    } else {
      ratio = actual.compareTo(target) >= 0 ? BigDecimal.ONE : divide(actual, target);
    }
    BigDecimal rate = ratio.multiply(Rounding.HUNDRED);
    BigDecimal score = weight.multiply(ratio).setScale(2, RoundingMode.HALF_UP);
    return new SelfAssessmentFigures.IndicatorLine(i, Format.percent(rate) + "%", score);
  }

  private static BigDecimal divide(BigDecimal a, BigDecimal b) {
    return b.signum() == 0 ? BigDecimal.ZERO : a.divide(b, 10, RoundingMode.HALF_UP);
  }

  /** 财政部 grading: 优 90–100, 良 80–89, 中 60–79, 差 below. */
  static String grade(BigDecimal score) {
    if (score.compareTo(BigDecimal.valueOf(90)) >= 0) {
      return "优";
    }
    if (score.compareTo(BigDecimal.valueOf(80)) >= 0) {
      return "良";
    }
    return score.compareTo(BigDecimal.valueOf(60)) >= 0 ? "中" : "差";
  }

  private static BigDecimal zero(BigDecimal v) {
    return v == null ? BigDecimal.ZERO : v;
  }
}
