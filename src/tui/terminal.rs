//! The event loop on a real terminal: alternate screen (nothing left in
//! scrollback), bracketed paste, a tick each second for the clock and the
//! idle lock, and a terminal restored on every way out — quit, error,
//! panic (ratatui's hook), SIGTERM and SIGHUP.

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
        let _ = execute!(io::stdout(), DisableBracketedPaste);
        ratatui::restore();
    }
}

/// Local date and time of day (UTC when the offset is unknown).
pub fn clock() -> (Date, ClockTime) {
    let now = time::OffsetDateTime::now_local().unwrap_or_else(|_| time::OffsetDateTime::now_utc());
    let t = ClockTime::new(u16::from(now.hour()), u16::from(now.minute())).unwrap_or_default();
    (now.date(), t)
}

/// Runs the UI until the user quits or a signal asks to stop.
pub fn run(runtime: &mut Runtime) -> io::Result<()> {
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    let terminal = std::rc::Rc::new(std::cell::RefCell::new(ratatui::init()));
    let _restore = Restore;
    execute!(io::stdout(), EnableBracketedPaste)?;
    // Long archive jobs draw a gauge between their phases.
    let for_progress = std::rc::Rc::clone(&terminal);
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
        if runtime.app.quit {
            break;
        }
        if stop.load(Ordering::Relaxed) {
            // Save what is being typed, then leave.
            runtime.dispatch(Action::Command(Command::Quit));
            break;
        }
        if event::poll(Duration::from_millis(200))? {
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
        }
        if last_tick.elapsed() >= Duration::from_secs(1) {
            last_tick = Instant::now();
            let (today, now) = clock();
            let idle_secs = last_key.elapsed().as_secs();
            runtime.dispatch(Action::Tick { today, now, idle_secs });
        }
    }
    runtime.progress = None;
    terminal.borrow_mut().clear()?;
    Ok(())
}
