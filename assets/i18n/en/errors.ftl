# Riskdesk, English: errors about files, as the command line says them. Keys are
# shared with zh-CN/errors.ftl (tests/i18n.rs).

## A portfolio or data file the store cannot use (StoreError::message). The detail
## says what is wrong and stays English; zh-CN names the kind of problem before it.
store-unreadable = { $path }: { $detail }
store-not-a-portfolio = { $path }: { $detail }
store-version = { $path }: { $detail }
store-damaged = { $path }: { $detail }
store-sqlite = { $path }: { $what }: { $detail }
store-refused = { $path }: { $detail }
store-io = { $path }: { $detail }

## A file a command cannot write (OutError::message; the same text as its Display).
out-exists = { $path }: the file exists; pass --force to replace it (nothing was written)
out-is-input-itself = { $path }: this command reads that file; it is never written over, even with --force
out-is-input = { $path }: the same file as the input { $input }; it is never written over, even with --force
out-no-folder = { $path }: the folder { $folder } does not exist
out-not-a-file = { $path }: a folder, not a file
out-extension = { $path }: the file name must end in .{ $extension }
out-io = { $path }: cannot be written: { $detail }
