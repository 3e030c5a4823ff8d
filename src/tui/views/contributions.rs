//! Contributions with their consent badge, filters, and the selected one
//! in full below the list: its consent in words (with the day of its last
//! change and the level before), earlier changes, then the text.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph};
use ratatui::Frame;

use super::{clip, marker};
use crate::domain::{Author, Contribution};
use crate::i18n::{consent_change_line, consent_label, long_date};
use crate::tui::app::{App, ContributionsState};
use crate::tui::tr;

/// "[citation]", "[retirée]"…: consent in words, in brackets.
pub fn badge(app: &App, c: &Contribution) -> String {
    match c.consent.effective(app.today) {
        Some(level) => format!("[{}]", consent_label(&app.loader, level)),
        None => format!("[{}]", tr!(app, "consent-withdrawn")),
    }
}

/// « Consentement : reformulation (changé le 3 décembre 2026, avant :
/// citation) », or when it was given, withdrawn or ended.
fn consent_line(app: &App, c: &Contribution) -> String {
    let date = |d| long_date(d, app.lang);
    if let Some(on) = c.consent.withdrawn_on.filter(|d| *d <= app.today) {
        return tr!(app, "contrib-consent-withdrawn", date = date(on));
    }
    if let Some(end) = c.consent.expires_on.filter(|d| *d < app.today) {
        return tr!(app, "contrib-consent-expired", date = date(end));
    }
    let level = consent_label(&app.loader, c.consent.level);
    match c.consent_history.last() {
        Some(last) => tr!(
            app,
            "contrib-consent-changed",
            level = level,
            date = date(last.on),
            before = consent_label(&app.loader, last.from)
        ),
        None => tr!(app, "contrib-consent-given", level = level, date = date(c.consent.given_on)),
    }
}

/// Lines of the detail pane above the text: the consent, then the changes
/// before the last one, oldest first.
fn consent_lines(app: &App, c: &Contribution) -> Vec<Line<'static>> {
    let earlier = &c.consent_history[..c.consent_history.len().saturating_sub(1)];
    std::iter::once(Line::styled(consent_line(app, c), app.theme.dim))
        .chain(earlier.iter().map(|h| Line::styled(consent_change_line(&app.loader, app.lang, h), app.theme.dim)))
        .collect()
}

/// At most this many earlier changes make the detail pane taller.
const EARLIER_SHOWN: usize = 3;

/// Draws the contributions screen.
pub fn render(app: &App, frame: &mut Frame, area: Rect, state: &ContributionsState) {
    let Some(data) = &app.data else { return };
    let visible = data.contributions_filtered(&state.filter());
    let selected = visible.get(state.selected);
    let earlier = selected.map_or(0, |c| c.consent_history.len().saturating_sub(1).min(EARLIER_SHOWN));
    // The detail grows with the text, up to half the screen; past that it
    // scrolls, with a sign and its key.
    let text_rows = selected.map_or(0, |c| super::wrap(&c.text, usize::from(area.width.saturating_sub(2))).len());
    let wanted = 3 + u16::try_from(earlier + text_rows).unwrap_or(u16::MAX);
    let detail_height = wanted.clamp(7, (area.height / 2).max(7));
    let [filters, list, detail] =
        Layout::vertical([Constraint::Length(1), Constraint::Min(3), Constraint::Length(detail_height)]).areas(area);
    let all = tr!(app, "filter-all");
    let theme = state.theme.clone().unwrap_or_else(|| all.clone());
    let group = state.group.map(|g| data.group_name(g).to_string()).unwrap_or_else(|| all.clone());
    let meeting = state.meeting.and_then(|m| data.meeting(m)).map(|m| m.date.to_string()).unwrap_or(all);
    frame.render_widget(
        Paragraph::new(tr!(app, "contrib-filters", theme = theme, group = group, meeting = meeting))
            .style(app.theme.dim),
        filters,
    );
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
            let row = tr!(
                app,
                "contrib-row",
                badge = badge(app, c),
                date = c.consent.given_on.to_string(),
                author = author(c),
                text = c.text.as_str()
            );
            let text = format!("{}{row}", marker(i == state.selected));
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
    if let Some(c) = selected {
        let head = format!("{} · {}", badge(app, c), c.themes.join(", "));
        let block = Block::default().borders(Borders::ALL).title(head);
        let inner = block.inner(detail);
        frame.render_widget(block, detail);
        let mut lines = consent_lines(app, c);
        lines.extend(super::wrap(&c.text, usize::from(inner.width)).into_iter().map(Line::raw));
        let shown = usize::from(inner.height);
        let first = usize::from(state.detail_scroll).min(lines.len().saturating_sub(shown));
        let below = lines.len().saturating_sub(first + shown);
        let mut rows: Vec<Line> = lines.into_iter().skip(first).take(shown).collect();
        if first > 0 {
            if let Some(top) = rows.first_mut() {
                let key = app.keymap.key_label(
                    crate::tui::keymap::Mode::Contributions,
                    crate::tui::keymap::Command::PageUp,
                    app.lang,
                );
                let hidden = first + 1;
                *top = Line::styled(tr!(app, "minutes-more-above", n = hidden, key = key), app.theme.dim);
            }
        }
        if below > 0 {
            if let Some(last) = rows.last_mut() {
                let key = app.keymap.key_label(
                    crate::tui::keymap::Mode::Contributions,
                    crate::tui::keymap::Command::PageDown,
                    app.lang,
                );
                let hidden = below + 1;
                *last = Line::styled(tr!(app, "minutes-more-below", n = hidden, key = key), app.theme.dim);
            }
        }
        frame.render_widget(Paragraph::new(rows), inner);
    }
}
