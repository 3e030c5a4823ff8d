//! Process hardening: keep decrypted data out of core dumps, swap and
//! other users' reach.
//!
//! Everything here is best effort: a failure leaves the program usable and is
//! reported by the caller only where it matters (a council folder that could
//! not be restricted is an error, a page that could not be locked is not).

use rustix::fs::Mode;
use rustix::process::{self, Resource, Rlimit};

/// Disables core dumps and ptrace attachment by other processes of the same
/// user, and makes every file this process creates private (umask 077).
/// Called first thing by the binary.
pub fn harden_process() {
    let no_core = Rlimit { current: Some(0), maximum: Some(0) };
    // Best effort: a container may forbid lowering limits; nothing to do then.
    let _ = process::setrlimit(Resource::Core, no_core);
    let _ = process::set_dumpable_behavior(process::DumpableBehavior::NotDumpable);
    process::umask(Mode::from_raw_mode(0o077));
}

/// Pins a buffer holding key material in RAM so it is never swapped out.
/// Returns a guard that unpins on drop, or `None` when the system refuses
/// (the `RLIMIT_MEMLOCK` of unprivileged users is small but ample for keys).
pub fn lock_in_memory(bytes: &[u8]) -> Option<region::LockGuard> {
    region::lock(bytes.as_ptr(), bytes.len()).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hardening_disables_core_dumps_and_dumpability() {
        harden_process();
        let limits = std::fs::read_to_string("/proc/self/limits").unwrap_or_default();
        let core = limits.lines().find(|l| l.starts_with("Max core file size")).unwrap_or("");
        assert!(core.split_whitespace().nth(4) == Some("0"), "{core}");
        assert_eq!(process::dumpable_behavior().ok(), Some(process::DumpableBehavior::NotDumpable));
    }

    #[test]
    fn key_sized_buffers_can_be_locked() {
        let key = Box::new([7u8; 32]);
        // Unprivileged processes may lock at least 64 KiB on Linux.
        assert!(lock_in_memory(&key[..]).is_some());
    }
}
