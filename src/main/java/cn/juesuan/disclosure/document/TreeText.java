package cn.juesuan.disclosure.document;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;

/**
 * The text a tree of records and lists writes of itself ({@code toString}), written into one
 * builder. {@code String.valueOf(tree)} builds the same characters level by level, each record
 * and list copying its children's strings into its own: a document's tables, six levels deep,
 * were copied six times over (about 5% of a batch document's CPU, for the /ID seed alone).
 *
 * <p>Records are written as their generated {@code toString} writes them
 * ({@code Name[a=1, b=[x, y]]}), collections as {@code AbstractCollection.toString}; anything
 * else by its own {@code toString}. The document's records declare no {@code toString} of
 * their own (a test compares the two writings on every bundled dataset).
 */
public final class TreeText {
  private TreeText() {}

  private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
    @Override
    protected Method[] computeValue(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      Method[] accessors = new Method[components.length];
      for (int i = 0; i < components.length; i++) {
        accessors[i] = components[i].getAccessor();
        accessors[i].setAccessible(true);
      }
      return accessors;
    }
  };

  /** Appends {@code String.valueOf(value)} to {@code out}. */
  public static StringBuilder append(StringBuilder out, Object value) {
    if (value == null || value instanceof String) {
      return out.append((String) value);
    }
    Class<?> type = value.getClass();
    if (type.isRecord()) {
      out.append(type.getSimpleName()).append('[');
      Method[] accessors = ACCESSORS.get(type);
      for (int i = 0; i < accessors.length; i++) {
        if (i > 0) {
          out.append(", ");
        }
        out.append(accessors[i].getName()).append('=');
        try {
          append(out, accessors[i].invoke(value));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot read " + accessors[i], e);
        }
      }
      return out.append(']');
    }
    if (value instanceof Collection<?> items) {
      out.append('[');
      boolean first = true;
      for (Object item : items) {
        if (!first) {
          out.append(", ");
        }
        first = false;
        append(out, item);
      }
      return out.append(']');
    }
    return out.append(value);
  }
}
