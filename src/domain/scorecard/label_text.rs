//! A characteristic's name in other languages than English ("Monthly income" is
//! 月收入 in zh-CN), for the people who read a breakdown; the card's `label` stays its
//! English name and the variable its key (docs/design.md#languages).

use serde::{Deserialize, Serialize};

use super::reason_text::ENGLISH;

/// `variable`'s name in `language` ("zh-CN").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LabelText {
    pub variable: String,
    pub language: String,
    pub text: String,
}

/// The name of `variable` in `language`, if the card has one.
pub(crate) fn lookup<'a>(
    labels: &'a [LabelText],
    variable: &str,
    language: &str,
) -> Option<&'a str> {
    labels
        .iter()
        .find(|l| l.variable == variable && l.language == language)
        .map(|l| l.text.as_str())
}

/// What is wrong with a card's labels; each names the variable.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LabelTextError {
    UnknownVariable {
        variable: String,
    },
    Empty {
        variable: String,
    },
    /// English is the characteristic's own `label`.
    English {
        variable: String,
    },
    Twice {
        variable: String,
        language: String,
    },
}

impl std::fmt::Display for LabelTextError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::UnknownVariable { variable } => write!(
                f,
                "a label names {variable:?}, which is not a characteristic of the card"
            ),
            Self::Empty { variable } => {
                write!(f, "a label of {variable} has an empty language or text")
            }
            Self::English { variable } => write!(
                f,
                "the English name of {variable} is its label; labels give other languages"
            ),
            Self::Twice { variable, language } => {
                write!(f, "{variable} has two labels in {language}")
            }
        }
    }
}

impl std::error::Error for LabelTextError {}

/// Every label names a characteristic of the card (`known`), a language other than
/// English and a text, once per language.
pub(crate) fn validate(
    labels: &[LabelText],
    known: impl Fn(&str) -> bool,
) -> Result<(), LabelTextError> {
    for (k, l) in labels.iter().enumerate() {
        let variable = l.variable.clone();
        if !known(&l.variable) {
            return Err(LabelTextError::UnknownVariable { variable });
        }
        if l.language.trim().is_empty() || l.text.trim().is_empty() {
            return Err(LabelTextError::Empty { variable });
        }
        if l.language == ENGLISH {
            return Err(LabelTextError::English { variable });
        }
        if labels[..k]
            .iter()
            .any(|o| o.variable == l.variable && o.language == l.language)
        {
            return Err(LabelTextError::Twice {
                variable,
                language: l.language.clone(),
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(v: &str, lang: &str, text: &str) -> LabelText {
        LabelText {
            variable: v.into(),
            language: lang.into(),
            text: text.into(),
        }
    }

    #[test]
    fn a_label_is_found_by_variable_and_language_and_checked() {
        let labels = vec![label("income", "zh-CN", "月收入")];
        assert_eq!(lookup(&labels, "income", "zh-CN"), Some("月收入"));
        assert_eq!(lookup(&labels, "income", "en"), None);
        assert_eq!(lookup(&labels, "age", "zh-CN"), None);
        let known = |v: &str| v == "income";
        assert_eq!(validate(&labels, known), Ok(()));
        assert!(validate(&[label("age", "zh-CN", "年龄")], known).is_err());
        assert!(validate(&[label("income", "en", "Income")], known).is_err());
        assert!(validate(&[label("income", "zh-CN", " ")], known).is_err());
        let twice = [label("income", "zh-CN", "a"), label("income", "zh-CN", "b")];
        let e = validate(&twice, known).unwrap_err();
        assert_eq!(e.to_string(), "income has two labels in zh-CN");
    }
}
