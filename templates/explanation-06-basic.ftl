<#assign be = d.explanations.basicExpenditure>
@h1~ 六、一般公共预算财政拨款基本支出决算情况说明
@p ${year} 年度一般公共预算财政拨款基本支出 ${f.basic.total} 万元。
@p 其中：
@p 人员经费 ${f.basic.personnel.current} 万元,较上年决算数<@c.change f.basic.personnel/>,主要原因是${be.personnel.reason}。人员经费用途主要包括${be.personnel.uses}。
@p 公用经费 ${f.basic.publicCost.current} 万元,较上年决算数<@c.change f.basic.publicCost/>,主要原因是${be.publicCost.reason}。公用经费用途主要包括${be.publicCost.uses}。
