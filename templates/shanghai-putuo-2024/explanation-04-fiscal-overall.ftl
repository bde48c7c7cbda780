<#assign ch = f.fiscalOverall>
@h1 四、财政拨款收入支出决算总体情况说明
@p ${name}${year}年度财政拨款收入支出总计${ch.current}万元。<#if ch.comparable>与${previousYear}年度相比，财政拨款收入支出总计<@c.change ch/>。<@c.reason d.explanations.fiscalOverall.reason!/></#if>
