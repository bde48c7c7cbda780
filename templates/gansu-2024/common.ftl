<#-- Shared wording. -->
<#-- A change vs last year: "减少 263.79 万元，下降 35.56%", or "持平". The words come from the
     calculator's direction; the percentage is left out when last year was zero. -->
<#macro change ch><#if ch.flat>持平<#else>${ch.direction.verb} ${ch.amount} 万元<#if ch.percent??>，${ch.direction.trend} ${ch.percent}%</#if></#if></#macro>
<#-- A reason clause: "{sep}{subject}主要原因是{reason}{end}", printed only where the department
     gives a reason (none is needed where 决算 = 预算 or the change is 持平, and none is made up).
     subject is e.g. "决算数小于预算数的"; sep and end are the punctuation around the clause. -->
<#macro reasonClause reason="" sep="" subject="" end=""><#if reason?has_content>${sep}${subject}主要原因是${clause(reason)}${end}</#if></#macro>
<#-- The department's words set inside a sentence of the template: their own closing 。；，
     dropped, since the template goes on or ends the sentence itself ("…增加。。" otherwise). -->
<#function clause text><#return text?replace("[。；;，,、\\s]+$", "", "r")></#function>
<#-- A 科目 by its names down to the level given: "城乡社区支出（类）…（款）…（项）". bare: a 类
     alone prints its name without "（类）" (五(三) lists classes so, as the Gansu example does). -->
<#macro subject names bare=false><#if bare && names?size == 1>${names[0]}<#else><#list names as n>${n}${["（类）", "（款）", "（项）"][n?index]}</#list></#if></#macro>
