//! pagefeed: web pages in, RSS 2.0 and Atom 1.0 feeds out.
//!
//! `config -> fetch -> extract -> generate`, driven by `build` and `cli`.

pub mod build;
pub mod cli;
pub mod config;
pub mod extract;
pub mod fetch;
pub mod filter;
pub mod generate;
pub mod init;
pub mod site;
pub mod storage;
pub mod store;
