//! Names in other scripts inside French or English text. Words in Arabic,
//! Cyrillic or Greek letters are names when the lexicon knows them (Faker's
//! locales bring their names), or next to a known one, or announced;
//! otherwise they are shown for review. Chinese has no spaces: a run of
//! Han characters is searched for a surname the lexicon knows followed by a
//! known given name (`王秀英` in `明天王秀英来开会`), so that the rest of
//! the sentence is not taken for a name.

use crate::lexicon::{lookup, Flags};
use crate::tokens::Token;

/// Whether a character is a Han ideograph (CJK unified, extension A, or
/// compatibility).
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}')
}

/// Whether a token is written in Han characters only.
pub fn is_han_token(t: &Token<'_>) -> bool {
    t.text.chars().all(is_han)
}

/// The names inside a run of Han characters, as byte ranges of the text.
pub fn han_names(t: &Token<'_>) -> Vec<(usize, usize)> {
    let chars: Vec<(usize, char)> = t.text.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let mut key = String::new();
    while i < chars.len() {
        key.clear();
        key.push(chars[i].1);
        if !lookup(&key).any(Flags::SURNAME) {
            i += 1;
            continue;
        }
        // The longest known given name after the surname: two characters,
        // then one.
        let given_len = (1..=2).rev().find(|&n| {
            i + n < chars.len() && {
                let given: String = chars[i + 1..=i + n].iter().map(|(_, c)| *c).collect();
                lookup(&given).given()
            }
        });
        if let Some(n) = given_len {
            let start = t.core_start + chars[i].0;
            let end = t.core_start + chars.get(i + n + 1).map_or(t.text.len(), |(b, _)| *b);
            out.push((start, end));
            i += n + 1;
        } else {
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenise;

    fn names(text: &str) -> Vec<&str> {
        tokenise(text).iter().filter(|t| is_han_token(t)).flat_map(han_names).map(|(s, e)| &text[s..e]).collect()
    }

    #[test]
    fn a_surname_and_a_given_name_inside_a_sentence() {
        assert_eq!(names("明天王秀英来开会，她会带翻译。"), ["王秀英"]);
        assert!(names("她周四过来").is_empty(), "周四 is Thursday: 四过 is no given name");
    }
}
