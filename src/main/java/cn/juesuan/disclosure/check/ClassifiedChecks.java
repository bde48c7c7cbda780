package cn.juesuan.disclosure.check;

import cn.juesuan.disclosure.model.ClassifiedTable;
import cn.juesuan.disclosure.model.ClassifiedTable.Row;
import cn.juesuan.disclosure.model.Disclosure;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The identities every 功能分类 table shares, built for one {@link ClassifiedForm}: a column
 * identity per row, 类 = Σ 款 and 款 = Σ 项, 合计 = Σ 类, and the shape of the code tree.
 */
final class ClassifiedChecks {
  private ClassifiedChecks() {}

  /** {@code target} = Σ {@code plus} − Σ {@code minus}, on the 合计 row and every 科目 row. */
  static Check rowIdentity(String id, ClassifiedForm form, String target, List<String> plus, List<String> minus) {
    String formula = formula(form, target, plus, minus);
    return Check.of(id, form.name() + " 每行 " + formula, form.nameEn() + " every row: " + target + " = Σ parts",
        (d, c) -> {
          c.strict(Identity.of(form.name() + " 合计行", form.nameEn() + " total row", form.total(d, target),
              terms(plus, minus, col -> form.total(d, col))));
          for (Row row : form.of(d).rows()) {
            c.strict(Identity.of(form.name() + " " + row.code() + " 行", form.nameEn() + " row " + row.code(),
                form.cell(row, target), terms(plus, minus, col -> form.cell(row, col))));
          }
        });
  }

  /** 类 = Σ its 款 and 款 = Σ its 项, column by column (a parent without child rows is not summed). */
  static Check hierarchy(String id, ClassifiedForm form) {
    return Check.of(id, form.name() + " 类 = Σ 款，款 = Σ 项（逐栏）",
        form.nameEn() + ": class = Σ its sections, section = Σ its items (each column)", (d, c) -> {
          List<Row> rows = form.of(d).rows();
          for (Row parent : rows) {
            List<Row> children = childrenOf(parent, rows);
            if (parent.level() == 3 || children.isEmpty()) {
              continue;
            }
            for (String col : form.columns(d)) {
              Label l = form.label(col);
              c.strict(Identity.of(form.name() + " " + parent.code() + " " + l.zh(),
                      form.nameEn() + " " + parent.code() + " " + l.en(), form.cellByCode(parent, col),
                      children.stream().map(ch -> form.cellByCode(ch, col).plus()).toList())
                  .group(Label.of(parent.code() + "xx", parent.code() + "xx")));
            }
          }
        });
  }

  /** 合计 = Σ 类 rows, column by column. */
  static Check totalOfClasses(String id, ClassifiedForm form) {
    return Check.of(id, form.name() + " 合计 = Σ 类（逐栏）", form.nameEn() + ": total = Σ classes (each column)",
        (d, c) -> {
          List<Row> classes = form.classRows(d);
          for (String col : form.columns(d)) {
            Label l = form.label(col);
            c.strict(Identity.of(form.name() + " 合计行 " + l.zh(), form.nameEn() + " total row " + l.en(),
                    form.total(d, col).prefixed("合计 ", "total "),
                    classes.stream().map(r -> form.cellByCode(r, col).plus()).toList())
                .group(Label.of("类", "classes")));
          }
        });
  }

  /** Every 科目 code appears once, every 款 under its 类 row, every 项 under its 款 row. */
  static Check structure(String id, ClassifiedForm form) {
    return Check.of(id, form.name() + " 科目层级完整（款有其类、项有其款、代码不重复）",
        form.nameEn() + ": code tree complete (section under its class, item under its section, no duplicates)",
        (d, c) -> {
          ClassifiedTable t = form.of(d);
          Set<String> seen = new HashSet<>();
          for (Row row : t.rows()) {
            String path = form.rowPath(row, "code");
            if (!seen.add(row.code())) {
              c.error(path, form.name() + " 科目 " + row.code() + " 重复出现",
                  form.nameEn() + ": subject " + row.code() + " appears twice");
            }
            if (row.level() > 1) {
              String parent = row.code().substring(0, row.level() == 2 ? 3 : 5);
              if (t.rows().stream().noneMatch(r -> r.code().equals(parent))) {
                c.error(path, form.name() + " 科目 " + row.code() + " 缺少上级科目 " + parent + " 行",
                    form.nameEn() + ": subject " + row.code() + " has no parent row " + parent);
              }
            }
          }
        });
  }

  /** The rows one level below {@code parent} whose code starts with its code. */
  static List<Row> childrenOf(Row parent, List<Row> rows) {
    return rows.stream()
        .filter(r -> r.level() == parent.level() + 1 && r.code().startsWith(parent.code()))
        .toList();
  }

  private static List<Term> terms(List<String> plus, List<String> minus,
                                  java.util.function.Function<String, Figure> cell) {
    List<Term> out = new ArrayList<>();
    plus.forEach(col -> out.add(cell.apply(col).plus()));
    minus.forEach(col -> out.add(cell.apply(col).minus()));
    return out;
  }

  private static String formula(ClassifiedForm form, String target, List<String> plus, List<String> minus) {
    StringBuilder sb = new StringBuilder(form.label(target).zh()).append(" = ");
    for (int i = 0; i < plus.size(); i++) {
      sb.append(i == 0 ? "" : " + ").append(form.label(plus.get(i)).zh());
    }
    minus.forEach(col -> sb.append(" − ").append(form.label(col).zh()));
    return sb.toString();
  }
}
