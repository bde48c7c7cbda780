<#import "budget-wording.ftl" as bw>
<#assign tp = d.explanations.threePublic>
<#assign rates = f.threePublicRates.items>
<#-- One 三公 item: 预算 vs 决算 (完成预算的 X% where there is a budget, the Ministry's model
     wording) with its reason, then vs last year with its reason; reasons printed when given. -->
<#macro item label key><#local i = f.threePublic[key]><#local x = rates[key]><#local r = tp.items[key]!{}>${label}全年预算数为 ${i.budget} 万元,支出决算为 ${i.actual} 万元<#if x.hasBudget() && x.rate??>,完成预算的 ${x.rate}%</#if>,<@bw.versusBudget i.relation r.budgetReason!/><#if i.change??>,较上年决算数<@c.change i.change/><@bw.because r.changeReason!/></#if>。</#macro>
<#assign p = tp.physical>
@h1~ 九、财政拨款“三公”经费支出决算情况说明
<#if tp.intro??>
@p ${tp.intro}
</#if>
@h2 （一）“三公”经费财政拨款支出总体情况说明
@p <@item label="${year} 年度“三公”经费支出" key="total"/>
@h2 （二）“三公”经费财政拨款支出决算具体情况说明
<#if rates.total.share??>
@p “三公”经费财政拨款支出决算中,因公出国(境)费用支出决算 ${rates.abroad.actual} 万元,占 ${rates.abroad.share}%；公务用车购置及运行维护费支出决算 ${rates.vehicle.actual} 万元,占 ${rates.vehicle.share}%；公务接待费支出决算 ${rates.reception.actual} 万元,占 ${rates.reception.share}%。具体情况如下：
</#if>
@p 1.<@item label="因公出国(境)费用" key="abroad"/>
@p 2.<@item label="公务用车购置及运行维护费" key="vehicle"/>
@p 其中：1.<@item label="公务用车购置费" key="vehiclePurchase"/>
@p 2.<@item label="公务用车运行维护费" key="vehicleOperation"/>
@p 3.<@item label="公务接待费" key="reception"/>
<#-- 实物量 is optional (i10a): without counts the sub-section is left out -->
<#if p?has_content>
@h2 （三）“三公”经费财政拨款支出决算实物量情况
@p ${year} 年度本部门因公出国(境)共计 ${p.abroadGroups} 个团组,${p.abroadPersons} 人；公务用车购置 ${p.vehiclesPurchased} 辆,公务用车保有量为 ${p.vehiclesHeld} 辆；国内公务接待 ${p.receptionBatches} 批次 ${p.receptionPersons} 人,其中：外事接待 ${p.foreignAffairsBatches} 批次,${p.foreignAffairsPersons} 人；国(境)外公务接待 ${p.overseasBatches} 批次,${p.overseasPersons} 人。
</#if>
