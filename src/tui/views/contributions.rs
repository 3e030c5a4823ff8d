//! Contributions with their consent badge, filters, and the selected one
//! in full below the list.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};
use ratatui::Frame;

use super::{clip, marker};
use crate::domain::{Author, Contribution};
use crate::i18n::consent_label;
use crate::tui::app::{App, ContributionsState};
use crate::tui::tr;

/// "[citation]", "[retirée]"…: consent in words, in brackets.
pub fn badge(app: &App, c: &Contribution) -> String {
    match c.consent.effective(app.today) {
        Some(level) => format!("[{}]", consent_label(&app.loader, level)),
        None => format!("[{}]", tr!(app, "consent-withdrawn")),
    }
}

/// Draws the contributions screen.
pub fn render(app: &App, frame: &mut Frame, area: Rect, state: &ContributionsState) {
    let Some(data) = &app.data else { return };
    let [filters, list, detail] =
        Layout::vertical([Constraint::Length(1), Constraint::Min(3), Constraint::Length(6)]).areas(area);
    let all = tr!(app, "filter-all");
    let theme = state.theme.clone().unwrap_or_else(|| all.clone());
    let group = state.group.map(|g| data.group_name(g).to_string()).unwrap_or_else(|| all.clone());
    let meeting = state.meeting.and_then(|m| data.meeting(m)).map(|m| m.date.to_string()).unwrap_or(all);
    frame.render_widget(
        Paragraph::new(tr!(app, "contrib-filters", theme = theme, group = group, meeting = meeting))
            .style(app.theme.dim),
        filters,
    );
    let visible = data.contributions_filtered(&state.filter());
    let rows = list.height.saturating_sub(2) as usize;
    let first = state.selected.saturating_sub(rows.saturating_sub(1));
    let width = list.width.saturating_sub(4) as usize;
    let author = |c: &Contribution| match c.author {
        Author::Member(id) => data.pseudonym(id).to_string(),
        Author::Unlinked => tr!(app, "author-unlinked"),
    };
    let lines: Vec<Line> = visible
        .iter()
        .enumerate()
        .skip(first)
        .take(rows)
        .map(|(i, c)| {
            let text = format!(
                "{}{} {} {} : {}",
                marker(i == state.selected),
                badge(app, c),
                c.consent.given_on,
                author(c),
                c.text
            );
            let text = clip(&text, width);
            if i == state.selected {
                Line::styled(text, app.theme.selected)
            } else {
                Line::raw(text)
            }
        })
        .collect();
    let title = tr!(app, "contrib-count", count = visible.len());
    frame.render_widget(Paragraph::new(lines).block(Block::default().borders(Borders::ALL).title(title)), list);
    if let Some(c) = visible.get(state.selected) {
        let head = format!("{} · {}", badge(app, c), c.themes.join(", "));
        let block = Block::default().borders(Borders::ALL).title(head);
        frame.render_widget(Paragraph::new(c.text.clone()).wrap(Wrap { trim: true }).block(block), detail);
    }
}
