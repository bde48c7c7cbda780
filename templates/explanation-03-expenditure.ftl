<#assign labels = {"basic": "基本支出", "project": "项目支出", "toSuperior": "上缴上级支出", "business": "经营支出",
  "toSubsidiary": "对附属单位补助支出"}>
@h1~ 三、支出决算情况说明
@p ${year} 年度支出合计 ${f.expenditureTotal} 万元<#if f.expenditureKinds?has_content>,其中：<#list f.expenditureKinds as s>${labels[s.key]} ${s.amount} 万元,占 ${s.percent}%；</#list><#else>。</#if>
