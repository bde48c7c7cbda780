<#-- The 附件 list after 名词解释, then each 附件 on a new page headed "附件 N：". -->
<#list d.attachments as a>
<#if a?is_first>
@np 附件：${a?counter}、${a.title}
<#else>
@np ${a?counter}、${a.title}
</#if>
</#list>
<#list d.attachments as a>
@newpage
@attachment 附件 ${a?counter}：|${a.title}
<#if a.kind == "SELF_ASSESSMENT">
@table- selfAssessment
<#else>
<#assign nums = a.headingNumbers>
<#include "attachment-report.ftl">
</#if>
</#list>
