//! JSON for programs: numbers rounded where more digits would be noise.

use serde_json::Value;

/// `v` with every non-integer number rounded to `decimals` places.
pub(crate) fn rounded(v: Value, decimals: i32) -> Value {
    let f = 10f64.powi(decimals);
    match v {
        Value::Number(n) if n.is_f64() => n
            .as_f64()
            .and_then(|x| serde_json::Number::from_f64((x * f).round() / f))
            .map_or(Value::Null, Value::Number),
        Value::Array(items) => {
            Value::Array(items.into_iter().map(|x| rounded(x, decimals)).collect())
        }
        Value::Object(map) => Value::Object(
            map.into_iter()
                .map(|(k, x)| (k, rounded(x, decimals)))
                .collect(),
        ),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    #[test]
    fn floats_are_rounded_and_integers_kept() {
        let v = json!({"a": 0.123456789, "b": [1.0000004, 7], "c": "x", "d": null});
        assert_eq!(
            super::rounded(v, 6),
            json!({"a": 0.123457, "b": [1.0, 7], "c": "x", "d": null})
        );
    }
}
