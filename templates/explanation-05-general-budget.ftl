<#assign gb = f.generalBudget>
@h1~ 五、一般公共预算财政拨款支出决算情况说明
@h2 （一）一般公共预算财政拨款支出决算总体情况
@p ${year}年度一般公共预算财政拨款支出${gb.total}万元<#if gb.change.comparable>,较上年决算数<@c.change gb.change/>。<@c.reasonClause reason=d.explanations.generalBudget.change.reason end="。"/><#else>。</#if>
@h2 （二）一般公共预算财政拨款支出决算结构情况
@p ${year} 年度一般公共预算财政拨款支出 ${gb.total} 万元<#if gb.structure?has_content>，主要用于以下方面：<#list gb.structure as s>${s.name} ${s.amount} 万元,占 ${s.percent}%；</#list><#else>。</#if>
@h2 （三）一般公共预算财政拨款支出决算具体情况
<#assign ex = gb.execution>
<#-- one entry per 类, 款 or 项 as the department gives its 年初预算; a reason only where given -->
@p ${year} 年度一般公共预算财政拨款支出年初预算为 ${ex.budget} 万元,支出决算为 ${ex.actual} 万元<#if ex.rate??>,完成年初预算的 ${ex.rate}%</#if>。<#if gb.entries?has_content>其中：</#if>
<#list gb.entries as e>
<#assign b = e.execution>
@p ${e?counter}．<@c.subject e.names true/>年初预算数为 ${b.budget} 万元,支出决算为 ${b.actual} 万元<#if b.rate??>,完成年初预算的 ${b.rate}%</#if><@c.reasonClause reason=b.reason sep="," subject="决算数${b.relation.word}预算数的"/>。
</#list>
