package cn.juesuan.disclosure.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.layout.TableSpec.Cell;
import cn.juesuan.disclosure.layout.TableSpec.Column;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How TableFit sizes a grid: design widths kept where they hold, amounts never shrunk. */
class TableFitTest {
  private static FontSet.Fonts fonts;
  private static TableFit fit;

  @BeforeAll
  static void fonts() {
    fonts = FontSet.borrow(new byte[] {11});
    fit = new TableFit(fonts.serif());
  }

  @AfterAll
  static void release() {
    fonts.close();
  }

  /** | code | name | amounts… | with one body row. */
  private static TableSpec grid(int amounts, String amount, String name) {
    List<Column> columns = new ArrayList<>(List.of(Column.amount(15), Column.text(43, 5)));
    columns.addAll(Collections.nCopies(amounts, Column.amount(14)));
    List<Cell> row = new ArrayList<>(List.of(Cell.left("2080505"), Cell.left(name)));
    row.addAll(Collections.nCopies(amounts, Cell.right(amount)));
    return new TableSpec("表", "", null, columns, List.of(), List.of(List.copyOf(row)), List.of(), 8f, false);
  }

  @Test
  void smallAmountsKeepTheDesignWidths() {
    TableSpec spec = grid(7, "478.11", "一般公共服务支出");
    TableFit.Plan plan = fit.plan(spec, 8f);
    assertEquals(8f, plan.size());
    assertFalse(plan.landscape());
    assertArrayEquals(TableFit.scaled(spec.columnWidths(), PageGeometry.TEXT_WIDTH), plan.widths(), 0.001f);
  }

  @Test
  void bigAmountsWidenTheirColumnsAtTheTableSizeAndTheNameGivesWay() {
    TableSpec spec = grid(5, "9999999.99", "其他行政事业单位医疗支出");
    TableFit.Plan plan = fit.plan(spec, 8f);
    assertEquals(8f, plan.size());
    float need = fit.entryWidth("9999999.99", 8f);
    for (int c = 2; c < 7; c++) {
      assertTrue(plan.widths()[c] >= need - 0.01f, "column " + c + ": " + plan.widths()[c] + " < " + need);
    }
    float design = TableFit.scaled(spec.columnWidths(), PageGeometry.TEXT_WIDTH)[1];
    assertTrue(plan.widths()[1] < design, "the name column gives up width");
    assertEquals(PageGeometry.TEXT_WIDTH, plan.totalWidth(), 0.01f);
  }

  @Test
  void aGridTooWideAtItsSizeIsSetSmallerThenLandscape() {
    TableFit.Plan seven = fit.plan(grid(7, "9999999.99", "名称"), 8f);
    assertFalse(seven.landscape());
    assertTrue(seven.size() < 8f && seven.size() >= TableFit.MIN_PORTRAIT_SIZE, "size " + seven.size());
    TableFit.Plan twelve = fit.plan(grid(12, "9999999.99", "名称"), 8f);
    assertTrue(twelve.landscape());
    assertTrue(twelve.fits());
    assertEquals(PageGeometry.LANDSCAPE_TEXT_WIDTH, twelve.totalWidth(), 0.01f);
  }

  @Test
  void fixedColumnsAreTheDesignAsBefore() {
    TableSpec spec = grid(12, "9999999.99", "名称");
    TableSpec fixed = spec.withColumns(spec.columns().stream().map(c -> Column.fixed(c.width())).toList());
    TableFit.Plan plan = fit.plan(fixed, 8f);
    assertEquals(8f, plan.size());
    assertFalse(plan.landscape());
  }

  @Test
  void anAmountOverTwoColumnsWidensThem() {
    List<Column> columns = List.of(Column.text(40, 3), Column.amount(5), Column.amount(5));
    TableSpec spec = new TableSpec("表", "", null, columns, List.of(),
        List.of(List.of(Cell.left("全年执行数"), Cell.right("99999999999.99").span(2, 1))), List.of(), 8f, false);
    TableFit.Plan plan = fit.plan(spec, 8f);
    assertTrue(plan.widths()[1] + plan.widths()[2] >= fit.entryWidth("99999999999.99", 8f) - 0.01f);
  }
}
