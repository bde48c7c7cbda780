package cn.juesuan.disclosure.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.pipeline.Pipeline;
import cn.juesuan.disclosure.testing.Example;
import cn.juesuan.disclosure.testing.FundedExample;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 七 政府性基金, 八 国有资本经营, 九 “三公”, 十一 政府采购 worded from the data: with figures, without,
 * with and without reasons, and each comparison word chosen by the numbers.
 */
class FundWordingTest {

  /** The narrative lines of the sections from {@code from} up to (not including) {@code to}. */
  private static List<String> section(String yaml, String from, String to) throws IOException {
    Pipeline.Analysis a = Example.analyse(yaml);
    String all = Narrator.fromDirectory(Path.of("templates")).render("document.ftl", a.disclosure(), a.figures());
    int start = all.indexOf("@h1~ " + from);
    int end = all.indexOf("@h1~ " + to, start);
    assertTrue(start >= 0 && end > start, from + " … " + to);
    return all.substring(start, end).lines().filter(l -> !l.isBlank()).toList();
  }

  @Test
  void governmentFundByItem() throws IOException {
    assertEquals(List.of(
        "@h1~ 七、政府性基金预算财政拨款收支决算情况说明",
        "@p 本部门 2024 年度政府性基金预算财政拨款收入 150.00 万元，支出 140.00 万元，年初结转和结余 20.00 万元，年末结转和结余 30.00 万元。",
        "@p 支出具体情况如下：",
        "@p 1.城乡社区支出（类）国有土地使用权出让收入安排的支出（款）征地和拆迁补偿支出（项）：年初预算为 100.00 万元，支出决算为 95.00 万元，"
            + "完成年初预算的 95.00%，决算数小于预算数的主要原因是部分拆迁补偿款尚未结算。主要用于城区棚户区改造征地拆迁补偿。",
        "@p 2.城乡社区支出（类）国有土地使用权出让收入安排的支出（款）城市建设支出（项）：年初预算为 40.00 万元，支出决算为 45.00 万元，"
            + "完成年初预算的 112.50%，决算数大于预算数的主要原因是追加城市道路改造项目。"),
        section(FundedExample.yaml(), "七、", "八、"));
  }

  @Test
  void aFundItemAtItsBudgetNeedsNoReasonAndAZeroBudgetNoRate() throws IOException {
    String yaml = FundedExample.yaml()
        .replace("{code: \"2120801\", amount: 100.00, reason: 部分拆迁补偿款尚未结算, uses: 城区棚户区改造征地拆迁补偿}",
            "{code: \"2120801\", amount: 95.00}")
        .replace("{code: \"2120803\", amount: 40.00, reason: 追加城市道路改造项目}", "{code: \"2120803\", amount: 0.00}");
    List<String> lines = section(yaml, "七、", "八、");
    assertTrue(lines.get(3).endsWith("年初预算为 95.00 万元，支出决算为 95.00 万元，完成年初预算的 100.00%，决算数等于预算数。"), lines.get(3));
    assertTrue(lines.get(4).endsWith("年初预算为 0.00 万元，支出决算为 45.00 万元，决算数大于预算数。"), lines.get(4));
  }

  @Test
  void stateCapitalWithBothPartsAndNoBudget() throws IOException {
    assertEquals(List.of(
        "@h1~ 八、国有资本经营预算财政拨款支出情况说明",
        "@p 本部门 2024 年度国有资本经营预算财政拨款支出 60.00 万元。其中：基本支出 10.00 万元，项目支出 50.00 万元。",
        "@p 支出具体情况如下：",
        "@p 1.国有资本经营预算支出（类）解决历史遗留问题及改革成本支出（款）国有企业退休人员社会化管理补助支出（项）：支出决算为 60.00 万元。"),
        section(FundedExample.yaml(), "八、", "九、"));
  }

  @Test
  void emptyFundsKeepTheExamplesSentences() throws IOException {
    assertEquals(List.of("@h1~ 七、政府性基金预算财政拨款收支决算情况说明",
            "@p 本部门 2024 年度无政府性基金收入,也没有使用政府性基金安排的支出。",
            "@h1~ 八、国有资本经营预算财政拨款支出情况说明",
            "@p 本部门 2024 年度没有使用国有资本经营预算安排的支出。"),
        section(Example.text(), "七、", "九、"));
  }

  @Test
  void threePublicWithBudgetsPrintsTheRateAndTheShares() throws IOException {
    List<String> lines = section(FundedExample.yaml(), "九、", "十、");
    assertEquals("@p 2024 年度“三公”经费支出全年预算数为 20.00 万元,支出决算为 17.69 万元,完成预算的 88.45%,决算数小于预算数的主要原因是"
        + "我单位属于差额拨款单位,财政未保障我单位“三公”经费,较上年决算数增加 17.69 万元,主要原因是我单位属于差额拨款单位,财政未保障我单位“三公”经费。",
        lines.get(3));
    assertEquals("@p “三公”经费财政拨款支出决算中,因公出国(境)费用支出决算 2.85 万元,占 16.11%；公务用车购置及运行维护费支出决算 11.45 万元,"
        + "占 64.73%；公务接待费支出决算 3.39 万元,占 19.16%。具体情况如下：", lines.get(5));
    assertTrue(lines.get(8).startsWith("@p 其中：1.公务用车购置费全年预算数为 8.00 万元,支出决算为 7.96 万元,完成预算的 99.50%,决算数小于预算数"),
        lines.get(8));
  }

  @Test
  void threePublicWithoutBudgetPrintsNoRateAndNoShares() throws IOException {
    List<String> lines = section(Example.text(), "九、", "十、");
    assertFalse(String.join("", lines).contains("完成预算"), "no budget: no 完成预算的 X%");
    assertFalse(String.join("", lines).contains("占"), "no 三公 spending: no shares");
    assertEquals("@p 1.因公出国(境)费用全年预算数为 0.00 万元,支出决算为 0.00 万元,决算数等于预算数的主要原因是我单位无因公出国(境)费用,"
        + "较上年决算数持平,主要原因是上年我单位无因公出国(境)费用。", lines.get(5));
  }

  @Test
  void threePublicReasonsAreOptional() throws IOException {
    String yaml = Example.text()
        .replace("      budgetReason: 我单位无因公出国(境)费用\n", "")
        .replace("      changeReason: 上年我单位无因公出国(境)费用\n", "");
    List<String> lines = section(yaml, "九、", "十、");
    assertEquals("@p 1.因公出国(境)费用全年预算数为 0.00 万元,支出决算为 0.00 万元,决算数等于预算数,较上年决算数持平。", lines.get(5));
  }

  @Test
  void threePublicAboveBudgetAndBelowLastYear() throws IOException {
    String yaml = FundedExample.yaml()
        .replace("reception: 5.00}", "reception: 3.00}")
        .replace("budget: {total: 20.00", "budget: {total: 18.00")
        .replace("    reception:\n      previous: 0.00\n", "    reception:\n      previous: 4.52\n");
    List<String> lines = section(yaml, "九、", "十、");
    assertTrue(lines.get(10).contains("3.公务接待费全年预算数为 3.00 万元,支出决算为 3.39 万元,完成预算的 113.00%,决算数大于预算数"), lines.get(10));
    assertTrue(lines.get(10).contains("较上年决算数减少 1.13 万元，下降 25.00%"), lines.get(10));
  }

  @Test
  void procurementListsTheKindsWithAnAmountAndTheirShares() throws IOException {
    assertEquals(List.of("@h1~ 十一、政府采购支出情况说明",
            "@p 2024 年度本部门政府采购支出总额 2319.21 万元，其中：政府采购货物支出 122.43 万元，占 5.28%；政府采购工程支出 1387.72 万元，"
                + "占 59.84%；政府采购服务支出 809.07 万元，占 34.89%。授予中小企业合同金额 225.10 万元，占政府采购支出总额的 9.71%。"),
        section(FundedExample.yaml(), "十一、", "十二、"));
    String goodsOnly = FundedExample.yaml().replace(
        "procurement: {total: 2319.21, goods: 122.43, works: 1387.72, services: 809.07, smallBusiness: 225.10}",
        "procurement: {total: 122.43, goods: 122.43, works: 0.00, smallBusiness: 0.00}");
    assertEquals("@p 2024 年度本部门政府采购支出总额 122.43 万元，其中：政府采购货物支出 122.43 万元，占 100.00%。"
            + "授予中小企业合同金额 0.00 万元，占政府采购支出总额的 0.00%。",
        section(goodsOnly, "十一、", "十二、").get(1));
    assertEquals("@p 我单位 2024 年度无政府采购相关经费。", section(Example.text(), "十一、", "十二、").get(1));
  }
}
