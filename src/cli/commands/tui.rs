//! `conseil` with no command: the terminal UI on the default council (or
//! `--db`), with the config file's language, theme, auto-lock and keys.

use std::io::IsTerminal;

use crate::cli::{context, Cli, CliError};
use crate::i18n::Lang;
use crate::storage::StoreError;
use crate::tui::config::{default_path, Config};
use crate::tui::theme::Theme;
use crate::tui::{terminal, App, Runtime, Source};

/// Opens the UI on the council named by the command line.
pub fn run_default(cli: &Cli) -> Result<(), CliError> {
    let path = context::db_path(cli)?;
    if !path.join("db").is_file() {
        return Err(StoreError::NotFound(path).into());
    }
    run(cli, Source::with_file(path, cli.identity.clone()))
}

/// Loads the config, builds the app and runs the event loop; then says
/// what the last clean close did about the rolling backup.
pub fn run(cli: &Cli, source: Source) -> Result<(), CliError> {
    let mut runtime = runtime(cli, source)?;
    runtime.templates = crate::cli::context::config_dir(cli).map(|d| d.join("templates"));
    runtime.backups_kept = load_config(cli)?.backups.map_or(crate::archive::backup::DEFAULT_KEPT, usize::from);
    let result = terminal::run(&mut runtime).map_err(CliError::Output);
    super::backup_note(runtime.last_backup.take())?;
    result
}

/// Opens a member's slip (already written into a throwaway council) in the
/// UI, read-only except for that member's tasks.
pub fn run_slip(cli: &Cli, source: Source, member: crate::domain::RecordId) -> Result<(), CliError> {
    let mut runtime = runtime(cli, source)?;
    runtime.slip_member = Some(member);
    runtime.app.member_view = true;
    terminal::run(&mut runtime).map_err(CliError::Output)
}

/// A runtime set up from the config file and the environment: language,
/// theme (`NO_COLOR` wins), keys, auto-lock.
fn runtime(cli: &Cli, source: Source) -> Result<Runtime, CliError> {
    if !std::io::stdout().is_terminal() {
        return Err(CliError::NoTerminal);
    }
    let config = load_config(cli)?;
    let lang = language(cli, &config);
    crate::i18n::select(lang);
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let theme = Theme::pick(config.theme.as_deref(), no_color);
    let keymap = config.keymap().unwrap_or_default();
    let (today, now) = terminal::clock();
    let mut app = App::new(lang, theme, keymap, source.has_identity(), today, now)
        .with_identity_file(source.identity_file.as_deref());
    if let Some(minutes) = config.auto_lock_minutes {
        app.auto_lock_secs = u64::from(minutes) * 60;
        app.auto_lock_fixed = true;
    }
    Ok(Runtime::new(app, source))
}

fn load_config(cli: &Cli) -> Result<Config, CliError> {
    Ok(match cli.config.clone().or_else(default_path) {
        Some(p) => Config::load(&p)?,
        None => Config::default(),
    })
}

/// `--lang`, then the config file, then the environment, then French.
fn language(cli: &Cli, config: &Config) -> Lang {
    let flag = cli.lang.map(|l| match l {
        crate::cli::args::LangArg::En => Lang::En,
        crate::cli::args::LangArg::Fr => Lang::Fr,
    });
    flag.or_else(|| config.language.as_deref().and_then(Lang::parse)).or_else(Lang::from_env).unwrap_or(Lang::Fr)
}
