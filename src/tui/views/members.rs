//! Members: pseudonym, roles, groups, state and credit. No other field
//! exists to show.

use ratatui::layout::{Constraint, Rect};
use ratatui::widgets::{Block, Borders, Row, Table};
use ratatui::Frame;

use super::marker;
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
        let row = Row::new(vec![
            format!("{}{}", marker(i == selected), m.pseudonym),
            roles.join(", "),
            format!("{state} {credit}"),
            groups.join(", "),
        ]);
        if i == selected {
            row.style(app.theme.selected)
        } else {
            row
        }
    });
    let header =
        Row::new(vec![tr!(app, "col-pseudonym"), tr!(app, "col-roles"), tr!(app, "col-state"), tr!(app, "col-groups")])
            .style(app.theme.title);
    let table =
        Table::new(rows, [Constraint::Length(18), Constraint::Length(22), Constraint::Length(26), Constraint::Min(10)])
            .header(header)
            .block(Block::default().borders(Borders::ALL).title(tr!(app, "tab-members")));
    frame.render_widget(table, area);
}
