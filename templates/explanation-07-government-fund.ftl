@h1~ 七、政府性基金预算财政拨款收支决算情况说明
<#if f.hasGovernmentFund>
@p 本部门 ${year} 年度政府性基金预算财政拨款收入 ${f.governmentFundIncome} 万元，支出 ${f.governmentFundExpenditure} 万元。
<#else>
@p 本部门 ${year} 年度无政府性基金收入,也没有使用政府性基金安排的支出。
</#if>
