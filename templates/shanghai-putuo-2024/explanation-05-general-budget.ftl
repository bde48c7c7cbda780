<#assign gb = f.generalBudget>
<#assign inputs = d.explanations.generalBudget>
@h1 五、一般公共预算财政拨款支出决算情况说明
@h2 （一）一般公共预算财政拨款支出决算总体情况
@p 一般公共预算财政拨款支出${gb.total}万元<#if gb.expenditureShare??>，占本年支出合计的${gb.expenditureShare}%</#if>。<#if gb.change.comparable>与${previousYear}年度相比，一般公共预算财政拨款支出<@c.change gb.change/>。<@c.reason inputs.change.reason!/></#if>
@h2 （二）一般公共预算财政拨款支出决算结构情况
@p 一般公共预算财政拨款支出${gb.total}万元<#if gb.structure?has_content>，主要用于以下方面：<#list gb.structure as s>${s.name}（类）${s.amount}万元，占${s.percent}%<#sep>；</#list></#if>。
@h2 （三）一般公共预算财政拨款支出决算具体情况
<#assign ex = gb.execution>
@p 一般公共预算财政拨款支出年初预算为${ex.budget}万元，支出决算为${ex.actual}万元<#if ex.rate??>，完成年初预算的${ex.rate}%</#if>。<@c.versusBudget ex.relation inputs.budgetReason!/><#if gb.entries?has_content>其中：</#if>
<#-- one entry per 科目 the department explains (按上述格式依次说明到各项级科目); the 完成年初预算
     of each entry only where the department's print shows it (formatOptions: entryRates) -->
<#list gb.entries as e>
<#assign b = e.execution>
<#assign uses = inputs.initialBudget[e?index].uses!"">
@p ${e?counter}、<@c.subject e.names/>。<#if uses?has_content>主要用于：${uses}。</#if>年初预算为${b.budget}万元，支出决算为${b.actual}万元<#if d.format.wording.entryRates == "true" && b.rate??>，完成年初预算的${b.rate}%</#if>。<@c.versusBudget b.relation b.reason!/>
</#list>
