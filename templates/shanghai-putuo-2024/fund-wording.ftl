<#-- 八 政府性基金 and 九 国有资本经营 alike: 收入, 支出, then each 科目 the department explains
<#import "common.ftl" as c>
     (按上述格式依次说明到各项级科目); "无…的部门，作下述说明" where the table is empty. -->
<#macro fund figures present what>
<#if present>
@p ${what}收入${figures.income}万元，支出${figures.expenditure}万元，支出具体情况如下：
<#list figures.items?filter(i -> !i.expenditure.zero || i.hasBudget()) as i>
@p ${i?counter}、<@c.subject i.names/>。<#if i.uses?has_content>主要用于：${i.uses}。</#if><#if i.hasBudget()>年初预算为${i.budget}万元，支出决算为${i.expenditure}万元。<@c.versusBudget i.relation i.reason!/><#else>支出决算为${i.expenditure}万元。</#if>
</#list>
<#else>
@p ${name}${year}年度无${what}收入和支出。
</#if>
</#macro>
