package cn.juesuan.disclosure.calc;

import java.util.List;

/**
 * One 年初预算 entry of 五(三) at the level the department gave it: a 类 (level 1), 款 (2) or 项
 * (3) of 公开05. {@code names} are the 类, 款 and 项 names down to that level (the printed name
 * of 公开05 where it has one), so a template can print "一般公共服务支出（类）群众团体事务（款）…".
 * The execution is computed against that 科目's own 决算 in 公开05.
 */
public record BudgetEntry(String code, int level, List<String> names, Execution execution) {

  /** The entry's own name: the 类, 款 or 项 it is given for. */
  public String name() {
    return names.get(names.size() - 1);
  }
}
