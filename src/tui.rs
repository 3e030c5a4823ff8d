//! The secretary's terminal UI (ratatui + crossterm).
//!
//! State → action → update → effects → view: a key goes through the
//! [`keymap`] to an [`Action`]; [`update`] changes the [`App`] and returns
//! [`Effect`]s that the [`Runtime`] carries out against the store; [`views`]
//! only draw. Update and runtime are tested without a terminal; views are
//! snapshot-tested on ratatui's `TestBackend`.

pub mod action;
pub mod app;
pub mod archive_jobs;
pub mod config;
pub mod data;
pub mod effect;
pub mod form;
pub mod hints;
pub mod keymap;
pub mod keymap_doc;
mod lock_code;
mod paths;
pub mod review_plan;
pub mod runtime;
pub mod search;
pub mod terminal;
pub mod theme;
pub mod update;
pub mod views;
pub mod warnings;

pub use action::Action;
pub use app::App;
pub use effect::Effect;
pub use runtime::{Runtime, Source};

/// A message in the app's language: `tr!(app, "id")`, `tr!(app, "id", x = 1)`.
macro_rules! tr {
    ($app:expr, $id:literal) => {
        i18n_embed_fl::fl!($app.loader, $id)
    };
    ($app:expr, $id:literal, $($args:tt)*) => {
        i18n_embed_fl::fl!($app.loader, $id, $($args)*)
    };
}
pub(crate) use tr;
