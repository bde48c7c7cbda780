package cn.juesuan.disclosure.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.juesuan.disclosure.document.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class FontSetTest {

  @Test
  void drawableTextHasNoUndrawableCharacter() {
    assertEquals(OptionalInt.empty(), FontSet.firstUndrawable(
        "临夏市总工会 2024 年度（副科级）“三公”经费 96.31%\n\t— 1 —　"));
  }

  @Test
  void reportsTheFirstCharacterNoFaceCanDraw() {
    assertEquals(OptionalInt.of(0xE000), FontSet.firstUndrawable("部门\uE000决算\uE001"));
    assertEquals(OptionalInt.of(0x1F600), FontSet.firstUndrawable("笑😀"));
  }

  @Test
  void renderRefusesTextThatWouldPrintAsABox() {
    Block.Doc doc = SampleDocs.sample();
    List<Block> blocks = new ArrayList<>(doc.blocks());
    blocks.add(new Block.Paragraph("收入\uE000合计"));
    Block.Doc bad = new Block.Doc(doc.metadata(), doc.cover(), blocks);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PdfRenderer.render(bad));
    assertTrue(e.getMessage().contains("U+E000"), e.getMessage());
    assertTrue(e.getMessage().contains("block " + blocks.size()), e.getMessage());
  }

  @Test
  void borrowedFontsAreReusedAfterRelease() {
    FontSet.Fonts first;
    try (FontSet.Fonts fonts = FontSet.borrow(new byte[] {1})) {
      first = fonts;
    }
    try (FontSet.Fonts again = FontSet.borrow(new byte[] {2});
         FontSet.Fonts second = FontSet.borrow(new byte[] {3})) {
      assertTrue(again == first, "released pair is handed out again");
      assertTrue(second != first, "a pair in use is never shared");
    }
  }
}
