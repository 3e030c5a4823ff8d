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
            };
            let c = session.save_contribution(c)?;
            output::record(*json, &c, |c| fl!("contribution-added", id = c.id.to_string()))
        }
        ContributionCmd::List { theme, json } => {
            let wanted = theme.as_deref().map(str::to_lowercase);
            let all: Vec<Contribution> = session
                .all::<Contribution>()?
                .into_iter()
                .filter(|c| wanted.as_ref().is_none_or(|w| c.themes.iter().any(|t| t.to_lowercase() == *w)))
                .collect();
            if *json {
                return output::json(&all);
            }
            all.iter().try_for_each(|c| output::line(summary(c)))
        }
        ContributionCmd::Show { contribution, json } => {
            output::record(*json, &session.find::<Contribution>(contribution)?, summary)
        }
        ContributionCmd::Update { contribution, withdraw, erase, consent, themes } => {
            let mut c: Contribution = session.find(contribution)?;
            if *withdraw || *erase {
                c = session.withdraw_contribution(c.id, today(), *erase)?;
                if consent.is_none() && themes.is_empty() {
                    return output::line(fl!("saved", id = c.id.to_string()));
                }
            }
            let before = c.clone();
            if let Some(level) = consent {
                c.consent.level = level.parse()?;
            }
            if !themes.is_empty() {
                c.themes = themes.iter().map(|t| t.trim().to_string()).collect();
            }
            if c == before {
                return Err(CliError::NothingToChange);
            }
            let c = session.save_contribution(c)?;
            output::line(fl!("saved", id = c.id.to_string()))
        }
    }
}
