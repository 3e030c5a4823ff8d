//! Members: pseudonym, roles, groups, state and credit. No other field
//! exists to show.

use ratatui::layout::{Constraint, Rect};
use ratatui::Frame;

use super::list_table;
use crate::domain::Role;
use crate::tui::app::App;
use crate::tui::tr;

/// Draws the members list.
pub fn render(app: &App, frame: &mut Frame, area: Rect, selected: usize) {
    let Some(data) = &app.data else { return };
    let rows = data.members.iter().enumerate().map(|(i, m)| {
        let roles: Vec<String> = m
            .roles
            .iter()
            .map(|r| match r {
                Role::Secretary => tr!(app, "role-secretary"),
                Role::Facilitator => tr!(app, "role-facilitator"),
                Role::Member => tr!(app, "role-member"),
            })
            .collect();
        let groups: Vec<&str> = m.groups.iter().map(|g| data.group_name(*g)).collect();
        let state = if m.active { tr!(app, "state-active-badge") } else { tr!(app, "state-inactive-badge") };
        let credit = if m.credit_in_exports { tr!(app, "credit-yes-badge") } else { tr!(app, "credit-no-badge") };
        (i == selected, [m.pseudonym.clone(), roles.join(", "), format!("{state} {credit}"), groups.join(", ")])
    });
    let title = format!("{} — {}", tr!(app, "tab-members"), tr!(app, "members-groups-hint"));
    let table = list_table(
        app,
        area,
        title,
        [tr!(app, "col-pseudonym"), tr!(app, "col-roles"), tr!(app, "col-state"), tr!(app, "col-groups")],
        [Constraint::Length(18), Constraint::Length(18), Constraint::Length(22), Constraint::Min(10)],
        rows,
    );
    frame.render_widget(table, area);
}

/// Draws the working groups: name, cadence, state, members in each.
pub fn render_groups(app: &App, frame: &mut Frame, area: Rect, selected: usize) {
    let Some(data) = &app.data else { return };
    if data.groups.is_empty() {
        let text = format!("{}\n\n{}", tr!(app, "groups-empty"), tr!(app, "groups-members-hint"));
        frame.render_widget(ratatui::widgets::Paragraph::new(text), area);
        return;
    }
    let rows = data.groups.iter().enumerate().map(|(i, g)| {
        let members: Vec<&str> =
            data.members.iter().filter(|m| m.groups.contains(&g.id)).map(|m| m.pseudonym.as_str()).collect();
        let state = if g.active { tr!(app, "group-active") } else { tr!(app, "group-paused") };
        (i == selected, [g.name.clone(), g.cadence.clone(), state, members.join(", ")])
    });
    let title = format!("{} — {}", tr!(app, "groups-title"), tr!(app, "groups-members-hint"));
    let table = list_table(
        app,
        area,
        title,
        [tr!(app, "col-group"), tr!(app, "col-cadence"), tr!(app, "col-state"), tr!(app, "tab-members")],
        [Constraint::Length(22), Constraint::Length(16), Constraint::Length(10), Constraint::Min(10)],
        rows,
    );
    frame.render_widget(table, area);
}
