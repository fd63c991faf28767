//! A JSON value that borrows from the text it was parsed from: what the native input reader walks
//! (the CLI and `--batch`). `serde_json::Value` copies every key and string and keeps objects in a
//! `BTreeMap`; this tree keeps text it can borrow as `&str` (strings without escapes, every number's
//! exact text) and objects as a list, which makes reading a household several times faster.
//!
//! serde_json still does the parsing, so what is valid JSON does not change: the same syntax, the
//! same nesting limit (128), the same numbers. A number is kept as its exact text (serde_json's
//! `arbitrary_precision`), so `12.50` is never a float. Of a key given twice, the last counts, as in
//! `serde_json::Value`.

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use std::borrow::Cow;
use std::fmt;

/// A parsed JSON value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Json<'a> {
    /// `null`.
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// A number, as its exact text.
    Number(Cow<'a, str>),
    /// A string.
    String(Cow<'a, str>),
    /// An array.
    Array(Vec<Json<'a>>),
    /// An object, its entries in order (a repeated key: the last one counts).
    Object(Vec<(Cow<'a, str>, Json<'a>)>),
}

/// The key serde_json (with `arbitrary_precision`) uses to hand a number over as its text.
const NUMBER_TOKEN: &str = "$serde_json::private::Number";

impl<'a> Json<'a> {
    /// Parses `text`; `None` when it is not one well-formed JSON value.
    pub fn parse(text: &'a str) -> Option<Json<'a>> {
        serde_json::from_str(text).ok()
    }

    /// Parses UTF-8 `bytes`; `None` when they are not one well-formed JSON value (or not UTF-8).
    pub fn parse_bytes(bytes: &'a [u8]) -> Option<Json<'a>> {
        serde_json::from_slice(bytes).ok()
    }

    /// The value of an object's key (the last, if repeated).
    pub fn get(&self, key: &str) -> Option<&Json<'a>> {
        match self {
            Json::Object(entries) => entries.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
}

struct JsonVisitor;

impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Json<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_unit<E>(self) -> Result<Json<'de>, E> {
        Ok(Json::Null)
    }
    fn visit_bool<E>(self, b: bool) -> Result<Json<'de>, E> {
        Ok(Json::Bool(b))
    }
    // With `arbitrary_precision` serde_json hands numbers over as maps (below); these are for
    // completeness only.
    fn visit_i64<E>(self, n: i64) -> Result<Json<'de>, E> {
        Ok(Json::Number(Cow::Owned(n.to_string())))
    }
    fn visit_u64<E>(self, n: u64) -> Result<Json<'de>, E> {
        Ok(Json::Number(Cow::Owned(n.to_string())))
    }
    fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Json<'de>, E> {
        Ok(Json::String(Cow::Borrowed(s)))
    }
    fn visit_str<E>(self, s: &str) -> Result<Json<'de>, E> {
        Ok(Json::String(Cow::Owned(s.to_owned())))
    }
    fn visit_string<E>(self, s: String) -> Result<Json<'de>, E> {
        Ok(Json::String(Cow::Owned(s)))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json<'de>, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(v) = seq.next_element()? {
            items.push(v);
        }
        Ok(Json::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json<'de>, A::Error> {
        let mut entries: Vec<(Cow<'de, str>, Json<'de>)> = Vec::new();
        while let Some(key) = map.next_key::<Key<'de>>()? {
            if entries.is_empty() && key.0 == NUMBER_TOKEN {
                let Key(text) = map.next_value::<Key<'de>>()?;
                return Ok(Json::Number(text));
            }
            entries.push((key.0, map.next_value()?));
        }
        Ok(Json::Object(entries))
    }
}

impl<'de> Deserialize<'de> for Json<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Json<'de>, D::Error> {
        d.deserialize_any(JsonVisitor)
    }
}

/// An object key (or a number's text), borrowed when it has no escapes.
struct Key<'a>(Cow<'a, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Key<'de>, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E: de::Error>(self, s: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(s)))
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(s.to_owned())))
            }
            fn visit_string<E: de::Error>(self, s: String) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(s)))
            }
        }
        d.deserialize_str(KeyVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    /// The same tree as serde_json's `Value` (with `arbitrary_precision`), value for value.
    fn same(j: &Json, v: &Value) -> bool {
        match (j, v) {
            (Json::Null, Value::Null) => true,
            (Json::Bool(a), Value::Bool(b)) => a == b,
            (Json::Number(a), Value::Number(b)) => *a == b.to_string(),
            (Json::String(a), Value::String(b)) => a == b,
            (Json::Array(a), Value::Array(b)) => a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same(x, y)),
            (Json::Object(_), Value::Object(b)) => b.iter().all(|(k, y)| j.get(k).is_some_and(|x| same(x, y))),
            _ => false,
        }
    }

    #[test]
    fn parses_like_serde_json() {
        for text in [
            r#"{"a":1,"b":[true,false,null],"c":"x\"y\u00e6","d":{"e":-0.10e-3},"a":2}"#,
            r#"{"month":"2024-01","householdType":"single","adults":[{"age":30}],"expenses":{"housing":12.500}}"#,
            r#"[1e400, 18446744073709551616, -0, 0.000000000000000000000000001]"#,
            r#""just a string""#,
            "  {}  ",
        ] {
            let v: Value = serde_json::from_str(text).unwrap();
            let j = Json::parse(text).unwrap();
            assert!(same(&j, &v), "{text}");
        }
        assert_eq!(Json::parse(r#"{"a":1,"a":2}"#).unwrap().get("a"), Some(&Json::Number("2".into())));
        assert_eq!(Json::parse(r#"{"n":12.50}"#).unwrap().get("n"), Some(&Json::Number("12.50".into())));
        for bad in ["", "{", "{\"a\":1} x", "[1,]", "{'a':1}", "NaN", &format!("{}{}", "[".repeat(200), "]".repeat(200))] {
            assert!(Json::parse(bad).is_none(), "{bad:?}");
            assert!(serde_json::from_str::<Value>(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn a_key_that_looks_like_the_number_token_is_only_a_number_from_serde_json() {
        // A user's object with that key stays an object unless it is the only entry; serde_json's
        // own Value reads it the same way (the token is how it passes numbers).
        let text = r#"{"x":{"$serde_json::private::Number":"5","y":1}}"#;
        let j = Json::parse(text);
        let v = serde_json::from_str::<Value>(text);
        assert_eq!(j.is_some(), v.is_ok());
    }
}
