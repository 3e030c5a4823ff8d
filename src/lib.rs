//! `conseil`: minutes, tasks and contributions of a peer council, encrypted at rest.
//!
//! Dependencies point one way: [`domain`] (pure types and rules) ← [`storage`]
//! (sled + encryption) ← [`session`] (an unlocked council with its rules) ←
//! [`cli`] (the command line, a thin shell). [`i18n`] holds every user-facing
//! sentence; [`hardening`] keeps secrets out of core dumps and swap.

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
