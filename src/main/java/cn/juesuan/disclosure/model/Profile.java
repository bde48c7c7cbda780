package cn.juesuan.disclosure.model;

import java.util.List;

/**
 * 第一部分 部门概况. Which parts a format prints (and requires) is the format's business: the Gansu
 * outline prints {@code duties}, {@code organization}, {@code fundingType}; the Shanghai one
 * {@code functions} (主要职能, paragraphs as printed) and {@code units} (部门决算单位构成).
 * A part the file leaves out is null ({@code duties}, {@code organization}, {@code staffing},
 * {@code fundingType}) or empty ({@code functions}, {@code units}).
 */
public record Profile(Duties duties, Organization organization, Staffing staffing, String fundingType,
                      List<String> functions, List<Unit> units) {

  /** 一、部门职责: a lead sentence and the numbered duties （一）…. */
  public record Duties(String lead, List<String> items) {}

  /** 二、机构设置. */
  public record Organization(List<String> internalOffices, boolean civilServantManaged,
                             List<String> affiliatedUnits) {}

  /** 人员编制 (附件1): total and its parts. */
  public record Staffing(int total, int civilServant, int institution) {}

  /** One unit of 部门决算单位构成: its name and the 备注 (null when blank), e.g. 预算不单列，并入本级. */
  public record Unit(String name, String note) {}
}
