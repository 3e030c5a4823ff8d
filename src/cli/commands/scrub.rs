//! `conseil scrub`: scan any text for identifying data, print it scrubbed,
//! the report, or every span as JSON (offsets in characters).

use serde::Serialize;

use crate::cli::args::{Cli, NeverWriteCmd, ScrubArgs};
use crate::cli::text_input::read_capped;
use crate::cli::{output, CliError};
use crate::council::Session;
use crate::fl;
use crate::i18n;
use crate::privacy::{detect, scrub, Context, PiiKind};

/// Largest input read (text beyond is refused rather than cut silently).
const MAX_INPUT: u64 = 64 * 1024 * 1024;

#[derive(Serialize)]
struct JsonSpan<'a> {
    kind: &'static str,
    start: usize,
    end: usize,
    text: &'a str,
}

/// Reads the text to scan: refused, not cut, past [`MAX_INPUT`].
fn read_input(args: &ScrubArgs) -> Result<String, CliError> {
    let shown = args.input.display().to_string();
    if args.input.as_os_str() == "-" {
        return read_capped(std::io::stdin(), MAX_INPUT, &shown);
    }
    let file = std::fs::File::open(&args.input).map_err(|e| CliError::Read(shown.clone(), e))?;
    read_capped(file, MAX_INPUT, &shown)
}

/// What the detectors know of the council: its pseudonyms, never-write list
/// and dismissed words — when a council is named (`--db`, or an identity to
/// open the default one). A council that cannot be opened is an error, not
/// a silent scan without context.
struct Lists {
    pseudonyms: crate::privacy::Pseudonyms,
    never: Option<crate::privacy::NeverWrite>,
    dismissed: Option<crate::privacy::NeverWrite>,
}

impl Lists {
    fn of(cli: &Cli) -> Result<Self, CliError> {
        if cli.db.is_none() && cli.identity.is_none() && cli.passphrase_file.is_none() {
            return Ok(Self { pseudonyms: Default::default(), never: None, dismissed: None });
        }
        let session = crate::cli::context::open(cli)?;
        Ok(Self {
            pseudonyms: session.pseudonyms()?,
            never: Some(session.never_write()?),
            dismissed: Some(session.dismissed()?),
        })
    }

    fn context(&self) -> Context<'_> {
        Context::new(&self.pseudonyms, self.never.as_ref(), self.dismissed.as_ref())
    }
}

/// Every span as JSON, offsets in characters counted in one pass (linear in
/// the text, however many spans).
fn spans_json(text: &str, ctx: &Context<'_>) -> Vec<serde_json::Value> {
    let spans = detect(text, ctx);
    crate::privacy::char_ranges(text, &spans)
        .into_iter()
        .zip(&spans)
        .map(|((start, end), s)| serde_json::json!(JsonSpan { kind: s.kind.name(), start, end, text: s.text(text) }))
        .collect()
}

/// Runs `conseil scrub`.
pub fn run(cli: &Cli, args: &ScrubArgs) -> Result<(), CliError> {
    let lists = Lists::of(cli)?;
    let text = read_input(args)?;
    let ctx = lists.context();
    if args.json {
        if args.lines {
            for line in text.lines() {
                output::line(serde_json::Value::Array(spans_json(line, &ctx)))?;
            }
            return Ok(());
        }
        return output::json(&spans_json(&text, &ctx));
    }
    let spans = detect(&text, &ctx);
    let (clean, report) = scrub(&text, &spans, i18n::current());
    if !args.report {
        let mut out = std::io::stdout().lock();
        return std::io::Write::write_all(&mut out, clean.as_bytes()).map_err(CliError::Output);
    }
    print_report(&report)
}

/// Prints a redaction report: counts by kind, never the text.
pub fn print_report(report: &crate::privacy::Report) -> Result<(), CliError> {
    output::line(fl!("report-removed", count = report.total_removed()))?;
    for (kind, n) in &report.removed {
        output::line(format!("  {} : {n}", kind_label(*kind)))?;
    }
    let review: usize = report.to_review.values().sum();
    output::line(fl!("report-review", count = review))?;
    for (kind, n) in &report.to_review {
        output::line(format!("  {} : {n}", kind_label(*kind)))?;
    }
    Ok(())
}

/// A kind's name in the user's language.
pub fn kind_label(kind: PiiKind) -> String {
    i18n::field_label(&i18n::LOADER, kind.name())
}

/// Runs `conseil never-write …`. Names are read from standard input, one
/// per line, never from the command line (nor from shell history).
pub fn never_write(session: &Session, cmd: &NeverWriteCmd) -> Result<(), CliError> {
    match cmd {
        NeverWriteCmd::Add => {
            let input = zeroize::Zeroizing::new(read_capped(std::io::stdin(), MAX_INPUT, "-")?);
            let names: Vec<&str> = input.lines().collect();
            let (added, list) = session.add_never_write(&names)?;
            output::line(fl!("never-write-added", added = added, total = list.len()))
        }
        NeverWriteCmd::Count => output::line(fl!("never-write-count", total = session.never_write()?.len())),
        NeverWriteCmd::Clear => {
            session.clear_never_write()?;
            output::line(fl!("never-write-count", total = 0))
        }
    }
}
