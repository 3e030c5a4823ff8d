//! E-mail and web addresses, phone numbers, IP addresses, social handles.

use std::sync::LazyLock;

use regex::Regex;

use super::{push_all, push_group, re};
use crate::{PiiKind, Span};

static EMAIL: LazyLock<Regex> =
    LazyLock::new(|| re(r"[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.[A-Za-z]{2,}"));
static URL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r#"(?i)\b(?:https?://|www\.)[^\s<>"'()\[\]]+|\b[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.(?:com|org|net|fr|ca|info|io|be|ch|gouv\.fr|qc\.ca)(?:/[^\s<>"'()]*)?\b|\b[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.[a-z]{2,6}/[^\s<>"'()]+"#,
    )
});
static PHONE_FR: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?:\+33\s?(?:\(0\)\s?)?|0033\s?|\b0)[1-9](?:[\s.\-]?\d{2}){4}\b"));
static PHONE_NA: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:\+1[\s.\-]?)?(?:\(\d{3}\)\s?|\b[2-9]\d{2}[\s.\-])[2-9]\d{2}[\s.\-]\d{4}\b(?:\s?(?:x|ext\.?|poste|p\.)\s?\d{1,5}\b)?|\b[2-9]\d{2}[2-9]\d{6}\b",
    )
});
static IPV4: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b"));
static IPV6: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\b(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}\b|\b(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4})*)?\b")
});
static HANDLE: LazyLock<Regex> = LazyLock::new(|| re(r"(?:^|[\s(«])(@[A-Za-z0-9_]{2,30})\b"));

/// Finds contact data.
pub fn find(text: &str, out: &mut Vec<Span>) {
    push_all(&EMAIL, text, PiiKind::Email, out);
    for m in URL.find_iter(text) {
        // Sentence punctuation after an address is not part of it.
        let trimmed = m.as_str().trim_end_matches(['.', ',', ';', ':', '!', '?']);
        out.push(Span::new(PiiKind::Url, m.start(), m.start() + trimmed.len()));
    }
    push_all(&PHONE_FR, text, PiiKind::Phone, out);
    push_all(&PHONE_NA, text, PiiKind::Phone, out);
    push_all(&IPV4, text, PiiKind::Ip, out);
    push_all(&IPV6, text, PiiKind::Ip, out);
    push_group(&HANDLE, text, PiiKind::Handle, out);
}
