package cn.juesuan.disclosure.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The 部门 / 年度 / 金额单位 line: one line up to 40 characters, a designed second line after. */
class UnitLineTest {

  private static TableRenderer.UnitLine line(int nameLength, float size) {
    try (FontSet.Fonts fonts = FontSet.borrow(new byte[] {12})) {
      TableRenderer renderer = new TableRenderer(fonts);
      String name = StressCases.name(nameLength);
      return renderer.unitLine(List.of("部门：" + name, "2024 年度", "金额单位：万元"), size, PageGeometry.TEXT_WIDTH);
    }
  }

  @Test
  void aShortNameKeepsTheDesignedLine() {
    TableRenderer.UnitLine l = line(6, 8.5f);
    assertFalse(l.twoLines());
    assertEquals(8.5f, l.size());
    float w = PageGeometry.TEXT_WIDTH;
    assertArrayEquals(new float[] {w * 5 / 13, w * 3 / 13, w * 5 / 13}, l.widths(), 0.01f);
  }

  @Test
  void fortyCharactersStayOnOneLine() {
    for (float size : new float[] {8f, 8.5f}) {
      TableRenderer.UnitLine l = line(40, size);
      assertFalse(l.twoLines(), "at " + size);
      assertTrue(l.size() <= size && l.size() >= TableRenderer.UNIT_LINE_MIN_SIZE);
    }
  }

  @Test
  void longerNamesTakeTheTwoLineForm() {
    TableRenderer.UnitLine l = line(60, 8.5f);
    assertTrue(l.twoLines());
    assertEquals(8.5f, l.size());
  }
}
