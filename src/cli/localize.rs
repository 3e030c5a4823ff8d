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
        cmd = cmd.mut_arg(id, |a| a.help(help).help_heading(fl!("cli-options")));
    }
    let subs: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_string()).collect();
    for name in subs {
        let sub_path = format!("{path}-{name}");
        cmd = cmd.mut_subcommand(name, |s| walk(s, &sub_path));
    }
    cmd
}

/// Every Fluent id the command tree asks for (for the completeness test).
#[cfg(test)]
pub fn wanted_ids(cmd: &Command, path: &str, out: &mut Vec<String>) {
    out.push(path.to_string());
    for a in cmd.get_arguments() {
        out.push(format!("cli-arg-{}", a.get_id().as_str().replace('_', "-")));
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
