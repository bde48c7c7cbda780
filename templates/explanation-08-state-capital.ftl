<#import "budget-wording.ftl" as bw>
<#assign sc = f.stateCapital>
@h1~ 八、国有资本经营预算财政拨款支出情况说明
<#if f.hasStateCapital>
@p 本部门 ${year} 年度国有资本经营预算财政拨款支出 ${f.stateCapitalExpenditure} 万元。<@bw.basicAndProject sc/>
<#assign described = sc.items?filter(i -> !i.expenditure.zero || i.hasBudget())>
<#if described?has_content>
@p 支出具体情况如下：
<#list described as i>
@p <@bw.fundItem i i?counter/>
</#list>
</#if>
<#else>
@p 本部门 ${year} 年度没有使用国有资本经营预算安排的支出。
</#if>
