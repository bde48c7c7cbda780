package cn.juesuan.disclosure.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * A readable line diff (longest common subsequence of lines): "-" for a line of the expected
 * text that is gone, "+" for a produced line that is new, with a few lines of context and the
 * line numbers of both sides, so a failing golden shows what changed and where.
 */
public final class LineDiff {
  private LineDiff() {}

  private static final int CONTEXT = 2;
  /** A diff longer than this is cut: the first hunks say enough, the file holds the rest. */
  private static final int MAX_LINES = 120;

  /** Empty when both are equal. */
  public static String of(List<String> expected, List<String> actual) {
    int n = expected.size();
    int m = actual.size();
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = expected.get(i).equals(actual.get(j)) ? lcs[i + 1][j + 1] + 1
            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    // edit script: ' ' kept, '-' expected only, '+' actual only; with both line numbers
    List<String[]> script = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && expected.get(i).equals(actual.get(j))) {
        script.add(new String[] {" ", String.valueOf(i + 1), String.valueOf(j + 1), expected.get(i)});
        i++;
        j++;
      } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
        script.add(new String[] {"-", String.valueOf(i + 1), "", expected.get(i)});
        i++;
      } else {
        script.add(new String[] {"+", "", String.valueOf(j + 1), actual.get(j)});
        j++;
      }
    }
    boolean[] shown = new boolean[script.size()];
    boolean any = false;
    for (int k = 0; k < script.size(); k++) {
      if (!script.get(k)[0].equals(" ")) {
        any = true;
        for (int c = Math.max(0, k - CONTEXT); c <= Math.min(script.size() - 1, k + CONTEXT); c++) {
          shown[c] = true;
        }
      }
    }
    if (!any) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    int lines = 0;
    boolean gap = false;
    for (int k = 0; k < script.size(); k++) {
      if (!shown[k]) {
        gap = true;
        continue;
      }
      if (gap || lines == 0) {
        String[] s = script.get(k);
        out.append("@@ expected line ").append(s[1].isEmpty() ? "-" : s[1])
            .append(", produced line ").append(s[2].isEmpty() ? "-" : s[2]).append(" @@\n");
        gap = false;
      }
      if (++lines > MAX_LINES) {
        out.append("… (diff cut after ").append(MAX_LINES).append(" lines)\n");
        break;
      }
      String[] s = script.get(k);
      out.append(s[0]).append(' ').append(s[3]).append('\n');
    }
    return out.toString();
  }
}
