//! The direction of the arrows: every `crate::…` path in `src/` (in `use`
//! lines, grouped imports and paths written in full) is mapped from the
//! top module of its file to the top module it names, and a module may only
//! name its own layer's module or a layer below it. The table of layers
//! lives twice, here and in `docs/architecture.md`, and the two must agree,
//! so a change of the rule is a change of the document.
//!
//! Same-rank siblings do not import each other either (`storage` does not
//! know `privacy`, `archive` does not know `export`): a shared need goes
//! down a layer or up into `council`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Rank by rank, the top modules of `src/`. `main.rs` and `lib.rs` are the
/// root: they declare the modules and are not ranked.
const LAYERS: &[(u8, &[&str])] = &[
    (0, &["domain"]),
    (1, &["i18n", "hardening"]),
    (2, &["storage", "privacy"]),
    (3, &["export", "archive", "demo"]),
    (4, &["council"]),
    (5, &["tui"]),
    (6, &["cli"]),
];

/// Names reachable as `crate::name` that are not modules: exported macros,
/// with the module that defines them.
const MACROS: &[(&str, &str)] = &[("fl", "i18n")];

fn rank_of(module: &str) -> Option<u8> {
    let module = MACROS.iter().find(|(m, _)| *m == module).map_or(module, |(_, owner)| owner);
    LAYERS.iter().find(|(_, ms)| ms.contains(&module)).map(|(r, _)| *r)
}

/// The top module of a file, from its path under `src/`
/// (`storage/store.rs` and `storage.rs` are both `storage`).
fn top_module(file: &str) -> &str {
    let first = file.split('/').next().unwrap_or(file);
    first.strip_suffix(".rs").unwrap_or(first)
}

/// The text with `//` comments blanked (lines kept, so line numbers hold).
fn without_comments(text: &str) -> String {
    text.lines().map(|l| l.find("//").map_or(l, |i| &l[..i])).collect::<Vec<_>>().join("\n")
}

/// Every top module named through `crate::` (or `$crate::`), with its line
/// (1-based) and the text of the path as written.
fn crate_paths(text: &str) -> Vec<(usize, String, String)> {
    let text = without_comments(text);
    let bytes = text.as_bytes();
    let line_at = |i: usize| text[..i].matches('\n').count() + 1;
    let ident_at =
        |i: usize| -> String { text[i..].chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect() };
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(found) = text[from..].find("crate::") {
        let start = from + found;
        from = start + "crate::".len();
        // `crate` must be a whole word (not `my_crate::`).
        let before = start.checked_sub(1).map(|i| bytes[i]);
        if before.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_') {
            continue;
        }
        if bytes.get(from) == Some(&b'{') {
            // `crate::{a::B, c}`: the first name of each item at depth one.
            let mut depth = 0usize;
            let mut expect_name = true;
            let mut i = from;
            while i < bytes.len() {
                match bytes[i] {
                    b'{' => {
                        depth += 1;
                        expect_name = depth == 1;
                    }
                    b'}' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    b',' if depth == 1 => expect_name = true,
                    b if expect_name && depth == 1 && (b.is_ascii_alphabetic() || b == b'_') => {
                        let name = ident_at(i);
                        out.push((line_at(i), name.clone(), format!("crate::{{{name}…}}")));
                        expect_name = false;
                        i += name.len();
                        continue;
                    }
                    _ => {}
                }
                i += 1;
            }
        } else {
            let name = ident_at(from);
            if !name.is_empty() {
                let rest: String =
                    text[from..].chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':').collect();
                out.push((line_at(start), name, format!("crate::{}", rest.trim_end_matches(':'))));
            }
        }
    }
    out
}

/// What is wrong with `text`, the file `file` (a path under `src/`): one
/// line per path that names a layer above the file's, or a sibling of the
/// same rank, or a module missing from the table.
fn violations(file: &str, text: &str) -> Vec<String> {
    let own = top_module(file);
    if own == "lib" || own == "main" {
        return Vec::new();
    }
    let Some(own_rank) = rank_of(own) else {
        return vec![format!("src/{file}: module `{own}` is in no layer of the table")];
    };
    let mut out = Vec::new();
    for (line, name, path) in crate_paths(text) {
        let target = MACROS.iter().find(|(m, _)| *m == name).map_or(name.as_str(), |(_, owner)| owner);
        if target == own {
            continue;
        }
        match rank_of(target) {
            Some(rank) if rank < own_rank => {}
            Some(rank) => out.push(format!(
                "src/{file}:{line}: `{own}` (rank {own_rank}) imports `{path}` of `{target}` (rank {rank})"
            )),
            None => out.push(format!("src/{file}:{line}: `{path}` names `{target}`, in no layer of the table")),
        }
    }
    out
}

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn no_module_imports_a_layer_above_it() {
    let src = root().join("src");
    let mut files = Vec::new();
    sources(&src, &mut files);
    assert!(files.len() > 50, "src/ not found or nearly empty");
    let mut found = Vec::new();
    for path in &files {
        let rel = path.strip_prefix(&src).unwrap().to_string_lossy().replace('\\', "/");
        found.extend(violations(&rel, &std::fs::read_to_string(path).unwrap()));
    }
    assert!(found.is_empty(), "imports against the layers (docs/architecture.md):\n{}", found.join("\n"));
}

#[test]
fn every_top_module_has_a_layer() {
    let mut missing = Vec::new();
    for entry in std::fs::read_dir(root().join("src")).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        let module = name.strip_suffix(".rs").unwrap_or(&name).to_string();
        if module != "lib" && module != "main" && rank_of(&module).is_none() {
            missing.push(module);
        }
    }
    assert!(missing.is_empty(), "modules in no layer: {missing:?}");
}

/// The rows of the table of layers in `docs/architecture.md`: the one whose
/// header starts `| rank | layer | modules |`; modules are in backticks.
fn documented_layers(doc: &str) -> BTreeMap<u8, Vec<String>> {
    let mut rows = BTreeMap::new();
    let mut in_table = false;
    for line in doc.lines() {
        let cells: Vec<&str> = line.trim().trim_matches('|').split('|').map(str::trim).collect();
        if cells.len() >= 3 && cells[0] == "rank" && cells[1] == "layer" && cells[2] == "modules" {
            in_table = true;
            continue;
        }
        if !in_table {
            continue;
        }
        if !line.trim_start().starts_with('|') {
            break;
        }
        let Ok(rank) = cells[0].parse::<u8>() else { continue };
        let mut modules: Vec<String> = cells[2].split('`').skip(1).step_by(2).map(str::to_string).collect();
        modules.sort();
        rows.insert(rank, modules);
    }
    rows
}

#[test]
fn the_document_and_the_test_have_the_same_layers() {
    let doc = std::fs::read_to_string(root().join("docs/architecture.md")).unwrap();
    let documented = documented_layers(&doc);
    let tested: BTreeMap<u8, Vec<String>> = LAYERS
        .iter()
        .map(|(r, ms)| {
            let mut ms: Vec<String> = ms.iter().map(|m| m.to_string()).collect();
            ms.sort();
            (*r, ms)
        })
        .collect();
    assert_eq!(documented, tested, "the table of layers in docs/architecture.md and LAYERS in this test disagree");
}

#[test]
fn the_shells_never_reach_the_store() {
    let src = root().join("src");
    let mut files = Vec::new();
    sources(&src.join("cli"), &mut files);
    sources(&src.join("tui"), &mut files);
    files.push(src.join("cli.rs"));
    files.push(src.join("tui.rs"));
    let mut found = Vec::new();
    for path in &files {
        let text = without_comments(&std::fs::read_to_string(path).unwrap());
        for (n, line) in text.lines().enumerate() {
            if line.contains("session.store()") || line.contains(".into_store()") {
                found.push(format!("{}:{}: {}", path.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(found.is_empty(), "shells reaching past crate::council to the store:\n{}", found.join("\n"));
}

#[test]
fn the_checker_catches_an_arrow_pointing_up() {
    let found = violations("storage/store.rs", "//! A store.\n\nuse crate::domain::Kind;\nuse crate::tui::App;\n");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].starts_with("src/storage/store.rs:4:"), "{found:?}");
    assert!(found[0].contains("crate::tui::App"), "{found:?}");

    // Grouped imports, on several lines, and paths written in full.
    let grouped =
        "use crate::{\n    domain::Kind,\n    council::{Session, CouncilError},\n};\nfn f() { crate::cli::main(); }\n";
    let found = violations("archive/merge.rs", grouped);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[0].starts_with("src/archive/merge.rs:3:") && found[0].contains("`council`"), "{found:?}");
    assert!(found[1].starts_with("src/archive/merge.rs:5:") && found[1].contains("crate::cli::main"), "{found:?}");

    // A sibling of the same rank is refused; the fl! macro is i18n's.
    assert_eq!(violations("storage/store.rs", "use crate::privacy::NeverWrite;\n").len(), 1);
    assert!(violations("privacy/scrub.rs", "use crate::fl;\n").is_empty());
    assert_eq!(violations("i18n/labels.rs", "use crate::fl;\nuse crate::storage::X;\n").len(), 1);

    // Comments and other crates are not imports.
    assert!(violations("domain/task.rs", "// see crate::tui\nuse my_crate::tui;\n").is_empty());
    // A shell may import anything below it.
    assert!(violations("cli/commands/check.rs", "use crate::{council::Session, storage::Store, tui};\n").is_empty());
}
