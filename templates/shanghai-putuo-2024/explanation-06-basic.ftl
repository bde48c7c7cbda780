<#assign be = d.explanations.basicExpenditure>
@h1 六、一般公共预算财政拨款基本支出决算情况说明
<#-- 主要包括: the department's list of the 经济分类 items (不涉及的不列) -->
@p 一般公共预算财政拨款基本支出${f.basic.total}万元。其中：人员经费${f.basic.personnel.current}万元<#if be.personnel.uses?has_content>，主要包括：${be.personnel.uses}</#if>；公用经费${f.basic.publicCost.current}万元<#if be.publicCost.uses?has_content>，主要包括：${be.publicCost.uses}</#if>。
