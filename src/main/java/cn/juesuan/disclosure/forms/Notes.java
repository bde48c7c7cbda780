package cn.juesuan.disclosure.forms;

import cn.juesuan.disclosure.catalogue.FormSpec;
import cn.juesuan.disclosure.model.Amounts;
import cn.juesuan.disclosure.model.ClassifiedTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The 注 under a table, and the rule deciding when the "empty table" sentence applies. */
final class Notes {
  private Notes() {}

  /**
   * The notes of a form: its {@code noteLines} as they are, or one paragraph of its
   * {@code notes} after the prefix ("注：s", "注：1.s2.t" for several), with the noData
   * sentence added when the table holds no amount; then, for an empty table, the form's
   * {@code noDataLine} as a line of its own ({department} filled in).
   */
  static List<String> of(FormSpec form, boolean noData, String department) {
    List<String> out = new ArrayList<>(paragraph(form, noData));
    if (noData && form.shape().noDataLine() != null) {
      out.add(form.shape().noDataLine().replace("{department}", department));
    }
    return List.copyOf(out);
  }

  private static List<String> paragraph(FormSpec form, boolean noData) {
    if (!form.noteLines().isEmpty()) {
      return form.noteLines();
    }
    List<String> sentences = new ArrayList<>(form.notes());
    if (noData && form.noData() != null) {
      sentences.add(form.noData());
    }
    if (sentences.isEmpty()) {
      return List.of();
    }
    if (sentences.size() == 1) {
      return List.of(form.notePrefix() + sentences.get(0));
    }
    StringBuilder sb = new StringBuilder(form.notePrefix());
    for (int i = 0; i < sentences.size(); i++) {
      sb.append(i + 1).append('.').append(sentences.get(i));
    }
    return List.of(sb.toString());
  }

  /**
   * A table "has no data" when no cell holds a non-zero amount: blank cells and 0.00 alike.
   * (A department that writes 0.00 into every cell spent nothing, and the note says so.)
   */
  static boolean noData(Amounts... groups) {
    return Arrays.stream(groups).allMatch(Notes::allZero);
  }

  static boolean noData(ClassifiedTable t) {
    return allZero(t.total()) && t.rows().stream().allMatch(r -> allZero(r.amounts()));
  }

  private static boolean allZero(Amounts a) {
    return a.values().values().stream().allMatch(v -> v == null || v.signum() == 0);
  }
}
