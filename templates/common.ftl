<#-- Shared wording. -->
<#-- A change vs last year: "减少 263.79 万元，下降 35.56%", or "持平". The words come from the
     calculator's direction; the percentage is left out when last year was zero. -->
<#macro change ch><#if ch.flat>持平<#else>${ch.direction.verb} ${ch.amount} 万元<#if ch.percent??>，${ch.direction.trend} ${ch.percent}%</#if></#if></#macro>
