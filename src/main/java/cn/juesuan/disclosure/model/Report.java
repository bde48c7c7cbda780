package cn.juesuan.disclosure.model;

import java.util.List;

/** 附件1/附件3 部门整体支出绩效自评报告: the department's own text around computed figures. */
public record Report(List<String> keyTasks, String personnelUses, String publicUses,
                     String projectText, String threePublicText, String performance,
                     String reflection, List<String> problems, List<String> measures) {}
