<#-- 十、预算绩效管理情况: the department's rules and mechanisms in its own words, then the counts
     and funds of 绩效目标, 绩效跟踪 and 绩效自评 as given; 整改 counts only where given. -->
<#assign pm = d.explanations.performanceManagement>
<#assign se = pm.selfEvaluation>
<#assign pr = pm.problems>
@h1 十、预算绩效管理情况
@p ${name}${year}年度预算绩效管理工作开展情况如下：${pm.systems}全过程绩效管理实施情况：编报绩效目标的${year}年度项目${plain(pm.goals.projects)}个，涉及预算金额${money(pm.goals.funds)}万元；绩效跟踪评价的${year}年度项目${plain(pm.tracking.projects)}个，涉及预算金额${money(pm.tracking.funds)}万元；绩效自评的${year}年度项目${plain(se.projects)}个，涉及预算金额${money(se.funds)}万元，平均得分${plain(se.averageScore)}分（其中，绩效评级为“优”的项目${plain(se.excellent)}个；绩效评级为“良”的项目${plain(se.good)}个；绩效评级为“合格”的项目${plain(se.pass)}个；绩效评级为“不合格”的项目${plain(se.fail)}个。绩效自评中共发现问题${plain(pr.found)}个<#if pr.fixed??>，已经完成整改的${plain(pr.fixed)}个</#if><#if pr.fixing??>，正在整改的${plain(pr.fixing)}个</#if>）。
