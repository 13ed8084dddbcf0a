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

/// What is wrong with a card's labels: the message names the variable.
pub(crate) fn validate(labels: &[LabelText], known: impl Fn(&str) -> bool) -> Result<(), String> {
    for (k, l) in labels.iter().enumerate() {
        let v = &l.variable;
        if !known(v) {
            return Err(format!(
                "a label names {v:?}, which is not a characteristic of the card"
            ));
        }
        if l.language.trim().is_empty() || l.text.trim().is_empty() {
            return Err(format!("a label of {v} has an empty language or text"));
        }
        if l.language == ENGLISH {
            return Err(format!(
                "the English name of {v} is its label; labels give other languages"
            ));
        }
        if labels[..k]
            .iter()
            .any(|o| o.variable == l.variable && o.language == l.language)
        {
            return Err(format!("{v} has two labels in {}", l.language));
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
        assert_eq!(
            validate(&twice, known),
            Err("income has two labels in zh-CN".into())
        );
    }
}
