//! `conseil contribution …`: members' contributions and their consent.

use crate::cli::args::ContributionCmd;
use crate::cli::context::{parse_date, today};
use crate::cli::text_input::text_arg;
use crate::cli::{output, CliError};
use crate::council::Session;
use crate::domain::{Author, Consent, Contribution, Meeting, RecordId};
use crate::fl;

fn summary(c: &Contribution) -> String {
    let consent = match c.consent.effective(today()) {
        Some(level) => crate::i18n::consent_label(&crate::i18n::LOADER, level),
        None => fl!("consent-withdrawn"),
    };
    let first_line = c.text.lines().next().unwrap_or_default();
    let short: String = first_line.chars().take(60).collect();
    format!("{}  [{consent}] {short}", c.id)
}

/// The summary, then each dated change of consent on its own line.
fn detail(c: &Contribution) -> String {
    let lang = crate::i18n::current();
    std::iter::once(summary(c))
        .chain(
            c.consent_history
                .iter()
                .map(|h| format!("  {}", crate::i18n::consent_change_line(&crate::i18n::LOADER, lang, h))),
        )
        .collect::<Vec<_>>()
        .join("\n")
}

/// Runs a contribution subcommand.
pub fn run(session: &Session, cmd: &ContributionCmd) -> Result<(), CliError> {
    match cmd {
        ContributionCmd::Add { author, unlinked: _, kind, consent, text, themes, meeting, group, expires, json } => {
            let author = match author {
                Some(a) => Author::Member(session.find_member(a)?.id),
                None => Author::Unlinked,
            };
            let c = Contribution {
                id: RecordId::random(),
                revision: 1,
                author,
                meeting: meeting.as_deref().map(|m| session.find::<Meeting>(m).map(|m| m.id)).transpose()?,
                group: group.as_deref().map(|g| session.find_group(g).map(|g| g.id)).transpose()?,
                kind: kind.parse()?,
                text: text_arg(text)?,
                themes: themes.iter().map(|t| t.trim().to_string()).collect(),
                consent: Consent {
                    level: consent.parse()?,
                    given_on: today(),
                    expires_on: expires.as_deref().map(parse_date).transpose()?,
                    withdrawn_on: None,
                },
                consent_history: Vec::new(),
            };
            let c = session.save_contribution(c)?;
            output::record(*json, &c, |c| fl!("contribution-added", id = c.id.to_string()))
        }
        ContributionCmd::List { theme, json } => {
            let wanted = theme.as_deref().map(str::to_lowercase);
            let all: Vec<Contribution> = output::sound(session.all_sound::<Contribution>()?)?
                .into_iter()
                .filter(|c| wanted.as_ref().is_none_or(|w| c.themes.iter().any(|t| t.to_lowercase() == *w)))
                .collect();
            if *json {
                return output::json(&all);
            }
            all.iter().try_for_each(|c| output::line(summary(c)))
        }
        ContributionCmd::Show { contribution, json } => {
            output::record(*json, &session.find::<Contribution>(contribution)?, detail)
        }
        ContributionCmd::Consent { contribution, level, on, json } => {
            let id = session.find::<Contribution>(contribution)?.id;
            let on = on.as_deref().map(parse_date).transpose()?.unwrap_or_else(today);
            let c = session.change_consent(id, level.parse()?, on)?;
            output::record(*json, &c, detail)
        }
        ContributionCmd::Update { contribution, withdraw, erase, consent, themes } => {
            let mut c: Contribution = session.find(contribution)?;
            let revision = c.revision;
            // Consent first: once withdrawn, it no longer changes.
            if let Some(level) = consent {
                c = session.change_consent(c.id, level.parse()?, today())?;
            }
            if *withdraw || *erase {
                c = session.withdraw_contribution(c.id, today(), *erase)?;
            }
            let themes: Vec<String> = themes.iter().map(|t| t.trim().to_string()).collect();
            if !themes.is_empty() && themes != c.themes {
                c.themes = themes;
                c = session.save_contribution(c)?;
            }
            if c.revision == revision {
                return Err(CliError::NothingToChange);
            }
            output::line(fl!("saved", id = c.id.to_string()))
        }
    }
}
