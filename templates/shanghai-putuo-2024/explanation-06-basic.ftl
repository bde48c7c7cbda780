<#assign be = d.explanations.basicExpenditure>
@h1 六、一般公共预算财政拨款基本支出决算情况说明
<#-- 主要包括: the department's list of the 经济分类 items (不涉及的不列: not for a part without
     spending); a department without 基本支出 (only 项目支出) says so, as the other sections do. -->
<#macro part label figure uses>${label}${figure.current}万元<#if uses?has_content && !figure.current.zero>，主要包括：${uses}</#if></#macro>
<#if f.basic.total.zero>
@p ${name}${year}年度无一般公共预算财政拨款基本支出。
<#else>
@p 一般公共预算财政拨款基本支出${f.basic.total}万元。其中：<@part "人员经费" f.basic.personnel be.personnel.uses!/>；<@part "公用经费" f.basic.publicCost be.publicCost.uses!/>。
</#if>
