<#-- 第一部分 部门概况 -->
<#assign org = d.profile.organization>
@h1 一、部门职责
@p ${d.profile.duties.lead}
<#list d.profile.duties.items as item>
@p （${cn(item?counter)}）${item}
</#list>
@h1 二、机构设置
@h2 （一）机关内设机构
<#if org.internalOffices?has_content>
@p ${org.internalOffices?join("、")}。
<#else>
@p 无内设机构。
</#if>
@h2 （二）参照公务员法管理单位
<#if org.civilServantManaged>
@p ${d.department.name}是参照公务员法管理单位。
<#else>
@p ${d.department.name}不是参照公务员法管理单位。
</#if>
@h2 （三）直属事业单位
<#if org.affiliatedUnits?has_content>
@p 下设事业单位 ${org.affiliatedUnits?size} 个，分别为${org.affiliatedUnits?join("、")}
<#else>
@p 无直属事业单位。
</#if>
