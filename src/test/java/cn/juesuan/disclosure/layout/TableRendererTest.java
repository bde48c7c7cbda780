package cn.juesuan.disclosure.layout;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.document.Block;
import cn.juesuan.disclosure.document.TableSpec;
import cn.juesuan.disclosure.document.TableSpec.Cell;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableRendererTest {

  @Test
  void theSampleFormsAreWellFormedGrids() {
    assertDoesNotThrow(() -> TableRenderer.validate(SampleDocs.form04(3)));
    assertDoesNotThrow(() -> TableRenderer.validate(SampleDocs.form09()));
    assertDoesNotThrow(() -> TableRenderer.validate(SampleDocs.selfAssessment()));
  }

  @Test
  void aRowThatLeavesAColumnUncoveredIsRejectedWithItsPosition() {
    TableSpec spec = spec(List.of(List.of(Cell.center("项目").span(2, 1), Cell.center("金额"))),
        List.of(List.of(Cell.left("201"), Cell.left("一般公共服务支出"))));
    var e = assertThrows(IllegalArgumentException.class, () -> TableRenderer.validate(spec));
    assertTrue(e.getMessage().contains("body row 1: column 3 is not covered"), e.getMessage());
  }

  @Test
  void aCellOverlappingARowspanIsRejected() {
    TableSpec spec = spec(List.of(
            List.of(Cell.center("合计").span(1, 2), Cell.center("基本支出"), Cell.center("项目支出")),
            List.of(Cell.center("a"), Cell.center("b"), Cell.center("c"))),
        List.of());
    var e = assertThrows(IllegalArgumentException.class, () -> TableRenderer.validate(spec));
    assertTrue(e.getMessage().contains("header row 2"), e.getMessage());
  }

  @Test
  void aHeaderRowspanMayNotReachIntoTheBody() {
    TableSpec spec = spec(List.of(List.of(Cell.center("项目").span(1, 2), Cell.center("x"),
        Cell.center("y"))), List.of(List.of(Cell.left("1"), Cell.left("2"))));
    var e = assertThrows(IllegalArgumentException.class, () -> TableRenderer.validate(spec));
    assertTrue(e.getMessage().contains("remain in the section"), e.getMessage());
  }

  @Test
  void acceptsRowspanAndColspanTogether() {
    assertDoesNotThrow(() -> TableRenderer.validate(spec(List.of(
        List.of(Cell.center("a").span(1, 2), Cell.center("b").span(2, 1)),
        List.of(Cell.center("c"), Cell.center("d"))), List.of())));
  }

  @Test
  void aMissingCellBesideARowspanIsRejected() {
    TableSpec spec = spec(List.of(List.of(Cell.center("a").span(1, 2), Cell.center("b").span(2, 1)),
        List.of(Cell.center("c"))), List.of());
    var e = assertThrows(IllegalArgumentException.class, () -> TableRenderer.validate(spec));
    assertTrue(e.getMessage().contains("header row 2: column 3 is not covered"), e.getMessage());
  }

  @Test
  void aSpanPastTheLastColumnOrRowIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> TableRenderer.validate(spec(
        List.of(List.of(Cell.center("a").span(2, 1), Cell.center("b").span(2, 1))), List.of())));
    assertThrows(IllegalArgumentException.class, () -> TableRenderer.validate(spec(
        List.of(List.of(Cell.center("a").span(1, 2), Cell.center("b"), Cell.center("c"))), List.of())));
  }

  @Test
  void anExtraCellUnderARowspanIsRejected() {
    // "c" and "d" fill row 2 beside "a"; "e" has no room left
    assertThrows(IllegalArgumentException.class, () -> TableRenderer.validate(spec(List.of(
        List.of(Cell.center("a").span(1, 2), Cell.center("b").span(2, 1)),
        List.of(Cell.center("c"), Cell.center("d"), Cell.center("e"))), List.of())));
  }

  private static TableSpec spec(List<List<Cell>> header, List<List<Cell>> body) {
    return new TableSpec("测试表", "", null, new float[] {1, 2, 1}, header, body, List.of(), 9f);
  }
}
