//! Fills clap's help texts from the Fluent files, walking the command tree:
//! a command's text is `cli-cmd-<path>`, an argument's is `cli-arg-<id>`.
//! Clap's own headings are replaced too, so `--help` reads in one language.

use clap::{Arg, ArgAction, Command};

use crate::fl;
use crate::i18n::LOADER;

/// The localised command tree.
pub fn command(cmd: Command) -> Command {
    walk(cmd, "cli-cmd")
}

fn walk(cmd: Command, path: &str) -> Command {
    let about = LOADER.get(path);
    let template = format!("{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}", fl!("cli-usage"));
    let mut cmd = cmd
        .about(about)
        .help_template(template)
        .subcommand_help_heading(fl!("cli-commands"))
        .subcommand_value_name(fl!("cli-command"))
        .disable_help_flag(true)
        .disable_version_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(fl!("cli-help"))
                .help_heading(fl!("cli-options"))
                .display_order(usize::MAX),
        );
    if path == "cli-cmd" {
        cmd = cmd.arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(fl!("cli-version"))
                .help_heading(fl!("cli-options"))
                .display_order(usize::MAX),
        );
    }
    let ids: Vec<String> =
        cmd.get_arguments().map(|a| a.get_id().to_string()).filter(|id| id != "help" && id != "version").collect();
    for id in ids {
        let help = LOADER.get(&format!("cli-arg-{}", id.replace('_', "-")));
        cmd = cmd.mut_arg(id, |a| localize_arg(a, help));
    }
    let subs: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_string()).collect();
    for name in subs {
        let sub_path = format!("{path}-{name}");
        cmd = cmd.mut_subcommand(name, |s| walk(s, &sub_path));
    }
    cmd
}

/// One argument's help, heading and value names in the chosen language.
/// Clap's own notes ("[env: …]", "[default: …]", "[possible values: …]")
/// are English, so they are hidden and said again from Fluent.
fn localize_arg(arg: Arg, help: String) -> Arg {
    let mut notes = Vec::new();
    if let Some(var) = arg.get_env().filter(|_| !arg.is_hide_env_set()) {
        notes.push(fl!("cli-help-env", var = var.to_string_lossy()));
    }
    let takes_values = arg.get_action().takes_values();
    let defaults: Vec<String> = arg.get_default_values().iter().map(|v| v.to_string_lossy().into_owned()).collect();
    if takes_values && !defaults.is_empty() && !arg.is_hide_default_value_set() {
        notes.push(fl!("cli-help-default", value = defaults.join(", ")));
    }
    let values: Vec<String> = arg.get_possible_values().iter().map(|v| v.get_name().to_string()).collect();
    let names: Option<Vec<String>> = arg.get_value_names().map(|n| n.iter().map(|v| value_name(v)).collect());
    // "--credit <true|false>" already shows its values.
    let shown = names.as_ref().is_some_and(|n| values.iter().all(|v| n.iter().any(|name| name.contains(v.as_str()))));
    if takes_values && !values.is_empty() && !arg.is_hide_possible_values_set() && !shown {
        notes.push(fl!("cli-help-values", values = values.join(", ")));
    }
    let help = if notes.is_empty() { help } else { format!("{help} ({})", notes.join(", ")) };
    let arg = arg.help(help).help_heading(fl!("cli-options"));
    // Clap refuses these settings on flags that take no value.
    let arg = if takes_values { arg.hide_env(true).hide_default_value(true).hide_possible_values(true) } else { arg };
    match names {
        Some(names) => arg.value_names(names),
        None => arg,
    }
}

/// A value name ("KEY|FILE", "FOR,AGAINST,ABSTAIN") with each word read
/// from `cli-value-<word>`; words with no message ("age1…") stay.
fn value_name(name: &str) -> String {
    let mut out = String::new();
    for piece in name.split_inclusive(['|', ',']) {
        let (word, sep) = match piece.char_indices().last() {
            Some((i, c)) if c == '|' || c == ',' => (&piece[..i], &piece[i..]),
            _ => (piece, ""),
        };
        let id = format!("cli-value-{}", word.to_lowercase());
        out.push_str(&if value_word(word) && LOADER.has(&id) { LOADER.get(&id) } else { word.to_string() });
        out.push_str(sep);
    }
    out
}

/// Whether a piece of a value name is a word to translate (capitals).
fn value_word(word: &str) -> bool {
    !word.is_empty() && word.chars().all(|c| c.is_ascii_uppercase() || c == '_')
}

/// Every Fluent id the command tree asks for (for the completeness test).
#[cfg(test)]
pub fn wanted_ids(cmd: &Command, path: &str, out: &mut Vec<String>) {
    out.push(path.to_string());
    for a in cmd.get_arguments() {
        out.push(format!("cli-arg-{}", a.get_id().as_str().replace('_', "-")));
        let names = if a.get_action().takes_values() { a.get_value_names().unwrap_or_default() } else { &[] };
        for name in names {
            let words = name.split(['|', ',']).filter(|w| value_word(w));
            out.extend(words.map(|w| format!("cli-value-{}", w.to_lowercase())));
        }
    }
    for s in cmd.get_subcommands() {
        wanted_ids(s, &format!("{path}-{}", s.get_name()), out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn every_command_and_argument_has_help() {
        let mut ids = Vec::new();
        wanted_ids(&crate::cli::Cli::command(), "cli-cmd", &mut ids);
        let missing: Vec<_> = ids.iter().filter(|id| !LOADER.has(id)).collect();
        assert!(missing.is_empty(), "help texts missing: {missing:?}");
    }

    #[test]
    fn localized_tree_is_valid() {
        command(crate::cli::Cli::command()).debug_assert();
    }
}
