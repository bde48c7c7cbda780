<#assign oc = d.explanations.operatingCost>
<#assign o = f.operating>
<#assign pa = f.procurement.amounts>
<#assign v = d.explanations.assets.vehicles>
<#-- the 样张 and both published documents list it as 其他重要事项说明 in the 目录 -->
@h1 十一、其他重要事项的情况说明|十一、其他重要事项说明
@h2 （一）机关运行经费支出情况
<#if o.cost.current.zero>
@p ${name}${year}年度无机关运行经费支出。
<#else>
<#-- the reason explains the comparison: without last year's figure there is none to explain -->
@p 机关运行经费支出${o.cost.current}万元<#if o.cost.comparable><#if o.cost.flat>，与${previousYear}年度持平<#else>，比${previousYear}年度<@c.change o.cost/></#if></#if>。<#if o.cost.comparable && oc.reason?has_content>主要原因是${oc.reason}。</#if>
</#if>
@h2 （二）政府采购支出情况
<#if pa.total.zero>
@p ${name}${year}年度无政府采购支出。
<#else>
@p ${name}${year}年度政府采购金额（以合同签订为准）为${pa.total}万元，其中：货物采购金额${pa.goods}万元、工程采购金额${pa.works}万元、服务采购金额${pa.services}万元。
@p ${year}年度本部门面向中小企业预留政府采购项目预算金额${pa.smeReserved}万元，面向小微企业预留政府采购项目预算金额${pa.microReserved}万元。在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额${pa.smeReservedAwarded}万元；在面向小微企业预留政府采购项目中，由小微企业供应商中标或成交的，采购金额${pa.microReservedAwarded}万元；在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额${pa.otherSmeAwarded}万元。
</#if>
@h2 （三）国有资产占有使用情况说明
<#-- "单价 100 万元（含）以上" is the form's fixed threshold, not a figure of this department. -->
@p 截至${year}年12月31日，${name}共有车辆${f.vehicleCount}辆，其中：部级领导干部用车${v.ministerial}辆、主要领导干部用车${v.leaders}辆、机要通信用车${v.confidential}辆、应急保障用车${v.emergency}辆、执法执勤用车${v.lawEnforcement}辆、特种专业技术用车${v.special}辆、离退休干部用车${v.retired}辆、其他用车${v.other}辆。单价100万元（含）以上设备（不含车辆）${d.explanations.assets.largeEquipment}台（套）。
