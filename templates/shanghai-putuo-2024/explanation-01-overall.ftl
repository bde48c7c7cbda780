<#assign ch = f.overall>
@h1 一、收入支出决算总体情况说明
<#-- without last year's 总计 there is no comparison sentence -->
@p ${name}${year}年度收入支出总计${ch.current}万元。<#if ch.comparable>与${previousYear}年度相比，收入支出总计<@c.change ch/>。<@c.reason d.explanations.overall.reason!/></#if>
