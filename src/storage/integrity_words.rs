//! Integrity findings as the user reads them: what the head check found
//! (missing commits, records written back or gone) with the records named,
//! and what to do. Shared by the error of a refused open and by `check`.
//! Kept beside the report types it reads, so `i18n` stays a leaf.

use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;

use super::{IntegrityReport, Place, Problem, HEAD_FILE};
use crate::domain::Kind;
use crate::i18n::kind_label;

/// At most this many records are named in one sentence; `check` lists all.
const NAMED: usize = 5;

/// One sentence per problem, joined: the middle of `err-integrity`.
pub fn problems(l: &FluentLanguageLoader, problems: &[Problem]) -> String {
    let file = HEAD_FILE.to_string();
    let parts: Vec<String> = problems
        .iter()
        .map(|p| match p {
            Problem::Behind { store, head } => {
                fl!(l, "integrity-behind", missing = head.saturating_sub(*store), store = store, head = head)
            }
            Problem::DoesNotAddUp => fl!(l, "integrity-does-not-add-up"),
            Problem::MirrorMissing => fl!(l, "integrity-mirror-missing", file = file.clone()),
            Problem::MirrorDamaged => fl!(l, "integrity-mirror-damaged", file = file.clone()),
            Problem::MirrorDisagrees => fl!(l, "integrity-mirror-disagrees", file = file.clone()),
            Problem::HeadDamaged => fl!(l, "integrity-head-damaged"),
        })
        .collect();
    parts.join(" ; ")
}

/// The kind of a tree in the user's words (meta values are "settings").
pub fn tree_label(l: &FluentLanguageLoader, tree: &str) -> String {
    match Kind::ALL.iter().find(|k| k.tree() == tree) {
        Some(kind) => kind_label(l, *kind),
        None => fl!(l, "integrity-meta"),
    }
}

/// One record, named with its kind and id.
pub fn place(l: &FluentLanguageLoader, p: &Place) -> String {
    let kind = tree_label(l, &p.tree);
    if p.intact {
        fl!(l, "integrity-place-intact", kind = kind, id = p.id.clone())
    } else {
        fl!(l, "integrity-place", kind = kind, id = p.id.clone())
    }
}

fn list(l: &FluentLanguageLoader, names: Vec<String>) -> String {
    let more = names.len().saturating_sub(NAMED);
    let mut shown: Vec<String> = names.into_iter().take(NAMED).collect();
    if more > 0 {
        shown.push(fl!(l, "integrity-more", count = more));
    }
    shown.join(", ")
}

/// What happened: the problems, then the records named (a few of each).
pub fn what(l: &FluentLanguageLoader, r: &IntegrityReport) -> String {
    let mut out = fl!(l, "err-integrity", problems = problems(l, &r.verdict.problems));
    if !r.lost.is_empty() {
        let names = r.lost.iter().map(|p| place(l, p)).collect();
        out.push(' ');
        out.push_str(&fl!(l, "integrity-lost", places = list(l, names)));
    }
    if !r.replayed.is_empty() {
        let names = r
            .replayed
            .iter()
            .map(|p| fl!(l, "integrity-place", kind = tree_label(l, &p.tree), id = p.id.clone()))
            .collect();
        out.push(' ');
        out.push_str(&fl!(l, "integrity-replayed", places = list(l, names)));
    }
    if !r.absent.is_empty() {
        let names = r.absent.iter().map(|p| place(l, p)).collect();
        out.push(' ');
        out.push_str(&fl!(l, "integrity-absent", places = list(l, names)));
    }
    out
}

/// What to do: check, recover or accept; where the evidence is kept.
pub fn todo(l: &FluentLanguageLoader, r: &IntegrityReport) -> String {
    let mut out = fl!(l, "rec-integrity");
    if let Some(path) = &r.verdict.preserved {
        out.push(' ');
        out.push_str(&fl!(l, "integrity-preserved", path = path.display().to_string()));
    }
    out
}
