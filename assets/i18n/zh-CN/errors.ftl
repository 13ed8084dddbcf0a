# Riskdesk，简体中文：命令行报告的文件错误。键与 en/errors.ftl 相同（tests/i18n.rs）。

## 存储无法使用的组合文件或数据文件（StoreError::message）。具体原因保持英文，前面用中文说明问题类型。
store-unreadable = { $path }：无法读取文件：{ $detail }
store-not-a-portfolio = { $path }：不是 Riskdesk 组合文件：{ $detail }
store-version = { $path }：文件版本不受支持：{ $detail }
store-damaged = { $path }：文件已损坏：{ $detail }
store-sqlite = { $path }：数据库出错（{ $what }）：{ $detail }
store-refused = { $path }：已拒绝写入，未写入任何内容：{ $detail }
store-io = { $path }：文件操作失败：{ $detail }

## 命令无法写入的文件（OutError::message）。
out-exists = { $path }：文件已存在；如需替换请加 --force（未写入任何内容）
out-is-input-itself = { $path }：本命令要读取这个文件；即使加 --force 也不会覆盖它
out-is-input = { $path }：与输入文件 { $input } 是同一个文件；即使加 --force 也不会覆盖它
out-no-folder = { $path }：文件夹 { $folder } 不存在
out-not-a-file = { $path }：这是一个文件夹，不是文件
out-extension = { $path }：文件名必须以 .{ $extension } 结尾
out-io = { $path }：无法写入：{ $detail }
