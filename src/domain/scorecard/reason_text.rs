//! The customer wording of reason codes beyond each characteristic's English
//! `reason_text`: a text for one bin where its reason differs (a missing income is not
//! a high debt-to-income), and texts in other languages (docs/design.md#reason-texts).
//!
//! A reason's text is looked up from the most specific to the most general: this bin
//! in the language asked, this bin in English, the characteristic in the language
//! asked, then the characteristic's `reason_text`. The meaning of a bin comes before
//! the language: a bin with its own English text is never given the characteristic's
//! wording in another language.

use serde::{Deserialize, Serialize};

/// The language of `Characteristic::reason_text`.
pub const ENGLISH: &str = "en";

/// One text: of `variable`'s reason, for its bin `bin` (position in the card) or for
/// the whole characteristic (`None`), in `language` ("en", "zh-CN").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReasonText {
    pub variable: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bin: Option<usize>,
    pub language: String,
    pub text: String,
}

/// Finds the text for a reason; `None` leaves the characteristic's `reason_text`.
pub(crate) fn lookup<'a>(
    texts: &'a [ReasonText],
    variable: &str,
    bin: usize,
    language: &str,
) -> Option<&'a str> {
    let find = |b: Option<usize>, lang: &str| {
        texts
            .iter()
            .find(|t| t.variable == variable && t.bin == b && t.language == lang)
            .map(|t| t.text.as_str())
    };
    find(Some(bin), language)
        .or_else(|| find(Some(bin), ENGLISH))
        .or_else(|| find(None, language))
}

/// What is wrong with a card's reason texts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReasonTextError {
    /// The text names a variable the card has no characteristic for.
    UnknownVariable { variable: String },
    /// The text names a bin past the characteristic's last.
    NoSuchBin {
        variable: String,
        bin: usize,
        bins: usize,
    },
    /// The language or the text is empty.
    Empty { variable: String },
    /// An English text for the whole characteristic: that is its `reason_text`.
    EnglishOfCharacteristic { variable: String },
    /// Two texts for the same variable, bin and language.
    Twice { variable: String, language: String },
}

impl std::fmt::Display for ReasonTextError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::UnknownVariable { variable } => write!(
                f,
                "a reason text names {variable:?}, which is not a characteristic of the card"
            ),
            Self::NoSuchBin {
                variable,
                bin,
                bins,
            } => write!(
                f,
                "a reason text of {variable} names bin {bin}; it has {bins} bins (counted from 0)"
            ),
            Self::Empty { variable } => {
                write!(
                    f,
                    "a reason text of {variable} has an empty language or text"
                )
            }
            Self::EnglishOfCharacteristic { variable } => write!(
                f,
                "the English text of {variable}'s reason is its reason_text; give a bin or another language"
            ),
            Self::Twice { variable, language } => write!(
                f,
                "{variable} has two reason texts for the same bin and language ({language})"
            ),
        }
    }
}

impl std::error::Error for ReasonTextError {}

/// Every text names a characteristic of the card (`bins_of` gives its number of
/// bins) and a bin it has, a language and a text, once.
pub(crate) fn validate(
    texts: &[ReasonText],
    bins_of: impl Fn(&str) -> Option<usize>,
) -> Result<(), ReasonTextError> {
    for (k, t) in texts.iter().enumerate() {
        let variable = || t.variable.clone();
        let Some(bins) = bins_of(&t.variable) else {
            return Err(ReasonTextError::UnknownVariable {
                variable: variable(),
            });
        };
        if let Some(bin) = t.bin
            && bin >= bins
        {
            return Err(ReasonTextError::NoSuchBin {
                variable: variable(),
                bin,
                bins,
            });
        }
        if t.language.trim().is_empty() || t.text.trim().is_empty() {
            return Err(ReasonTextError::Empty {
                variable: variable(),
            });
        }
        if t.bin.is_none() && t.language == ENGLISH {
            return Err(ReasonTextError::EnglishOfCharacteristic {
                variable: variable(),
            });
        }
        let twice = texts[..k]
            .iter()
            .any(|o| o.variable == t.variable && o.bin == t.bin && o.language == t.language);
        if twice {
            return Err(ReasonTextError::Twice {
                variable: variable(),
                language: t.language.clone(),
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(variable: &str, bin: Option<usize>, language: &str, text: &str) -> ReasonText {
        ReasonText {
            variable: variable.into(),
            bin,
            language: language.into(),
            text: text.into(),
        }
    }

    #[test]
    fn the_bin_comes_before_the_language() {
        let texts = vec![
            t("dti", Some(0), "en", "Income was not provided"),
            t("dti", None, "zh-CN", "负债收入比偏高"),
            t("dti", Some(0), "zh-CN", "未提供收入信息"),
            t("age", None, "zh-CN", "年龄"),
            t("months", Some(2), "en", "Very new customer"),
        ];
        assert_eq!(lookup(&texts, "dti", 0, "zh-CN"), Some("未提供收入信息"));
        assert_eq!(
            lookup(&texts, "dti", 0, "en"),
            Some("Income was not provided")
        );
        // Another bin of dti: the characteristic's Chinese text, or none in English.
        assert_eq!(lookup(&texts, "dti", 3, "zh-CN"), Some("负债收入比偏高"));
        assert_eq!(lookup(&texts, "dti", 3, "en"), None);
        // A bin with an English text only: that text, not the Chinese of another meaning.
        let only_en = vec![
            t("dti", Some(0), "en", "Income was not provided"),
            t("dti", None, "zh-CN", "负债收入比偏高"),
        ];
        assert_eq!(
            lookup(&only_en, "dti", 0, "zh-CN"),
            Some("Income was not provided")
        );
        assert_eq!(lookup(&texts, "months", 1, "en"), None);
    }

    #[test]
    fn texts_are_checked_against_the_card() {
        let bins = |v: &str| match v {
            "dti" => Some(3),
            _ => None,
        };
        assert!(validate(&[t("dti", Some(2), "zh-CN", "x")], bins).is_ok());
        let e = validate(&[t("dti", Some(3), "en", "x")], bins).unwrap_err();
        assert!(matches!(
            e,
            ReasonTextError::NoSuchBin {
                bin: 3,
                bins: 3,
                ..
            }
        ));
        assert!(e.to_string().contains("it has 3 bins"), "{e}");
        let e = validate(&[t("income", None, "zh-CN", "x")], bins).unwrap_err();
        assert!(e.to_string().contains("not a characteristic"), "{e}");
        let e = validate(&[t("dti", None, "en", "x")], bins).unwrap_err();
        assert!(e.to_string().contains("is its reason_text"), "{e}");
        let e = validate(&[t("dti", Some(1), "zh-CN", " ")], bins).unwrap_err();
        assert!(e.to_string().contains("empty"), "{e}");
        let twice = [
            t("dti", Some(1), "zh-CN", "a"),
            t("dti", Some(1), "zh-CN", "b"),
        ];
        assert!(
            validate(&twice, bins)
                .unwrap_err()
                .to_string()
                .contains("two reason texts")
        );
    }
}

#[cfg(test)]
mod card_tests {
    use crate::domain::scorecard::Scorecard;

    #[test]
    fn a_card_file_without_reason_texts_still_reads_and_texts_round_trip() {
        let card = crate::domain::scorecard::tests::tiny_card();
        let mut json: serde_json::Value = serde_json::to_value(&card).unwrap();
        // No texts: the key is left out, as in card files written before it existed.
        assert!(json.get("reason_texts").is_none());
        let read: Scorecard = serde_json::from_value(json.clone()).unwrap();
        assert_eq!(read, card);
        json["reason_texts"] = serde_json::json!([
            {"variable": card.characteristics[0].variable, "bin": 0, "language": "en", "text": "Not provided"}
        ]);
        let with: Scorecard = serde_json::from_value(json).unwrap();
        assert_eq!(with.reason_texts[0].bin, Some(0));
        assert!(with.validate().is_ok());
        let again: Scorecard =
            serde_json::from_str(&serde_json::to_string(&with).unwrap()).unwrap();
        assert_eq!(again, with);
    }
}
