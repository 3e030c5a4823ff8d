//! The review before an export: what the report counts, then every item
//! found with where it stands and what it needs, and the selected one shown
//! in its sentence. Status is written in words (« retiré », « à décider »,
//! « vu »), never by colour alone.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use ratatui::Frame;

use super::overlays::{centered, popup};
use super::{clip, marker};
use crate::export::{Place, ReviewItem};
use crate::tui::app::{App, Review};
use crate::tui::tr;

fn place(app: &App, p: Place) -> String {
    p.describe(&app.loader)
}

fn status(app: &App, review: &Review, item: &ReviewItem) -> String {
    if !item.needs_answer() {
        tr!(app, "review-removed")
    } else if review.plan.is_acknowledged(item) {
        tr!(app, "review-seen")
    } else if item.kind == crate::privacy::PiiKind::Unexplained {
        tr!(app, "review-question")
    } else {
        tr!(app, "review-to-see")
    }
}

/// Draws the review over `area`.
pub fn render(app: &App, frame: &mut Frame, area: Rect, review: &Review) {
    let area = centered(area, area.width.saturating_sub(2), area.height.saturating_sub(1));
    let inner = popup(app, frame, area, tr!(app, "review-title", path = review.path.clone()));
    let width = usize::from(inner.width);
    let report = review.plan.report_lines(&app.loader);
    // The report wrapped, never cut: it is what the secretary confirms.
    let head: Vec<Line> = report.iter().flat_map(|l| super::wrap(l, width)).map(Line::raw).collect();
    let head_rows = (head.len() as u16).min(inner.height / 2);
    let [top, list, context] =
        Layout::vertical([Constraint::Length(head_rows), Constraint::Min(1), Constraint::Length(4)]).areas(inner);
    // The report's last line says what waits: keep it when space is short.
    let skip = head.len().saturating_sub(usize::from(head_rows));
    let shown: Vec<Line> = head.iter().skip(skip).cloned().collect();
    frame.render_widget(Paragraph::new(shown), top);

    let items = review.plan.items();
    if items.is_empty() {
        frame.render_widget(Paragraph::new(tr!(app, "review-nothing")).wrap(Wrap { trim: true }), list);
        return;
    }
    let rows = usize::from(list.height.max(1));
    let first = review.selected.saturating_sub(rows.saturating_sub(1));
    let lines: Vec<Line> = items
        .iter()
        .enumerate()
        .skip(first)
        .take(rows)
        .map(|(i, item)| {
            let selected = i == review.selected;
            let text = format!(
                "{} {} — {} — {} : « {} »",
                marker(selected),
                status(app, review, item),
                crate::i18n::field_label(&app.loader, item.kind.name()),
                place(app, item.place),
                item.text()
            );
            let style = if selected { app.theme.selected } else { app.theme.base };
            Line::from(Span::styled(clip(&text, width), style))
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), list);
    if let Some(item) = items.get(review.selected) {
        let (before, word, after) =
            (&item.source[..item.start], item.text(), item.source.get(item.end..).unwrap_or_default());
        let line = Line::from(vec![
            Span::raw(tail(before, 60)),
            Span::styled(format!("⟦{word}⟧"), app.theme.key),
            Span::raw(head_of(after, 60)),
        ]);
        frame.render_widget(Paragraph::new(line).wrap(Wrap { trim: true }), context);
    }
}

/// The last `n` characters of `s`, with an ellipsis when cut.
fn tail(s: &str, n: usize) -> String {
    let count = s.chars().count();
    if count <= n {
        return s.to_string();
    }
    format!("…{}", s.chars().skip(count - n).collect::<String>())
}

/// The first `n` characters of `s`, with an ellipsis when cut.
fn head_of(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        return s.to_string();
    }
    format!("{}…", s.chars().take(n).collect::<String>())
}
