//! Helpers shared by the detector's tests.
pub mod score;
