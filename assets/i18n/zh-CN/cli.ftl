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

## --help（src/cli/help_text.rs）
help-riskdesk = 面向消费信贷风险管理人员的离线桌面工作台
help-riskdesk-db = 在工作台中打开的组合文件。不指定时：当前文件夹有 ./sample.db 则打开它，否则打开上次打开的文件（若仍存在），否则不打开（文件 > 打开）
help-riskdesk-lang = 窗口及面向人的文本所用语言：en 或 zh-CN（默认取系统区域设置，依次为 LC_ALL、LC_MESSAGES、LANG）。JSON 键、CSV 表头和文件格式保持英文。`screenshot` 还接受 `all`：每个视图各出两种语言
help-generate = 写出一个可复现的示例组合
help-generate-applicants = 申请人数量
help-generate-seed = 随机种子：数量和种子相同，内容就相同
help-generate-out = 要写入的文件
help-generate-force = 若 --out 已存在则替换（见 README 中写文件的规则）
help-report = 打印某一策略在组合上的各项指标，按合计和评分等级列出
help-db = 组合文件
help-report-policy = 代替现行策略使用的策略（JSON，见 README）
help-report-json = 输出 JSON（键见 README；任何语言下键都是英文）
help-screenshot = 不需显示器，将工作台的某个视图渲染为 PNG
help-screenshot-view = 视图：overview、applicants、applicant（选中一名申请人并打开详情）、policy-lab、policy（以 --policy 为挑战者策略的策略实验室）、charts
help-screenshot-out = 要写入的 PNG（文件名须以 .png 结尾）
help-screenshot-all = 将每个视图的两种主题都写入 --out-dir（使用 --lang all 时两种语言都写）
help-screenshot-out-dir = --all 的输出文件夹（不存在则创建）：每个视图和主题一个 VIEW-THEME.png；指定 --lang 时为 VIEW-THEME-LANG.png（en、zh-CN，或 all 表示两种都要）
help-screenshot-force = 替换已存在的文件（从不替换所读取的组合文件或策略文件）
help-screenshot-applicant = `applicant` 视图的申请人编号（默认：第一个已放款的申请人）
help-screenshot-policy = `policy` 视图的挑战者策略（JSON）（默认：现行策略，分数线提高 20 分）
help-screenshot-size = 尺寸（点），宽x高
help-screenshot-theme = 颜色主题
help-screenshot-scale = 每点像素数：1 或 2
help-scorecard = 在任意 CSV 数据集上拟合、应用和检验评分卡
help-scorecard-fit = 在 CSV 文件（或组合的已放款账户）上拟合评分卡，并写成 JSON
help-outcome-csv = 带表现结果的数据（CSV，含表头行）
help-outcome-db = 或者一个组合文件：取其 12 个月表现结果已知的已放款账户（坏：逾期 90 天以上）
help-outcome-target = 表现结果列（仅 CSV）
help-outcome-bad = 表现结果列中表示坏的取值（仅 CSV）
help-outcome-good = 表示好的取值（逗号分隔；仅 CSV）。表现结果列多于两种取值时需要：其他取值的行会被剔除并计数
help-fit-exclude = 不使用的列（逗号分隔）
help-fit-monotonic = 坏账率随数值变化的方式：auto、asc、desc、peak、valley 或 none
help-fit-max-bins = 每个特征变量最多的分箱数（缺失值分箱和“其他”分箱不计）
help-fit-min-bin-share = 每个分箱至少包含的行占比
help-fit-min-outcomes = 每个分箱至少包含的好样本数和坏样本数（数据允许时）
help-fit-fine-bins = 合并前数值先切成的细分组数（分位数）
help-fit-bin-penalty = 新增一个分箱至少须增加的对数似然（ln(行数)/2 即 BIC 的惩罚）
help-fit-min-iv = 信息值（IV）低于此值的特征变量不入模
help-fit-drop-wrong-sign = 剔除系数符号错误的特征变量后重新拟合
help-fit-ridge = 回归系数的岭惩罚（0：最大似然）
help-fit-coding = 分箱如何得到分值：woe（每个特征变量在其 WoE 上一个斜率）或 bins（每个分箱一个效应，联合拟合，并按 --ridge 向 WoE 拟合收缩；特征变量彼此相关时更好，如组合的已放款账户）
help-fit-base-score = 基准好坏比对应的分数
help-fit-base-odds = 基准分数下的好坏比（好:坏）
help-fit-pdo = 好坏比翻倍所需的分数（PDO）
help-fit-wording = 标签和面向客户的原因措辞，JSON：{ "{" }"column": { "{" }"label": ..., "reason_code": ..., "reason_text": ..., "reason_texts": { "{" }"zh-CN": ...{ "}" }, "missing_reason_text": ..., "missing_reason_texts": { "{" }"zh-CN": ...{ "}" }{ "}" }{ "}" }；每个键都可省略
help-fit-bins-from = 沿用此评分卡（JSON）的特征变量和分箱，只重新估计分值
help-fit-keep-bins = 配合 --db：沿用文件自带评分卡的特征变量和分箱
help-fit-name = 评分卡名称
help-fit-out = 评分卡（JSON）的写入位置
help-fit-allow-personal = 看起来是个人数据（姓名、电话或身份证号）但仍要用于拟合的列（逗号分隔）；默认会剔除这些列并给出警告
help-fit-force = 若 --out 已存在则替换（从不替换本命令的输入文件）
help-csv-categorical = 即使包含数字也按类别读取的列（逗号分隔）
help-csv-numeric = 必须是数字的列（逗号分隔）
help-csv-na = 除空单元格外表示“缺失”的单元格文本，如 NA（逗号分隔）
help-scorecard-apply = 为 CSV 文件的每一行打分：分数、违约概率 (PD)、各特征变量的分值、原因代码
help-apply-card = 评分卡（`scorecard fit` 生成的 JSON）
help-apply-csv = 要打分的数据（CSV，含表头行）
help-apply-out = 分数的写入位置（CSV，每个输入行一行，按输入顺序）
help-apply-id = --csv 中作为输出第一列原样带出的列（申请编号），以便按键而不是按行序关联分数
help-scorecard-report = 评分卡对 CSV 文件表现结果的排序能力：AUC、Gini、KS、增益表和 IV 表
help-screport-card = 评分卡（`scorecard fit` 生成的 JSON）；配合 --db 时默认用文件自带的评分卡
help-screport-bands = 增益表分组："deciles"（十等分）、等数量分组的组数，或 "product"（docs/design.md#score-bands 中的 A–F 评分等级，适用于产品分数刻度上的评分卡）
help-screport-json = 输出 JSON（键见评分卡文档 docs/scorecard.md）
help-audit = 检查审计日志的哈希链，或将日志导出为 CSV
help-audit-verify = 检查哈希链：完整则退出码 0 并显示“完整：共 N 条记录，链头 H”，否则退出码 3 并指出第一条断开的记录。配合 --head 时，还检查之前记下的锚点是否为链中某条记录的哈希（都不是则退出码 3：被伪造或回滚）
help-audit-head = 之前在文件之外记下的链头哈希
help-audit-export = 将日志写成 CSV（id、at、user、action、subject、detail、reason、prev_hash、hash），最早的在前；最后一行的哈希即链头
help-audit-out = 要写入的 CSV 文件
help-audit-force = 若 --out 已存在则替换（从不替换组合文件）
help-bench = 在一个大型生成组合上测量热点路径（中位数）
help-bench-applicants = 基准测试组合的申请人数量
help-bench-seed = 基准测试组合的随机种子
help-bench-json = 输出 JSON（键见 README）

## riskdesk import
help-import = 按导入映射把贷款机构的 CSV 数据导入为新组合（或用 --check 只检查，不写入任何文件）
help-import-map = 导入映射（JSON，见 README）：哪个文件的哪一列对应什么
help-import-check = 按映射读取每一行并打印汇总；不写入任何文件
import-map-unreadable = { $path }：无法读取映射：{ $detail }
import-map-invalid = { $path }：映射无效：{ $detail }
import-missing-column = { $file }：没有列 { $column }；现有的列为 { $columns }
import-not-a-number = { $file } 第 { $line } 行 { $column } 列：{ $value } 不是数字
import-bad-date = { $file } 第 { $line } 行 { $column } 列：{ $value } 不是日期（2026-06-30、2026/06/30、30.06.2026 或 Jun-2026）
import-ambiguous-date = { $file } 第 { $line } 行 { $column } 列：{ $value } 既可能是日/月也可能是月/日；请在映射中给出 "date_format"（"%d/%m/%Y" 或 "%m/%d/%Y"）
import-bad-as-of = as_of：{ $value } 不是日期（2026-06-30）
import-duplicate-id = { $file } 第 { $line } 行：申请人 { $id } 重复（首次出现在第 { $first } 行）
import-unknown-applicant = { $file } 第 { $line } 行：申请人 { $id } 有表现记录，但不在申请人文件中
import-short-row = { $file } 第 { $line } 行：单元格少于表头的列数
import-title = 导入检查：“{ $name }”，截至 { $date }
import-file-utf8 = { $file }：UTF-8
import-file-gbk = { $file }：GBK（按映射所述）
import-file-gbk-found = { $file }：不是 UTF-8，已按 GBK 读取
import-applicants = 申请人：{ $rows } 名，编号取自列 { $id }
import-applicants-row-numbers = 申请人：{ $rows } 名，编号为行号
import-applied = 申请日期（列 { $column }）：{ $first } 至 { $last }；{ $after } 笔晚于截至日
import-applied-as-of = 申请日期：未映射，每位申请人取截至日
import-numeric = 数值，{ $min } 至 { $max }
import-categorical = 类别，{ $levels } 种取值
import-column = { $field } ← { $column }：{ $what }；缺失 { $missing }（{ $share }）
import-negatives = ；{ $n } 个负值按缺失处理
import-dti-column = 负债收入比：取自列 { $column }
import-dti-computed = 负债收入比：月负债 / 月收入
import-dti-none = 负债收入比：无
import-rules-not-applicable = 缺少输入的硬性规则（不适用）：{ $rules }
import-rule-income = 授信额度规则（无收入）
import-rule-dti = 负债收入比上限
import-rule-age = 最低年龄
import-rule-tenure = 最短在平台时长
import-no-outcomes = 表现：未映射（无实际比率，无法拟合）
import-outcomes = 表现：坏 { $bad }，好 { $good }，两者都不是 { $neither }（保留，不计入好坏）；坏的定义：{ $definition }
import-without-outcome = 没有表现记录的申请人：{ $n }
import-not-read = { $part }：映射中已给出，此版本尚不检查
import-nothing-written = 未写入任何文件（--check）
import-wrote = 已写入 { $path }
import-list-separator = ；
install-no-reason = --reason 须说明启用该评分卡的原因
install-missing-characteristic = 评分卡读取 { $name }，但组合中没有该特征；组合的特征为 { $columns }
install-personal-characteristic = 评分卡读取 { $name }，它在组合中是标识或个人信息
install-wrong-kind = 评分卡把 { $name } 当作 { $card }，但它在组合中是 { $portfolio }
install-done = 评分卡“{ $name }”已在 { $path } 中启用（{ $n } 个特征）
install-approval = 在“{ $policy }”下的准入率：启用前 { $before }，启用后 { $after }
install-own-definition = 放款后 12 个月内逾期 90 天以上
install-calibration = 在 { $n } 位有结果的申请人上的校准（坏客户定义：{ $definition }）：
install-col-band = 分段
install-col-outcomes = 有结果
install-col-observed = 观察坏账率
install-col-predicted = 预测坏账率
report-no-scorecard = 尚无评分卡：先用 `riskdesk scorecard fit --db 文件 --out card.json` 在结果上拟合，再用 `riskdesk scorecard install --db 文件 --card card.json --reason "..."` 启用
report-legend-given = 预期 = 按违约概率 (PD) 对准入申请人的估计；实际 = 贷方提供的结果的观察值（坏客户定义：{ $definition }）；提供的结果不含逾期30+ 的信息
report-no-limit = 组合中没有收入：额度规则不适用，因此不给出额度、敞口和损失
help-import-out = 要写入的组合文件
help-import-force = 若 --out 已存在则替换（绝不替换本命令的输入）
help-import-reason = 导入原因（记入审计日志）
help-scorecard-install = 把评分卡设为组合中启用的评分卡（须说明原因，记入审计日志）
help-scorecard-install-db = 组合文件
help-scorecard-install-card = 要启用的评分卡（`scorecard fit` 输出的 JSON）
help-scorecard-install-reason = 原因（记入审计日志）
