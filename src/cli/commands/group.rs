//! `conseil group …`: working groups.

use crate::cli::args::GroupCmd;
use crate::cli::{output, CliError};
use crate::council::Session;
use crate::domain::{RecordId, WorkingGroup};
use crate::fl;

fn summary(g: &WorkingGroup) -> String {
    format!("{}  {}  {}", g.id, g.name, g.cadence)
}

/// Runs a group subcommand.
pub fn run(session: &Session, cmd: &GroupCmd) -> Result<(), CliError> {
    match cmd {
        GroupCmd::Add { name, purpose, cadence, json } => {
            let mut g = WorkingGroup::new(RecordId::random(), name)?;
            g.purpose = purpose.clone().unwrap_or_default();
            g.cadence = cadence.clone().unwrap_or_default();
            let g = session.save_group(g)?;
            output::record(*json, &g, |g| fl!("group-added", name = g.name.clone(), id = g.id.to_string()))
        }
        GroupCmd::List(args) => {
            let mut all = output::sound(session.all_sound::<WorkingGroup>()?)?;
            all.sort_by_key(|g| g.name.to_lowercase());
            if args.json {
                return output::json(&all);
            }
            all.iter().try_for_each(|g| output::line(summary(g)))
        }
        GroupCmd::Show { group, json } => output::record(*json, &session.find_group(group)?, summary),
        GroupCmd::Edit { group, rename, purpose, cadence, group_active } => {
            let mut g = session.find_group(group)?;
            if let Some(name) = rename {
                g.name = name.trim().to_string();
            }
            if let Some(p) = purpose {
                g.purpose.clone_from(p);
            }
            if let Some(c) = cadence {
                g.cadence.clone_from(c);
            }
            if let Some(a) = group_active {
                g.active = *a;
            }
            let g = session.save_group(g)?;
            output::line(fl!("saved", id = g.id.to_string()))
        }
    }
}
