@h1~ 十三、其他需要说明的情况
<#if d.explanations.other?has_content>
<#list d.explanations.other as para>
@p ${para}
</#list>
<#else>
@p 由于决算公开表格中金额数值应当保留两位小数，公开数据为四舍五入计算结果，个别数据合计项与分项之和存在小数点后差额，特此说明。
</#if>
