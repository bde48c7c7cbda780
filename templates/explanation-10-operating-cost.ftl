<#assign oc = d.explanations.operatingCost>
<#assign o = f.operating>
@h1~ 十、机关运行经费支出情况说明
@p ${year}年度本部门机关运行经费支出${o.cost.current}万元,机关运行经费主要用于${oc.uses}。机关运行经费较上年决算数<@c.change o.cost/>,主要原因是${oc.reason}。
@p 本年度会议费支出 ${o.meeting.current} 万元,较上年决算数<@c.change o.meeting/>,主要原因是${oc.meeting.reason}。
@p 本年度培训费支出 ${o.training.current} 万元,较上年决算数<@c.change o.training/>,主要原因是${oc.training.reason}。
