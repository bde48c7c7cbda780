package cn.juesuan.disclosure.load;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shape of a department's YAML as the loader reads it: every key it asks for, whether it
 * is required, and what it must hold. Recorded, not written by hand: {@link #ofLoader} runs the
 * loader's own reads over an empty document with {@link Fields} in recording mode, so the
 * editors' schema (and anything else built on the shape) cannot drift from the loader.
 */
public final class Shape {
  /**
   * The value {@code new --from} writes where this year's figure is still to be entered: any
   * field holding it is an error that {@code validate} lists at its line ({@code load.to-fill}).
   */
  public static final String TO_FILL = "待填";

  /** What a value holds; the first seven are scalars. */
  public enum Kind { TEXT, CODE, AMOUNT, COUNT, FLAG, DATE, CHOICE, MAP, LIST }

  public final Kind kind;
  /** CHOICE: the allowed words. */
  public final List<String> choices;
  /** CODE: the pattern a code matches (Java regex, also valid ECMA 262). */
  public final String pattern;
  private final Map<String, Shape> properties = new LinkedHashMap<>();
  private final Set<String> required = new LinkedHashSet<>();
  /** MAP: the shape of any key not listed (null: other keys are errors). */
  private Shape additional;
  /** LIST: the shape of each item. */
  private Shape items;

  private Shape(Kind kind, List<String> choices, String pattern) {
    this.kind = kind;
    this.choices = choices == null ? List.of() : List.copyOf(choices);
    this.pattern = pattern;
  }

  static Shape of(Kind kind) {
    return new Shape(kind, null, null);
  }

  static Shape choice(Collection<String> allowed) {
    return new Shape(Kind.CHOICE, List.copyOf(allowed), null);
  }

  static Shape code(String pattern) {
    return new Shape(Kind.CODE, null, pattern);
  }

  static Shape listOf(Shape item) {
    Shape s = of(Kind.LIST);
    s.items = item;
    return s;
  }

  public Map<String, Shape> properties() {
    return Collections.unmodifiableMap(properties);
  }

  public Set<String> required() {
    return Collections.unmodifiableSet(required);
  }

  public Shape additional() {
    return additional;
  }

  public Shape items() {
    return items;
  }

  /** Records a key of this mapping; a key read twice keeps its first shape (and is required if either read was). */
  Shape put(String key, Shape shape, boolean isRequired) {
    Shape kept = properties.putIfAbsent(key, shape);
    if (isRequired) {
      required.add(key);
    }
    return kept == null ? shape : kept;
  }

  void allowAny(Shape shape) {
    additional = shape;
  }

  /** The recording under way on this thread: its root and the keys offered to loops over a mapping's keys. */
  /** {@code format}: the format the recorded file is of (null: the default), as its {@code format:} would say. */
  record Recording(Shape root, Collection<String> candidateKeys, String format) {}

  static final ThreadLocal<Recording> ACTIVE = new ThreadLocal<>();

  /**
   * Runs the loader over an empty document, recording every read. Where the loader walks a
   * mapping's own keys (功能分类 codes, 经济分类 codes), {@code candidateKeys} stand in for them
   * and the loader's own test keeps those it accepts.
   */
  public static Shape ofLoader(Collection<String> candidateKeys) {
    return ofLoader(candidateKeys, null);
  }

  /** The loader's reads for a file of {@code format} (null: the default format): its parts required by that format. */
  public static Shape ofLoader(Collection<String> candidateKeys, String format) {
    Shape root = of(Kind.MAP);
    ACTIVE.set(new Recording(root, candidateKeys, format));
    try {
      DisclosureLoader.Result r = DisclosureLoader.load("{}\n".getBytes(StandardCharsets.UTF_8), "<shape>");
      r.findings().all().stream().filter(f -> f.id().equals("load.internal")).findFirst().ifPresent(f -> {
        throw new IllegalStateException("the loader failed while recording its shape: " + f.en());
      });
    } finally {
      ACTIVE.remove();
    }
    return root;
  }
}
