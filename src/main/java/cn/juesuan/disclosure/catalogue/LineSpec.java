package cn.juesuan.disclosure.catalogue;

/**
 * One line of a form with numbered lines (行次), or a fixed row.
 * <ul>
 *   <li>{@link Kind#LINE}: number (0 for none), key ({@code group.key} of the model, or a plain
 *       key for fixed rows), printed text, name as checks cite it, English;</li>
 *   <li>{@link Kind#NUMBERS}: lines {@code number}–{@code to} that print only their 行次;</li>
 *   <li>{@link Kind#CLASSES}: one line per 功能分类 类 of the year's code list from line
 *       {@code number} on, keyed by class code under the model group {@code key}.</li>
 * </ul>
 */
public record LineSpec(Kind kind, int number, int to, String key, String text, String name,
                       String en) {

  public enum Kind { LINE, NUMBERS, CLASSES }

  /** The model group of a {@code group.key} (income), or "" for a plain key. */
  public String group() {
    if (kind == Kind.CLASSES) {
      return key;
    }
    int dot = key == null ? -1 : key.indexOf('.');
    return dot < 0 ? "" : key.substring(0, dot);
  }

  /** The key within its group (total). */
  public String leaf() {
    int dot = key == null ? -1 : key.indexOf('.');
    return dot < 0 ? key : key.substring(dot + 1);
  }

  /** How checks cite the line: its name and, where it has one, its 行次: "本年收入合计(27)". */
  public String citedZh() {
    return number > 0 ? name + "(" + number + ")" : name;
  }

  public String citedEn() {
    return number > 0 ? en + " (line " + number + ")" : en;
  }
}
