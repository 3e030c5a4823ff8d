//! The one way conseil writes a file outside sled (archives, key files,
//! the head mirror, backups): into a new 0600 file beside the target, synced,
//! then renamed over it, then the folder synced.
//!
//! The design choice is that the target is never opened for writing: a full
//! disk, a size limit, a kill or a power cut leaves either the old file whole
//! or the new one whole, and at worst a hidden `.name.*.tmp` beside it that
//! the next write ignores. `tempfile` does the unique naming, the 0600 mode
//! and the clean-up on failure; no-clobber renames use the kernel's
//! `RENAME_NOREPLACE` (through `persist_noclobber`), so "refuse to overwrite"
//! holds even against a file created a moment before.

use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// What to do when the target already exists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Overwrite {
    /// Fail with `io::ErrorKind::AlreadyExists`, leaving it untouched.
    Refuse,
    /// Replace it atomically (the old file stays whole until the rename).
    Replace,
}

/// A file being written beside its target; nothing is visible at the target
/// until [`SafeFile::commit`]. Dropped without commit, it leaves no trace.
pub struct SafeFile {
    target: PathBuf,
    overwrite: Overwrite,
    temp: tempfile::NamedTempFile,
}

impl SafeFile {
    /// Starts writing `target`. With [`Overwrite::Refuse`], an existing
    /// target is refused now (and again at the rename, which cannot clobber).
    pub fn create(target: &Path, overwrite: Overwrite) -> io::Result<Self> {
        if overwrite == Overwrite::Refuse && target.symlink_metadata().is_ok() {
            return Err(exists(target));
        }
        let dir = parent(target);
        let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        // Hidden and marked temporary, so nobody mistakes a leftover for a
        // finished file; tempfile creates it with mode 0600.
        let temp = tempfile::Builder::new().prefix(&format!(".{name}.")).suffix(".tmp").tempfile_in(dir)?;
        Ok(Self { target: target.to_path_buf(), overwrite, temp })
    }

    /// Syncs the new file, renames it over the target and syncs the folder,
    /// so that the rename itself survives a power cut.
    pub fn commit(mut self) -> io::Result<()> {
        self.temp.flush()?;
        self.temp.as_file().sync_all()?;
        let persisted = match self.overwrite {
            Overwrite::Replace => self.temp.persist(&self.target),
            Overwrite::Refuse => self.temp.persist_noclobber(&self.target),
        };
        persisted.map_err(|e| {
            if e.error.kind() == io::ErrorKind::AlreadyExists {
                exists(&self.target)
            } else {
                e.error
            }
        })?;
        sync_dir(parent(&self.target))
    }
}

impl Write for SafeFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.temp.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.temp.flush()
    }
}

/// Writes `bytes` to `target` safely (see the module header).
pub fn write(target: &Path, bytes: &[u8], overwrite: Overwrite) -> io::Result<()> {
    let mut file = SafeFile::create(target, overwrite)?;
    file.write_all(bytes)?;
    file.commit()
}

/// Flushes a folder's list of entries to disk (after a rename or a removal).
pub fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

/// The folder holding `path` (the current one for a bare name).
pub fn parent(path: &Path) -> &Path {
    path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."))
}

fn exists(path: &Path) -> io::Error {
    io::Error::new(io::ErrorKind::AlreadyExists, format!("{} exists", path.display()))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> =
            std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        v.sort();
        v
    }

    #[test]
    fn new_file_is_private_and_complete() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.age");
        write(&path, b"contenu", Overwrite::Refuse).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"contenu");
        assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        assert_eq!(names(dir.path()), vec!["a.age"]);
    }

    #[test]
    fn refuses_to_overwrite_unless_asked() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.age");
        std::fs::write(&path, b"ancien").unwrap();
        let err = write(&path, b"nouveau", Overwrite::Refuse).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(std::fs::read(&path).unwrap(), b"ancien");
        write(&path, b"nouveau", Overwrite::Replace).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"nouveau");
        assert_eq!(names(dir.path()), vec!["a.age"]);
    }

    #[test]
    fn a_file_appearing_meanwhile_is_not_clobbered() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.age");
        let mut file = SafeFile::create(&path, Overwrite::Refuse).unwrap();
        file.write_all(b"nouveau").unwrap();
        std::fs::write(&path, b"arrive entre-temps").unwrap();
        assert_eq!(file.commit().unwrap_err().kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(std::fs::read(&path).unwrap(), b"arrive entre-temps");
        assert_eq!(names(dir.path()), vec!["a.age"], "the temporary file is removed");
    }

    #[test]
    fn an_abandoned_write_leaves_the_old_file_whole_and_no_trace() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.age");
        std::fs::write(&path, b"ancien").unwrap();
        {
            let mut file = SafeFile::create(&path, Overwrite::Replace).unwrap();
            file.write_all(b"moitie").unwrap();
            // Dropped as a failed export would be: never committed.
        }
        assert_eq!(std::fs::read(&path).unwrap(), b"ancien");
        assert_eq!(names(dir.path()), vec!["a.age"]);
    }
}
