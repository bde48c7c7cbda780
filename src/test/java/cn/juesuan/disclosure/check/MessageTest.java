package cn.juesuan.disclosure.check;

import static cn.juesuan.disclosure.check.Dataset.edit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.juesuan.disclosure.diag.Finding;
import cn.juesuan.disclosure.diag.Severity;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Messages name both sides of an identity and the difference, in Chinese and English. */
class MessageTest {

  @Test
  void gk03TotalRowNamesBothSidesAndTheDifference() {
    Finding f = Dataset.only(Dataset.check(Dataset.mutated(
        edit("tables.gk03.total", "basic: 460.45", "basic: 460.55"))), "T03a");
    assertEquals(Severity.ERROR, f.severity());
    assertEquals("公开03 合计行 基本支出 460.55 + 项目支出 17.66 = 478.21 ≠ 本年支出合计 478.11（差 0.10）", f.zh());
    assertEquals("gk03 total row: basic 460.55 + project 17.66 = 478.21 ≠ expenditure total 478.11 (difference 0.10)", f.en());
    assertEquals(Dataset.referenceLine("tables.gk03.total"), f.location().line());
  }

  @Test
  void subtractedPartsShowTheirSign() {
    Identity id = Identity.of("公开07 合计行", "gk07 total row", fig("年末结转和结余", "3.00"),
        List.of(fig("年初结转和结余", "1.00").plus(), fig("本年收入", "5.00").plus(), fig("本年支出小计", "4.00").minus()));
    assertEquals("公开07 合计行 年初结转和结余 1.00 + 本年收入 5.00 − 本年支出小计 4.00 = 2.00 ≠ 年末结转和结余 3.00（差 1.00）",
        id.zh(false));
  }

  @Test
  void blankAndZeroPartsAreLeftOutOfTheSentenceButCountAsZero() {
    Identity id = Identity.of("公开01", "gk01", fig("本年收入合计(27)", "5.00"),
        List.of(fig("一", "4.00").plus(), new Figure("二", "two", null, "p").plus(), fig("三", "0.00").plus()));
    assertEquals("公开01 一 4.00 ≠ 本年收入合计(27) 5.00（差 1.00）", id.zh(false));
    assertEquals(1, id.roundedItems());
  }

  private static Figure fig(String zh, String value) {
    return new Figure(zh, zh, new BigDecimal(value), "p");
  }
}
