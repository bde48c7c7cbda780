package cn.juesuan.disclosure.check;

import cn.juesuan.disclosure.model.Disclosure;
import java.util.List;

/** 公开06 一般公共预算财政拨款基本支出决算明细表 (T06a–e). */
final class Gk06Checks {
  private Gk06Checks() {}

  static List<Check> all() {
    return List.of(
        Check.of("T06a", "{gk06} 301 工资福利支出 = Σ 301xx", "gk06 301 = Σ its items", (d, c) -> c.strict(classSum(d, "301"))),
        Check.of("T06b", "{gk06} 302 商品和服务支出 = Σ 302xx", "gk06 302 = Σ its items", (d, c) -> c.strict(classSum(d, "302"))),
        Check.of("T06c", "{gk06} 303、307、310、399 = 各自款级科目之和", "gk06 303, 307, 310, 399 = Σ their items",
            (d, c) -> List.of("303", "307", "310", "399").forEach(code -> c.strict(classSum(d, code)))),
        Check.of("T06d", "{gk06} 人员经费合计 = 301 + 303", "gk06 personnel total = 301 + 303", (d, c) ->
            c.strict(Identity.of("{gk06}", "gk06", Gk06.personnelTotal(d),
                Gk06.PERSONNEL_CLASSES.stream().map(code -> Gk06.amount(d, code).plus()).toList()))),
        Check.of("T06e", "{gk06} 公用经费合计 = 302 + 307 + 310 + 399", "gk06 public total = 302 + 307 + 310 + 399",
            (d, c) -> c.strict(Identity.of("{gk06}", "gk06", Gk06.publicTotal(d),
                Gk06.PUBLIC_CLASSES.stream().map(code -> Gk06.amount(d, code).plus()).toList()))));
  }

  private static Identity classSum(Disclosure d, String classCode) {
    return Identity.of("{gk06} " + classCode, "gk06 " + classCode, Gk06.amount(d, classCode),
            Gk06.itemsOf(d, classCode).stream().map(code -> Gk06.amount(d, code).plus()).toList())
        .group(Label.of(classCode + "xx", classCode + "xx"));
  }
}
