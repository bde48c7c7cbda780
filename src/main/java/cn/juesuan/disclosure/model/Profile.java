package cn.juesuan.disclosure.model;

import java.util.List;

/** 第一部分 部门概况. {@code staffing} is null when the department gives no 人员编制. */
public record Profile(Duties duties, Organization organization, Staffing staffing, String fundingType) {

  /** 一、部门职责: a lead sentence and the numbered duties （一）…. */
  public record Duties(String lead, List<String> items) {}

  /** 二、机构设置. */
  public record Organization(List<String> internalOffices, boolean civilServantManaged,
                             List<String> affiliatedUnits) {}

  /** 人员编制 (附件1): total and its parts. */
  public record Staffing(int total, int civilServant, int institution) {}
}
