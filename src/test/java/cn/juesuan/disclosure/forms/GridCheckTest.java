package cn.juesuan.disclosure.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.layout.TableSpec.Cell;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The validator itself must reject bad grids, or its passing on the forms proves nothing. */
class GridCheckTest {

  private static Cell c(String t) {
    return Cell.center(t);
  }

  @Test
  void acceptsRowspanAndColspan() {
    List<List<Cell>> rows = List.of(
        List.of(c("a").span(1, 2), c("b").span(2, 1)),
        List.of(c("c"), c("d")));
    assertEquals(List.of(), GridCheck.problems(rows, 3));
  }

  @Test
  void rejectsMissingCell() {
    List<List<Cell>> rows = List.of(List.of(c("a").span(1, 2), c("b").span(2, 1)), List.of(c("c")));
    assertTrue(GridCheck.problems(rows, 3).contains("row 1: column 2 not covered"));
  }

  @Test
  void rejectsOverflowAndRowspanPastEnd() {
    assertFalse(GridCheck.problems(List.of(List.of(c("a").span(2, 1), c("b").span(2, 1))), 3).isEmpty());
    assertFalse(GridCheck.problems(List.of(List.of(c("a").span(1, 2), c("b"))), 2).isEmpty());
  }

  @Test
  void rejectsExtraCellUnderARowspan() {
    // "c" and "d" fill row 1 beside "a"; "e" has no room left.
    List<List<Cell>> rows = List.of(
        List.of(c("a").span(1, 2), c("b").span(2, 1)),
        List.of(c("c"), c("d"), c("e")));
    assertFalse(GridCheck.problems(rows, 3).isEmpty());
  }
}
