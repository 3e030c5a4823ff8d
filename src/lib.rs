//! `conseil`: minutes, tasks and contributions of a peer council, encrypted at rest.
//!
//! Dependencies point one way (`docs/architecture.md` has the table, and a
//! test guards it): [`domain`] (pure types and rules) ← [`i18n`] (every
//! user-facing sentence) and [`hardening`] ← [`storage`] (sled + encryption)
//! and [`privacy`] (detection, scrubbing) ← [`export`], [`archive`] and
//! [`demo`] ← [`council`] (the use cases, the only door of the shells) ←
//! [`tui`] ← [`cli`].

pub mod archive;
pub mod cli;
pub mod council;
pub mod demo;
pub mod domain;
pub mod export;
pub mod hardening;
pub mod i18n;
pub mod privacy;
pub mod storage;
pub mod tui;
