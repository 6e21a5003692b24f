//! Tells the tests whether headless Chromium is on this machine. Without it
//! the browser test is listed as ignored, with how to install it, instead of
//! passing unseen; with PAGEFEED_REQUIRE_CHROMIUM set (as `.ci/run` does) it
//! always runs, and fails when the browser is missing.

const BROWSERS: [&str; 3] = [
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
];

fn main() {
    println!("cargo::rustc-check-cfg=cfg(chromium)");
    println!("cargo::rerun-if-env-changed=PAGEFEED_CHROMIUM");
    println!("cargo::rerun-if-env-changed=PAGEFEED_REQUIRE_CHROMIUM");
    // Installing the browser changes /usr/bin; nothing else here does.
    println!("cargo::rerun-if-changed=/usr/bin");
    println!("cargo::rerun-if-changed=build.rs");
    let found = std::env::var_os("PAGEFEED_CHROMIUM").is_some()
        || BROWSERS.iter().any(|b| std::path::Path::new(b).exists());
    if found || std::env::var_os("PAGEFEED_REQUIRE_CHROMIUM").is_some() {
        println!("cargo::rustc-cfg=chromium");
    }
}
