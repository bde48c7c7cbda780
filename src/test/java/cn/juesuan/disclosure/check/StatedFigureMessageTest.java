package cn.juesuan.disclosure.check;

import static cn.juesuan.disclosure.check.Dataset.edit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.juesuan.disclosure.diag.Finding;
import cn.juesuan.disclosure.diag.Findings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The new cross-checks' sentences: what a finance officer reads, on the issue's own figures. */
class StatedFigureMessageTest {

  private static List<String> zh(Findings f, String id) {
    return f.all().stream().filter(x -> x.id().equals(id)).map(Finding::zh).toList();
  }

  @Test
  void smallBusinessAboveTheProcurementTotal() {
    // 中小企业 251.26 out of a 政府采购 total of 251.25
    Finding f = Dataset.only(Dataset.check(Dataset.mutated(edit("explanations.procurement", "{}",
        "{total: 251.25, goods: 251.25, smallBusiness: 251.26}"))), "N13");
    assertEquals("授予中小企业合同金额 251.26 > 政府采购支出总额 251.25（超出 0.01）：部分不能大于整体", f.zh());
    assertEquals("contracts awarded to SMEs 251.26 > procurement total 251.25 (by 0.01): a part cannot exceed its whole", f.en());
  }

  @Test
  void evaluatedFundsAboveTheirProjectSpending() {
    // 20.21 of 17.66 would print "占…项目支出总额的 114.44%"
    Findings f = Dataset.check(Dataset.mutated(edit("performance.selfEvaluation.generalFunds", "generalFunds: 0", "generalFunds: 20.21"),
        edit("performance.keyEvaluation", "govFundFunds: 0, stateCapitalFunds: 0", "govFundFunds: 3, stateCapitalFunds: 2")));
    assertEquals(List.of(
        "第四部分 绩效自评 一般公共预算 涉及资金 20.21 > 公开05 合计 项目支出 17.66（超出 2.55）：部分不能大于整体",
        "第四部分 重点评价 政府性基金预算 涉及资金 3.00 > 公开07 合计 项目支出 0.00（超出 3.00）：部分不能大于整体",
        "第四部分 重点评价 国有资本经营预算 涉及资金 2.00 > 公开08 合计 项目支出 0.00（超出 2.00）：部分不能大于整体"),
        zh(f, "N14"));
  }

  @Test
  void lastYearsThreePublicItemsAndTheCountsOfVehicles() {
    Findings f = Dataset.check(Dataset.mutated(edit("explanations.threePublic.vehicle.previous", "0.00", "5.00"),
        edit("explanations.threePublic.vehiclePurchase.previous", "0.00", "2.00"),
        edit("explanations.threePublic.physical.vehiclesHeld", "0", "3")));
    assertEquals(List.of("九 上年决算数 上年 公务用车购置及运行维护费 5.00 ≠ 上年 “三公”经费合计 0.00（差 5.00）"), zh(f, "N10"));
    assertEquals(List.of("九 上年决算数 上年 公务用车购置费 2.00 ≠ 上年 公务用车购置及运行维护费 5.00（差 3.00）"), zh(f, "N11"));
    assertEquals(List.of("九 公务用车保有量 3 辆 > 十二 车辆总数 0 辆：公务用车是本部门车辆的一部分"), zh(f, "N16"));
    assertEquals(List.of("九 实物量 公务用车保有量 为 3，而 公开09 决算数 公务用车运行维护费 为 0"), zh(f, "N15"));
  }

  @Test
  void threePublicSpendingWithoutACount() {
    Findings f = Dataset.check(Dataset.mutated(edit("tables.gk09", "{}",
        "{actual: {total: 13.24, abroad: 13.24}}"), edit("tables.gk06.amounts.30212", "0.00", "13.24")));
    assertEquals(List.of("公开09 决算数 因公出国（境）费 13.24 万元，而 九 实物量 因公出国（境）团组 为 0"), zh(f, "N15"));
    assertEquals(List.of(), zh(f, "T09d"), "公开09 covers 公开06 30212");
    Findings missing = Dataset.check(Dataset.mutated(edit("tables.gk06.amounts.30212", "0.00", "13.24")));
    assertEquals(List.of("公开09 决算数 因公出国（境）费 0.00 < 公开06 30212 因公出国（境）费用 13.24（差 13.24）：三公经费决算数应不少于基本支出中的同项支出"),
        zh(missing, "T09d"));
  }

  @Test
  void labelsOfClassesAndEconomicCodes() {
    assertEquals(Label.of("210 卫生健康支出", "class 210"), Labels.expenditureClass("210"));
    assertEquals(Label.of("999", "class 999"), Labels.expenditureClass("999"));
    assertEquals(Label.of("30212 因公出国（境）费用", "30212"), Labels.economicClass("30212"));
    assertEquals(Label.of("39998 ", "39998"), Labels.economicClass("39998"));
  }
}
