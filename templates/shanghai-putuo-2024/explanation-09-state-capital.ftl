<#import "fund-wording.ftl" as fw>
@h1 九、国有资本经营预算财政拨款收入支出决算情况说明
<@fw.fund f.stateCapital f.hasStateCapital "国有资本经营预算财政拨款"/>
