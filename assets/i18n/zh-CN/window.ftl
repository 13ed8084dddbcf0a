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
