<#-- Shared wording of the 普陀区 样张. Every figure comes from f (the calculator); the words 增加/
     减少, 增长/下降, 大于/小于 and 持平 come from the figures' direction and relation. -->
<#-- A change vs last year: "减少56.95万元，下降1.87%", or "持平" ("如持平作持平表述"). The
     percentage is left out when last year was zero. -->
<#macro change ch><#if ch.flat>持平<#else>${ch.direction.verb}${ch.amount}万元<#if ch.percent??>，${ch.direction.trend}${ch.percent}%</#if></#if></#macro>
<#-- "主要原因：{reason}。", only where the department gives a reason. -->
<#macro reason text=""><#if text?has_content>主要原因：${text}。</#if></#macro>
<#-- 决算 vs 预算: "决算数小于预算数的主要原因：{reason}。", or "决算数与预算数持平。" where they are
     equal; without a reason "决算数小于预算数。". -->
<#macro versusBudget relation reason=""><#if relation.word == "等于">决算数与预算数持平。<#elseif reason?has_content>决算数${relation.word}预算数的主要原因：${reason}。<#else>决算数${relation.word}预算数。</#if></#macro>
<#-- A 科目 by its names: "一般公共服务支出（类）财政事务（款）行政运行（项）". -->
<#macro subject names><#list names as n>${n}${["（类）", "（款）", "（项）"][n?index]}</#list></#macro>
