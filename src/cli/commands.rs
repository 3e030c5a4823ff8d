//! One function per command; each parses its arguments into domain values,
//! calls the session and prints the outcome.

mod archive;
mod check;
mod contribution;
mod demo;
mod draft;
mod group;
mod keys;
mod meeting;
mod member;
mod recover;
mod scrub;
mod task;
mod tui;

use super::args::{Cli, Command};
use super::{context, CliError};

/// Runs the command the user asked for.
pub fn run(cli: Cli) -> Result<(), CliError> {
    if cli.demo {
        return demo::run(&cli);
    }
    let Some(command) = &cli.command else {
        return tui::run_default(&cli);
    };
    match command {
        Command::Init(args) => keys::init(&cli, args),
        Command::Keygen(args) => keys::keygen(args),
        Command::Rekey(args) => keys::rekey(&cli, args),
        Command::Check(args) => check::run(&cli, args),
        Command::Member(cmd) => member::run(&context::open(&cli)?, cmd),
        Command::Group(cmd) => group::run(&context::open(&cli)?, cmd),
        Command::Meeting(cmd) => meeting::run(&context::open(&cli)?, cmd),
        Command::Task(cmd) => task::run(&context::open(&cli)?, cmd),
        Command::Contribution(cmd) => contribution::run(&context::open(&cli)?, cmd),
        Command::Scrub(args) => scrub::run(args),
        Command::NeverWrite(cmd) => scrub::never_write(&context::open(&cli)?, cmd),
        Command::Draft(cmd) => draft::run(&context::open(&cli)?, cmd),
        Command::Export(cmd) => draft::export(&context::open(&cli)?, cmd, context::config_dir(&cli)),
        Command::Archive(cmd) => archive::run(&cli, cmd),
        Command::Handover(args) => archive::handover(&cli, args),
        Command::View(args) => archive::view(&cli, args),
        Command::Recover(args) => recover::run(&cli, args),
    }
}
