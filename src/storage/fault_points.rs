//! Failures provoked on purpose by unit tests, at steps the world rarely
//! fails on cue (a folder that cannot be reopened right after it was put in
//! place, a rename that cannot be undone). Compiled only for tests; the
//! production code asks [`super::rotate::fault`], which is `false` there.

use std::cell::RefCell;

thread_local! {
    static ARMED: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
}

/// Makes the next pass through `step`, on this thread, fail.
pub(super) fn arm(step: &'static str) {
    ARMED.with(|a| a.borrow_mut().push(step));
}

/// Whether `step` was armed (it is disarmed by failing once).
pub(super) fn hit(step: &'static str) -> bool {
    ARMED.with(|a| {
        let mut armed = a.borrow_mut();
        let found = armed.iter().position(|s| *s == step);
        found.map(|i| armed.remove(i)).is_some()
    })
}
