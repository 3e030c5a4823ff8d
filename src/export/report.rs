//! The redaction report as lines to read, for both shells and for the
//! report saved beside an export: counts by kind and by section, what
//! consent left out, what still needs an answer — never the text removed.

use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;

use super::ExportReport;

/// The report, line by line, in the language of `l`.
pub fn report_lines(r: &ExportReport, unresolved: usize, l: &FluentLanguageLoader) -> Vec<String> {
    let label = |k: crate::privacy::PiiKind| crate::i18n::field_label(l, k.name());
    let mut lines = vec![fl!(l, "report-title")];
    lines.push(fl!(l, "report-removed", count = r.total.total_removed()));
    lines.extend(r.total.removed.iter().map(|(k, n)| fl!(l, "report-count", what = label(*k), count = n)));
    let review: usize = r.total.to_review.values().sum();
    lines.push(fl!(l, "report-review", count = review));
    lines.extend(r.total.to_review.iter().map(|(k, n)| fl!(l, "report-count", what = label(*k), count = n)));
    for (heading, sr) in &r.by_section {
        let to_review: usize = sr.to_review.values().sum();
        lines.push(fl!(
            l,
            "report-section",
            heading = heading.clone(),
            removed = sr.total_removed(),
            review = to_review
        ));
    }
    lines.push(fl!(
        l,
        "report-consent",
        quotes = r.quotes,
        paraphrase = r.paraphrase_material,
        council = r.excluded_council_only,
        withdrawn = r.excluded_withdrawn
    ));
    lines.push(fl!(l, "report-pasted", refused = r.pasted_refused, quoted = r.pasted_quoted));
    lines.push(fl!(l, "report-neutral", pseudonyms = r.pseudonyms_neutralised, dates = r.dates_coarsened));
    lines.push(fl!(l, "report-unresolved", count = unresolved));
    lines
}
