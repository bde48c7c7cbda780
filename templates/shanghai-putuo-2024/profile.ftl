<#-- 第一部分 概况, its two sections in the 目录 as the 样张 and the published documents list them:
     一、主要职能 as the department writes it (its own numbering); 二、部门决算单位构成 with the
     table of units, or 机构设置 for a department of one unit (as the 样张 says). -->
@h1 一、主要职能
<#list d.profile.functions as p>
@p ${p}
</#list>
<#if d.profile.units?size gt 1>
@h1 二、部门决算单位构成
@p 从预算单位构成看，${name}部门决算包括：${name}本级决算、下属行政事业单位决算。
<#else>
@h1 二、机构设置
</#if>
@p 纳入${name}${year}年度部门决算编制范围的单位包括：
@table- units
