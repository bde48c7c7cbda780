package cn.juesuan.disclosure.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One slice of a batch for an external job engine: shard {@code I/N} (1-based, 1 ≤ I ≤ N)
 * takes the files at positions I-1, I-1+N, I-1+2N, … of the stable sorted list. Every
 * department lands in exactly one shard, and the slices stay balanced however the folder is
 * nested. (Kubernetes' JOB_COMPLETION_INDEX is 0-based: pass {@code $((JOB_COMPLETION_INDEX+1))/N}.)
 */
public record Shard(int index, int count) {
  public static final Shard ALL = new Shard(1, 1);
  private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,9})\\s*/\\s*(\\d{1,9})\\s*");

  public Shard {
    if (count < 1 || index < 1 || index > count) {
      throw new IllegalArgumentException("分片应为 I/N，1 ≤ I ≤ N，实为 " + index + "/" + count
          + " (a shard is I/N with 1 ≤ I ≤ N, got " + index + "/" + count + ")");
    }
  }

  /** Parses {@code I/N}; throws IllegalArgumentException with a bilingual message otherwise. */
  public static Shard parse(String text) {
    Matcher m = FORM.matcher(text == null ? "" : text);
    if (!m.matches()) {
      throw new IllegalArgumentException("分片格式应为 I/N（如 2/5，从 1 开始），实为 \"" + text
          + "\" (expected I/N such as 2/5, 1-based, got \"" + text + "\")");
    }
    return new Shard(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  public boolean isAll() {
    return count == 1;
  }

  /** The items of this shard, in their given order. */
  public <T> List<T> select(List<T> items) {
    List<T> out = new ArrayList<>(items.size() / count + 1);
    for (int i = index - 1; i < items.size(); i += count) {
      out.add(items.get(i));
    }
    return out;
  }

  @Override
  public String toString() {
    return index + "/" + count;
  }
}
