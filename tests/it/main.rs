//! The integration tests, as one crate: one binary to link instead of one
//! per file, which is most of a cold `cargo test`.

mod common;

mod browser;
mod bucket;
mod config_errors;
mod discovery;
mod end_to_end;
mod history;
mod politeness;
mod readme;
mod render;
mod security;
mod shaping;
mod site;
mod sources;
