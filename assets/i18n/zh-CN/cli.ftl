# Riskdesk，简体中文。键与 en.ftl 相同；测试检查两个文件的键一致且每个键都被使用。术语见 glossary.tsv。

## riskdesk report
report-as-of = 截至 { $date } · 策略：{ $policy }
report-col-band = 评分等级
report-col-applicants = 申请人
report-col-approved = 准入
report-col-approval-rate = 准入率
report-col-expected-bad = 预期坏账率
report-col-total-limit = 授信额度合计
report-col-expected-loss = 预期损失
report-col-booked = 已放款
report-col-drawn = 已用额度
report-col-obs30 = 逾期30+实际
report-col-obs90 = 逾期90+实际
report-total = 合计
report-summary = 转人工 { $referred } · 拒绝 { $declined } · 收入 { $revenue } · 利润 { $margin } · 存量违约风险暴露 (EAD) { $ead } · 存量预期损失 { $el }
report-legend = 预期 = 按违约概率 (PD) 对准入申请人的估计；实际 = 账龄 12 个月以上已放款账户的观察值
