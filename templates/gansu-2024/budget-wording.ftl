<#import "common.ftl" as c>
<#-- Wording of the sections on funds and budgets (七 政府性基金, 八 国有资本经营, 九 “三公”,
     十一 政府采购): a clause is printed only where there is something to say. A reason is the
     department's own words; where it is not given (optional wherever 决算 = 预算 or the change
     is 持平, and elsewhere the department's choice) nothing is invented in its place. -->
<#-- "决算数大于/小于/等于预算数", and "的主要原因是{reason}" only when a reason is given. -->
<#macro versusBudget relation reason="">决算数${relation.word}预算数<@c.reasonClause reason=reason subject="的"/></#macro>
<#-- "{sep}主要原因是{reason}" only when a reason is given. -->
<#macro because reason="" sep=","><@c.reasonClause reason=reason sep=sep/></#macro>
<#-- One 科目 of 公开07/08 described: 年初预算 vs 决算 where a budget is given, what it was used for. -->
<#macro fundItem i n>${n}.<@c.subject i.names/>：<#if i.hasBudget()>年初预算为 ${i.budget} 万元，支出决算为 ${i.expenditure} 万元<#if i.rate??>，完成年初预算的 ${i.rate}%</#if>，<@versusBudget i.relation i.reason/><#else>支出决算为 ${i.expenditure} 万元</#if>。<#if i.uses?has_content>主要用于${c.clause(i.uses)}。</#if></#macro>
<#-- 其中：基本支出 …，项目支出 … — only when both parts are non-zero (one part alone is the whole). -->
<#macro basicAndProject x><#if !x.basic.zero && !x.project.zero>其中：基本支出 ${x.basic} 万元，项目支出 ${x.project} 万元。</#if></#macro>
