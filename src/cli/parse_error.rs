//! Clap's parse errors, said again in the user's language.
//!
//! Clap writes its errors in English ("error: unrecognized subcommand…",
//! "Usage:", "tip:"). A French-speaking secretary must not meet a sentence
//! in another language at the moment something went wrong, so every error
//! kind is rebuilt from the facts clap gives ([`ContextKind`]: the offending
//! argument, the value, the suggestion, the usage line) through Fluent
//! messages. Help and version requests are left to clap: they are already
//! localised by [`super::localize`].

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::Command;
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;

/// Whether clap should print this "error" itself: help and version
/// requests are answers, not errors, and their text is already localised.
pub fn is_answer(err: &clap::Error) -> bool {
    matches!(
        err.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    )
}

/// The whole message for a parse error: what happened, the tips, the
/// usage line and where to read more. `path` is the command the user was
/// typing ("conseil meeting add"), for the help pointer.
pub fn render(err: &clap::Error, path: &str, l: &FluentLanguageLoader) -> String {
    let mut out = format!("{} {}\n", fl!(l, "error-prefix"), what(err, l));
    for tip in tips(err, l) {
        out.push_str(&format!("{} {tip}\n", fl!(l, "hint-prefix")));
    }
    if let Some(usage) = usage(err) {
        out.push_str(&format!("\n{} {usage}\n", fl!(l, "cli-usage")));
    }
    out.push_str(&format!("\n{}\n", fl!(l, "cli-error-more", help = format!("{path} --help"))));
    out
}

/// One string of the error's context, if clap gave it.
fn text(err: &clap::Error, kind: ContextKind) -> Option<String> {
    match err.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        _ => None,
    }
}

/// Several strings of the error's context (a single one counts as a list).
fn texts(err: &clap::Error, kind: ContextKind) -> Vec<String> {
    match err.get(kind) {
        Some(ContextValue::String(s)) => vec![s.clone()],
        Some(ContextValue::Strings(v)) => v.clone(),
        _ => Vec::new(),
    }
}

/// A number of the error's context.
fn number(err: &clap::Error, kind: ContextKind) -> Option<isize> {
    match err.get(kind)? {
        ContextValue::Number(n) => Some(*n),
        _ => None,
    }
}

/// Names quoted the language's way and joined: « add », « amend ».
fn quoted_list(names: &[String], l: &FluentLanguageLoader) -> String {
    names.iter().map(|n| fl!(l, "cli-error-quoted", name = n.as_str())).collect::<Vec<_>>().join(", ")
}

/// Indented lines under a sentence ending with a colon.
fn with_list(head: String, items: &[String]) -> String {
    items.iter().fold(head, |acc, item| format!("{acc}\n  {item}"))
}

/// The main sentence (and any list under it), by error kind.
fn what(err: &clap::Error, l: &FluentLanguageLoader) -> String {
    let arg = text(err, ContextKind::InvalidArg);
    let value = text(err, ContextKind::InvalidValue);
    let sentence = match err.kind() {
        ErrorKind::InvalidSubcommand => {
            text(err, ContextKind::InvalidSubcommand).map(|sub| fl!(l, "cli-error-unknown-subcommand", sub = sub))
        }
        ErrorKind::UnknownArgument => arg.map(|arg| fl!(l, "cli-error-unknown-argument", arg = arg)),
        ErrorKind::MissingRequiredArgument => {
            let missing = texts(err, ContextKind::InvalidArg);
            (!missing.is_empty())
                .then(|| with_list(fl!(l, "cli-error-missing-required", count = missing.len()), &missing))
        }
        ErrorKind::InvalidValue => arg.zip(value).map(|(arg, value)| invalid_value(err, arg, value, l)),
        ErrorKind::ValueValidation => arg.zip(value).map(|(arg, value)| bad_value(err, arg, value, l)),
        ErrorKind::ArgumentConflict => conflict(err, l),
        ErrorKind::NoEquals => arg.map(|arg| fl!(l, "cli-error-no-equals", arg = arg)),
        ErrorKind::MissingSubcommand => text(err, ContextKind::InvalidSubcommand).map(|cmd| {
            let mut s = fl!(l, "cli-error-missing-subcommand", cmd = cmd);
            let valid = texts(err, ContextKind::ValidSubcommand);
            if !valid.is_empty() {
                s.push_str(&format!("\n  {}", fl!(l, "cli-error-possible-subcommands", values = valid.join(", "))));
            }
            s
        }),
        ErrorKind::InvalidUtf8 => Some(fl!(l, "cli-error-invalid-utf8")),
        ErrorKind::TooManyValues => {
            arg.zip(value).map(|(arg, value)| fl!(l, "cli-error-too-many-values", arg = arg, value = value))
        }
        ErrorKind::TooFewValues => {
            let counts = number(err, ContextKind::MinValues).zip(number(err, ContextKind::ActualNumValues));
            arg.zip(counts)
                .map(|(arg, (min, actual))| fl!(l, "cli-error-too-few-values", arg = arg, min = min, actual = actual))
        }
        ErrorKind::WrongNumberOfValues => {
            let counts = number(err, ContextKind::ExpectedNumValues).zip(number(err, ContextKind::ActualNumValues));
            arg.zip(counts).map(|(arg, (expected, actual))| {
                fl!(l, "cli-error-wrong-number", arg = arg, expected = expected, actual = actual)
            })
        }
        _ => None,
    };
    sentence.unwrap_or_else(|| fl!(l, "cli-error-generic"))
}

/// A value outside a closed list, or a missing value (clap reports both
/// as `InvalidValue`, the second with an empty value).
fn invalid_value(err: &clap::Error, arg: String, value: String, l: &FluentLanguageLoader) -> String {
    let mut s = if value.is_empty() {
        fl!(l, "cli-error-missing-value", arg = arg)
    } else {
        fl!(l, "cli-error-invalid-value", arg = arg, value = value)
    };
    let valid = texts(err, ContextKind::ValidValue);
    if !valid.is_empty() {
        s.push_str(&format!("\n  {}", fl!(l, "cli-error-possible-values", values = valid.join(", "))));
    }
    s
}

/// A value its parser refused; the parser's own (English) reason is told
/// again in the user's language when it is one conseil's arguments can
/// give, and left out otherwise.
fn bad_value(err: &clap::Error, arg: String, value: String, l: &FluentLanguageLoader) -> String {
    let mut s = fl!(l, "cli-error-bad-value", arg = arg, value = value);
    if let Some(reason) = std::error::Error::source(err).and_then(|source| reason(source, l)) {
        s.push(' ');
        s.push_str(&reason);
    }
    s
}

/// Why a number was refused, from the parser's error.
fn reason(source: &(dyn std::error::Error + 'static), l: &FluentLanguageLoader) -> Option<String> {
    use std::num::IntErrorKind;
    if let Some(e) = source.downcast_ref::<std::num::ParseIntError>() {
        return Some(match e.kind() {
            IntErrorKind::PosOverflow | IntErrorKind::NegOverflow => fl!(l, "cli-error-reason-too-large"),
            _ => fl!(l, "cli-error-reason-number"),
        });
    }
    // Clap's ranged integer parser says "70000 is not in 0..=65535".
    let message = source.to_string();
    let (_, range) = message.split_once(" is not in ")?;
    let (min, max) = range.split_once("..")?;
    let max = match max.strip_prefix('=') {
        Some(inclusive) => inclusive.to_string(),
        None => (max.parse::<i64>().ok()? - 1).to_string(),
    };
    Some(fl!(l, "cli-error-reason-range", min = min, max = max))
}

/// Two arguments that exclude each other, or one given twice.
fn conflict(err: &clap::Error, l: &FluentLanguageLoader) -> Option<String> {
    let prior = err.get(ContextKind::PriorArg);
    if let Some(arg) = text(err, ContextKind::InvalidArg) {
        return Some(match prior {
            Some(ContextValue::String(other)) if *other == arg => fl!(l, "cli-error-repeated", arg = arg),
            Some(ContextValue::String(other)) => fl!(l, "cli-error-conflict", arg = arg, other = other.as_str()),
            Some(ContextValue::Strings(others)) => with_list(fl!(l, "cli-error-conflict-list", arg = arg), others),
            _ => fl!(l, "cli-error-conflict-others", arg = arg),
        });
    }
    let sub = text(err, ContextKind::InvalidSubcommand)?;
    let other = texts(err, ContextKind::PriorArg).join(", ");
    Some(fl!(l, "cli-error-subcommand-conflict", sub = sub, other = other))
}

/// The suggestions clap made, each as a sentence.
fn tips(err: &clap::Error, l: &FluentLanguageLoader) -> Vec<String> {
    let mut tips = Vec::new();
    let subs = texts(err, ContextKind::SuggestedSubcommand);
    if !subs.is_empty() {
        tips.push(fl!(l, "cli-error-tip-subcommand", count = subs.len(), names = quoted_list(&subs, l)));
    }
    if let Some(arg) = text(err, ContextKind::SuggestedArg) {
        tips.push(fl!(l, "cli-error-tip-argument", arg = arg));
    }
    let values = texts(err, ContextKind::SuggestedValue);
    if !values.is_empty() {
        tips.push(fl!(l, "cli-error-tip-value", count = values.len(), names = quoted_list(&values, l)));
    }
    if let Some(ContextValue::StyledStrs(free)) = err.get(ContextKind::Suggested) {
        tips.extend(free.iter().filter_map(|s| free_tip(&s.to_string(), l)));
    }
    tips
}

/// Clap's free-form tips are English sentences with the facts in quotes;
/// the three it can give conseil's users are read back and said again.
/// Any other is left out rather than shown in English.
fn free_tip(tip: &str, l: &FluentLanguageLoader) -> Option<String> {
    if let Some(rest) = tip.strip_prefix("to pass '") {
        let (arg, rest) = rest.split_once("' as a value, use '")?;
        let using = rest.strip_suffix('\'')?;
        return Some(fl!(l, "cli-error-tip-as-value", arg = arg, suggestion = using));
    }
    if let Some(rest) = tip.strip_prefix("subcommand '") {
        let (sub, _) = rest.split_once("' exists; to use it, remove the '--' before it")?;
        return Some(fl!(l, "cli-error-tip-remove-dashes", sub = sub));
    }
    let using = tip.strip_prefix('\'')?.strip_suffix("' exists")?;
    Some(fl!(l, "cli-error-tip-exists", suggestion = using))
}

/// The usage line without clap's English heading (the caller adds ours).
fn usage(err: &clap::Error) -> Option<String> {
    let Some(ContextValue::StyledStr(usage)) = err.get(ContextKind::Usage) else {
        return None;
    };
    let plain = usage.to_string();
    let body = plain.trim_start().strip_prefix("Usage:").unwrap_or(&plain).trim().to_string();
    (!body.is_empty()).then_some(body)
}

/// The command the user was typing ("conseil meeting add"): the binary
/// name and the subcommands found in `args`, skipping options and the
/// values they take.
pub fn command_path(root: &Command, args: &[String]) -> String {
    let mut path = vec![root.get_name().to_string()];
    let mut cmd = root;
    let mut words = args.iter().skip(1);
    while let Some(word) = words.next() {
        if word == "--" {
            break;
        }
        if word.starts_with('-') {
            if !word.contains('=') && takes_value(root, cmd, word) {
                words.next();
            }
            continue;
        }
        match cmd.find_subcommand(word) {
            Some(sub) => {
                path.push(sub.get_name().to_string());
                cmd = sub;
            }
            None => continue,
        }
    }
    path.join(" ")
}

/// Whether the option `word` (`--db`, `-i`) takes a value, looked up in
/// the current command and in the root (where global options live).
fn takes_value(root: &Command, cmd: &Command, word: &str) -> bool {
    let matches = |a: &clap::Arg| match word.strip_prefix("--") {
        Some(long) => a.get_long() == Some(long),
        None => word.chars().nth(1).is_some_and(|c| a.get_short() == Some(c)) && word.chars().count() == 2,
    };
    cmd.get_arguments().chain(root.get_arguments()).find(|a| matches(a)).is_some_and(|a| a.get_action().takes_values())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{loader_for, Lang};

    #[test]
    fn clap_free_tips_are_said_again() {
        let fr = loader_for(Lang::Fr);
        let en = loader_for(Lang::En);
        assert_eq!(
            free_tip("to pass '--x' as a value, use '-- --x'", &fr).as_deref(),
            Some("Pour donner « --x » comme valeur, écrivez « -- --x ».")
        );
        assert_eq!(
            free_tip("subcommand 'check' exists; to use it, remove the '--' before it", &en).as_deref(),
            Some("The command \"check\" exists: to use it, remove the \"--\" before it.")
        );
        assert_eq!(free_tip("'member --group' exists", &fr).as_deref(), Some("« member --group » existe."));
        assert_eq!(free_tip("something clap may say one day", &fr), None);
    }

    #[test]
    fn range_and_number_reasons() {
        let fr = loader_for(Lang::Fr);
        let range: Box<dyn std::error::Error> = "70000 is not in 0..=65535".into();
        assert_eq!(reason(range.as_ref(), &fr).as_deref(), Some("Il faut un nombre entre 0 et 65535."));
        let open: Box<dyn std::error::Error> = "9 is not in 1..9".into();
        assert_eq!(reason(open.as_ref(), &fr).as_deref(), Some("Il faut un nombre entre 1 et 8."));
        let digits = "x1".parse::<usize>().map(|_| ()).unwrap_err();
        assert_eq!(reason(&digits, &fr).as_deref(), Some("Il faut un nombre entier, écrit en chiffres."));
        let other: Box<dyn std::error::Error> = "no such thing".into();
        assert_eq!(reason(other.as_ref(), &fr), None);
    }

    #[test]
    fn path_follows_subcommands_and_skips_option_values() {
        use clap::CommandFactory;
        let root = crate::cli::Cli::command();
        let args: Vec<String> =
            ["conseil", "--db", "meeting", "-i", "k", "meeting", "add", "--title", "x"].map(String::from).to_vec();
        assert_eq!(command_path(&root, &args), "conseil meeting add");
        let args: Vec<String> = ["conseil", "--lang=fr", "meting"].map(String::from).to_vec();
        assert_eq!(command_path(&root, &args), "conseil");
    }
}
