package cn.juesuan.disclosure.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** 附件2 部门整体支出绩效自评表 (amounts in 元; its own form, not the 万元 tables). */
public record SelfAssessment(BigDecimal fundWeight, Map<String, FundRow> funds, String goals,
                             String completion, List<Indicator> indicators) {

  /** 年初预算数 / 全年预算数 / 全年执行数 of one fund row. */
  public record FundRow(BigDecimal initial, BigDecimal full, BigDecimal actual) {}

  /**
   * One 三级指标. Quantitative when {@code assessedScore} is null: 完成率 and 得分 follow from
   * target and actual; qualitative ones carry the assessor's rate and score.
   */
  public record Indicator(int index, String level1, String level2, String name, String target,
                          String actual, String unit, BigDecimal weight, BigDecimal assessedRate,
                          BigDecimal assessedScore, String reason) {
    public boolean isQualitative() {
      return assessedScore != null;
    }
  }
}
