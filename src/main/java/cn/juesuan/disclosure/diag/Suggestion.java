package cn.juesuan.disclosure.diag;

import java.util.Collection;

/** "Did you mean": the nearest known name to a mistyped one, for every message that offers one. */
public final class Suggestion {
  private Suggestion() {}

  /** The nearest candidate by edit distance, if near enough to be a typo; null otherwise. */
  public static String closest(String key, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = distance(key.toLowerCase(), c.toLowerCase());
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
    int allowed = Math.max(1, Math.min(3, key.length() / 3));
    return bestDistance <= allowed ? best : null;
  }

  /** "，是否应为 "x"？" or nothing. */
  public static String hintZh(String key, Collection<String> candidates) {
    String best = closest(key, candidates);
    return best == null ? "" : "，是否应为 \"" + best + "\"？";
  }

  /** "; did you mean "x"?" or nothing. */
  public static String hintEn(String key, Collection<String> candidates) {
    String best = closest(key, candidates);
    return best == null ? "" : "; did you mean \"" + best + "\"?";
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
