# Riskdesk 窗口，简体中文。键与 en/window.ftl 相同（tests/i18n.rs）。

## 菜单与标签页
menu-file = 文件
menu-view = 视图
menu-open = 打开…
menu-open-path = 按路径打开…
menu-open-path-tip = 输入文件路径：适用于没有文件对话框的桌面
menu-export-csv = 将筛选后的表格导出为 CSV…
menu-save-csv-beside = 将筛选后的表格另存为 CSV（与组合文件同目录）
menu-save-csv-beside-tip = 组合文件目录下的 名称-applicants-日期.csv，姓名已脱敏；从不覆盖
menu-export-csv-personal = 导出含姓名的筛选表格…
menu-export-csv-personal-tip = 不脱敏，须说明用途并写入审计日志
menu-export-png = 将当前视图导出为 PNG…
menu-save-png-beside = 将当前视图另存为 PNG（与组合文件同目录）
menu-save-png-beside-tip = 组合文件目录下的 名称-视图-日期.png；从不覆盖
menu-quit = 退出
menu-light-theme = 浅色主题
menu-dark-theme = 深色主题
menu-zoom-in = 放大
menu-zoom-out = 缩小
menu-zoom-reset = 实际大小
menu-zoom = 缩放 { $percent }%
menu-english = English
menu-chinese = 简体中文
menu-language-tip = 窗口的语言；会被记住
menu-display-name = 您在审计日志中的姓名
menu-display-name-hint = 显示在您的账户名旁
tab-overview = 总览
tab-applicants = 申请人
tab-policy-lab = 策略实验室
tab-charts = 图表

## 状态栏与空窗口
booked-accounts = { $n } 个已放款账户
booked-given = { $n } 名有贷方给定结果（未导入账户）
status-portfolio = { $applicants } 名申请人 · { $accounts } · 截至 { $date }
status-rows-shown = 显示 { $shown } 行
status-loading = 正在加载 { $file }
nothing-open-loading = 正在打开组合文件…
nothing-open = 未打开组合文件
nothing-open-hint = 请打开一个组合文件（可用 riskdesk generate 生成）。
status-audit-empty-log = （空日志）
audit-head-tip = 链头 { $head }
    请在文件之外记录它：之后运行 `riskdesk audit verify --head HASH` 即可证明此前的记录均未被改动，即使有人重新计算了哈希链。
audit-unprotected = 第 1–{ $last } 条记录写于日志成链之前（由模式版本 1 升级而来），此前未受保护。
status-audit-intact = 审计日志：{ $entries } 条记录，完整
status-audit-not-intact = 不完整
audit-not-intact-badge = 审计日志不完整：{ $what }
audit-unreadable = 审计日志：无法读取
audit-banner = 本文件的审计日志不完整：{ $what }。此后的记录不可信；请与副本或此前记录的锚点核对（riskdesk audit verify --head HASH）。

## 对话框
personal-export-title = 导出含姓名的筛选表格
personal-export-body = 姓名将不脱敏写出。本次导出及其用途会记入审计日志。
purpose = 用途
purpose-hint = 例如 投诉 2026-114
choose-file = 选择文件…
cancel = 取消
open = 打开
discard-title = 挑战者策略尚未保存
discard-body-quit = 策略实验室中正在试用的策略 { $policy } 尚未保存。退出后将丢失。
discard-body-open = 策略实验室中正在试用的策略 { $policy } 尚未保存。打开其他文件后将丢失。
discard-keep-hint = 如需保留，请在策略实验室中保存（并填写写入审计日志的理由）。
discard-keep = 继续工作
discard-quit = 不保存并退出
discard-open = 不保存并打开
open-path-title = 按路径打开组合文件
path = 路径
path-hint = 例如 /home/wang/portfolios/book.db

## 领域用语（workbench/words.rs）
decision-approve = 准入
decision-refer = 转人工
decision-decline = 拒绝
outcome-good = 好
outcome-bad = 坏
outcome-unknown = 未知
rule-under-age = 年龄未满 { $age } 岁
rule-short-tenure = 在平台不足 { $months } 个月
rule-no-income = 未填写月收入
rule-dti-above-cap = 负债收入比高于 { $cap }%
rule-score-below = 评分低于 { $score }
rule-refer-band = 评分处于转人工区间 { $low }–{ $high }
rule-at-or-above-cutoff = 评分达到或高于准入线 { $cutoff }
bin-missing = 缺失
bin-other = 其他
bin-any = 任意
kri-approval-rate = 准入率
kri-dpd30 = 逾期30天以上
kri-dpd90 = 逾期90天以上
kri-el-rate = 预期损失率
kri-score-psi = 评分 PSI
status-no-data = 无数据
status-good = 达标
status-watch = 关注
status-breach = 超限

## 总览
overview-title = { $name } — 截至 { $date }
overview-no-applicants = 该组合没有申请人。
overview-no-previous-quarter = 无上一季度
overview-intro = { $quarter } 的申请，按现行策略（“{ $policy }”）决策，与 { $previous } 对比。存量违约风险暴露（已用额度 + CCF × 未用额度）、预期损失及逾期30+ / 90+ 账户占比均取该季度最后一个月末的数值。
overview-vs = 较 { $previous } { $change }
overview-psi-reference = 对比前 { $months } 个月
overview-psi-too-short = 历史过短
tile-applicants = 申请人
tile-booked = 已放款账户
tile-book-ead = 存量违约风险暴露 (EAD)
tile-book-el = 存量预期损失
overview-kri-note = { $quarter } 的关键风险指标与其阈值对比：达标、关注或超限（悬停状态可查看阈值）。预期损失率 = 存量预期损失 / 存量违约风险暴露。评分 PSI 比较本季度申请人的评分与前 { $months } 个月申请人的评分（组合不保存开发样本）；低于 0.10 为稳定。
overview-whole = 整个组合：{ $applicants } 名申请人，现行策略下准入率 { $rate }，{ $accounts }，AUC { $auc }（基尼系数 { $gini }）。
overview-monthly = 每月申请量与准入率
threshold-or-lower = { $value } 及以下
threshold-below = 低于 { $value }
threshold-or-higher = { $value } 及以上
threshold-above = 高于 { $value }
threshold-or = {" "}或{" "}
threshold-text = 关注：{ $watch }；超限：{ $breach }；其余为达标
overview-month-readout = { $month }
    申请 { $applications } 笔
    准入 { $approved } 笔：现行策略下准入率 { $rate }
overview-applications = 申请量
overview-application-month = 申请月份
overview-approval-rate-series = 现行策略下的准入率 (%)
overview-approval-rate-axis = 准入率 (%)
policy-unsaved = { $name }（未保存）

## 申请人
col-id = 编号
col-name = 姓名
col-applied = 申请日期
col-channel = 渠道
col-score = 评分
col-band = 评分等级
col-pd = 违约概率 (PD)
col-decision = 决策
col-limit = 授信额度
col-outcome = 表现
filter-any = 全部
search = 搜索
search-hint = 编号或姓名
search-tip = 申请人编号，或姓名的一部分
city-tier = 城市等级
city-tier-n = { $tier } 线城市
clear-filters = 清除筛选
clear-filters-tip = 清除搜索与筛选；排序保持不变
applicants-match = { $total } 名申请人中 { $shown } 名符合
updating = 更新中…
decisions-under = 决策与额度依据
under-in-force = 现行策略 { $policy }
under-challenger-same = 实验室的挑战者策略（目前与现行策略相同）
under-challenger = 实验室的挑战者策略 { $policy }
under-challenger-tip = 策略实验室中正在试用的策略会如何决策

## 工作台错误
error-no-reason = 必须填写理由（将写入审计日志）
error-no-name = 保存策略需要名称
error-reread = 已写入，但列表未能重新读取：{ $error }
error-read-only = 文件为只读：只有能记录查看行为时才会显示个人信息
error-interrupted = 工作在完成前中止
error-cannot-write = { $path }：无法写入：{ $detail }

## 状态消息
status-nothing-to-export = 无可导出内容：未打开组合文件
status-no-portfolio = 未打开组合文件
status-export-needs-purpose = 未导出：只有说明用途才能导出姓名
status-exported-with-names = 已将 { $rows } 行（含姓名）导出到 { $path }，用途“{ $purpose }”（已记入审计日志）
status-exported = 已将 { $rows } 行导出到 { $path }，决策依据 { $policy }
status-nothing-exported = 未导出：{ $error }
status-revealed = 已显示申请人 { $id } 的姓名和电话，用途“{ $purpose }”（已记入审计日志）
status-reveal-needs-purpose = 未显示：只有说明用途才能显示个人信息
status-not-revealed = 未显示：{ $error }
status-policy-saved = 已保存策略 { $policy }（已记入审计日志）
status-save-needs-reason = 未保存：保存策略必须填写理由
status-not-saved = 未保存：{ $error }
status-policy-loaded = 已将策略 { $policy } 载入实验室
status-champion-changed = { $policy } 现为冠军策略（已记入审计日志）
status-champion-needs-reason = 冠军策略未变更：请先填写理由
status-champion-not-changed = 冠军策略未变更：{ $error }
status-opened = 已打开 { $file }
status-opening = 正在打开 { $file }…
status-stays-open = { $error }（当前组合文件保持打开）
status-load-lost = 加载文件意外失败
status-dialog-lost = 文件对话框意外失败
status-dialog-open = 已有一个文件对话框打开
status-view-saved = 已将视图（{ $size }）保存到 { $path }
status-view-not-saved = 视图未保存：{ $error }
status-no-file-opened = 未打开文件（对话框已取消或不可用；没有文件对话框时，请用 { $item }）
status-dialog-nothing-exported = 未导出（对话框已取消或不可用；没有文件对话框时，请用 { $item }）
startup-last-file = 当前目录中没有 sample.db：已打开上次的文件 { $file }
startup-last-file-gone = 当前目录中没有 sample.db，上次打开的文件 { $file } 已不存在：请用 文件 > 打开… 或 文件 > 按路径打开…
startup-nothing = 当前目录中没有 sample.db：请用 文件 > 打开… 或 文件 > 按路径打开…

## 申请人详情
detail-none = 未选择申请人。
detail-title = 申请人 { $id }
detail-phone = 电话
detail-age = 年龄
detail-income = 月收入
detail-dti = 负债收入比
detail-mask = 隐藏姓名和电话
detail-mask-tip = 本次查看已记入审计日志
detail-reveal = 显示姓名和电话
detail-reveal-tip = 默认脱敏；查看会连同用途写入审计日志
detail-reveal-disabled = 请先填写用途：它将写入审计日志
detail-score-line = 评分 { $score } · 等级 { $band } · 违约概率 (PD) { $pd }
detail-decision-in-force = 现行策略下的决策
detail-decision-challenger = 实验室挑战者策略下的决策
detail-by-rule = 依据规则：{ $rule }
detail-policy = 策略：{ $policy }
detail-limit = 授信额度 { $limit } = 收入 { $income } × 倍数 { $multiple } × 等级 { $band } 系数 { $factor } = { $raw }，向下取整到 100：{ $rounded }，限定在 [{ $min }, { $max }] 之间
detail-no-limit = 无授信额度：未准入。
detail-history = 还款记录
detail-no-breakdown = 无法分解评分：{ $error }
detail-this-applicant = 该申请人
detail-best-bin-legend = 该特征的最优分箱
detail-points = 分值
detail-breakdown-readout = { $name }
    该申请人 { $points } 分，最优分箱 { $best } 分
detail-characteristic = 特征
detail-value = 取值
detail-bin = 分箱
detail-points-col = 分值
detail-best = 最优
detail-base-points = 基础分
detail-total = 合计（评分）
detail-reasons = 原因代码
detail-no-reasons = 无：每个特征都在其最优分箱。
detail-reason = { $code } — { $text }（比最优分箱少 { $points } 分）
detail-no-account = 无已放款账户：没有还款记录（表现未知）。
detail-account = 账户 { $id } 于 { $month } 开立，授信额度 { $limit } · 表现：{ $outcome }
detail-history-bar = { $month }（账龄第 { $mob } 个月）：{ $dpd }
detail-mob = 账龄（月）
detail-dpd = 逾期天数
dpd-current = 正常

## 策略实验室
lab-challenger-policy = 挑战者策略
lab-champion-in-force = 冠军策略（现行）：{ $policy }
lab-cutoff = 准入线
lab-cutoff-tip = 拖动，或点击后用 ← →：每按一次移动一分
lab-refer-width = 转人工区间宽度
lab-min-tenure = 最短在平台时长（月）
lab-dti-cap = 负债收入比上限
lab-income-multiple = 收入倍数
lab-min-limit = 最低授信额度（¥）
lab-max-limit = 最高授信额度（¥）
lab-utilisation = 额度使用率
lab-lgd = 违约损失率 (LGD)
lab-band-factors = 各评分等级的额度系数
lab-band-factor = 等级 { $band } 系数
lab-reset = 重置为冠军策略
lab-save = 保存
lab-name = 名称
lab-reason = 理由（必填）
lab-reason-hint = 为什么采用此策略
lab-save-policy = 保存策略
lab-reason-first = 请先填写理由：它将写入审计日志
lab-reason-required = 保存必须填写理由。
lab-saved-policies = 已保存的策略
lab-champion-mark = （冠军策略）
lab-saved-by = { $at } 由 { $by } 保存：{ $reason }
lab-same-as = 与 v{ $version } 数值相同
lab-changes-from = 相对 v{ $version } 的变化：{ $changes }
lab-load = 载入
lab-make-champion = 设为冠军策略…
lab-make-champion-tip = 会先请您确认，并列出变化
lab-confirm-question = 将“{ $policy }”设为现行策略，取代“{ $champion }”？
lab-confirm-same = 其数值与冠军策略相同。
lab-confirm-changes = 变化：{ $changes }。
lab-confirm-reason-first = 请先在上方填写理由：它将写入审计日志。
lab-confirm = 确认：设为冠军策略
lab-n-applicants = { $count } 名申请人
lab-est-bad-rate = 预期坏账率 { $rate }
lab-observed-of = 实际 { $rate }（{ $of } 户）
lab-observed-none = 实际 –
lab-observed-tip = 该格中成熟已放款账户的坏账占比
lab-swap-corner = 冠军策略 ↓  挑战者策略 →
lab-swap-challenger = 挑战者策略：{ $decision }
lab-swap-champion = 冠军策略：{ $decision }
lab-swap-summary = 保持 { $kept } · 换入 { $in }（预期坏账率 { $inrate }）· 换出 { $out }（预期坏账率 { $outrate }）· 两者均未准入 { $neither }
lab-in-force-heading = 现行策略：{ $policy }
lab-try-hint = 移动滑块或选择预设即可试用挑战者策略；在此之前两列都显示现行策略。
lab-versus-heading = 冠军策略 { $champion } 对比挑战者策略 { $challenger }
lab-champion = 冠军策略
lab-challenger = 挑战者策略
lab-difference = 差异
lab-approvals = 准入数
lab-referred = 转人工
lab-expected-bad-rate = 预期坏账率
lab-exposure = 准入申请的风险暴露（额度 × 使用率）
lab-expected-loss = 预期损失
lab-revenue = 收入
lab-margin = 利润
lab-observed-note = 已准入成熟账户的实际坏账率：冠军策略 { $champion }，挑战者策略 { $challenger }（只有已放款账户才有表现）。
lab-swap-title = 换入换出：冠军策略与挑战者策略的决策对比
lab-audit-log = 审计日志
lab-no-entries = 尚无记录。

## 图表
charts-how-to = 指向图表查看数值 · 右键拖出方框放大 · 双击复原
chart-score-band = 评分等级
chart-risk-title = 各评分等级的违约率与预测违约概率 (PD)（成熟账户）
chart-risk-observed = 实际违约率（12 个月内逾期90+）
chart-risk-predicted = 预测违约概率 (PD)（均值）
chart-rate-axis = 比率 (%)
chart-risk-readout = 等级 { $band }
    实际违约率 { $rate }（{ $mature } 个成熟账户中 { $bad } 个坏账）
    预测违约概率 (PD) { $pd }
chart-exposure-title = 各评分等级准入申请的风险暴露（额度 × 使用率）
chart-champion-named = 冠军策略，{ $policy }
chart-challenger-named = 挑战者策略，{ $policy }
chart-exposure-axis = 风险暴露（百万元）
chart-exposure-readout = 等级 { $band }
    冠军策略 { $champion }：{ $ead1 }（准入 { $n1 }）
    挑战者策略 { $challenger }：{ $ead2 }（准入 { $n2 }）
chart-strategy-title = 策略曲线：各准入线下的准入率与预期坏账率
chart-strategy-every = 每条准入线（挑战者策略的其他规则）
chart-strategy-champion = 冠军策略，准入线 { $cutoff }
chart-strategy-challenger = 挑战者策略，准入线 { $cutoff }
chart-approval-rate = 准入率
chart-expected-bad-rate = 预期坏账率
chart-strategy-readout = 准入线 { $cutoff }
    准入率 { $approval }
    预期坏账率 { $bad }
chart-roll-title = 迁徙率：各逾期档余额一个月后落在各档的占比
chart-roll-corner = 从 \ 到
chart-roll-base = 基数（账户月数，余额）
chart-roll-cell-tip = 从 { $from } 到 { $to } 的账户月数 { $n }
chart-vintage-title = 账龄曲线：按季度批次，逾期30+ 累计比率随账龄变化
chart-vintage-x = 账龄（月）
chart-vintage-y = 曾逾期30天以上 (%)
chart-vintage-line = { $cohort }：{ $rate }（共 { $accounts } 个账户）
chart-vintage-none = 账龄第 { $mob } 个月：尚无批次达到
chart-vintage-head = 账龄第 { $mob } 个月
chart-roc-title = ROC：AUC { $auc }，基尼系数 { $gini }（成熟账户，已观察 12 个月表现）
chart-scorecard = 评分卡
chart-random = 随机（无区分能力）
chart-roc-x = 被拒的好客户（占好客户比例）
chart-roc-y = 被拒的坏客户（占坏客户比例）
chart-roc-readout = 拒绝评分不高于 { $score } 的申请
    被拒好客户 { $goods }
    被拒坏客户 { $bads }
chart-ks-title = KS 为 { $ks } 个百分点，位于评分 { $score }（两条累计占比的最大差距）
chart-ks-bads = 评分不高于该值的坏客户
chart-ks-goods = 评分不高于该值的好客户
chart-ks-legend = KS { $ks } 个百分点
chart-ks-x = 评分
chart-ks-y = 评分不高于该值的占比
chart-ks-readout = 评分 { $score }
    坏客户累计 { $bads }
    好客户累计 { $goods }
    差距 { $gap } 个百分点
preset-conservative = 稳健
preset-balanced = 均衡
preset-growth = 增长
na-rules = 不适用（本组合无此输入）：{ $rules }。
na-rule-age = 最低年龄
na-rule-tenure = 最短平台时长
na-rule-dti = 负债收入比上限
na-rule-limit = 额度规则（无收入）
na-separator = {"、"}
outcome-definition-own = 放款后 12 个月内逾期 90 天以上
outcome-indeterminate = 既非好也非坏
detail-no-income-limit = 无额度：本组合没有收入，额度规则不适用。
detail-given-outcome = 贷方提供的结果：{ $outcome }（坏客户定义：{ $definition }）。本组合没有月末还款记录。
no-card-title = 尚无评分卡
no-card-holds = “{ $name }”有 { $applicants } 位申请人、{ $characteristics } 个特征，其中 { $outcomes } 位有结果（坏客户定义：{ $definition }）。评分、分段、决策和所有图表都需要评分卡。
no-card-how = 先在结果上拟合评分卡并启用，然后重新打开文件：
no-card-copy = 复制
no-card-then = 拟合会打印每个特征的信息值和评分卡的 Gini；启用会打印启用前后的准入率，以及评分卡按分段的校准。
lab-observed-note-given = 有贷方提供结果的已准入申请人的实际坏账率：冠军策略 { $champion }，挑战者策略 { $challenger }（坏客户定义：{ $definition }）。
chart-risk-title-given = 各评分等级的实际坏账率与预测违约概率 (PD)（贷方提供的结果）
chart-risk-observed-given = 实际坏账率（{ $definition }）
chart-risk-readout-given = 等级 { $band }
    实际坏账率 { $rate }（{ $mature } 个有结果者中 { $bad } 个坏；坏客户定义：{ $definition }）
    预测违约概率 (PD) { $pd }
chart-roc-title-given = ROC：AUC { $auc }，基尼系数 { $gini }（贷方提供的结果：{ $definition }）
chart-no-history = 本组合没有月末还款记录（未导入账户和表现数据）：账龄曲线和迁徙率需要它。在导入映射中加入 "accounts" 和 "performance" 即可查看。
lab-not-applicable-tip = 不适用：本组合没有该规则的输入（导入时未映射此列），因此它不拒绝任何人。
lab-no-limit-why = 本组合没有收入：额度规则不适用，因此没有额度、敞口、损失、收入和利润
overview-no-history = 无月末还款记录
menu-import-csv = 导入 CSV…
menu-import-csv-tip = 用贷款机构的 CSV 数据建立组合：映射各列、检查、导入。映射文件写在新组合旁边，可用 `riskdesk import --map` 重复导入。
status-imported = 已导入 { $file }
wizard-title = 导入贷款机构的 CSV 数据
wizard-file = 申请人文件
wizard-file-hint = CSV 文件路径
wizard-choose = 选择…
wizard-read = 读取
wizard-reading = 正在读取文件…
wizard-start = 选择申请人文件（CSV，UTF-8 或 GBK）：显示其前几行，并根据列名建议映射。
wizard-masked-column = { $column }（已遮蔽）
wizard-masked-why = 个人数据（姓名、电话或证件号）：在此预览中已遮蔽。它不会作为特征；导入后窗口中同样遮蔽。
wizard-first-rows = 前 { $rows } 行（{ $encoding }）：
wizard-not-in-file = — 文件中没有 —
wizard-mapping = 映射
wizard-mapping-hint = 根据列名建议，任何一项都可修改。文件中没有输入的硬性规则不适用。
wizard-name = 组合名称
wizard-as-of = 截至日期
wizard-id = 申请人编号
wizard-applied-on = 申请日期
wizard-income = 收入
wizard-per-year = 按年（除以 12）
wizard-debt = 月还款额
wizard-dti = 负债收入比
wizard-age = 年龄
wizard-tenure = 平台时长（月）
wizard-outcome = 结果（坏/好）
wizard-personal-name = 姓名（个人信息）
wizard-phone = 电话（个人信息）
wizard-bad = 表示坏的值
wizard-good = 表示好的值
wizard-definition = 坏客户定义
wizard-definition-hint = 例如：12 个月内逾期 90 天以上
wizard-characteristics = 特征（用于评分和拟合）
wizard-out = 新组合
wizard-map-beside = 映射文件写在旁边：{ $map }；`riskdesk import --map` 可重复导入。
wizard-summary = 导入将发现：
wizard-check = 检查
wizard-check-tip = 按映射读取每一行并显示计数和问题；不写入任何文件。
wizard-import = 导入
wizard-import-disabled = 请填写组合名称、截至日期，以及（若有结果列）表示坏的值。
wizard-checking = 正在检查…
wizard-importing = 正在导入…完成后打开新组合。
wizard-map-unwritable = 无法写入映射文件
