//! Rendering an export through a template (minijinja). Default templates,
//! in French and English, are built in; a file of the same name under
//! `templates/<lang>/` in the config folder replaces one. HTML templates
//! escape every value.

use std::path::Path;

use minijinja::Environment;
use serde::Serialize;

use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;

use crate::i18n::{Explain, Lang};

/// The output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Markdown.
    Markdown,
    /// HTML (escaped).
    Html,
    /// Plain text.
    Text,
}

impl Format {
    /// The file extension of the format.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Text => "txt",
        }
    }
}

/// A template that could not be read or rendered.
#[derive(Debug, thiserror::Error)]
#[error("{name}: {message}")]
pub struct TemplateError {
    /// Which template.
    pub name: String,
    /// What is wrong, with the line when known.
    pub message: String,
}

impl Explain for TemplateError {
    fn explain_in(&self, l: &FluentLanguageLoader) -> (String, String) {
        (fl!(l, "err-template", name = self.name.clone(), reason = self.message.clone()), fl!(l, "rec-template"))
    }
}

fn builtin(lang: Lang, format: Format) -> &'static str {
    match (lang, format) {
        (Lang::En, Format::Markdown) => include_str!("templates/en/plaidoyer.md"),
        (Lang::En, Format::Html) => include_str!("templates/en/plaidoyer.html"),
        (Lang::En, Format::Text) => include_str!("templates/en/plaidoyer.txt"),
        (Lang::Fr, Format::Markdown) => include_str!("templates/fr/plaidoyer.md"),
        (Lang::Fr, Format::Html) => include_str!("templates/fr/plaidoyer.html"),
        (Lang::Fr, Format::Text) => include_str!("templates/fr/plaidoyer.txt"),
    }
}

/// Renders `value` with the plaidoyer template for `lang` and `format`,
/// taking the user's template from `user_dir` when there is one.
pub fn render<T: Serialize>(
    value: &T,
    lang: Lang,
    format: Format,
    user_dir: Option<&Path>,
) -> Result<String, TemplateError> {
    let code = if lang == Lang::En { "en" } else { "fr" };
    let name = format!("{code}/plaidoyer.{}", format.extension());
    let source = match user_dir.map(|d| d.join(&name)).filter(|p| p.is_file()) {
        Some(path) => std::fs::read_to_string(&path)
            .map_err(|e| TemplateError { name: path.display().to_string(), message: e.to_string() })?,
        None => builtin(lang, format).to_string(),
    };
    let mut env = Environment::new();
    // Auto-escaping follows the name: ".html" escapes every value.
    env.add_template_owned(name.clone(), source)
        .map_err(|e| TemplateError { name: name.clone(), message: e.to_string() })?;
    let template = env.get_template(&name).map_err(|e| TemplateError { name: name.clone(), message: e.to_string() })?;
    template.render(minijinja::Value::from_serialize(value)).map_err(|e| TemplateError { name, message: e.to_string() })
}
