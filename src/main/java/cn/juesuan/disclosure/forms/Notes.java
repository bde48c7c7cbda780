package cn.juesuan.disclosure.forms;

import cn.juesuan.disclosure.model.Amounts;
import cn.juesuan.disclosure.model.ClassifiedTable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** The 注 under a table, and the rule deciding when "本部门没有…故本表无数据" applies. */
final class Notes {
  private Notes() {}

  /**
   * One 注 paragraph: "注：s" for one sentence, "注：1.s2.t" for several (as 公开07–09 print
   * them). Null sentences (a note that does not apply) are left out.
   */
  static List<String> paragraph(String... sentences) {
    List<String> present = Arrays.stream(sentences).filter(Objects::nonNull).toList();
    if (present.size() == 1) {
      return List.of("注：" + present.get(0));
    }
    StringBuilder sb = new StringBuilder("注：");
    for (int i = 0; i < present.size(); i++) {
      sb.append(i + 1).append('.').append(present.get(i));
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

  /** The note only when the condition holds. */
  static String when(boolean condition, String sentence) {
    return condition ? sentence : null;
  }
}
