<#-- 第四部分 预算绩效情况说明. Counts and funds print as given ("0 万元"), shares from f. -->
<#assign se = d.performance.selfEvaluation>
<#assign ke = d.performance.keyEvaluation>
<#assign ps = f.performance>
@h1~ 一、预算绩效管理工作开展情况
@p 按照预算绩效管理要求,本部门对 ${year} 年度一般公共预算项目支出全面开展绩效自评,一级项目 ${plain(se.generalProjects)} 个,涉及资金 ${plain(se.generalFunds)} 万元,占一般公共预算项目支出总额的 ${ps.general}%。对 ${year} 年度 ${plain(se.govFundProjects)} 个政府性基金预算项目开展绩效自评,共涉及资金 ${plain(se.govFundFunds)} 万元,占政府性基金预算项目支出总额的 ${ps.govFund}%。组织对 ${year} 年度 ${plain(se.stateCapitalProjects)} 个国有资本经营预算项目开展绩效自评,共涉及资金 ${plain(se.stateCapitalFunds)} 万元,占国有资本经营预算项目支出总额的 ${ps.stateCapital}%。组织对 ${plain(ke.projects)} 个项目开展了部门重点评价,涉及一般公共预算支出 ${plain(ke.generalFunds)} 万元,政府性基金预算支出 ${plain(ke.govFundFunds)} 万元,国有资本经营预算支出 ${plain(ke.stateCapitalFunds)} 万元。从评价情况来看,${year} 年${d.performance.summary}
@h1~ 二、绩效自评结果
@p ${d.performance.selfEvaluationResult}
@h1~ 三、部门重点绩效评价结果
@p ${d.performance.keyEvaluationResult}
