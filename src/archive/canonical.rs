//! The canonical form of a JSON document — what an archive's MAC and
//! fingerprint cover — written as the document is parsed.
//!
//! The form is serde_json's `Value` written compactly: object keys sorted
//! byte-wise, the last of duplicate keys kept, numbers and strings written
//! as serde_json writes them. Building that `Value` first held a tree several
//! times the archive's size in memory (the largest share of an import's
//! peak); this writes the same bytes from the parser's events, keeping only
//! each object's members while it sorts them. The tests compare both ways on
//! awkward documents and on generated ones.

use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

/// Parses `json` and returns its canonical bytes, with the top-level field
/// `set_aside` (if the document is an object holding it) taken out and
/// returned parsed.
pub fn canonical_without(json: &[u8], set_aside: &str) -> Result<(Vec<u8>, Option<Value>), serde_json::Error> {
    let mut aside = None;
    let mut de = serde_json::Deserializer::from_slice(json);
    let mut out = Vec::with_capacity(json.len() / 2);
    Canon { out: &mut out, set_aside: Some((set_aside, &mut aside)) }.deserialize(&mut de)?;
    de.end()?;
    Ok((out, aside))
}

/// Writes one value's canonical form to `out`; at the top level, sets
/// aside the field named.
struct Canon<'a> {
    out: &'a mut Vec<u8>,
    set_aside: Option<(&'a str, &'a mut Option<Value>)>,
}

impl<'de> DeserializeSeed<'de> for Canon<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl Canon<'_> {
    fn write<E: serde::de::Error>(self, value: &impl serde::Serialize) -> Result<(), E> {
        serde_json::to_writer(self.out, value).map_err(E::custom)
    }
}

impl<'de> Visitor<'de> for Canon<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<(), E> {
        self.write(&v)
    }

    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<(), E> {
        self.write(&v)
    }

    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<(), E> {
        self.write(&v)
    }

    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<(), E> {
        self.write(&v)
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<(), E> {
        self.write(&v)
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<(), E> {
        self.out.extend_from_slice(b"null");
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        self.out.push(b'[');
        let mut first = true;
        loop {
            let mark = self.out.len();
            if !first {
                self.out.push(b',');
            }
            let element = Canon { out: &mut *self.out, set_aside: None };
            if seq.next_element_seed(element)?.is_none() {
                self.out.truncate(mark);
                break;
            }
            first = false;
        }
        self.out.push(b']');
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let Canon { out, mut set_aside } = self;
        let mut members: Vec<(String, Vec<u8>)> = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            match &mut set_aside {
                Some((name, slot)) if key == *name => **slot = Some(map.next_value::<Value>()?),
                _ => {
                    let mut value = Vec::new();
                    map.next_value_seed(Canon { out: &mut value, set_aside: None })?;
                    members.push((key, value));
                }
            }
        }
        // Sorted by key, keeping each key's last value (a stable sort keeps
        // duplicates in the order they came).
        members.sort_by(|a, b| a.0.cmp(&b.0));
        out.push(b'{');
        let mut first = true;
        for (i, (key, value)) in members.iter().enumerate() {
            if members.get(i + 1).is_some_and(|next| next.0 == *key) {
                continue;
            }
            if !first {
                out.push(b',');
            }
            first = false;
            serde_json::to_writer(&mut *out, key).map_err(serde::de::Error::custom)?;
            out.push(b':');
            out.extend_from_slice(value);
        }
        out.push(b'}');
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The canonical form as it was computed before: through a `Value`.
    fn through_value(json: &[u8], set_aside: &str) -> Option<(Vec<u8>, Option<Value>)> {
        let mut value: Value = serde_json::from_slice(json).ok()?;
        let aside = value.as_object_mut().and_then(|o| o.remove(set_aside));
        Some((serde_json::to_vec(&value).ok()?, aside))
    }

    fn same(json: &str) {
        let ours = canonical_without(json.as_bytes(), "authentication").ok();
        assert_eq!(ours, through_value(json.as_bytes(), "authentication"), "{json}");
    }

    #[test]
    fn awkward_documents_come_out_as_through_a_value() {
        for json in [
            r#"{"b":1,"a":[1,2,{"z":null,"y":true}],"authentication":{"council":"x"}}"#,
            r#"{"a":1,"a":2,"b":{"k":"v","k":"w"}}"#,
            r#"{"authentication":{"n":1},"x":0,"authentication":{"n":2}}"#,
            r#"{"authentication":"not an object"}"#,
            r#"[{"authentication":1,"b":2,"a":3}]"#,
            r#""just a string""#,
            "  42  ",
            "-0",
            "-17",
            "18446744073709551615",
            "-9223372036854775808",
            "1.5e300",
            "0.1",
            "1E2",
            "[]",
            "{}",
            "[[],{},[{}]]",
            r#"{"é":1,"e":2,"É":3,"\u00e9t\u00e9":"\ud83d\ude00 \"q\" \\ \n \t \u0001"}"#,
            r#"{"":"","\u0000":0}"#,
            "{\"a\":\n  [ 1 ,\t2 ]\r\n}",
        ] {
            same(json);
        }
    }

    #[test]
    fn bad_json_is_refused_as_before() {
        for json in ["", "{", r#"{"a":}"#, "[1,]", "{} trailing", "nul", r#"{"a":1,}"#, "\u{feff}{}"] {
            assert!(canonical_without(json.as_bytes(), "authentication").is_err(), "{json:?}");
            assert!(through_value(json.as_bytes(), "authentication").is_none(), "{json:?}");
        }
    }

    fn json_value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            any::<u64>().prop_map(Value::from),
            any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(Value::from),
            "\\PC{0,8}".prop_map(Value::String),
        ];
        leaf.prop_recursive(4, 64, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                prop::collection::vec(("[a-c]{0,2}|authentication|\\PC{0,4}", inner), 0..6)
                    .prop_map(|members| Value::Object(members.into_iter().collect())),
            ]
        })
    }

    /// A document written as a person or another program might: members
    /// in any order, some keys given twice (the earlier value then loses).
    fn written(value: &Value, shuffle: &mut impl FnMut(usize) -> usize, out: &mut String) {
        match value {
            Value::Object(map) => {
                let mut members: Vec<(&String, &Value)> = map.iter().collect();
                for i in (1..members.len()).rev() {
                    members.swap(i, shuffle(i + 1));
                }
                out.push('{');
                for (i, (k, v)) in members.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    if shuffle(3) == 0 {
                        // A decoy of the same key first: the later one wins.
                        out.push_str(&format!("{}: \"decoy\", ", Value::String((*k).clone())));
                    }
                    out.push_str(&format!("{}: ", Value::String((*k).clone())));
                    written(v, shuffle, out);
                }
                out.push('}');
            }
            Value::Array(items) => {
                out.push_str("[ ");
                for (i, v) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(" ,\n");
                    }
                    written(v, shuffle, out);
                }
                out.push(']');
            }
            other => out.push_str(&other.to_string()),
        }
    }

    proptest! {
        #[test]
        fn generated_documents_come_out_as_through_a_value(value in json_value(), seed in any::<u64>()) {
            let mut state = seed | 1;
            let mut shuffle = |n: usize| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                (state % n as u64) as usize
            };
            let mut json = String::new();
            written(&value, &mut shuffle, &mut json);
            let ours = canonical_without(json.as_bytes(), "authentication").ok();
            prop_assert_eq!(ours, through_value(json.as_bytes(), "authentication"), "{}", json);
        }
    }
}
