//! Advocacy drafts: the list, and one draft with its sections, the
//! contributions it draws on (with their consent) and its export history.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};
use ratatui::Frame;

use super::{clip, contributions::badge, marker};
use crate::domain::{AdvocacyDraft, Audience, RecordId};
use crate::tui::app::App;
use crate::tui::data::Data;
use crate::tui::tr;

fn audience(app: &App, a: Audience) -> String {
    match a {
        Audience::DecisionMakers => tr!(app, "audience-decision-makers"),
        Audience::Public => tr!(app, "audience-public"),
        Audience::Research => tr!(app, "audience-research"),
    }
}

/// Draws the drafts screen.
pub fn render(app: &App, frame: &mut Frame, area: Rect, selected: usize, open: Option<RecordId>) {
    let Some(data) = &app.data else { return };
    match open.and_then(|id| data.drafts.iter().find(|d| d.id == id)) {
        Some(d) => render_draft(app, data, d, frame, area),
        None => render_list(app, data, selected, frame, area),
    }
}

fn render_list(app: &App, data: &Data, selected: usize, frame: &mut Frame, area: Rect) {
    let block = Block::default().borders(Borders::ALL).title(tr!(app, "drafts-list"));
    let width = area.width.saturating_sub(4) as usize;
    let lines: Vec<Line> = if data.drafts.is_empty() {
        vec![Line::styled(tr!(app, "drafts-empty"), app.theme.dim)]
    } else {
        data.drafts
            .iter()
            .enumerate()
            .map(|(i, d)| {
                let info = tr!(app, "draft-line", sections = d.sections.len(), exports = d.exports.len());
                let text = clip(
                    &format!("{}{} — {} — {info}", marker(i == selected), d.title, audience(app, d.audience)),
                    width,
                );
                if i == selected {
                    Line::styled(text, app.theme.selected)
                } else {
                    Line::raw(text)
                }
            })
            .collect()
    };
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

fn render_draft(app: &App, data: &Data, d: &AdvocacyDraft, frame: &mut Frame, area: Rect) {
    let history = d.exports.len().min(4) as u16 + 2;
    let [sections, past] = Layout::vertical([Constraint::Min(3), Constraint::Length(history)]).areas(area);
    let width = sections.width.saturating_sub(4) as usize;
    let mut lines = vec![Line::styled(tr!(app, "draft-material"), app.theme.dim)];
    for s in &d.sections {
        lines.push(Line::styled(s.heading.clone(), app.theme.title));
        lines.push(Line::raw(clip(s.body.lines().next().unwrap_or_default(), width)));
        for id in &s.contributions {
            if let Some(c) = data.contributions.iter().find(|c| c.id == *id) {
                lines.push(Line::raw(clip(&format!("  {} {}", badge(app, c), c.text), width)));
            }
        }
    }
    let title = format!("{} — {}", d.title, audience(app, d.audience));
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: false }).block(Block::default().borders(Borders::ALL).title(title)),
        sections,
    );
    let rows: Vec<Line> = d
        .exports
        .iter()
        .rev()
        .take(4)
        .map(|e| {
            Line::raw(tr!(
                app,
                "draft-history-line",
                month = e.month.to_string(),
                audience = audience(app, e.audience),
                count = e.contributions.len()
            ))
        })
        .collect();
    frame.render_widget(
        Paragraph::new(rows).block(Block::default().borders(Borders::ALL).title(tr!(app, "draft-history"))),
        past,
    );
}
