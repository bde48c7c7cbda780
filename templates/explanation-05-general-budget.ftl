<#assign gb = f.generalBudget>
@h1~ 五、一般公共预算财政拨款支出决算情况说明
@h2 （一）一般公共预算财政拨款支出决算总体情况
@p ${year}年度一般公共预算财政拨款支出${gb.total}万元,较上年决算数<@c.change gb.change/>。主要原因是${d.explanations.generalBudget.change.reason}。
@h2 （二）一般公共预算财政拨款支出决算结构情况
@p ${year} 年度一般公共预算财政拨款支出 ${gb.total} 万元，主要用于以下方面：<#list gb.structure as s>${s.name} ${s.amount} 万元,占 ${s.percent}%；</#list>
@h2 （三）一般公共预算财政拨款支出决算具体情况
<#assign ex = gb.execution>
@p ${year} 年度一般公共预算财政拨款支出年初预算为 ${ex.budget} 万元,支出决算为 ${ex.actual} 万元<#if ex.rate??>,完成年初预算的 ${ex.rate}%</#if>。其中：
<#list gb.byClass as b>
@p ${b?counter}．${b.name}年初预算数为 ${b.budget} 万元,支出决算为 ${b.actual} 万元<#if b.rate??>,完成年初预算的 ${b.rate}%</#if>,决算数${b.relation.word}预算数的主要原因是${b.reason}。
</#list>
