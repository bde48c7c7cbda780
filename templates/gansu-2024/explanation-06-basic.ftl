<#assign be = d.explanations.basicExpenditure>
@h1~ 六、一般公共预算财政拨款基本支出决算情况说明
@p ${year} 年度一般公共预算财政拨款基本支出 ${f.basic.total} 万元。
@p 其中：
<#assign pe = f.basic.personnel>
<#assign pu = f.basic.publicCost>
@p 人员经费 ${pe.current} 万元<#if pe.comparable>,较上年决算数<@c.change pe/><@c.reasonClause reason=be.personnel.reason sep=","/></#if>。<#if be.personnel.uses?has_content>人员经费用途主要包括${c.clause(be.personnel.uses)}。</#if>
@p 公用经费 ${pu.current} 万元<#if pu.comparable>,较上年决算数<@c.change pu/><@c.reasonClause reason=be.publicCost.reason sep=","/></#if>。<#if be.publicCost.uses?has_content>公用经费用途主要包括${c.clause(be.publicCost.uses)}。</#if>
