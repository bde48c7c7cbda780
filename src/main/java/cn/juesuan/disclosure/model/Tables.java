package cn.juesuan.disclosure.model;

import java.math.BigDecimal;
import java.util.Map;

/** The nine tables 公开01–09 as printed. */
public record Tables(Gk01 gk01, ClassifiedTable gk02, ClassifiedTable gk03, Gk04 gk04,
                     ClassifiedTable gk05, Gk06 gk06, ClassifiedTable gk07, ClassifiedTable gk08,
                     Gk09 gk09) {

  /** 公开01 收入支出决算总表. {@code byClass}: 功能分类 类 code → amount (lines 31–56). */
  public record Gk01(Amounts income, Amounts byClass, Amounts expenditure) {}

  /** 公开04 财政拨款收入支出决算总表. {@code byClass}: 类 code → the four columns. */
  public record Gk04(Amounts income, Map<String, Amounts> byClass, Map<String, Amounts> expenditure) {
    public Amounts line(String key) {
      return expenditure.getOrDefault(key, Amounts.EMPTY);
    }

    public Amounts ofClass(String code) {
      return byClass.getOrDefault(code, Amounts.EMPTY);
    }
  }

  /**
   * 公开06 一般公共预算财政拨款基本支出决算明细表: amounts by 经济分类 code, names as printed where
   * they differ from the standard list, and the two 合计 cells.
   */
  public record Gk06(BigDecimal personnelTotal, BigDecimal publicTotal, Amounts amounts,
                     Map<String, String> names) {}

  /** 公开09 财政拨款“三公”经费支出决算表: 预算数 and 决算数 with the same keys. */
  public record Gk09(Amounts budget, Amounts actual) {
    public boolean isEmpty() {
      return budget.isBlank() && actual.isBlank();
    }
  }
}
