//! The README's promises: its config reference parses, and the default and
//! example configs are valid.

use std::path::Path;

use pagefeed::config::Config;

fn repo(path: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

#[test]
fn readme_config_reference_parses_with_every_key() {
    let readme = std::fs::read_to_string(repo("README.md")).unwrap();
    let start = readme
        .find("<!-- config-reference:start -->")
        .expect("start marker");
    let end = readme.find("<!-- config-reference:end -->").expect("end marker");
    let block = &readme[start..end];
    let toml = block
        .split_once("```toml\n")
        .and_then(|(_, rest)| rest.split_once("```"))
        .map(|(toml, _)| toml)
        .expect("a toml block between the markers");
    let config = Config::parse(toml, &repo("config.toml")).unwrap_or_else(|e| panic!("{e}"));
    let feed = &config.feeds[0];
    assert_eq!(feed.id, "politics");
    assert_eq!(feed.timezone.name(), "Asia/Beirut");
    assert!(feed.list.item.is_some() && feed.list.link.is_some());
    let (l, a) = (&feed.list.fields, &feed.article.fields);
    for (name, rule) in [
        ("list.title", &l.title),
        ("list.date", &l.date),
        ("list.updated", &l.updated),
        ("list.author", &l.author),
        ("list.summary", &l.summary),
        ("list.content", &l.content),
        ("list.image", &l.image),
        ("list.tags", &l.tags),
        ("article.title", &a.title),
        ("article.date", &a.date),
        ("article.updated", &a.updated),
        ("article.author", &a.author),
        ("article.summary", &a.summary),
        ("article.content", &a.content),
        ("article.image", &a.image),
        ("article.tags", &a.tags),
    ] {
        assert!(rule.is_some(), "the README reference shows no {name}");
    }
    assert_eq!(feed.article.remove.len(), 2);
    assert_eq!(
        (
            feed.filter.include.len(),
            feed.filter.exclude.len(),
            feed.filter.fields.len()
        ),
        (2, 2, 5)
    );
    assert!(feed.max_age.is_some() && feed.refresh_after.is_some());
    assert!(config.state_dir.local().is_some_and(|d| d.ends_with(".pagefeed")));
    assert_eq!(config.fetch.per_host_concurrency, 2);
    assert_eq!(config.fetch.max_body_size, 10 * 1024 * 1024);
    let policy = pagefeed::fetch::Policy::for_feed(feed, &config.fetch);
    assert_eq!(
        (policy.interval.as_secs(), policy.robots_txt, policy.retries),
        (2, true, 3)
    );
    assert!(config.output.base_url.is_some());
    assert_eq!(config.output.formats.len(), 3);
    assert!(config.output.stylesheet);
    assert_eq!(config.output.title, "Feeds");
    assert_eq!(config.fetch.chromium.as_deref(), Some(Path::new("chromium")));
    assert_eq!(config.fetch.render_concurrency, 2);
    assert!(config.fetch.chromium_sandbox);
    let app = config.feed("app-news").expect("the reference's rendered feed");
    assert_eq!(app.render, pagefeed::config::Render::Listing);
    assert_eq!(app.render_wait.as_deref(), Some(".news-list a"));
}

#[test]
fn default_and_example_configs_are_valid() {
    for path in ["config.toml", "examples/config.toml"] {
        Config::load(&repo(path)).unwrap_or_else(|e| panic!("{path}: {e}"));
    }
}

#[test]
fn readme_github_workflow_is_the_example_file() {
    let readme = std::fs::read_to_string(repo("README.md")).unwrap();
    let workflow = std::fs::read_to_string(repo("examples/github-pages.yml")).unwrap();
    assert!(
        readme.contains(&format!("```yaml\n{workflow}```")),
        "README and examples/github-pages.yml differ"
    );
}

/// Every `toml` block of the README is valid TOML, and every recipe that is
/// a whole feed (`[[feeds]]` with its `id`) parses as a config, beside the
/// feeds a recipe names.
#[test]
fn readme_toml_recipes_parse() {
    let readme = std::fs::read_to_string(repo("README.md")).unwrap();
    let mut blocks = 0;
    let mut at = 0;
    while let Some(start) = readme[at..].find("```toml\n") {
        let body_start = at + start + "```toml\n".len();
        let end = body_start + readme[body_start..].find("```").expect("a closed block");
        let block = &readme[body_start..end];
        at = end + 3;
        blocks += 1;
        toml::from_str::<toml::Value>(block).unwrap_or_else(|e| panic!("{e}\n{block}"));
        if !block.contains("[[feeds]]") || block.contains("${") {
            continue;
        }
        // Feeds a merge recipe names, so it stands alone.
        let mut config = block.to_string();
        if let Some(line) = block.lines().find(|l| l.trim_start().starts_with("merge")) {
            let names: Vec<&str> = line.split('"').skip(1).step_by(2).collect();
            for name in names {
                config.push_str(&format!(
                    "\n[[feeds]]\nid = \"{name}\"\ntitle = \"{name}\"\nurl = \"https://example.org/{name}\"\n"
                ));
            }
        }
        Config::parse(&config, &repo("config.toml")).unwrap_or_else(|e| panic!("{e}\n{config}"));
    }
    assert!(blocks >= 8, "{blocks} toml blocks");
}
