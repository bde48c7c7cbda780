package cn.juesuan.disclosure.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The golden measure, as the fidelity tool defines it: both texts reduced to their
 * non-whitespace characters; recall = longest common subsequence / reference length, precision
 * = LCS / produced length; figures = every number of the reference as a multiset.
 */
public record TextComparison(double recall, double precision, List<String> lackingFigures) {
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

  public static TextComparison of(String reference, String produced) {
    int[] ref = squeeze(reference);
    int[] out = squeeze(produced);
    int lcs = lcsLength(ref, out);
    return new TextComparison((double) lcs / ref.length, out.length == 0 ? 0 : (double) lcs / out.length,
        lacking(reference, produced));
  }

  private static int[] squeeze(String s) {
    return s.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)).toArray();
  }

  /** Two-row dynamic programme: O(n·m) time, O(m) memory. */
  private static int lcsLength(int[] a, int[] b) {
    int[] prev = new int[b.length + 1];
    int[] cur = new int[b.length + 1];
    for (int i = 1; i <= a.length; i++) {
      int ai = a[i - 1];
      for (int j = 1; j <= b.length; j++) {
        cur[j] = ai == b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length];
  }

  private static List<String> lacking(String reference, String produced) {
    Map<String, Integer> have = new HashMap<>();
    Matcher m = NUMBER.matcher(produced);
    while (m.find()) {
      have.merge(m.group(), 1, Integer::sum);
    }
    List<String> out = new ArrayList<>();
    Matcher r = NUMBER.matcher(reference);
    while (r.find()) {
      Integer n = have.get(r.group());
      if (n == null || n == 0) {
        out.add(r.group());
      } else {
        have.put(r.group(), n - 1);
      }
    }
    return out;
  }
}
