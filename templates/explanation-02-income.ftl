<#assign labels = {"fiscalGrant": "财政拨款收入", "superiorSubsidy": "上级补助收入", "serviceRevenue": "事业收入",
  "businessRevenue": "经营收入", "subsidiaryRemit": "附属单位上缴收入", "otherRevenue": "其他收入"}>
@h1~ 二、收入决算情况说明
@p ${year} 年度收入合计 ${f.incomeTotal} 万元<#if f.incomeSources?has_content>,其中：<#list f.incomeSources as s>${labels[s.key]} ${s.amount} 万元,占 ${s.percent}%；</#list><#else>。</#if>
