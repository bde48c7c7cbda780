<#assign ch = f.overall>
@h1~ 一、收入支出决算总体情况说明
<#-- without last year's 总计 there is no comparison sentence -->
@p ${year} 年度收、支总计均为 ${ch.current} 万元。<#if ch.comparable>与上年度相比,收、支总计<#if !ch.flat>各</#if><@c.change ch/><@c.reasonClause reason=d.explanations.overall.reason sep="，"/>。</#if>
