package cn.juesuan.disclosure.model;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The nine tables as printed, by the ids a format's catalogue gives their forms (gk01 … gk09):
 * 总表 (gk01, gk04), tables by 科目 (gk02, 03, 05, 07, 08), the 经济分类 detail (gk06) and the
 * 三公 row (gk09). The accessors by id let a form find its data without knowing the record.
 */
public record Tables(Gk01 gk01, ClassifiedTable gk02, ClassifiedTable gk03, Gk04 gk04,
                     ClassifiedTable gk05, Gk06 gk06, ClassifiedTable gk07, ClassifiedTable gk08,
                     Gk09 gk09) {

  /** Tables with no amount at all (the blank forms of {@code export-xlsx --empty}). */
  public static final Tables EMPTY = new Tables(new Gk01(Amounts.EMPTY, Amounts.EMPTY, Amounts.EMPTY),
      ClassifiedTable.EMPTY, ClassifiedTable.EMPTY, new Gk04(Amounts.EMPTY, Map.of(), Map.of()),
      ClassifiedTable.EMPTY, new Gk06(null, null, Amounts.EMPTY, Map.of()), ClassifiedTable.EMPTY,
      ClassifiedTable.EMPTY, new Gk09(Amounts.EMPTY, Amounts.EMPTY));

  /** The column key of a 总表 line that prints one amount. */
  public static final String AMOUNT = "amount";

  /** A table by 科目 by its form id. */
  public ClassifiedTable bySubject(String formId) {
    return switch (formId) {
      case "gk02" -> gk02;
      case "gk03" -> gk03;
      case "gk05" -> gk05;
      case "gk07" -> gk07;
      case "gk08" -> gk08;
      default -> throw new IllegalArgumentException("no table by 科目 with id " + formId);
    };
  }

  /**
   * The cells of one line of a 总表 by column key: {@code group} is the line's model group
   * (income, expenditure, byClass), {@code key} its key or class code. A line that prints one
   * amount has it under {@link #AMOUNT}.
   */
  public Amounts line(String formId, String group, String key) {
    if (formId.equals("gk01")) {
      Amounts a = switch (group) {
        case "income" -> gk01.income();
        case "expenditure" -> gk01.expenditure();
        case "byClass" -> gk01.byClass();
        default -> throw new IllegalArgumentException("gk01 has no group " + group);
      };
      return single(a.get(key));
    }
    if (formId.equals("gk04")) {
      return switch (group) {
        case "income" -> single(gk04.income().get(key));
        case "expenditure" -> gk04.line(key);
        case "byClass" -> gk04.ofClass(key);
        default -> throw new IllegalArgumentException("gk04 has no group " + group);
      };
    }
    throw new IllegalArgumentException("no 总表 with id " + formId);
  }

  /** One group of a one-row table (gk09: budget, actual). */
  public Amounts rowGroup(String formId, String group) {
    if (!formId.equals("gk09")) {
      throw new IllegalArgumentException("no one-row table with id " + formId);
    }
    return switch (group) {
      case "budget" -> gk09.budget();
      case "actual" -> gk09.actual();
      default -> throw new IllegalArgumentException("gk09 has no group " + group);
    };
  }

  private static Amounts single(BigDecimal v) {
    return v == null ? Amounts.EMPTY : new Amounts(Map.of(AMOUNT, v));
  }

  /** 公开01 收支总表. {@code byClass}: 功能分类 类 code → amount (lines 31–56). */
  public record Gk01(Amounts income, Amounts byClass, Amounts expenditure) {}

  /** 公开04 财政拨款收支总表. {@code byClass}: 类 code → the four columns. */
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

  /** 公开09 “三公”经费表: 预算数 and 决算数 with the same keys. */
  public record Gk09(Amounts budget, Amounts actual) {
    public boolean isEmpty() {
      return budget.isBlank() && actual.isBlank();
    }
  }
}
