//! Masking of personal data (names, phone numbers) for display.

/// The first character of a name, the rest as `*` ("张伟" → "张*", "Li Na" → "L****").
pub fn mask_name(name: &str) -> String {
    let mut chars = name.chars();
    match chars.next() {
        None => String::new(),
        Some(first) => {
            let rest = chars.count();
            let mut out = String::with_capacity(first.len_utf8() + rest);
            out.push(first);
            out.extend(std::iter::repeat_n('*', rest));
            out
        }
    }
}

/// A phone number with all but its last four characters as `*`.
pub fn mask_phone(phone: &str) -> String {
    let n = phone.chars().count();
    phone
        .chars()
        .enumerate()
        .map(|(i, c)| if i + 4 < n { '*' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks() {
        assert_eq!(mask_name("张伟"), "张*");
        assert_eq!(mask_name("Li Na"), "L****");
        assert_eq!(mask_name(""), "");
        assert_eq!(mask_phone("13812345678"), "*******5678");
        assert_eq!(mask_phone("123"), "123");
    }
}
