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

## 各命令共用
cli-lang-all = --lang all 仅用于 screenshot：请用 --lang en 或 --lang zh-CN
cli-applicants-min = --applicants 至少为 1
cli-in-file = { $path }：{ $detail }
cli-cannot-read = { $path }：无法读取：{ $detail }
cli-cannot-write = { $path }：无法写入：{ $detail }
cli-cannot-write-json = 无法生成 JSON：{ $detail }
cli-warning = 警告：{ $text }
cli-rows-left-out = { $column } 列中有 { $rows } 行既不是坏样本也不是好样本，已剔除

## riskdesk report
report-invalid-policy = { $path }：不是有效的策略文件：{ $detail }
report-audit-warning = 警告：{ $path }：审计日志{ $summary }

## riskdesk generate
generate-progress = 正在生成：{ $percent }%
generate-wrote = 已写入 { $path }：申请人 { $applicants } 名，账户 { $accounts } 个，订单 { $orders } 笔，月末表现记录 { $rows } 行，用时 { $duration }

## riskdesk audit
audit-log = { $path }：审计日志{ $summary }
audit-intact = 完整：共 { $entries } 条记录，链头 { $head }
audit-intact-unprotected = 完整：共 { $entries } 条记录，链头 { $head }（第 1–{ $last } 条记录写于日志建立哈希链之前，升级前未受保护）
audit-empty-log = （空日志）
audit-not-intact = 不完整：{ $detail }
audit-break-edited = 第 { $entry } 条审计记录在写入后被修改过
audit-break-deleted = 第 { $entry } 条审计记录与上一条接不上：它之前的记录被删除了
audit-break-reordered = 第 { $entry } 条审计记录与上一条接不上：记录顺序被调换了
audit-break-newest-deleted = 最新的审计记录被删除了（日志在记录的链头之前结束，止于第 { $entry } 条）
audit-cannot-read = { $path }：无法读取审计日志：{ $detail }
audit-anchor-found = 锚点 { $anchor } 是第 { $entry } 条记录；其后还有 { $following } 条记录
audit-anchor-missing = { $path }：没有哪条审计记录的哈希是 { $anchor }：自记下该锚点以来，日志被改写或回滚过
audit-exported = 已将 { $entries } 条审计记录写入 { $path }；审计日志{ $summary }

## riskdesk scorecard
scorecard-not-a-card = { $path }：不是评分卡文件：{ $detail }

## riskdesk scorecard fit
fit-monotonic = --monotonic 须为 auto、asc、desc、peak、valley 或 none，而不是 { $value }
fit-min-bin-share = --min-bin-share 须不小于 0 且小于 0.5
fit-data-needed = 请给出 --csv 及 --target 和 --bad，或给出 --db
fit-invalid-wording = { $path }：不是有效的措辞文件：{ $detail }
fit-personal = 警告：列 { $column } { $why }：未参与拟合（个人数据；如需使用请加 --allow-personal { $column }）
fit-suspect = 警告：列 { $column } { $why }；加 --exclude { $column } 可将其排除
fit-why-name = 看起来是人名
fit-why-phone = 看起来是电话号码
fit-why-id-number = 看起来是身份证号
fit-why-identifier = 看起来是标识符（行键），而不是特征变量
fit-data = { $name }：{ $rows } 行（好样本 { $goods }，坏样本 { $bads }，坏账率 { $rate }%）
fit-col-characteristic = 特征变量
fit-col-iv = IV
fit-col-status = 状态
fit-col-coef = 系数
fit-col-std-err = 标准误
fit-col-bins = 分箱数
fit-status-in = 入模
fit-status-low-iv = IV 过低
fit-status-wrong-sign = 符号错误
fit-intercept = 截距 { $intercept }（标准误 { $stderr }）；牛顿迭代 { $iterations } 次{ $converged }
fit-bins-coding = 分值来自每个分箱各自的效应（--coding bins），并向上方的 WoE 拟合收缩（牛顿迭代 { $iterations } 次{ $converged }）；截距 { $intercept }
fit-not-converged = ，未收敛
fit-gini = 训练样本上的 Gini { $gini }；分数范围 { $low } 至 { $high }
fit-written = 已写入 { $path }

## riskdesk scorecard apply
apply-id-is-characteristic = --id { $id }：它是评分卡的特征变量；请指定一个键列
apply-id-missing = --id { $id }：{ $path } 中没有列 { $id }
apply-scored = 已用评分卡 { $card } 为 { $rows } 行打分，结果写入 { $path }

## riskdesk scorecard report
screport-data-needed = 请给出 --card 和 --csv 及 --target 和 --bad，或给出 --db
screport-bands = --bands 须为 deciles、product 或 1 到 100 之间的分组数，而不是 { $value }
screport-title = 评分卡报告
screport-card = 评分卡：{ $card }
screport-card-file = { $path }（“{ $name }”）
screport-own-card = 组合文件自带的评分卡“{ $name }”
screport-data = 数据：{ $path }
screport-rows = { $rows } 行：好样本 { $goods }，坏样本 { $bads }，无表现结果 { $unknown }
screport-metrics = AUC { $auc }   Gini { $gini }   KS { $ks }（分数 { $score } 处）
screport-psi = 相对开发样本的 PSI { $psi }（{ $flag }）
screport-stable = 稳定
screport-watch = 关注
screport-shifted = 显著偏移
screport-gains = 增益表（分数从高到低）
screport-col-band = 分组
screport-col-scores = 分数区间
screport-col-rows = 行数
screport-col-bads = 坏样本
screport-col-bad-rate = 坏账率
screport-col-pd = 预测违约概率
screport-col-cum-approved = 累计准入率
screport-col-cum-bad = 累计坏账率
screport-col-bads-below = 以下坏样本占比
screport-gains-legend = 累计准入率：本组及以上各组的行占比（以本组最低分为准入分数线时获准入的部分）；累计坏账率：这些行的坏账率；以下坏样本占比：以下各组的坏样本占全部坏样本的比例（被该分数线拒绝的部分）= 1 − cumulative_bad_share（见评分卡文档 docs/scorecard.md）
screport-characteristics = 特征变量（IV 基于本数据；CSI 相对开发样本）
screport-csi = CSI { $csi }（{ $flag }）
screport-bin = { $label } 好样本 { $goods } 坏样本 { $bads } 坏账率 { $rate } WoE { $woe } 分值 { $points }

## riskdesk bench
bench-generating = 正在生成 { $applicants } 名申请人，写入 { $path } …
bench-measuring = 正在 { $path } 上测量 …
bench-nothing-loaded = 没有载入任何数据
bench-fit-failed = 基准测试的评分卡拟合失败：{ $detail }
bench-title = 申请人 { $applicants } 名（{ $path }）；中位数，目标值按 1,000,000 名申请人计
bench-col-key = 指标
bench-col-measured = 实测
bench-col-target = 目标
bench-fit-rows = { $seconds } s（{ $rows } 行）
