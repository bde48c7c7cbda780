@h1~ 八、国有资本经营预算财政拨款支出情况说明
<#if f.hasStateCapital>
@p 本部门 ${year} 年度国有资本经营预算财政拨款支出 ${f.stateCapitalExpenditure} 万元。
<#else>
@p 本部门 ${year} 年度没有使用国有资本经营预算安排的支出。
</#if>
