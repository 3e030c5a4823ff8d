//! Person names, found by what makes them names rather than by a short
//! list: each word is classed by the lexicon (given name, surname, common
//! word, place…) and by its shape; words that can only be names are
//! anchors, ambiguous ones need context (a title, a kin word, a cue such
//! as « appuyée par » or "Message from", a neighbouring name), and a name
//! grows over the surname, particles and initials around it. Capitalised
//! words nothing explains are sent to the secretary's review.

mod classify;
mod context;
mod evidence;
mod grow;
mod scripts;

use crate::span::Coverage;
use crate::tokens::Token;
use crate::{Context, PiiKind, Span};

pub use classify::Class;

/// Finds names in `text` (already normalised) from its `tokens`; pushes
/// names to `out` and words to review to `review`.
pub fn find(text: &str, tokens: &[Token<'_>], ctx: &Context<'_>, out: &mut Vec<Span>, review: &mut Vec<Span>) {
    // Words inside an e-mail, a web address or a number already found are
    // not read as names (`Gravel etienne.gravel@…`).
    // Each walk over the words of a long text reads them all from memory
    // (they fill more than the caches), so what can be learnt in one walk
    // is: whether a word is inside, and its class.
    let covered = Coverage::of(out.iter());
    let mut inside = Vec::with_capacity(tokens.len());
    let mut classes: Vec<Class> = Vec::with_capacity(tokens.len());
    for (t, within) in tokens.iter().zip(covered.overlaps_each(tokens.iter().map(|t| (t.start, t.end)))) {
        inside.push(within);
        classes.push(if within { Class::Never } else { classify::class(t, ctx) });
    }
    let mut named = vec![false; tokens.len()];
    for i in 0..tokens.len() {
        if context::is_name(text, tokens, &classes, &named, i) && !ctx.is_dismissed(&tokens[i].folded) {
            named[i] = true;
        }
    }
    evidence::mark(text, tokens, &classes, out, &mut named);
    // Without dismissed words the walk would change nothing.
    if ctx.dismissed.is_some_and(|l| !l.is_empty()) {
        for (n, t) in named.iter_mut().zip(tokens) {
            *n &= !ctx.is_dismissed(&t.folded);
        }
    }
    listed_sequences(tokens, ctx, &mut named);
    context::propagate_lists(text, tokens, &classes, &mut named);
    context::nicknames(text, tokens, &classes, &mut named);
    let found = grow::spans(text, tokens, &classes, &named);
    let in_names = Coverage::of(found.iter());
    out.extend(found);
    // A Han word has the shape of another script: the shape, read first,
    // spares reading every word's letters.
    let han = |t: &Token<'_>| t.shape == crate::tokens::Shape::OtherScript && scripts::is_han_token(t);
    // One last walk: Han names go to `out` and words to review to
    // `review`, each in the order of the words, as two walks gave them.
    let words_in_names = in_names.overlaps_each(tokens.iter().map(|t| (t.core_start, t.core_end)));
    for (i, (t, in_name)) in tokens.iter().zip(words_in_names).enumerate() {
        if han(t) && !inside[i] {
            out.extend(scripts::han_names(t).into_iter().map(|(s, e)| Span::new(PiiKind::PersonName, s, e)));
        }
        let explained = in_name || ctx.is_dismissed(&t.folded);
        if !named[i] && !explained && context::unexplained(text, tokens, &classes, i) {
            review.push(Span::new(PiiKind::Unexplained, t.core_start, t.core_end));
        }
    }
}

/// Whole names on the never-write list, two to four words long, matched
/// word by word (lists kept before names were also hashed by parts).
fn listed_sequences(tokens: &[Token<'_>], ctx: &Context<'_>, named: &mut [bool]) {
    let Some(list) = ctx.never_write() else { return };
    for i in 0..tokens.len() {
        for len in (2..=list.max_words().min(tokens.len() - i)).rev() {
            let words: Vec<&str> = tokens[i..i + len].iter().map(|t| t.folded.as_ref()).collect();
            if list.contains_sequence(&words) {
                named[i..i + len].iter_mut().for_each(|n| *n = true);
                break;
            }
        }
    }
}

/// One line per word: its core, shape, class, position and verdict.
pub fn explain(text: &str, tokens: &[Token<'_>], ctx: &Context<'_>) -> String {
    let classes: Vec<Class> = tokens.iter().map(|t| classify::class(t, ctx)).collect();
    let mut named = vec![false; tokens.len()];
    let mut out = String::new();
    for (i, t) in tokens.iter().enumerate() {
        out.push_str(&format!(
            "{:<20} {:?} {:?} flags={:#x}{}{} name={}\n",
            t.text,
            t.shape,
            classes[i],
            t.flags.0,
            if t.sentence_start { " start" } else { "" },
            if t.after_opener { " opener" } else { "" },
            context::is_name(text, tokens, &classes, &named, i)
        ));
        named[i] = context::is_name(text, tokens, &classes, &named, i);
    }
    out
}
