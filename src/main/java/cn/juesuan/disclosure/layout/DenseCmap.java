package cn.juesuan.disclosure.layout;

import com.lowagie.text.pdf.BaseFont;
import java.lang.reflect.Field;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A font's character map (code point → {glyph, advance width}) answered from arrays.
 *
 * <p>OpenPDF looks a character up in the font's {@code HashMap<Integer, int[]>} every time it
 * measures or writes it ({@code TrueTypeFontUnicode.getMetricsTT}): a batch document does so
 * about a million times, and the boxed lookups (HashMap.getNode, Integer.equals) were about 10%
 * of its CPU. This map answers {@code get} from pages of 256 code points filled from the
 * font's own map, which answers everything else (iteration, size). The entries are the font's
 * own, so the widths, glyphs and bytes written are unchanged.
 */
final class DenseCmap extends HashMap<Integer, int[]> {
  private static final long serialVersionUID = 1L;
  private static final int PAGE_BITS = 8;
  private static final int PAGE_SIZE = 1 << PAGE_BITS;
  private static final int PAGES = (Character.MAX_CODE_POINT + 1) >>> PAGE_BITS;

  /** pages[cp >>> 8][cp & 0xff]: the metrics, or null where the font has no glyph. */
  private final int[][][] pages = new int[PAGES][][];

  /** OpenPDF's own map, kept for everything but lookups (not copied: 65,000 entries a face). */
  private final Map<Integer, int[]> source;

  private DenseCmap(Map<Integer, int[]> source) {
    this.source = source;
    for (Map.Entry<Integer, int[]> e : source.entrySet()) {
      int cp = e.getKey();
      if (cp >= 0 && cp <= Character.MAX_CODE_POINT) {
        int[][] page = pages[cp >>> PAGE_BITS];
        if (page == null) {
          page = pages[cp >>> PAGE_BITS] = new int[PAGE_SIZE][];
        }
        page[cp & (PAGE_SIZE - 1)] = e.getValue();
      }
    }
  }

  @Override
  public int[] get(Object key) {
    if (key instanceof Integer boxed) {
      int cp = boxed;
      if (cp >= 0 && cp <= Character.MAX_CODE_POINT) {
        int[][] page = pages[cp >>> PAGE_BITS];
        return page == null ? null : page[cp & (PAGE_SIZE - 1)];
      }
    }
    return source.get(key);
  }

  @Override
  public int[] getOrDefault(Object key, int[] fallback) {
    int[] value = get(key);
    return value != null ? value : fallback;
  }

  @Override
  public boolean containsKey(Object key) {
    return get(key) != null || source.containsKey(key);
  }

  @Override
  public int size() {
    return source.size();
  }

  @Override
  public boolean isEmpty() {
    return source.isEmpty();
  }

  @Override
  public Set<Map.Entry<Integer, int[]>> entrySet() {
    return Collections.unmodifiableMap(source).entrySet();
  }

  @Override
  public Set<Integer> keySet() {
    return Collections.unmodifiableSet(source.keySet());
  }

  @Override
  public Collection<int[]> values() {
    return Collections.unmodifiableCollection(source.values());
  }

  @Override
  public void forEach(BiConsumer<? super Integer, ? super int[]> action) {
    source.forEach(action);
  }

  // OpenPDF fills its maps while parsing and only reads them afterwards; a change would leave
  // the pages stale, so none is allowed.
  @Override
  public int[] put(Integer key, int[] value) {
    throw readOnly();
  }

  @Override
  public void putAll(Map<? extends Integer, ? extends int[]> m) {
    throw readOnly();
  }

  @Override
  public int[] remove(Object key) {
    throw readOnly();
  }

  @Override
  public void clear() {
    throw readOnly();
  }

  @Override
  public int[] putIfAbsent(Integer key, int[] value) {
    throw readOnly();
  }

  @Override
  public int[] computeIfAbsent(Integer key, Function<? super Integer, ? extends int[]> f) {
    throw readOnly();
  }

  @Override
  public int[] computeIfPresent(Integer key, BiFunction<? super Integer, ? super int[], ? extends int[]> f) {
    throw readOnly();
  }

  @Override
  public int[] compute(Integer key, BiFunction<? super Integer, ? super int[], ? extends int[]> f) {
    throw readOnly();
  }

  @Override
  public int[] merge(Integer key, int[] value, BiFunction<? super int[], ? super int[], ? extends int[]> f) {
    throw readOnly();
  }

  @Override
  public int[] replace(Integer key, int[] value) {
    throw readOnly();
  }

  @Override
  public boolean replace(Integer key, int[] oldValue, int[] newValue) {
    throw readOnly();
  }

  @Override
  public void replaceAll(BiFunction<? super Integer, ? super int[], ? extends int[]> f) {
    throw readOnly();
  }

  @Override
  public boolean containsValue(Object value) {
    return source.containsValue(value);
  }

  @Override
  public boolean equals(Object o) {
    return o == this || source.equals(o);
  }

  @Override
  public int hashCode() {
    return source.hashCode();
  }

  @Override
  public String toString() {
    return source.toString();
  }

  private static UnsupportedOperationException readOnly() {
    return new UnsupportedOperationException("a font's character map is read-only once parsed");
  }

  /**
   * Replaces the character maps of a parsed TrueType/OpenType font by dense ones; a font of
   * another kind, or an OpenPDF without these fields, is left as it is (slower, same output).
   */
  static void install(BaseFont font) {
    for (String name : new String[] {"cmap31", "cmapExt", "cmap10"}) {
      try {
        Field field = field(font.getClass(), name);
        if (field == null) {
          continue;
        }
        field.setAccessible(true);
        Object map = field.get(font);
        if (map instanceof Map<?, ?> source && !(map instanceof DenseCmap)) {
          @SuppressWarnings("unchecked")
          Map<Integer, int[]> typed = (Map<Integer, int[]>) source;
          field.set(font, new DenseCmap(typed));
        }
      } catch (ReflectiveOperationException | RuntimeException e) {
        return; // a field OpenPDF changed: keep its own maps
      }
    }
  }

  /** The field {@code name} declared by {@code type} or a superclass (TrueTypeFont, package-private). */
  private static Field field(Class<?> type, String name) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        if (f.getName().equals(name)) {
          return f;
        }
      }
    }
    return null;
  }
}
