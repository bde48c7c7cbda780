<#assign ch = f.fiscalOverall>
@h1~ 四、财政拨款收入支出决算总体情况说明
@p ${year} 年度财政拨款收、支总计均为 ${ch.current} 万元。<#if ch.comparable>与上年相比,<#if ch.flat>收、支总计<#else>各</#if><@c.change ch/>。<@c.reasonClause reason=d.explanations.fiscalOverall.reason end="。"/></#if>
