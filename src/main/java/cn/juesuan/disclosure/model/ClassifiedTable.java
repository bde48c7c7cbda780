package cn.juesuan.disclosure.model;

import java.util.List;

/**
 * A table by 功能分类 科目 (公开02, 03, 05, 07, 08): a 合计 row and 类/款/项 rows in print order.
 * Which columns exist is the form's business ({@link Forms}).
 */
public record ClassifiedTable(Amounts total, List<Row> rows) {

  public static final ClassifiedTable EMPTY = new ClassifiedTable(Amounts.EMPTY, List.of());

  /**
   * One 科目 row. {@code printedName} is null when the standard name applies.
   * {@code index} is the row's position in the YAML list (for error locations).
   */
  public record Row(int index, String code, String printedName, Amounts amounts) {

    /** 类 = 3 digits, 款 = 5, 项 = 7. */
    public int level() {
      return switch (code.length()) {
        case 3 -> 1;
        case 5 -> 2;
        default -> 3;
      };
    }
  }

  public boolean isEmpty() {
    return rows.isEmpty() && total.isBlank();
  }
}
