<#assign v = d.explanations.assets.vehicles>
@h1~ 十二、国有资产占用情况说明
<#-- "单价 100 万元(含)以上" is the form's fixed threshold, not a figure of this department. -->
@p 截至 ${year} 年 12 月 31 日,本部门共有车辆 ${f.vehicleCount} 辆,其中,副部(省)级及以上领导用车 ${v.ministerial} 辆、主要领导干部用车 ${v.leaders} 辆、机要通信用车 ${v.confidential} 辆、应急保障用车 ${v.emergency} 辆、执法执勤用车 ${v.lawEnforcement} 辆,特种专业技术用车 ${v.special} 辆,离退休干部用车 ${v.retired} 辆,其他用车 ${v.other} 辆。单价 100 万元(含)以上设备 ${d.explanations.assets.largeEquipment} 台(套)。
