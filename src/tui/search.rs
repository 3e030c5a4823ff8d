//! Search over everything decrypted: minutes (meeting and item titles,
//! notes, questions, decisions, actions), tasks, contributions and members.
//! In memory only; nothing derived from the text is ever written.
//!
//! Matching is by words, not by scattered letters: accents and case are
//! ignored, and every word of the query must begin a word of the text
//! (« reunion » finds « Réunion » and « réunions », « clsm » finds « CLSM »,
//! but « reunion » does not find « ré-union » nor a sentence that happens to
//! hold the letters r, e, u… in order). A secretary looking for last
//! spring's decision must see it first, not a hundred loose look-alikes.
//!
//! The index ([`SearchIndex`]) is built once when the search opens: every
//! text is cut into words, folded, and each distinct folded word gets a
//! number in alphabetical order. The words a query word begins are then one
//! range of numbers, found by two binary searches, and each keystroke only
//! compares integers.

use std::ops::Range;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::data::Data;
use crate::domain::{Date, RecordId, TaskStatus};

/// Where a result leads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// An agenda item of a meeting.
    Minutes {
        /// Meeting.
        meeting: RecordId,
        /// Item index.
        item: usize,
    },
    /// A task on the board.
    Task(RecordId),
    /// A contribution.
    Contribution(RecordId),
    /// A member.
    Member(RecordId),
}

/// What a result is (named in the interface's language when drawn).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HitKind {
    /// A meeting's title.
    Meeting,
    /// An agenda item's title.
    Item,
    /// A line of an item's notes.
    Note,
    /// A question raised.
    Question,
    /// A decision.
    Decision,
    /// An action item.
    Action,
    /// A task's title or description.
    Task,
    /// A member's contribution.
    Contribution,
    /// A member's pseudonym.
    Member,
}

/// Where a result is, from the council's own words (dates, titles, names);
/// the overlay adds what needs translating.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    /// In a meeting's minutes; `item` is the agenda item's title.
    Minutes {
        /// Meeting date.
        date: Date,
        /// Meeting title.
        meeting: String,
        /// Agenda item title, if the text is inside an item.
        item: Option<String>,
    },
    /// A task of a working group.
    Task {
        /// Group name.
        group: String,
        /// Where the task stands.
        status: TaskStatus,
    },
    /// A contribution given on `date`.
    Contribution {
        /// When consent was given.
        date: Date,
        /// Its themes.
        themes: Vec<String>,
    },
    /// A member.
    Member {
        /// Whether the member is active.
        active: bool,
    },
}

/// One search result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    /// Where Enter goes.
    pub target: Target,
    /// What it is.
    pub kind: HitKind,
    /// Where it is.
    pub place: Place,
    /// The matched text (one line of it).
    pub text: String,
    /// Byte ranges in `text` of the words the query matched.
    pub marks: Vec<Range<usize>>,
    /// Higher is better (closeness, whole words, titles, occurrences).
    pub score: u32,
}

/// The best results of a query and how many texts matched in all.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Results {
    /// Best first, at most [`MAX_HITS`].
    pub hits: Vec<Hit>,
    /// Every matching text, shown or not.
    pub total: usize,
}

/// Most results kept for display.
pub const MAX_HITS: usize = 100;

/// One word of an indexed text: its number in the vocabulary and where it
/// is in the text (bytes).
#[derive(Clone, Copy, Debug)]
struct Word {
    id: u32,
    start: u32,
    end: u32,
}

/// One searchable text.
struct Entry {
    target: Target,
    kind: HitKind,
    place: u32,
    text: String,
    words: Range<u32>,
    /// For recency among equal scores.
    date: Date,
    /// A title (of a meeting, item or task) or a pseudonym, ranked before
    /// body text that matches as well.
    title: bool,
}

/// Every searchable text of the council, cut into numbered words.
pub struct SearchIndex {
    entries: Vec<Entry>,
    places: Vec<Place>,
    words: Vec<Word>,
    /// Distinct folded words, sorted.
    vocab: Vec<Box<str>>,
    /// For each word of `vocab`, the entries holding it (ascending).
    postings: Vec<Vec<u32>>,
    /// How many texts the last query matched: the overlay shows it, and
    /// the screen code keeps only the hits, so the count is kept here
    /// rather than searched for a second time on every frame.
    last_total: AtomicUsize,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "SearchIndex({} entries, {} words, {} distinct)",
            self.entries.len(),
            self.words.len(),
            self.vocab.len()
        )
    }
}

/// Whether `c` belongs to a word: letters, digits, and the combining marks
/// of text typed with decomposed accents.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}')
}

/// The words of `text` as byte ranges. Apostrophes, hyphens and every
/// other mark separate words (« l'accueil » holds « accueil »).
fn word_ranges(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut start = None;
    text.char_indices().chain(std::iter::once((text.len(), ' '))).filter_map(move |(i, c)| {
        match (is_word_char(c), start) {
            (true, None) => {
                start = Some(i);
                None
            }
            (false, Some(s)) => {
                start = None;
                Some(s..i)
            }
            _ => None,
        }
    })
}

/// Lower case, accents dropped (« Réunion » → « reunion »).
fn fold(word: &str) -> String {
    conseil_detect::fold(word)
}

/// Builds the index, collecting texts in the order screens show them.
struct Builder {
    index: SearchIndex,
    /// Folded word → number in order of first sight (renumbered at the end).
    seen: std::collections::HashMap<String, u32>,
    /// Each spelling met ("Réunion", "réunion") → its folded word's number.
    spellings: std::collections::HashMap<Box<str>, u32>,
}

impl Builder {
    fn place(&mut self, place: Place) -> u32 {
        self.index.places.push(place);
        (self.index.places.len() - 1) as u32
    }

    /// Adds `text` (line by line: a result shows one line) unless blank.
    fn push(&mut self, target: Target, kind: HitKind, place: u32, date: Date, text: &str) {
        self.push_text(target, kind, place, date, text, false);
    }

    /// Adds a title, ranked before body text.
    fn push_title(&mut self, target: Target, kind: HitKind, place: u32, date: Date, text: &str) {
        self.push_text(target, kind, place, date, text, true);
    }

    fn push_text(&mut self, target: Target, kind: HitKind, place: u32, date: Date, text: &str, title: bool) {
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let first = self.index.words.len() as u32;
            for r in word_ranges(line) {
                let id = self.word_id(&line[r.clone()]);
                self.index.words.push(Word { id, start: r.start as u32, end: r.end as u32 });
            }
            let words = first..self.index.words.len() as u32;
            self.index.entries.push(Entry { target, kind, place, text: line.to_string(), words, date, title });
        }
    }

    /// The (first-seen) number of `word`'s folded form. Opening the search
    /// goes through every word of the council, and a council repeats its
    /// words: each spelling is folded once, then found as it is written,
    /// with neither an allocation nor a Unicode decomposition.
    fn word_id(&mut self, word: &str) -> u32 {
        if let Some(&id) = self.spellings.get(word) {
            return id;
        }
        let next = self.seen.len() as u32;
        let id = *self.seen.entry(fold(word)).or_insert(next);
        self.spellings.insert(word.into(), id);
        id
    }

    /// Numbers the vocabulary alphabetically and lists each word's entries.
    fn finish(mut self) -> SearchIndex {
        let mut vocab: Vec<(String, u32)> = self.seen.drain().collect();
        vocab.sort_unstable();
        let mut renumber = vec![0u32; vocab.len()];
        for (sorted, (_, first_seen)) in vocab.iter().enumerate() {
            renumber[*first_seen as usize] = sorted as u32;
        }
        let index = &mut self.index;
        index.postings = vec![Vec::new(); vocab.len()];
        for (e, entry) in index.entries.iter().enumerate() {
            for w in &mut index.words[entry.words.start as usize..entry.words.end as usize] {
                w.id = renumber[w.id as usize];
                let list = &mut index.postings[w.id as usize];
                if list.last() != Some(&(e as u32)) {
                    list.push(e as u32);
                }
            }
        }
        index.vocab = vocab.into_iter().map(|(w, _)| w.into_boxed_str()).collect();
        self.index
    }
}

impl SearchIndex {
    /// Collects the texts of `data`.
    pub fn new(data: &Data) -> Self {
        let empty = SearchIndex {
            entries: Vec::new(),
            places: Vec::new(),
            words: Vec::new(),
            vocab: Vec::new(),
            postings: Vec::new(),
            last_total: AtomicUsize::new(0),
        };
        let mut b = Builder {
            index: empty,
            seen: std::collections::HashMap::new(),
            spellings: std::collections::HashMap::new(),
        };
        for m in &data.meetings {
            let place = b.place(Place::Minutes { date: m.date, meeting: m.title.clone(), item: None });
            b.push_title(Target::Minutes { meeting: m.id, item: 0 }, HitKind::Meeting, place, m.date, &m.title);
            for (i, item) in m.agenda.iter().enumerate() {
                let target = Target::Minutes { meeting: m.id, item: i };
                b.push_title(target, HitKind::Item, place, m.date, &item.title);
                let inside =
                    b.place(Place::Minutes { date: m.date, meeting: m.title.clone(), item: Some(item.title.clone()) });
                b.push(target, HitKind::Note, inside, m.date, &item.notes);
                for q in &item.questions {
                    b.push(target, HitKind::Question, inside, m.date, q);
                }
                for d in &item.decisions {
                    b.push(target, HitKind::Decision, inside, m.date, &d.text);
                }
                for a in &item.actions {
                    b.push(target, HitKind::Action, inside, m.date, &a.title);
                }
            }
        }
        for t in &data.tasks {
            let place = b.place(Place::Task { group: data.group_name(t.group).to_string(), status: t.status });
            let date = t.history.iter().map(|e| e.date).max().or(t.due).unwrap_or(Date::MIN);
            b.push_title(Target::Task(t.id), HitKind::Task, place, date, &t.title);
            b.push(Target::Task(t.id), HitKind::Task, place, date, &t.description);
        }
        for c in &data.contributions {
            let date = c.consent.given_on;
            let place = b.place(Place::Contribution { date, themes: c.themes.clone() });
            b.push(Target::Contribution(c.id), HitKind::Contribution, place, date, &c.text);
        }
        for m in &data.members {
            let place = b.place(Place::Member { active: m.active });
            b.push_title(Target::Member(m.id), HitKind::Member, place, Date::MIN, &m.pseudonym);
        }
        b.finish()
    }

    /// The numbers of the vocabulary words that `prefix` begins: one
    /// range, since the vocabulary is sorted.
    fn prefixed(&self, prefix: &str) -> Range<u32> {
        let lo = self.vocab.partition_point(|w| &**w < prefix);
        let len = self.vocab[lo..].partition_point(|w| w.starts_with(prefix));
        lo as u32..(lo + len) as u32
    }

    /// The entries holding a word of `range`, as a bit set.
    fn holders(&self, range: &Range<u32>) -> Vec<u64> {
        let mut bits = vec![0u64; self.entries.len().div_ceil(64)];
        for id in range.clone() {
            for &e in &self.postings[id as usize] {
                bits[e as usize / 64] |= 1 << (e % 64);
            }
        }
        bits
    }

    /// The best matches of `query`, best first; among equal scores, the
    /// most recent first, then the order screens show.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        let results = self.results(query);
        self.last_total.store(results.total, Ordering::Relaxed);
        results.hits
    }

    /// How many texts the last [`SearchIndex::search`] matched, shown or not.
    pub fn last_total(&self) -> usize {
        self.last_total.load(Ordering::Relaxed)
    }

    /// The best matches of `query` and how many there are in all.
    pub fn results(&self, query: &str) -> Results {
        let Some(query) = Query::new(self, query) else {
            return Results::default();
        };
        // Candidates: the entries holding the rarest query word.
        let Some(rarest) = query.words.iter().min_by_key(|q| self.weight(&q.range)) else {
            return Results::default();
        };
        let bits = self.holders(&rarest.range);
        let mut scored: Vec<(Rank, u32)> = Vec::new();
        for (block, &word) in bits.iter().enumerate() {
            let mut word = word;
            while word != 0 {
                let e = block as u32 * 64 + word.trailing_zeros();
                word &= word - 1;
                if let Some(rank) = query.rank(self, &self.entries[e as usize]) {
                    scored.push((rank, e));
                }
            }
        }
        let total = scored.len();
        let order = |a: &(Rank, u32), b: &(Rank, u32)| b.0.cmp(&a.0).then(a.1.cmp(&b.1));
        if scored.len() > MAX_HITS {
            scored.select_nth_unstable_by(MAX_HITS - 1, order);
            scored.truncate(MAX_HITS);
        }
        scored.sort_unstable_by(order);
        let hits = scored.into_iter().map(|(rank, e)| self.hit(&query, rank, e as usize)).collect();
        Results { hits, total }
    }

    /// How many entries the words of `range` appear in (an upper bound).
    fn weight(&self, range: &Range<u32>) -> usize {
        self.postings[range.start as usize..range.end as usize].iter().map(Vec::len).sum()
    }

    fn hit(&self, query: &Query, rank: Rank, e: usize) -> Hit {
        let entry = &self.entries[e];
        let marks = self.words[entry.words.start as usize..entry.words.end as usize]
            .iter()
            .filter(|w| query.words.iter().any(|q| q.range.contains(&w.id)))
            .map(|w| w.start as usize..w.end as usize)
            .collect();
        Hit {
            target: entry.target,
            kind: entry.kind,
            place: self.places[entry.place as usize].clone(),
            text: entry.text.clone(),
            marks,
            score: rank.score,
        }
    }
}

/// A query word: the vocabulary range it begins, and the number of the
/// word it is whole, if the vocabulary has it.
struct QueryWord {
    range: Range<u32>,
    exact: Option<u32>,
}

/// The words of a query, looked up once per keystroke.
struct Query {
    words: Vec<QueryWord>,
}

/// How good a match is, compared field by field: closeness of the query
/// words, whole-word matches, titles, occurrences, then recency.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Rank {
    score: u32,
    date: Date,
}

impl Query {
    /// `None` when the query has no word, or a word no text begins with.
    fn new(index: &SearchIndex, query: &str) -> Option<Self> {
        let mut folded: Vec<String> = word_ranges(query).map(|r| fold(&query[r])).collect();
        folded.sort();
        folded.dedup();
        // A word that begins another query word adds nothing ("re réunion").
        let kept: Vec<&String> =
            folded.iter().filter(|w| !folded.iter().any(|o| o != *w && o.starts_with(w.as_str()))).collect();
        let mut words = Vec::new();
        for w in kept {
            let range = index.prefixed(w);
            if range.is_empty() {
                return None;
            }
            let exact = (&*index.vocab[range.start as usize] == w.as_str()).then_some(range.start);
            words.push(QueryWord { range, exact });
        }
        (!words.is_empty()).then_some(Self { words })
    }

    /// The rank of `entry`, or `None` if one query word is missing from it.
    fn rank(&self, index: &SearchIndex, entry: &Entry) -> Option<Rank> {
        let n = self.words.len();
        let mut last_seen = [usize::MAX; 8];
        let mut whole = [false; 8];
        let (mut best_span, mut occurrences) = (usize::MAX, 0u32);
        let words = &index.words[entry.words.start as usize..entry.words.end as usize];
        for (pos, w) in words.iter().enumerate() {
            let mut hit = false;
            for (j, q) in self.words.iter().enumerate().take(8) {
                if q.range.contains(&w.id) {
                    last_seen[j] = pos;
                    whole[j] |= q.exact == Some(w.id);
                    hit = true;
                }
            }
            if hit {
                occurrences += 1;
                let seen = &last_seen[..n.min(8)];
                if seen.iter().all(|&p| p != usize::MAX) {
                    let first = seen.iter().copied().min().unwrap_or(pos);
                    best_span = best_span.min(pos - first);
                }
            }
        }
        if best_span == usize::MAX {
            return None;
        }
        // Adjacent query words have a span of n - 1: no gap.
        let gap = best_span.saturating_sub(n - 1).min(63) as u32;
        let closeness = 63 - gap;
        let exact = whole.iter().filter(|&&w| w).count() as u32;
        let title = u32::from(entry.title);
        let score = closeness << 16 | exact.min(15) << 8 | title << 4 | occurrences.min(15);
        Some(Rank { score, date: entry.date })
    }
}

/// A piece of an excerpt: text and whether it is a matched word.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    /// The characters.
    pub text: String,
    /// Whether the query matched it.
    pub marked: bool,
}

/// The part of `text` to show in `width` characters, around the first
/// matched word, cut with "…" on either side when it does not fit. Each
/// marked word counts two more characters for the brackets the overlay
/// puts around it.
pub fn excerpt(text: &str, marks: &[Range<usize>], width: usize) -> Vec<Piece> {
    let start = excerpt_start(text, marks, width);
    let mut segments = Vec::new();
    let mut at = start;
    for m in marks.iter().filter(|m| m.start >= start) {
        segments.push((at..m.start, false));
        segments.push((m.clone(), true));
        at = m.end;
    }
    segments.push((at..text.len(), false));
    let mut pieces = Vec::new();
    let mut room = width;
    if start > 0 {
        pieces.push(Piece { text: "…".into(), marked: false });
        room = room.saturating_sub(1);
    }
    for (span, marked) in segments.into_iter().filter(|(s, _)| !s.is_empty()) {
        let piece = &text[span];
        let brackets = if marked { 2 } else { 0 };
        let need = piece.chars().count() + brackets;
        if need <= room {
            pieces.push(Piece { text: piece.to_string(), marked });
            room -= need;
            continue;
        }
        let keep: String = piece.chars().take(room.saturating_sub(1 + brackets)).collect();
        if !keep.is_empty() {
            pieces.push(Piece { text: keep, marked });
        }
        pieces.push(Piece { text: "…".into(), marked: false });
        break;
    }
    pieces
}

/// Where an excerpt begins: at the start if everything fits, else at a
/// word shortly before the first match — as far back as the room left
/// after the match allows, and at least a quarter of the width.
fn excerpt_start(text: &str, marks: &[Range<usize>], width: usize) -> usize {
    let brackets = 2 * marks.len();
    let first = marks.first().map_or(0, |m| m.start);
    if text.chars().count() + brackets <= width || first == 0 {
        return 0;
    }
    let after = text[first..].chars().count() + brackets;
    let context = width.saturating_sub(1 + after).max(width / 4);
    let back = text[..first].char_indices().rev().nth(context.saturating_sub(1)).map_or(0, |(i, _)| i);
    if back == 0 || text[..back].ends_with(' ') {
        return back;
    }
    // Begin at a word, not in the middle of one.
    text[back..first].find(' ').map_or(first, |s| back + s + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{
        AgendaItem, Author, Consent, ConsentLevel, Contribution, ContributionKind, Council, Decision, ItemKind,
        Language, Meeting, MeetingKind, Member, Task, WorkingGroup,
    };
    use crate::privacy::NeverWrite;
    use crate::tui::data::Records;
    use time::macros::date;

    fn id(n: u8) -> RecordId {
        RecordId::from_bytes([n; 16])
    }

    fn ok<T, E: std::fmt::Debug>(r: Result<T, E>) -> T {
        r.unwrap_or_else(|e| panic!("{e:?}"))
    }

    fn meeting(n: u8, day: Date, title: &str, items: Vec<AgendaItem>) -> Meeting {
        let mut m = ok(Meeting::new(id(n), MeetingKind::Monthly, day, title));
        m.agenda = items;
        m
    }

    fn item(title: &str, notes: &str) -> AgendaItem {
        let mut item = AgendaItem::new(ok("9h00-10h00".parse()), ItemKind::Other, title);
        item.notes = notes.to_string();
        item
    }

    fn contribution(n: u8, text: &str, on: Date) -> Contribution {
        Contribution {
            id: id(n),
            revision: 0,
            author: Author::Unlinked,
            meeting: None,
            group: None,
            kind: ContributionKind::Idea,
            text: text.to_string(),
            themes: vec!["logement".into()],
            consent: Consent { level: ConsentLevel::Quote, given_on: on, expires_on: None, withdrawn_on: None },
            consent_history: Vec::new(),
        }
    }

    /// A small council written by hand.
    fn data() -> Data {
        let mut round = item("Tour de table", "On a parlé de la réunion avec le CLSM.\nPuis le ré-union du groupe.");
        round.questions.push("Qui écrit au CLSM ?".into());
        round.decisions.push(Decision { text: "Rédaction urgente, nous irons voir.".into(), outcome: None });
        let old = meeting(1, date!(2025 - 03 - 12), "Conseil de mars 2025", vec![round]);
        let housing = item("Plaidoyer logement", "Réunions prévues avec le CLSM en avril.\nUn tour de table rapide.");
        let new = meeting(2, date!(2026 - 03 - 12), "Conseil de mars 2026", vec![housing]);
        let mut task = ok(Task::new(id(3), id(9), "Écrire au CLSM"));
        task.status = TaskStatus::Doing;
        let records = Records {
            members: vec![ok(Member::new(id(5), "Colibri"))],
            groups: vec![ok(WorkingGroup::new(id(9), "Communication"))],
            meetings: vec![old, new],
            tasks: vec![task],
            contributions: vec![
                contribution(4, "Un plaidoyer sur le droit au logement pour tous.", date!(2026 - 01 - 05)),
                contribution(6, "Le logement d'abord.", date!(2025 - 06 - 01)),
                contribution(7, "Le logement d'abord.", date!(2026 - 02 - 01)),
            ],
            drafts: Vec::new(),
        };
        let never_write = NeverWrite::new(zeroize::Zeroizing::new([7; 32]), [], []);
        Data::from_records(ok(Council::new("Essai", Language::Fr)), records, never_write)
    }

    fn texts(hits: &[Hit]) -> Vec<&str> {
        hits.iter().map(|h| h.text.as_str()).collect()
    }

    fn marked(hit: &Hit) -> Vec<&str> {
        hit.marks.iter().map(|m| &hit.text[m.clone()]).collect()
    }

    #[test]
    fn words_are_cut_at_every_mark() {
        let text = "l'accueil du CLSM — ré-union";
        let words: Vec<&str> = word_ranges(text).map(|r| &text[r]).collect();
        assert_eq!(words, ["l", "accueil", "du", "CLSM", "ré", "union"]);
        let decomposed = "re\u{301}union";
        assert_eq!(word_ranges(decomposed).count(), 1);
        assert_eq!(fold(decomposed), "reunion");
    }

    #[test]
    fn a_query_word_begins_a_word_whatever_its_accents_and_case() {
        let index = SearchIndex::new(&data());
        let hits = index.search("reunion");
        assert_eq!(
            texts(&hits),
            ["On a parlé de la réunion avec le CLSM.", "Réunions prévues avec le CLSM en avril."],
            "whole word first; not « ré-union », not r…e…u…n…i…o…n scattered in « Rédaction urgente, nous irons »"
        );
        assert_eq!(marked(&hits[0]), ["réunion"]);
        assert_eq!(marked(&hits[1]), ["Réunions"]);
        let clsm = index.search("clsm");
        assert_eq!(clsm.len(), 4, "{:?}", texts(&clsm));
        assert!(clsm.iter().all(|h| marked(h) == ["CLSM"]));
        assert!(index.search("lsm").is_empty(), "inside a word is not the start of one");
        assert!(index.search("   ").is_empty());
        assert!(index.search("zzz").is_empty());
    }

    #[test]
    fn every_query_word_must_be_found() {
        let index = SearchIndex::new(&data());
        assert_eq!(texts(&index.search("clsm avr")), ["Réunions prévues avec le CLSM en avril."]);
        assert!(index.search("clsm zzz").is_empty());
        // A word that begins another adds nothing.
        assert_eq!(index.search("reu reunions").len(), 1);
    }

    #[test]
    fn closer_words_first_then_the_most_recent() {
        let index = SearchIndex::new(&data());
        let hits = index.search("plaidoyer logement");
        assert_eq!(texts(&hits), ["Plaidoyer logement", "Un plaidoyer sur le droit au logement pour tous."]);
        assert!(hits[0].score > hits[1].score);
        let same = index.search("abord");
        assert_eq!(same.len(), 2);
        assert_eq!(same[0].target, Target::Contribution(id(7)), "2026 before 2025");
        assert_eq!(same[0].score, same[1].score);
    }

    #[test]
    fn each_result_says_what_and_where() {
        let index = SearchIndex::new(&data());
        let hits = index.search("clsm");
        let by_kind = |k: HitKind| hits.iter().find(|h| h.kind == k).unwrap_or_else(|| panic!("no {k:?}"));
        let task = by_kind(HitKind::Task);
        assert_eq!(task.place, Place::Task { group: "Communication".into(), status: TaskStatus::Doing });
        assert_eq!(task.target, Target::Task(id(3)));
        let question = by_kind(HitKind::Question);
        assert_eq!(
            question.place,
            Place::Minutes {
                date: date!(2025 - 03 - 12),
                meeting: "Conseil de mars 2025".into(),
                item: Some("Tour de table".into())
            }
        );
        assert_eq!(question.target, Target::Minutes { meeting: id(1), item: 0 });
        // The 2025 item's title before the 2026 note that says as much.
        assert_eq!(texts(&index.search("tour de table")), ["Tour de table", "Un tour de table rapide."]);
        assert_eq!(index.search("tour")[0].kind, HitKind::Item);
        assert_eq!(index.search("rédaction")[0].kind, HitKind::Decision);
        assert_eq!(index.search("mars 2026")[0].kind, HitKind::Meeting);
        let member = &index.search("coli")[0];
        assert_eq!((member.kind, &member.place), (HitKind::Member, &Place::Member { active: true }));
        let idea = &index.search("droit")[0];
        assert_eq!(idea.place, Place::Contribution { date: date!(2026 - 01 - 05), themes: vec!["logement".into()] });
    }

    #[test]
    fn results_count_every_match_but_keep_the_best() {
        let mut d = data();
        let lines: Vec<String> = (0..150).map(|i| format!("Note {i} sur le budget")).collect();
        d.meetings[0].agenda[0].notes = lines.join("\n");
        let index = SearchIndex::new(&d);
        let r = index.results("budget");
        assert_eq!((r.total, r.hits.len()), (150, MAX_HITS));
    }

    fn show(pieces: &[Piece]) -> String {
        pieces.iter().map(|p| if p.marked { format!("[{}]", p.text) } else { p.text.clone() }).collect()
    }

    #[test]
    fn excerpt_fits_whole_when_it_can() {
        let text = "On a parlé de la réunion avec le CLSM.";
        let marks = [18..26, 35..39];
        assert_eq!((&text[marks[0].clone()], &text[marks[1].clone()]), ("réunion", "CLSM"));
        assert_eq!(show(&excerpt(text, &marks, 60)), "On a parlé de la [réunion] avec le [CLSM].");
    }

    #[test]
    #[allow(clippy::single_range_in_vec_init)] // One marked word, as a list of one.
    fn excerpt_starts_near_the_first_match_and_cuts_with_an_ellipsis() {
        let text = "Au début de la rencontre nous avons longuement parlé du budget, puis enfin du CLSM et de la suite.";
        let at = text.find("CLSM").unwrap_or_default();
        // The end fits: as much as the room allows before, from a word.
        assert_eq!(show(&excerpt(text, &[at..at + 4], 30)), "…du [CLSM] et de la suite.");
        assert_eq!(show(&excerpt(text, &[at..at + 4], 48)), "…du budget, puis enfin du [CLSM] et de la suite.");
        // A match at the start: the end is cut.
        assert_eq!(show(&excerpt(text, &[0..2], 20)), "[Au] début de la re…");
        // Cut on both sides, 30 columns in all.
        let longer = format!("{text} Des travaux sont prévus en avril prochain.");
        let shown = show(&excerpt(&longer, &[at..at + 4], 30));
        assert_eq!(shown, "…du [CLSM] et de la suite. De…");
        assert_eq!(shown.chars().count(), 30);
    }
}
