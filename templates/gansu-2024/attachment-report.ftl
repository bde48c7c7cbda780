<#-- 附件1/附件3 部门整体支出绩效自评报告; its six heading numbers are data (附件3 prints 一、二、七…). -->
<#assign r = d.report>
<#assign org = d.profile.organization>
@h1- ${nums[0]}、部门概况
@h2 （一）部门职能概述。
@p ${d.profile.duties.lead}
<#list d.profile.duties.items as item>
@p （${cn(item?counter)}）${item}
</#list>
@h2 （二）部门组织机构及人员情况
@p 1.机构设置：<#if org.internalOffices?has_content>内设机构${org.internalOffices?join("、")}。<#else>无内设机构。</#if><#if org.affiliatedUnits?has_content>下设事业单位 ${org.affiliatedUnits?size} 个，分别为${org.affiliatedUnits?join("、")}。</#if>
<#-- 人员编制 only where the department gives it -->
<#if d.profile.staffing??>
<#assign st = d.profile.staffing>
@p 2.人员编制：现有干部职工 ${st.total} 人，其中：参公编制 ${st.civilServant} 人，事业编制 ${st.institution} 人。
</#if>
<#if r.keyTasks?has_content>
@h2 （三）${year}年度重点工作计划（与目标一致）
<#list r.keyTasks as task>
@p ${task?counter}.${task}
</#list>
</#if>
@h1- ${nums[1]}、部门整体支出管理及使用情况
@h2 （一）基本支出${f.basic.total}万元。
@p 1.人员经费支出：${f.basic.personnel.current}万元，主要用于${c.clause(r.personnelUses)}等。
@p 2.公用经费支出${f.basic.publicCost.current}万元，主要用于${c.clause(r.publicUses)}等。
@h2 （二）项目支出。
@p ${r.projectText}
@h2 （三）“三公”经费情况。
@p ${r.threePublicText}
@h1- ${nums[2]}、部门整体支出绩效情况
@p ${year} 年${r.performance}
@h1- ${nums[3]}、绩效评价工作情况
<#-- the score and grade come from 附件2; without a self-assessment the sentence has none -->
<#if f.selfAssessment??>
<#assign sa = f.selfAssessment>
@p ${year} 年我部门整体绩效得分 ${sa.totalScoreText} 分（满分 ${sa.maxScoreText} 分），评价等级为“${sa.grade}”。${r.reflection}
<#else>
@p ${r.reflection}
</#if>
@h1- ${nums[4]}、存在的主要问题
<#list r.problems as para>
@p ${para}
<#else>
@p 无。
</#list>
@h1- ${nums[5]}、改进措施和有关建议
<#list r.measures as para>
@p ${para}
<#else>
@p 无。
</#list>
