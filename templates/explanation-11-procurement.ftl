<#assign pr = f.procurement>
@h1~ 十一、政府采购支出情况说明
<#if pr.total.zero>
@p 我单位 ${year} 年度无政府采购相关经费。
<#else>
@p ${year} 年度本部门政府采购支出总额 ${pr.total} 万元，其中：政府采购货物支出 ${pr.goods} 万元、政府采购工程支出 ${pr.works} 万元、政府采购服务支出 ${pr.services} 万元。授予中小企业合同金额 ${pr.smallBusiness} 万元<#if pr.smallBusinessShare??>，占政府采购支出总额的 ${pr.smallBusinessShare}%</#if>。
</#if>
