<#assign pr = f.procurement>
<#assign ps = f.procurementShares>
@h1~ 十一、政府采购支出情况说明
<#if pr.total.zero>
@p 我单位 ${year} 年度无政府采购相关经费。
<#else>
<#-- The kinds with an amount, each with its share of the total (a kind of 0.00 is not listed). -->
<#assign kinds = [{"label": "政府采购货物支出", "amount": pr.goods, "share": ps.goods!""}, {"label": "政府采购工程支出", "amount": pr.works, "share": ps.works!""}, {"label": "政府采购服务支出", "amount": pr.services, "share": ps.services!""}]?filter(k -> !k.amount.zero)>
@p ${year} 年度本部门政府采购支出总额 ${pr.total} 万元<#if kinds?has_content>，其中：<#list kinds as k>${k.label} ${k.amount} 万元<#if k.share?has_content>，占 ${k.share}%</#if><#sep>；</#list></#if>。授予中小企业合同金额 ${pr.smallBusiness} 万元<#if pr.smallBusinessShare??>，占政府采购支出总额的 ${pr.smallBusinessShare}%</#if>。
</#if>
