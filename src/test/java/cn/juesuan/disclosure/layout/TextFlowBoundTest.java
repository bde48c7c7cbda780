package cn.juesuan.disclosure.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.lowagie.text.pdf.BaseFont;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The line bound of TextFlow skips laying out a paragraph twice only where every character is at
 * most TextFlow.MAX_WIDTH_EMS wide: that must hold in both bundled faces for every character it counts so.
 */
class TextFlowBoundTest {

  @Test
  void everyCharacterCountedNarrowIsSoInBothFaces() {
    List<String> wider = new ArrayList<>();
    try (FontSet.Fonts fonts = FontSet.borrow(new byte[] {7})) {
      for (char c = 0; c < Character.MAX_VALUE; c++) {
        if (!TextFlow.narrow(c)) {
          continue;
        }
        for (BaseFont face : List.of(fonts.serif(), fonts.sans())) {
          if (face.charExists(c) && face.getWidth(c) > TextFlow.MAX_WIDTH_EMS * 1000) {
            wider.add(Integer.toHexString(c) + " " + face.getWidth(c));
          }
        }
      }
    }
    assertEquals(List.of(), wider);
  }
}
