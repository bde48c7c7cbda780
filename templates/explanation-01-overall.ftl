<#assign ch = f.overall>
@h1~ 一、收入支出决算总体情况说明
@p ${year} 年度收、支总计均为 ${ch.current} 万元。与上年度相比,收、支总计<#if !ch.flat>各</#if><@c.change ch/>，主要原因是${d.explanations.overall.reason}。
