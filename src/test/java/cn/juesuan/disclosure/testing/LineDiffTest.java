package cn.juesuan.disclosure.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineDiffTest {

  @Test
  void equalTextsHaveNoDiff() {
    assertEquals("", LineDiff.of(List.of("a", "b"), List.of("a", "b")));
  }

  @Test
  void aChangedLineShowsBothSidesWithContextAndLineNumbers() {
    String diff = LineDiff.of(List.of("一", "二", "决算数小于预算数", "四", "五", "六", "七"),
        List.of("一", "二", "决算数大于预算数", "四", "五", "六", "七"));
    assertEquals("@@ expected line 1, produced line 1 @@\n  一\n  二\n- 决算数小于预算数\n+ 决算数大于预算数\n  四\n  五\n", diff);
  }

  @Test
  void addedAndRemovedLinesAreMarked() {
    String diff = LineDiff.of(List.of("a", "b", "c"), List.of("a", "c", "d"));
    assertTrue(diff.contains("- b\n"), diff);
    assertTrue(diff.contains("+ d\n"), diff);
  }
}
