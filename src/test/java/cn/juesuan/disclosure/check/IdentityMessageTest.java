package cn.juesuan.disclosure.check;

import static cn.juesuan.disclosure.check.Dataset.edit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.juesuan.disclosure.diag.Finding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every shape of the left side of an identity's message, and the prose findings' "另见". */
class IdentityMessageTest {

  private static Figure fig(String zh, String v) {
    return new Figure(zh, zh + "E", v == null ? null : new BigDecimal(v), "p");
  }

  private static Identity of(List<Term> parts) {
    return Identity.of("W", "WE", fig("合计", "8.00"), parts);
  }

  @Test
  void manyPartsAreNamedByTheirGroup() {
    List<Term> seven = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      seven.add(fig("项" + i, "1.00").plus());
    }
    Identity grouped = of(seven).group(Label.of("各项", "items"));
    assertEquals("W Σ 各项（7 项） = 7.00 ≠ 合计 8.00（差 1.00）", grouped.zh(false));
    assertEquals("WE: Σ items (7 items) = 7.00 ≠ 合计E 8.00 (difference 1.00)", grouped.en(false));
    assertEquals("W 项1 1.00 + 项2 1.00 + 项3 1.00 + 项4 1.00 + 项5 1.00 + 项6 1.00 + 项7 1.00 = 7.00 ≠ 合计 8.00（差 1.00）",
        of(seven).zh(false), "no group: every part is listed");
    List<Term> six = seven.subList(0, 6);
    assertEquals("W 项1 1.00 + 项2 1.00 + 项3 1.00 + 项4 1.00 + 项5 1.00 + 项6 1.00 = 6.00 ≠ 合计 8.00（差 2.00）",
        of(six).group(Label.of("各项", "items")).zh(false), "six parts are still listed");
  }

  @Test
  void noPartsAllZeroPartsAndSubtractedParts() {
    assertEquals("W Σ 各类（无） = 0.00 ≠ 合计 8.00（差 8.00）", of(List.of()).group(Label.of("各类", "classes")).zh(false));
    assertEquals("WE: Σ classes (none) = 0.00 ≠ 合计E 8.00 (difference 8.00)",
        of(List.of()).group(Label.of("各类", "classes")).en(false));
    assertEquals("W Σ （无） = 0.00 ≠ 合计 8.00（差 8.00）", of(List.of()).zh(false));
    assertEquals("W 甲 0.00 = 0.00 ≠ 合计 8.00（差 8.00）", of(List.of(fig("甲", "0.00").plus(), fig("乙", null).plus())).zh(false));
    assertEquals("W 乙 3.00 ≠ 合计 8.00（差 5.00）", of(List.of(fig("甲", "0.00").plus(), fig("乙", "3.00").plus())).zh(false));
    assertEquals("W − 乙 3.00 = -3.00 ≠ 合计 8.00（差 11.00）", of(List.of(fig("甲", "0.00").plus(), fig("乙", "3.00").minus())).zh(false));
    assertEquals("W − 乙 3.00 = -3.00 ≠ 合计 8.00（差 11.00）", of(List.of(fig("乙", "3.00").minus())).zh(false));
    assertEquals("W − 乙 3.00 + 丙 1.00 = -2.00 ≠ 合计 8.00（差 10.00）",
        of(List.of(fig("乙", "3.00").minus(), fig("丙", "1.00").plus())).zh(false));
    assertEquals("W 乙 3.00 ≠ 合计 8.00（差 5.00，在尾数容差 0.01 以内）",
        of(List.of(fig("甲", "0.00").plus(), fig("乙", "3.00").plus())).zh(true));
  }

  @Test
  void proseFindingsNameTheOtherFieldsThatSayTheSame() {
    Finding x2 = Dataset.only(Dataset.check(Dataset.reference()), "X2");
    assertEquals("正文称“无项目支出”，而 公开03 合计 项目支出 为 17.66 万元（另见 report.projectText）", x2.zh());
    assertEquals("the text says there was no project spending, but gk03 shows 17.66 万元 (also in report.projectText)", x2.en());
    Finding x1 = Dataset.only(Dataset.check(Dataset.reference()), "X1");
    assertEquals("经费形式为“全额拨款”（profile.fundingType），正文却称“差额拨款”（另见 explanations.threePublic.total.budgetReason,"
        + " explanations.threePublic.total.changeReason）", x1.zh());
    // one field alone: no "另见"
    Finding one = Dataset.only(Dataset.check(Dataset.mutated(edit("report.projectText", "无项目支出", "项目支出 17.66 万元"))), "X2");
    assertEquals("正文称“无项目支出”，而 公开03 合计 项目支出 为 17.66 万元", one.zh());
    assertEquals("the text says there was no project spending, but gk03 shows 17.66 万元", one.en());
  }

  @Test
  void staffingMessageShowsTheSum() {
    Finding p1 = Dataset.only(Dataset.check(Dataset.mutated(edit("profile.staffing.total", "total: 9", "total: 10"))), "P1");
    assertEquals("人员编制 总数 10 ≠ 行政编制 4 + 事业编制 5 = 9", p1.zh());
    assertEquals("staffing total 10 ≠ civil servants 4 + institution 5 = 9", p1.en());
  }
}
