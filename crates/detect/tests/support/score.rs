//! Scoring a labelled corpus (one JSON object per line: text, spans with
//! code-point offsets and a kind, lang) by the shared corpus README's rule:
//! a gold span is found when a prediction overlaps it by one character or
//! more; a prediction is correct when it overlaps a gold span. Only what
//! the scrubber removes counts as a prediction (review kinds do not).

use std::collections::BTreeMap;

use conseil_detect::{char_ranges, detect, Context};

/// One labelled line.
pub struct Line {
    pub text: String,
    pub spans: Vec<(usize, usize, String)>,
    pub class: Option<String>,
}

/// Reads a JSONL corpus.
pub fn read(path: &std::path::Path) -> Vec<Line> {
    let data = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    data.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap_or_else(|e| panic!("bad line {l}: {e}"));
            let spans = v["spans"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .map(|s| {
                            let n = |k: &str| s[k].as_u64().unwrap_or_default() as usize;
                            (n("start"), n("end"), s["kind"].as_str().unwrap_or_default().to_string())
                        })
                        .collect()
                })
                .unwrap_or_default();
            Line {
                text: v["text"].as_str().unwrap_or_default().to_string(),
                spans,
                class: v["class"].as_str().map(String::from),
            }
        })
        .collect()
}

/// Counts of one scoring run.
#[derive(Default)]
pub struct Score {
    /// Per gold kind: (found, total).
    pub by_kind: BTreeMap<String, (usize, usize)>,
    /// Per class tag, when the corpus has them: (found, total).
    pub by_class: BTreeMap<String, (usize, usize)>,
    pub predicted: usize,
    pub correct: usize,
    pub negative_lines: usize,
    pub negative_hit: usize,
    /// Gold spans missed: (kind, text, line).
    pub misses: Vec<(String, String, String)>,
    /// Wrong predictions: (kind, text, line).
    pub false_alarms: Vec<(String, String, String)>,
}

impl Score {
    pub fn recall(&self) -> f64 {
        let (f, t) = self.by_kind.values().fold((0, 0), |(a, b), (f, t)| (a + f, b + t));
        f as f64 / t.max(1) as f64
    }

    pub fn precision(&self) -> f64 {
        self.correct as f64 / self.predicted.max(1) as f64
    }

    pub fn table(&self) -> String {
        let mut s = String::from("kind              found/total  recall\n");
        for (k, (f, t)) in &self.by_kind {
            s.push_str(&format!("{k:<17} {f:>5}/{t:<5}  {:.3}\n", *f as f64 / (*t).max(1) as f64));
        }
        for (k, (f, t)) in &self.by_class {
            s.push_str(&format!("  class {k:<20} {f:>4}/{t:<4} {:.3}\n", *f as f64 / (*t).max(1) as f64));
        }
        s.push_str(&format!(
            "recall {:.3}  precision {:.3} ({} of {} predictions)  negative lines hit {}/{}\n",
            self.recall(),
            self.precision(),
            self.correct,
            self.predicted,
            self.negative_hit,
            self.negative_lines
        ));
        s
    }
}

/// Scores the detector (with no council context) on `lines`.
pub fn score(lines: &[Line]) -> Score {
    let ctx = Context::default();
    let mut score = Score::default();
    for line in lines {
        let spans: Vec<_> = detect(&line.text, &ctx).into_iter().filter(|s| !s.kind.is_review()).collect();
        let ranges = char_ranges(&line.text, &spans);
        let overlaps = |a: (usize, usize), b: (usize, usize)| a.0 < b.1 && b.0 < a.1;
        let slice = |(s, e): (usize, usize)| line.text.chars().skip(s).take(e - s).collect::<String>();
        for &(gs, ge, ref kind) in &line.spans {
            let found = ranges.iter().any(|&r| overlaps(r, (gs, ge)));
            let entry = score.by_kind.entry(kind.clone()).or_default();
            entry.1 += 1;
            if let Some(class) = &line.class {
                let c = score.by_class.entry(class.clone()).or_default();
                c.1 += 1;
                c.0 += usize::from(found);
            }
            if found {
                entry.0 += 1;
            } else {
                score.misses.push((kind.clone(), slice((gs, ge)), line.text.clone()));
            }
        }
        for (span, &r) in spans.iter().zip(&ranges) {
            score.predicted += 1;
            if line.spans.iter().any(|&(gs, ge, _)| overlaps(r, (gs, ge))) {
                score.correct += 1;
            } else {
                score.false_alarms.push((span.kind.name().to_string(), slice(r), line.text.clone()));
            }
        }
        if line.spans.is_empty() {
            score.negative_lines += 1;
            score.negative_hit += usize::from(!spans.is_empty());
        }
    }
    score
}
