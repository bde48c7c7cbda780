package cn.juesuan.disclosure.check;

import cn.juesuan.disclosure.model.ClassifiedTable;
import cn.juesuan.disclosure.model.ClassifiedTable.Row;
import cn.juesuan.disclosure.model.Disclosure;
import cn.juesuan.disclosure.model.Forms;
import cn.juesuan.disclosure.model.Tables;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A table by 功能分类 科目 (公开02/03/05/07/08) as checks see it: its printed name, its YAML key,
 * its columns and their names, and how to name and locate each cell.
 */
record ClassifiedForm(String name, String key, Function<Tables, ClassifiedTable> table,
                      List<String> columns, Map<String, Label> labels) {

  static final ClassifiedForm GK02 = new ClassifiedForm("公开02", "gk02", Tables::gk02, Forms.GK02, Labels.GK02);
  static final ClassifiedForm GK03 = new ClassifiedForm("公开03", "gk03", Tables::gk03, Forms.GK03, Labels.GK03);
  static final ClassifiedForm GK05 = new ClassifiedForm("公开05", "gk05", Tables::gk05, Forms.GK05, Labels.GK05);
  static final ClassifiedForm GK07 = new ClassifiedForm("公开07", "gk07", Tables::gk07, Forms.GK07, Labels.GK07);
  static final ClassifiedForm GK08 = new ClassifiedForm("公开08", "gk08", Tables::gk08, Forms.GK08, Labels.GK08);

  ClassifiedTable of(Disclosure d) {
    return table.apply(d.tables());
  }

  /** The English name used in messages ("gk03"). */
  String nameEn() {
    return key;
  }

  Label label(String column) {
    return labels.get(column);
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
