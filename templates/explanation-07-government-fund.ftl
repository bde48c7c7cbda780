<#import "budget-wording.ftl" as bw>
<#assign gf = f.governmentFund>
@h1~ 七、政府性基金预算财政拨款收支决算情况说明
<#if f.hasGovernmentFund>
@p 本部门 ${year} 年度政府性基金预算财政拨款收入 ${f.governmentFundIncome} 万元，支出 ${f.governmentFundExpenditure} 万元<#if !gf.opening.zero>，年初结转和结余 ${gf.opening} 万元</#if><#if !gf.closing.zero>，年末结转和结余 ${gf.closing} 万元</#if>。<@bw.basicAndProject gf/>
<#assign described = gf.items?filter(i -> !i.expenditure.zero || i.hasBudget())>
<#if described?has_content>
@p 支出具体情况如下：
<#list described as i>
@p <@bw.fundItem i i?counter/>
</#list>
</#if>
<#else>
@p 本部门 ${year} 年度无政府性基金收入,也没有使用政府性基金安排的支出。
</#if>
