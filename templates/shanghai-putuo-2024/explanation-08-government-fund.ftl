<#import "fund-wording.ftl" as fw>
@h1 八、政府性基金预算财政拨款收入支出决算情况说明
<@fw.fund f.governmentFund f.hasGovernmentFund "政府性基金预算财政拨款"/>
