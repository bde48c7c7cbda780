<#-- The outline of the 上海市普陀区 2024 部门决算 (the district's 样张): 第一部分 概况, 第二部分
     the nine tables (@tables: the catalogue's pages, 七 三公, 八 基金, 九 国资; the 目录 numbers them 一、… 九、 as the
     样张 does, the pages print the bare titles), 第三部分 情况说明
     一–十一, 第四部分 名词解释.
     Markers: see MarkupParser. Wording only: every number comes from f (the calculator). -->
<#import "common.ftl" as c>
<#global year = d.department.year>
<#global previousYear = year - 1>
<#global name = d.department.name>
@part 第一部分 ${name}概况
<#include "profile.ftl">
@newpage
@part 第二部分 ${name}${year}年度部门决算表
@tables numbered
@newpage
@part 第三部分 ${name}${year}年度部门决算情况说明
<#include "explanation-01-overall.ftl">
<#include "explanation-02-income.ftl">
<#include "explanation-03-expenditure.ftl">
<#include "explanation-04-fiscal-overall.ftl">
<#include "explanation-05-general-budget.ftl">
<#include "explanation-06-basic.ftl">
<#include "explanation-07-three-public.ftl">
<#include "explanation-08-government-fund.ftl">
<#include "explanation-09-state-capital.ftl">
<#include "explanation-10-performance.ftl">
<#include "explanation-11-other.ftl">
@newpage
@part 第四部分 名词解释
<#include "glossary.ftl">
