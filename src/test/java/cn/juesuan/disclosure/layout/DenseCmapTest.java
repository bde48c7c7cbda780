package cn.juesuan.disclosure.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.BaseFont;
import java.lang.reflect.Field;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The dense character map answers exactly as OpenPDF's own map, and is in place. */
class DenseCmapTest {

  @Test
  void theBundledFacesAnswerFromDenseMaps() throws Exception {
    try (FontSet.Fonts fonts = FontSet.borrow(new byte[] {1})) {
      for (BaseFont font : new BaseFont[] {fonts.serif(), fonts.sans()}) {
        Map<?, ?> dense = map(font, "cmapExt") != null ? map(font, "cmapExt") : map(font, "cmap31");
        assertTrue(dense instanceof DenseCmap, "the font's map is replaced: " + dense.getClass());
      }
    }
  }

  @Test
  void everyCodePointGivesWhatTheHashMapGives() {
    Map<Integer, int[]> source = new java.util.HashMap<>();
    source.put(0x20, new int[] {3, 500});
    source.put(0x4E00, new int[] {1000, 1000});
    source.put(0x4EFF, new int[] {1001, 1000});
    source.put(0x20000, new int[] {40000, 1000});
    source.put(Character.MAX_CODE_POINT, new int[] {2, 0});
    java.util.HashMap<Integer, int[]> copy = new java.util.HashMap<>(source);
    DenseCmap.install(null); // a null or foreign font is left alone, without an error
    DenseCmap dense = denseOf(copy);
    for (int cp = -2; cp <= Character.MAX_CODE_POINT + 2; cp++) {
      assertSame(source.get(cp), dense.get(cp), "U+" + Integer.toHexString(cp));
    }
    assertNull(dense.get("x"));
    assertEquals(source.size(), dense.size());
    assertTrue(dense.containsKey(0x4E00));
    assertArrayEquals(new int[] {3, 500}, dense.get(0x20));
    assertThrows(UnsupportedOperationException.class, () -> dense.put(1, new int[] {1, 1}));
    assertThrows(UnsupportedOperationException.class, () -> dense.remove(0x20));
    assertThrows(UnsupportedOperationException.class, dense::clear);
    assertThrows(UnsupportedOperationException.class, () -> dense.putIfAbsent(7, new int[] {1, 1}));
    assertThrows(UnsupportedOperationException.class, () -> dense.merge(0x20, new int[0], (a, b) -> a));
    assertEquals(source.keySet(), dense.keySet());
    assertEquals(source.size(), dense.entrySet().size());
    assertEquals(source, dense);
    assertThrows(UnsupportedOperationException.class, () -> dense.keySet().clear());
  }

  private static DenseCmap denseOf(java.util.HashMap<Integer, int[]> map) {
    try {
      var c = DenseCmap.class.getDeclaredConstructor(Map.class);
      c.setAccessible(true);
      return c.newInstance(map);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static Map<?, ?> map(BaseFont font, String name) throws Exception {
    for (Class<?> c = font.getClass(); c != null; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        if (f.getName().equals(name)) {
          f.setAccessible(true);
          return (Map<?, ?>) f.get(font);
        }
      }
    }
    return null;
  }
}
