<#-- Shared wording. -->
<#-- A change vs last year: "减少 263.79 万元，下降 35.56%", or "持平". The words come from the
     calculator's direction; the percentage is left out when last year was zero. -->
<#macro change ch><#if ch.flat>持平<#else>${ch.direction.verb} ${ch.amount} 万元<#if ch.percent??>，${ch.direction.trend} ${ch.percent}%</#if></#if></#macro>
<#-- A reason clause: "{sep}{subject}主要原因是{reason}{end}", printed only where the department
     gives a reason (none is needed where 决算 = 预算 or the change is 持平, and none is made up).
     subject is e.g. "决算数小于预算数的"; sep and end are the punctuation around the clause. -->
<#macro reasonClause reason="" sep="" subject="" end=""><#if reason?has_content>${sep}${subject}主要原因是${reason}${end}</#if></#macro>
<#-- A 五(三) entry's 科目: the 类 name alone, or "…（类）…（款）…（项）" down to the level given. -->
<#macro subject entry><#if entry.level == 1>${entry.name}<#else><#list entry.names as n>${n}${["（类）", "（款）", "（项）"][n?index]}</#list></#if></#macro>
