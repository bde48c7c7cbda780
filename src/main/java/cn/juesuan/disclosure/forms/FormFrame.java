package cn.juesuan.disclosure.forms;

import cn.juesuan.disclosure.layout.TableSpec;
import cn.juesuan.disclosure.layout.TableSpec.Cell;
import cn.juesuan.disclosure.model.Department;
import cn.juesuan.disclosure.model.Disclosure;
import java.util.List;

/**
 * The frame every 公开 table shares: the title (with its 目录 number 一、…九、), "公开 NN 表",
 * the line 部门：… / YYYY 年度 / 金额单位：万元, the table font, and whether it opens a page
 * (the reference lets 02+03 and 07+08 share a page).
 */
record FormFrame(String title, int number, float fontSize, boolean newPage) {

  /** The table font of the reference's tables (~8–9 pt on a 156 mm text block). */
  static final float TABLE_FONT = 8.5f;

  static FormFrame of(String title, int number, boolean newPage) {
    return new FormFrame(title, number, TABLE_FONT, newPage);
  }

  /** The same frame in a smaller font: 公开04 fills a page in the print, 02+03 share one. */
  FormFrame withFont(float size) {
    return new FormFrame(title, number, size, newPage);
  }

  String formNumber() {
    return String.format("公开 %02d 表", number);
  }

  static List<String> unitLine(Department department) {
    return List.of("部门：" + department.name(), department.year() + " 年度", "金额单位：万元");
  }

  TableSpec spec(Disclosure d, List<TableSpec.Column> columns, List<List<Cell>> header,
                 List<List<Cell>> body, List<String> notes) {
    return new TableSpec(title, formNumber(), unitLine(d.department()), columns,
        List.copyOf(header), List.copyOf(body), List.copyOf(notes), fontSize, newPage);
  }
}
