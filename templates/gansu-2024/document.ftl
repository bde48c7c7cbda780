<#-- The outline of a Gansu 2024 部门决算公开: parts and sections; @tables places the tables
     in the order and page grouping of format.yaml (pages). Another format's outline is its
     own outline template beside its own format.yaml, not code.
     Markers: see MarkupParser. Wording only: every number comes from f (the calculator). -->
<#import "common.ftl" as c>
<#assign year = d.department.year>
@part 第一部分 部门概况
<#include "profile.ftl">
@newpage
@part 第二部分 ${year}年度部门决算表
@tables
@newpage
@part 第三部分 ${year}年度部门决算情况说明
<#include "explanation-01-overall.ftl">
<#include "explanation-02-income.ftl">
<#include "explanation-03-expenditure.ftl">
<#include "explanation-04-fiscal-overall.ftl">
<#include "explanation-05-general-budget.ftl">
<#include "explanation-06-basic.ftl">
<#include "explanation-07-government-fund.ftl">
<#include "explanation-08-state-capital.ftl">
<#include "explanation-09-three-public.ftl">
<#include "explanation-10-operating-cost.ftl">
<#include "explanation-11-procurement.ftl">
<#include "explanation-12-assets.ftl">
<#include "explanation-13-other.ftl">
@part 第四部分 预算绩效情况说明
<#include "performance.ftl">
@part 第五部分 名词解释
<#include "glossary.ftl">
<#include "attachments.ftl">
