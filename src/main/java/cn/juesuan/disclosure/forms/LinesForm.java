package cn.juesuan.disclosure.forms;

import cn.juesuan.disclosure.catalogue.FormSpec;
import cn.juesuan.disclosure.catalogue.LineSpec;
import cn.juesuan.disclosure.catalogue.NumberStyle;
import cn.juesuan.disclosure.document.TableSpec;
import cn.juesuan.disclosure.document.TableSpec.Cell;
import cn.juesuan.disclosure.model.Disclosure;
import cn.juesuan.disclosure.model.StandardLists;
import cn.juesuan.disclosure.model.Tables;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Layout {@code lines}: a 总表 of numbered lines (Gansu 公开01, 公开04), two sides side by side,
 * row i = line i of the first side beside line i of the second. Each line prints
 * | text | 行次 | amounts |; the first side one amount, the second the form's columns.
 */
final class LinesForm {
  private LinesForm() {}

  static TableSpec build(FormSpec form, Disclosure d) {
    if (form.sides().size() != 2) {
      throw new IllegalStateException("form " + form.id() + ": a lines form has two sides");
    }
    List<List<Cell>> left = side(form, d, form.sides().get(0), List.of(Tables.AMOUNT));
    List<List<Cell>> right = side(form, d, form.sides().get(1), form.columnKeys());
    if (left.size() != right.size()) {
      throw new IllegalStateException("form " + form.id() + ": sides differ: " + left.size()
          + " vs " + right.size() + " lines");
    }
    List<List<Cell>> body = IntStream.range(0, left.size())
        .mapToObj(i -> Cells.row(left.get(i), right.get(i))).toList();
    return Frame.spec(form, d, Cells.header(form.header()), body, false);
  }

  private static List<List<Cell>> side(FormSpec form, Disclosure d, List<LineSpec> lines, List<String> columns) {
    NumberStyle style = d.format().numbers();
    List<List<Cell>> rows = new ArrayList<>();
    for (LineSpec l : lines) {
      switch (l.kind()) {
        case NUMBERS -> IntStream.rangeClosed(l.number(), l.to()).forEach(n ->
            rows.add(row(form, "", n, Collections.nCopies(columns.size(), Cells.blank()))));
        case CLASSES -> {
          List<StandardLists.ExpenditureClass> classes = d.codes().expenditureClasses();
          for (int i = 0; i < classes.size(); i++) {
            StandardLists.ExpenditureClass c = classes.get(i);
            rows.add(row(form, c.label(), l.number() + i, Cells.amounts(
                d.tables().line(form.id(), l.group(), c.code()), columns, style)));
          }
        }
        case LINE -> rows.add(row(form, l.text(), l.number(), Cells.amounts(
            d.tables().line(form.id(), l.group(), l.leaf()), columns, style)));
      }
    }
    return rows;
  }

  /** | text | 行次 | amounts |, or | text | amounts | for a format that prints no 行次. */
  private static List<Cell> row(FormSpec form, String text, int number, List<Cell> amounts) {
    return form.shape().lineNumbers()
        ? Cells.row(List.of(Cells.label(text), Cells.lineNumber(number)), amounts)
        : Cells.row(List.of(Cells.label(text)), amounts);
  }
}
