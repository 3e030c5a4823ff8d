//! `conseil member …`: pseudonymous members.

use crate::cli::args::MemberCmd;
use crate::cli::{output, CliError};
use crate::council::Session;
use crate::domain::{Member, RecordId, Role};
use crate::fl;

fn roles(raw: &[String]) -> Result<Vec<Role>, CliError> {
    Ok(raw.iter().map(|r| r.parse()).collect::<Result<_, _>>()?)
}

fn groups(session: &Session, raw: &[String]) -> Result<Vec<RecordId>, CliError> {
    raw.iter().map(|g| Ok(session.find_group(g)?.id)).collect()
}

/// One line about a member.
pub fn summary(m: &Member) -> String {
    let state = if m.active { fl!("state-active") } else { fl!("state-inactive") };
    let credit = if m.credit_in_exports { fl!("credit-yes") } else { fl!("credit-no") };
    format!("{}  {}  [{state}] [{credit}]", m.id, m.pseudonym)
}

/// Runs a member subcommand.
pub fn run(session: &Session, cmd: &MemberCmd) -> Result<(), CliError> {
    match cmd {
        MemberCmd::Add { pseudonym, roles: r, groups: g, credit, json } => {
            let mut m = Member::new(RecordId::random(), pseudonym)?;
            if !r.is_empty() {
                m.roles = roles(r)?;
            }
            m.groups = groups(session, g)?;
            m.credit_in_exports = *credit;
            let m = session.save_member(m)?;
            output::record(*json, &m, |m| fl!("member-added", pseudonym = m.pseudonym.clone(), id = m.id.to_string()))
        }
        MemberCmd::List(args) => {
            let mut all = output::sound(session.all_sound::<Member>()?)?;
            all.sort_by_key(|m| m.pseudonym.to_lowercase());
            if args.json {
                return output::json(&all);
            }
            all.iter().try_for_each(|m| output::line(summary(m)))
        }
        MemberCmd::Show { member, json } => {
            let m = session.find_member(member)?;
            output::record(*json, &m, summary)
        }
        MemberCmd::Update { member, pseudonym, roles: r, groups: g, credit, active } => {
            let mut m = session.find_member(member)?;
            if let Some(p) = pseudonym {
                m.rename(p)?;
            }
            if !r.is_empty() {
                m.roles = roles(r)?;
            }
            if !g.is_empty() {
                m.groups = groups(session, g)?;
            }
            if let Some(c) = credit {
                m.credit_in_exports = *c;
            }
            if let Some(a) = active {
                m.active = *a;
            }
            let m = session.save_member(m)?;
            output::line(fl!("saved", id = m.id.to_string()))
        }
    }
}
