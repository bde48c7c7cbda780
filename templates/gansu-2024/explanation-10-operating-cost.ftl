<#assign oc = d.explanations.operatingCost>
<#assign o = f.operating>
@h1~ 十、机关运行经费支出情况说明
@p ${year}年度本部门机关运行经费支出${o.cost.current}万元<#if oc.uses?has_content>,机关运行经费主要用于${c.clause(oc.uses)}</#if>。<#if o.cost.comparable>机关运行经费较上年决算数<@c.change o.cost/><@c.reasonClause reason=oc.reason sep=","/>。</#if>
@p 本年度会议费支出 ${o.meeting.current} 万元<#if o.meeting.comparable>,较上年决算数<@c.change o.meeting/><@c.reasonClause reason=oc.meeting.reason sep=","/></#if>。
@p 本年度培训费支出 ${o.training.current} 万元<#if o.training.comparable>,较上年决算数<@c.change o.training/><@c.reasonClause reason=oc.training.reason sep=","/></#if>。
