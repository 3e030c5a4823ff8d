//! Documents generated from code stay in step with it.

/// `docs/keymap.md` is the keymap table, rendered. Set
/// `CONSEIL_WRITE_DOCS=1` to rewrite it after changing keys.
#[test]
fn keymap_doc_matches_the_keymap_table() {
    let expected = conseil::tui::keymap_doc::markdown(&conseil::tui::keymap::Keymap::default());
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/keymap.md");
    if std::env::var_os("CONSEIL_WRITE_DOCS").is_some() {
        std::fs::write(&path, &expected).unwrap();
    }
    let actual = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(actual == expected, "docs/keymap.md is out of date: run CONSEIL_WRITE_DOCS=1 cargo test keymap_doc");
}
