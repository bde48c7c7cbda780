<#assign ch = f.fiscalOverall>
@h1~ 四、财政拨款收入支出决算总体情况说明
@p ${year} 年度财政拨款收、支总计均为 ${ch.current} 万元。与上年相比,<#if !ch.flat>各</#if><@c.change ch/>。主要原因是${d.explanations.fiscalOverall.reason}。
