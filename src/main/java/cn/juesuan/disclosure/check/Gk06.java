package cn.juesuan.disclosure.check;

import cn.juesuan.disclosure.model.Disclosure;
import cn.juesuan.disclosure.model.StandardLists.EconomicClass;
import java.util.List;

/** Cells of 公开06 一般公共预算财政拨款基本支出决算明细表 as named, located figures. */
final class Gk06 {
  private Gk06() {}

  /** The 经济分类 类 of 人员经费 and of 公用经费. */
  static final List<String> PERSONNEL_CLASSES = List.of("301", "303");
  static final List<String> PUBLIC_CLASSES = List.of("302", "307", "310", "399");

  static Figure amount(Disclosure d, String code) {
    return Figure.of(Labels.economicClass(code), d.tables().gk06().amounts().get(code), "tables.gk06.amounts." + code);
  }

  static Figure personnelTotal(Disclosure d) {
    return Figure.of(Labels.total("gk06", "personnelTotal"), d.tables().gk06().personnelTotal(), "tables.gk06.personnelTotal");
  }

  static Figure publicTotal(Disclosure d) {
    return Figure.of(Labels.total("gk06", "publicTotal"), d.tables().gk06().publicTotal(), "tables.gk06.publicTotal");
  }

  /** The 款 codes under a 类 (e.g. 30101…30199 under 301), in print order. */
  static List<String> itemsOf(Disclosure d, String classCode) {
    return d.codes().economicClasses().stream().map(EconomicClass::code)
        .filter(code -> code.length() > classCode.length() && code.startsWith(classCode)).toList();
  }
}
