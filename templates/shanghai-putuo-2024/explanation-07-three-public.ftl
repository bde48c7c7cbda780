<#-- 七、“三公”经费: (一) 预算 vs 决算 for the total and each item (完成预算的 X% where there is a
     budget), then vs last year; (二) each item's share and the details, or "无…支出" (样张). -->
<#assign tp = d.explanations.threePublic>
<#assign items = f.threePublic>
<#assign rates = f.threePublicRates.items>
<#assign labels = {"abroad": "因公出国（境）费", "vehicle": "公务用车购置及运行维护费", "reception": "公务接待费"}>
<#macro rate key><#if rates[key].rate??>，完成预算的${rates[key].rate}%</#if></#macro>
@h1 七、财政拨款“三公”经费支出决算情况说明
@h2 （一）“三公”经费财政拨款支出决算总体情况说明。
<#assign t = items.total>
@p “三公”经费财政拨款支出年初预算为${t.budget}万元，支出决算为${t.actual}万元<@rate "total"/>，其中：因公出国（境）费决算为${items.abroad.actual}万元<@rate "abroad"/>；公务用车购置及运行维护费支出决算为${items.vehicle.actual}万元<@rate "vehicle"/>；公务接待费支出决算为${items.reception.actual}万元<@rate "reception"/>。${year}年度“三公”经费支出<@c.versusBudget t.relation tp.items.total.budgetReason!/>
<#-- vs last year: the total, each item, then the reason of each item that changed -->
<#if t.change??>
<#assign changed = ["abroad", "vehicle", "reception"]?filter(k -> items[k].change?? && !items[k].change.flat)>
@p ${year}年度“三公”经费财政拨款支出决算数<#if t.change.flat>与${previousYear}年度持平。<#else>比${previousYear}年度<@c.change t.change/>，</#if>其中：<#list ["abroad", "vehicle", "reception"] as k>${labels[k]}支出决算<#if items[k].change??><@c.change items[k].change/></#if><#sep>；</#list>。<#list changed as k><#if tp.items[k].changeReason?has_content>${labels[k]}支出${items[k].change.direction.verb}的主要原因是${tp.items[k].changeReason}。</#if></#list>
</#if>
@h2 （二）“三公”经费财政拨款支出决算具体情况说明。
<#if t.actual.zero>
@p ${name}${year}年度无“三公”经费财政拨款支出。
<#else>
<#assign p = tp.physical>
<#assign uses = tp.uses>
@p “三公”经费财政拨款支出决算中，因公出国（境）费支出决算${items.abroad.actual}万元，占${rates.abroad.share}%；公务用车购置及运行维护费支出决算${items.vehicle.actual}万元，占${rates.vehicle.share}%；公务接待费支出决算${items.reception.actual}万元，占${rates.reception.share}%。具体情况如下：
@p 1、因公出国（境）费支出${items.abroad.actual}万元。<#if p?has_content>全年安排因公出国（境）团组${p.abroadGroups}个、累计${p.abroadPersons}人次。</#if><#if uses.abroad??>开支内容包括：${uses.abroad}。</#if>
@p 2、公务用车购置及运行维护费支出${items.vehicle.actual}万元。其中：
<#-- the counts (实物量) print with the department's 主要用于, or on their own where there was spending -->
@p 公务用车购置支出为${items.vehiclePurchase.actual}万元。<#if uses.vehiclePurchase??>主要用于${uses.vehiclePurchase}<#if p?has_content>，购置公务用车${p.vehiclesPurchased}辆</#if>。<#elseif p?has_content && !items.vehiclePurchase.actual.zero>购置公务用车${p.vehiclesPurchased}辆。</#if>
@p 公务用车运行维护支出${items.vehicleOperation.actual}万元。<#if uses.vehicleOperation??>主要用于${uses.vehicleOperation}。</#if><#if p?has_content>${year}年，${name}所属各预算单位开支财政拨款的公务用车保有量为${p.vehiclesHeld}辆。</#if>
@p 3、公务接待费支出${items.reception.actual}万元。其中：
@p 国内公务接待支出${items.reception.actual}万<#if tp.foreignReception??>（含外宾接待支出${money(tp.foreignReception)}万元）</#if>。<#if uses.reception??>主要用于${uses.reception}<#if p?has_content>，列明公务接待${p.receptionBatches}批次、${p.receptionPersons}人次，其中：接待外宾${p.foreignAffairsBatches}批次、${p.foreignAffairsPersons}人次</#if>。<#elseif p?has_content && !items.reception.actual.zero>公务接待${p.receptionBatches}批次、${p.receptionPersons}人次，其中：接待外宾${p.foreignAffairsBatches}批次、${p.foreignAffairsPersons}人次。</#if>
</#if>
