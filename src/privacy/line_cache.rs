//! Detection kept up to date while typing: spans are cached per line and a
//! keystroke re-detects only the lines that changed, so highlighting a long
//! note costs microseconds, not a full scan.

use super::{detect, Context, Span};

/// Spans of each line of a text being edited.
#[derive(Debug, Default, Clone)]
pub struct LineCache {
    lines: Vec<(String, Vec<Span>)>,
}

impl LineCache {
    /// Brings the cache up to date with `lines`; returns how many lines were
    /// scanned again.
    pub fn update(&mut self, lines: &[String], ctx: &Context<'_>) -> usize {
        self.lines.truncate(lines.len());
        let mut scanned = 0;
        for (i, line) in lines.iter().enumerate() {
            match self.lines.get_mut(i) {
                Some((cached, _)) if cached == line => {}
                Some(slot) => {
                    *slot = (line.clone(), detect(line, ctx));
                    scanned += 1;
                }
                None => {
                    self.lines.push((line.clone(), detect(line, ctx)));
                    scanned += 1;
                }
            }
        }
        scanned
    }

    /// Spans of line `i` (byte offsets within that line).
    pub fn spans(&self, i: usize) -> &[Span] {
        self.lines.get(i).map_or(&[], |(_, s)| s.as_slice())
    }

    /// Every span with its line number.
    pub fn all(&self) -> impl Iterator<Item = (usize, &Span)> {
        self.lines.iter().enumerate().flat_map(|(i, (_, spans))| spans.iter().map(move |s| (i, s)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_changed_lines_are_scanned_again() {
        let ctx = Context::default();
        let mut cache = LineCache::default();
        let mut lines = vec!["Appeler le 06 12 34 56 78".to_string(), "Rien ici".to_string()];
        assert_eq!(cache.update(&lines, &ctx), 2);
        assert_eq!(cache.spans(0).len(), 1);
        lines[1].push_str(", écrire à a@b.fr");
        assert_eq!(cache.update(&lines, &ctx), 1);
        assert_eq!(cache.all().count(), 2);
        lines.pop();
        assert_eq!(cache.update(&lines, &ctx), 0);
        assert_eq!(cache.all().count(), 1);
    }
}
