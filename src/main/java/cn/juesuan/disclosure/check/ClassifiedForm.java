package cn.juesuan.disclosure.check;

import cn.juesuan.disclosure.model.ClassifiedTable;
import cn.juesuan.disclosure.model.ClassifiedTable.Row;
import cn.juesuan.disclosure.model.Disclosure;
import java.util.List;
import java.util.Optional;

/**
 * A table by 功能分类 科目 (gk02/03/05/07/08) as checks see it: its YAML key, and through it
 * its name, columns and their names (from the format), and how to name and locate each cell.
 */
record ClassifiedForm(String key) {

  static final ClassifiedForm GK02 = new ClassifiedForm("gk02");
  static final ClassifiedForm GK03 = new ClassifiedForm("gk03");
  static final ClassifiedForm GK05 = new ClassifiedForm("gk05");
  static final ClassifiedForm GK07 = new ClassifiedForm("gk07");
  static final ClassifiedForm GK08 = new ClassifiedForm("gk08");

  ClassifiedTable of(Disclosure d) {
    return d.tables().bySubject(key);
  }

  /** The form's name in messages (a token the format words). */
  String name() {
    return Labels.form(key);
  }

  /** The amount columns of the disclosure's format, in print order. */
  List<String> columns(Disclosure d) {
    return d.format().form(key).columnKeys();
  }

  /** The English name used in messages ("gk03"). */
  String nameEn() {
    return key;
  }

  Label label(String column) {
    return Labels.column(key, column);
  }

  /** A 合计 cell, named by its column. */
  Figure total(Disclosure d, String column) {
    return Figure.of(label(column), of(d).total().get(column), "tables." + key + ".total." + column);
  }

  /** A row cell, named by its column. */
  Figure cell(Row row, String column) {
    return Figure.of(label(column), row.amounts().get(column), rowPath(row, column));
  }

  /** A row cell, named by the row's code (for sums over 款/项). */
  Figure cellByCode(Row row, String column) {
    return new Figure(row.code(), row.code(), row.amounts().get(column), rowPath(row, column));
  }

  String rowPath(Row row, String field) {
    return "tables." + key + ".rows[" + row.index() + "]." + field;
  }

  /** The row of a 科目 code, if the table prints it. */
  Optional<Row> rowOf(Disclosure d, String code) {
    return of(d).rows().stream().filter(r -> r.code().equals(code)).findFirst();
  }

  List<Row> classRows(Disclosure d) {
    return of(d).rows().stream().filter(r -> r.level() == 1).toList();
  }
}
