//! Tells the tests whether headless Chromium and moto (a local S3 server)
//! are on this machine. Without one, its tests are listed as ignored, with
//! how to install it, instead of passing unseen; with PAGEFEED_REQUIRE_CHROMIUM
//! or PAGEFEED_REQUIRE_MOTO set (as `.ci/run` does) they always run, and fail
//! when it is missing.

const BROWSERS: [&str; 3] = [
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
];

fn main() {
    println!("cargo::rustc-check-cfg=cfg(chromium)");
    println!("cargo::rustc-check-cfg=cfg(moto)");
    println!("cargo::rerun-if-env-changed=PAGEFEED_REQUIRE_MOTO");
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
    let moto = std::process::Command::new("python3")
        .args(["-c", "import moto.server"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if moto || std::env::var_os("PAGEFEED_REQUIRE_MOTO").is_some() {
        println!("cargo::rustc-cfg=moto");
    }
}
