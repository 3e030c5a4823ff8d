//! Every sentence the user reads, in French (default) and English, from the
//! Fluent files under `i18n/`.
//!
//! The `fl!` macro checks message ids against the French file at compile
//! time; a test checks that English has exactly the same ids. Language is
//! chosen once at start: `--lang`, then `LANG`/`LC_ALL`/`LC_MESSAGES`, then
//! French.

#[cfg(test)]
mod conventions;
mod errors;
mod labels;
mod time;

use std::sync::LazyLock;

use i18n_embed::fluent::{fluent_language_loader, FluentLanguageLoader};
use i18n_embed::LanguageLoader;
use rust_embed::RustEmbed;
use unic_langid::LanguageIdentifier;

pub use errors::Explain;
pub use labels::{
    audience_label, consent_change_line, consent_label, damaged_names, field_label, gap_label, kind_label, month_names,
    month_year, neutral_attribution, passage_removed, placeholder, status_label,
};
pub use time::{clock, long_date, slot};

#[derive(RustEmbed)]
#[folder = "i18n/"]
struct Localizations;

/// The loader every message goes through.
pub static LOADER: LazyLock<FluentLanguageLoader> = LazyLock::new(|| {
    let loader = fluent_language_loader!();
    // Fluent would wrap arguments in invisible isolation marks that break
    // terminal column widths.
    let fr: LanguageIdentifier = Lang::Fr.id();
    // The French file is embedded and checked at compile time.
    let _ = loader.load_languages(&Localizations, &[fr]);
    loader.set_use_isolating(false);
    loader
});

/// Looks up a message: `fl!("id")` or `fl!("id", name = value)`.
#[macro_export]
macro_rules! fl {
    ($id:literal) => {
        i18n_embed_fl::fl!($crate::i18n::LOADER, $id)
    };
    ($id:literal, $($args:tt)*) => {
        i18n_embed_fl::fl!($crate::i18n::LOADER, $id, $($args)*)
    };
}

/// The languages conseil speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    /// French, the default.
    Fr,
    /// English.
    En,
}

impl Lang {
    /// Reads "fr", "fr_CA.UTF-8", "en-GB"…; `None` for other languages.
    pub fn parse(tag: &str) -> Option<Self> {
        let primary = tag.trim().split(['_', '-', '.', '@']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "fr" => Some(Lang::Fr),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language asked for by the environment, if one we speak.
    pub fn from_env() -> Option<Self> {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|v| std::env::var(v).ok())
            .find(|v| !v.is_empty())
            .and_then(|v| Self::parse(&v))
    }

    /// The language of a council or a draft.
    pub fn of(language: crate::domain::Language) -> Self {
        match language {
            crate::domain::Language::En => Lang::En,
            crate::domain::Language::Fr => Lang::Fr,
        }
    }

    fn id(self) -> LanguageIdentifier {
        let tag: &str = match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        };
        tag.parse().unwrap_or_default()
    }
}

/// Both languages loaded, from which per-screen loaders are selected.
static BOTH: LazyLock<FluentLanguageLoader> = LazyLock::new(|| {
    let loader = fluent_language_loader!();
    let _ = loader.load_languages(&Localizations, &[Lang::Fr.id(), Lang::En.id()]);
    loader.set_use_isolating(false);
    loader
});

/// A loader for one language, independent of the process-wide choice, so
/// that several terminal screens (or tests) can speak different languages
/// at once. Use with `i18n_embed_fl::fl!(loader, "id")`.
pub fn loader_for(lang: Lang) -> FluentLanguageLoader {
    let ids = if lang == Lang::Fr { vec![Lang::Fr.id()] } else { vec![lang.id(), Lang::Fr.id()] };
    BOTH.select_languages(&ids)
}

/// Switches every later message to `lang` (French stays the fallback).
pub fn select(lang: Lang) {
    let ids = if lang == Lang::Fr { vec![Lang::Fr.id()] } else { vec![lang.id(), Lang::Fr.id()] };
    let _ = LOADER.load_languages(&Localizations, &ids);
    // Reloading builds new bundles, which isolate arguments again by default.
    LOADER.set_use_isolating(false);
}

/// The language messages are currently shown in.
pub fn current() -> Lang {
    let langs = LOADER.current_languages();
    match langs.first().map(|l| l.language.as_str()) {
        Some("en") => Lang::En,
        _ => Lang::Fr,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn ids(lang: &str) -> BTreeSet<String> {
        let file = Localizations::get(&format!("{lang}/conseil.ftl")).map(|f| f.data.into_owned()).unwrap_or_default();
        String::from_utf8_lossy(&file)
            .lines()
            .filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim().to_string()))
            .filter(|id| !id.is_empty() && !id.starts_with('#') && !id.starts_with('.') && !id.contains(' '))
            .collect()
    }

    #[test]
    fn both_languages_have_the_same_messages() {
        let fr = ids("fr");
        let en = ids("en");
        assert!(fr.len() > 20, "French file not found or nearly empty");
        let missing_en: Vec<_> = fr.difference(&en).collect();
        let missing_fr: Vec<_> = en.difference(&fr).collect();
        assert!(missing_en.is_empty(), "missing in English: {missing_en:?}");
        assert!(missing_fr.is_empty(), "missing in French: {missing_fr:?}");
    }

    #[test]
    fn language_tags_are_read() {
        assert_eq!(Lang::parse("fr_CA.UTF-8"), Some(Lang::Fr));
        assert_eq!(Lang::parse("en-GB"), Some(Lang::En));
        assert_eq!(Lang::parse("de_DE"), None);
        assert_eq!(Lang::parse("C"), None);
    }
}
