//! File paths typed on the unlock screen: `~` expanded, and completion of
//! what is typed (as a shell's Tab does), so that the identity file on a
//! USB key or in the home folder can be found without typing it whole.

use std::path::PathBuf;

/// `~/x` → the home folder's `x`.
pub fn expand(typed: &str) -> PathBuf {
    let home = || directories::BaseDirs::new().map(|d| d.home_dir().to_path_buf());
    match typed.strip_prefix('~') {
        Some(rest) if rest.is_empty() || rest.starts_with('/') => match home() {
            Some(h) => h.join(rest.trim_start_matches('/')),
            None => PathBuf::from(typed),
        },
        _ => PathBuf::from(typed),
    }
}

/// The typed path completed as far as the folder's entries agree (a
/// folder gets its `/`); `None` when nothing completes it. An empty field
/// starts from the home folder.
pub fn complete(typed: &str) -> Option<String> {
    let typed = if typed.is_empty() { "~/" } else { typed };
    let (folder_typed, prefix) = match typed.rfind('/') {
        Some(i) => (&typed[..=i], &typed[i + 1..]),
        None => ("", typed),
    };
    let folder = if folder_typed.is_empty() { PathBuf::from(".") } else { expand(folder_typed) };
    let mut names: Vec<(String, bool)> = std::fs::read_dir(&folder)
        .ok()?
        .filter_map(Result::ok)
        .filter_map(|e| {
            let name = e.file_name().to_str()?.to_string();
            let hidden = name.starts_with('.') && !prefix.starts_with('.');
            (!hidden && name.starts_with(prefix)).then(|| (name, e.path().is_dir()))
        })
        .collect();
    names.sort();
    let common = common_prefix(names.iter().map(|(n, _)| n.as_str()))?;
    let mut out = format!("{folder_typed}{common}");
    if let [(name, true)] = names.as_slice() {
        if name == &common {
            out.push('/');
        }
    }
    (out != typed).then_some(out)
}

fn common_prefix<'a>(mut names: impl Iterator<Item = &'a str>) -> Option<String> {
    let first = names.next()?;
    let mut len = first.len();
    for n in names {
        len = first
            .char_indices()
            .zip(n.chars())
            .take_while(|((_, a), b)| a == b)
            .map(|((i, a), _)| i + a.len_utf8())
            .last()
            .unwrap_or(0)
            .min(len);
    }
    Some(first[..len].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn completes_to_the_common_part_and_into_folders() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let base = dir.path().display().to_string();
        std::fs::create_dir(dir.path().join("cles")).unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(dir.path().join("cles/identite-conseil.txt"), "x").unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(dir.path().join("cles/identite-perso.txt"), "x").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(complete(&format!("{base}/cl")), Some(format!("{base}/cles/")));
        assert_eq!(complete(&format!("{base}/cles/i")), Some(format!("{base}/cles/identite-")));
        assert_eq!(complete(&format!("{base}/cles/identite-c")), Some(format!("{base}/cles/identite-conseil.txt")));
        assert_eq!(complete(&format!("{base}/cles/zz")), None);
    }

    #[test]
    fn tilde_is_the_home_folder() {
        if let Some(home) = directories::BaseDirs::new().map(|d| d.home_dir().to_path_buf()) {
            assert_eq!(expand("~/cle.txt"), home.join("cle.txt"));
        }
        assert_eq!(expand("/tmp/x"), PathBuf::from("/tmp/x"));
    }
}
