//! The one rule for every file Riskdesk writes (`--out` of every command, `--out-dir`
//! of `screenshot --all`, the window's exports):
//!
//! 1. it never writes over a file the same command reads from, with or without
//!    `--force` (canonical paths compared, and on Unix the file's device and inode, so a
//!    symbolic or hard link to an input is caught too);
//! 2. it refuses an existing file unless told to replace it (`--force`, or a file the
//!    user picked in a save dialog, which asked);
//! 3. it writes into a temporary file in the same folder and renames it into place, so
//!    a crash or an error leaves either the old file or the new one, never half of one;
//! 4. a missing folder is reported as such, and a file name whose extension does not
//!    match what is written (`x.jpg` for a PNG) is refused.
//!
//! [`OutFile::create`] checks all of it before any work is done; [`OutFile::commit`]
//! puts the finished file in place. Dropping an uncommitted `OutFile` removes the
//! temporary file.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::i18n::{self, Arg, Language};

/// Whether an existing output file may be replaced.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Overwrite {
    /// Refuse an existing file (the default of every command).
    Refuse,
    /// Replace it (`--force`, or a save dialog that asked).
    Replace,
}

impl Overwrite {
    /// `--force` given or not.
    pub(crate) fn forced(force: bool) -> Self {
        if force { Self::Replace } else { Self::Refuse }
    }
}

/// Why an output file cannot be written. Every variant names the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OutError {
    /// The file exists and replacing it was not asked for.
    Exists(PathBuf),
    /// The output is one of the command's inputs.
    IsInput { out: PathBuf, input: PathBuf },
    /// The folder the file would go into does not exist.
    NoFolder { out: PathBuf, folder: PathBuf },
    /// The path names a folder (or something else that is not a regular file).
    NotAFile(PathBuf),
    /// The file name's extension does not match what is written.
    Extension { out: PathBuf, expected: String },
    /// The operating system refused (permissions, a full disk, …).
    Io { out: PathBuf, message: String },
}

impl OutError {
    /// The output file concerned.
    pub(crate) fn path(&self) -> &Path {
        match self {
            OutError::Exists(p) | OutError::NotAFile(p) => p,
            OutError::IsInput { out, .. }
            | OutError::NoFolder { out, .. }
            | OutError::Extension { out, .. }
            | OutError::Io { out, .. } => out,
        }
    }

    /// What is wrong, without the file's name.
    pub(crate) fn reason(&self) -> String {
        match self {
            OutError::Exists(_) => {
                "the file exists; pass --force to replace it (nothing was written)".into()
            }
            OutError::IsInput { out, input } if out == input => {
                "this command reads that file; it is never written over, even with --force".into()
            }
            OutError::IsInput { input, .. } => format!(
                "the same file as the input {}; it is never written over, even with --force",
                input.display()
            ),
            OutError::NoFolder { folder, .. } => {
                format!("the folder {} does not exist", folder.display())
            }
            OutError::NotAFile(_) => "a folder, not a file".into(),
            OutError::Extension { expected, .. } => {
                format!("the file name must end in .{expected}")
            }
            OutError::Io { message, .. } => format!("cannot be written: {message}"),
        }
    }
}

impl OutError {
    /// The error for a person in `lang` (in English, the Display text).
    pub fn message(&self, lang: Language) -> String {
        let path = self.path().display().to_string();
        let text = |key: &str, name: &str, value: &str| {
            i18n::text_with(
                lang,
                key,
                &[("path", Arg::Text(&path)), (name, Arg::Text(value))],
            )
        };
        match self {
            OutError::Exists(_) => text("out-exists", "", ""),
            OutError::IsInput { out, input } if out == input => text("out-is-input-itself", "", ""),
            OutError::IsInput { input, .. } => {
                text("out-is-input", "input", &input.display().to_string())
            }
            OutError::NoFolder { folder, .. } => {
                text("out-no-folder", "folder", &folder.display().to_string())
            }
            OutError::NotAFile(_) => text("out-not-a-file", "", ""),
            OutError::Extension { expected, .. } => text("out-extension", "extension", expected),
            OutError::Io { message, .. } => text("out-io", "detail", message),
        }
    }
}

impl fmt::Display for OutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path().display(), self.reason())
    }
}

impl std::error::Error for OutError {}

/// A file being written under the rule: work goes into [`OutFile::temp_path`], then
/// [`OutFile::commit`] moves it to the asked path.
#[derive(Debug)]
pub(crate) struct OutFile {
    path: PathBuf,
    temp: PathBuf,
    overwrite: Overwrite,
    inputs: Vec<PathBuf>,
    committed: bool,
}

impl OutFile {
    /// Checks `path` against the rule (before any work is done) and reserves a
    /// temporary file name beside it. `inputs` are the files the command reads.
    pub(crate) fn create(
        path: &Path,
        overwrite: Overwrite,
        inputs: &[&Path],
    ) -> Result<Self, OutError> {
        check(path, overwrite, inputs)?;
        let temp = temp_beside(path);
        Ok(Self {
            path: path.to_path_buf(),
            temp,
            overwrite,
            inputs: inputs.iter().map(|p| p.to_path_buf()).collect(),
            committed: false,
        })
    }

    /// As [`OutFile::create`], and the file name must end in `.extension` (any case).
    pub(crate) fn with_extension(
        path: &Path,
        extension: &str,
        overwrite: Overwrite,
        inputs: &[&Path],
    ) -> Result<Self, OutError> {
        check_extension(path, extension)?;
        Self::create(path, overwrite, inputs)
    }

    /// The path the command asked for.
    pub(crate) fn path(&self) -> &Path {
        &self.path
    }

    /// Where to write the contents (in the same folder, so the rename is atomic).
    pub(crate) fn temp_path(&self) -> &Path {
        &self.temp
    }

    /// Writes `bytes` to the temporary file.
    pub(crate) fn write_all(&self, bytes: &[u8]) -> Result<(), OutError> {
        std::fs::write(&self.temp, bytes).map_err(|e| io(&self.path, e))
    }

    /// Moves the finished temporary file into place. The rule is checked again, since
    /// time has passed; without `Replace` the move cannot clobber a file that appeared
    /// meanwhile (a hard link fails on an existing name).
    pub(crate) fn commit(mut self) -> Result<(), OutError> {
        // On disk before it takes the name: a crash after the rename finds it whole.
        std::fs::File::open(&self.temp)
            .and_then(|f| f.sync_all())
            .map_err(|e| io(&self.path, e))?;
        let inputs: Vec<&Path> = self.inputs.iter().map(PathBuf::as_path).collect();
        check(&self.path, self.overwrite, &inputs)?;
        match self.overwrite {
            Overwrite::Replace => {
                std::fs::rename(&self.temp, &self.path).map_err(|e| io(&self.path, e))?
            }
            Overwrite::Refuse => match std::fs::hard_link(&self.temp, &self.path) {
                Ok(()) => {
                    // The new name holds the contents; the temporary name goes.
                    let _ = std::fs::remove_file(&self.temp);
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    return Err(OutError::Exists(self.path.clone()));
                }
                // A file system without hard links: the check above must do.
                Err(_) => std::fs::rename(&self.temp, &self.path).map_err(|e| io(&self.path, e))?,
            },
        }
        self.committed = true;
        Ok(())
    }
}

impl Drop for OutFile {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_file(&self.temp);
        }
    }
}

/// Writes `bytes` to `path` under the rule.
pub fn write_bytes(
    path: &Path,
    bytes: &[u8],
    overwrite: Overwrite,
    inputs: &[&Path],
) -> Result<(), OutError> {
    let out = OutFile::create(path, overwrite, inputs)?;
    out.write_all(bytes)?;
    out.commit()
}

/// The rule's checks, in the order a person wants to hear them: the extension, the
/// folder, an input, then an existing file.
/// A CSV writer for a table people open in a spreadsheet (the window's exports, the
/// audit log): the file starts with a UTF-8 byte-order mark, without which Excel on a
/// Chinese Windows reads the text as GBK and garbles every Chinese name. Readers of
/// CSV (ours included, `store::csv_table`) skip the mark.
pub(crate) fn spreadsheet_csv(temp: &Path) -> csv::Result<csv::Writer<std::fs::File>> {
    use std::io::Write;
    let mut file = std::fs::File::create(temp)?;
    file.write_all("\u{feff}".as_bytes())?;
    Ok(csv::Writer::from_writer(file))
}

pub(crate) fn check(path: &Path, overwrite: Overwrite, inputs: &[&Path]) -> Result<(), OutError> {
    if path.file_name().is_none() {
        return Err(OutError::NotAFile(path.to_path_buf()));
    }
    let folder = folder_of(path);
    if !folder.is_dir() {
        return Err(OutError::NoFolder {
            out: path.to_path_buf(),
            folder: folder.to_path_buf(),
        });
    }
    for input in inputs {
        if same_file(path, input) {
            return Err(OutError::IsInput {
                out: path.to_path_buf(),
                input: input.to_path_buf(),
            });
        }
    }
    // `symlink_metadata`: a link is a name that exists, even when it dangles.
    if let Ok(meta) = std::fs::symlink_metadata(path) {
        let target_is_dir = std::fs::metadata(path).is_ok_and(|m| m.is_dir());
        if meta.is_dir() || target_is_dir {
            return Err(OutError::NotAFile(path.to_path_buf()));
        }
        if overwrite == Overwrite::Refuse {
            return Err(OutError::Exists(path.to_path_buf()));
        }
    }
    Ok(())
}

/// Refuses a file name that does not end in `.extension` (compared without case).
pub(crate) fn check_extension(path: &Path, extension: &str) -> Result<(), OutError> {
    let ok = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case(extension));
    if ok {
        Ok(())
    } else {
        Err(OutError::Extension {
            out: path.to_path_buf(),
            expected: extension.to_string(),
        })
    }
}

/// The folder a file goes into (`.` for a bare file name).
fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Whether two paths name the same existing file: the same canonical path, or (on
/// Unix) the same device and inode, which also catches hard links.
pub(crate) fn same_file(a: &Path, b: &Path) -> bool {
    let (Ok(ma), Ok(mb)) = (std::fs::metadata(a), std::fs::metadata(b)) else {
        return false;
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if ma.dev() == mb.dev() && ma.ino() == mb.ino() {
            return true;
        }
    }
    #[cfg(not(unix))]
    let _ = (ma, mb);
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}

/// A name for the temporary file: hidden, in the same folder, unique in this process.
fn temp_beside(path: &Path) -> PathBuf {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let name = path
        .file_name()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "riskdesk".into());
    folder_of(path).join(format!(".{name}.{}-{n}.partial", std::process::id()))
}

fn io(path: &Path, e: std::io::Error) -> OutError {
    OutError::Io {
        out: path.to_path_buf(),
        message: e.to_string(),
    }
}

#[cfg(test)]
mod tests;
