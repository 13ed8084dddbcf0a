# Riskdesk window, English. Keys are shared with zh-CN/window.ftl (tests/i18n.rs).

## menus and tabs
menu-file = File
menu-view = View
menu-open = Open…
menu-open-path = Open by path…
menu-open-path-tip = type the file's path: for a desktop without a file dialog
menu-export-csv = Export the filtered table as CSV…
menu-save-csv-beside = Save the filtered table as CSV beside the portfolio
menu-save-csv-beside-tip = NAME-applicants-DATE.csv in the portfolio's folder, names masked; never overwrites
menu-export-csv-personal = Export the filtered table with names…
menu-export-csv-personal-tip = names unmasked, for a stated purpose written into the audit log
menu-export-png = Export the current view as PNG…
menu-save-png-beside = Save the current view as PNG beside the portfolio
menu-save-png-beside-tip = NAME-VIEW-DATE.png in the portfolio's folder; never overwrites
menu-quit = Quit
menu-light-theme = Light theme
menu-dark-theme = Dark theme
menu-zoom-in = Zoom in
menu-zoom-out = Zoom out
menu-zoom-reset = Actual size
menu-zoom = Zoom { $percent }%
menu-english = English
menu-chinese = 简体中文
menu-language-tip = the language of the window; remembered
menu-display-name = Your name in the audit log
menu-display-name-hint = beside your account name
tab-overview = Overview
tab-applicants = Applicants
tab-policy-lab = Policy lab
tab-charts = Charts
