//! The status line: the last thing the app has to say, and whether it is information
//! or an error (shown in the error colour). Decided where the message is made, never
//! read back from its text.

/// Information or an error.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum StatusKind {
    #[default]
    Info,
    Error,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Status {
    pub text: String,
    pub kind: StatusKind,
}

impl Status {
    pub(crate) fn info(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            kind: StatusKind::Info,
        }
    }

    pub(crate) fn error(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            kind: StatusKind::Error,
        }
    }

    pub fn is_error(&self) -> bool {
        self.kind == StatusKind::Error
    }
}
