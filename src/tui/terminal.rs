//! The event loop on a real terminal: alternate screen (nothing left in
//! scrollback), bracketed paste, a tick each second for the clock and the
//! idle lock, and a terminal restored on every way out — quit, error,
//! panic (ratatui's hook), SIGTERM and SIGHUP.
//!
//! A terminal can also vanish without a signal reaching us (a closed
//! window, a killed tmux session: the terminal reads end-of-file for ever).
//! Each turn of the loop asks whether it hung up; on a hang-up, a signal or
//! any terminal error, what is being typed is saved and the council locked
//! (which releases it) before the program leaves.

use std::io;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use ratatui::crossterm::event::{self, DisableBracketedPaste, EnableBracketedPaste, Event, KeyEventKind};
use ratatui::crossterm::execute;

use super::keymap::Command;
use super::{views, Action, Runtime};
use crate::domain::{ClockTime, Date};

/// Restores the terminal when dropped, whatever the way out.
struct Restore;

impl Drop for Restore {
    fn drop(&mut self) {
        // A terminal that went away cannot be restored; saying so would
        // write to it and fail again (`ratatui::restore` would print).
        let _ = execute!(io::stdout(), DisableBracketedPaste);
        let _ = ratatui::try_restore();
    }
}

/// Local date and time of day (UTC when the offset is unknown).
pub fn clock() -> (Date, ClockTime) {
    let now = time::OffsetDateTime::now_local().unwrap_or_else(|_| time::OffsetDateTime::now_utc());
    let t = ClockTime::new(u16::from(now.hour()), u16::from(now.minute())).unwrap_or_default();
    (now.date(), t)
}

/// What the terminal has for us after waiting up to `wait`.
enum Ready {
    /// Input to read, or nothing yet.
    Open,
    /// It hung up (its window closed) or broke.
    Gone,
}

/// Waits for input on the terminal ourselves, so that a hang-up is seen
/// (crossterm, reading a closed terminal, spins on end-of-file inside its
/// own wait and never returns).
fn wait_input(wait: Duration) -> Ready {
    use rustix::event::{poll, PollFd, PollFlags, Timespec};
    let (stdin, stdout) = (io::stdin(), io::stdout());
    let mut fds = [PollFd::new(&stdin, PollFlags::IN), PollFd::new(&stdout, PollFlags::empty())];
    let timeout = Timespec { tv_sec: wait.as_secs() as i64, tv_nsec: i64::from(wait.subsec_nanos()) };
    match poll(&mut fds, Some(&timeout)) {
        Err(rustix::io::Errno::INTR) => Ready::Open,
        Err(_) => Ready::Gone,
        Ok(_) => {
            let lost = PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL;
            if fds.iter().any(|fd| fd.revents().intersects(lost)) {
                Ready::Gone
            } else {
                Ready::Open
            }
        }
    }
}

/// Runs the UI until the user quits, a signal asks to stop, or the terminal
/// goes away; in every case typing is saved and the council locked first,
/// before anything touches the terminal again.
pub fn run(runtime: &mut Runtime) -> io::Result<()> {
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    let terminal = std::rc::Rc::new(std::cell::RefCell::new(ratatui::init()));
    let _restore = Restore;
    let result = event_loop(runtime, &terminal, &stop);
    if !runtime.app.quit {
        // A signal, a hang-up or a terminal error: save, lock, leave.
        runtime.dispatch(Action::Command(Command::Quit));
    }
    runtime.progress = None;
    let _ = terminal.borrow_mut().clear();
    result
}

type Term = std::rc::Rc<std::cell::RefCell<ratatui::DefaultTerminal>>;

fn event_loop(runtime: &mut Runtime, terminal: &Term, stop: &AtomicBool) -> io::Result<()> {
    execute!(io::stdout(), EnableBracketedPaste)?;
    // Long archive jobs draw a gauge between their phases.
    let for_progress = std::rc::Rc::clone(terminal);
    runtime.progress = Some(Box::new(move |app, fraction, phase| {
        let _ = for_progress.borrow_mut().draw(|frame| {
            views::render(app, frame);
            views::overlays::progress(app, frame, fraction, phase);
        });
    }));
    let mut last_key = Instant::now();
    let mut last_tick = Instant::now();
    loop {
        if runtime.clear_screen {
            terminal.borrow_mut().clear()?;
            runtime.clear_screen = false;
        }
        terminal.borrow_mut().draw(|frame| views::render(&runtime.app, frame))?;
        if runtime.app.quit || stop.load(Ordering::Relaxed) {
            break;
        }
        if runtime.after_frame() {
            continue;
        }
        let wait = Duration::from_millis(200);
        if std::io::IsTerminal::is_terminal(&io::stdin()) {
            if let Ready::Gone = wait_input(wait) {
                break;
            }
        } else if !event::poll(wait)? {
            // Input from elsewhere than the terminal: crossterm waits.
            continue;
        }
        // Every event crossterm has (it may hold several from one read).
        while event::poll(Duration::ZERO)? {
            match event::read()? {
                Event::Key(key) if key.kind != KeyEventKind::Release => {
                    last_key = Instant::now();
                    if let Some(action) = runtime.app.on_key(key) {
                        runtime.dispatch(action);
                    }
                }
                Event::Paste(text) => {
                    last_key = Instant::now();
                    runtime.dispatch(Action::Paste(text));
                }
                _ => {}
            }
            if runtime.app.quit {
                break;
            }
        }
        if last_tick.elapsed() >= Duration::from_secs(1) {
            last_tick = Instant::now();
            let (today, now) = clock();
            let idle_secs = last_key.elapsed().as_secs();
            runtime.dispatch(Action::Tick { today, now, idle_secs });
        }
    }
    Ok(())
}
