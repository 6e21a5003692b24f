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
    assert_eq!(config.lock_expiry, std::time::Duration::from_secs(300));
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

/// The README's recipe from `examples/NAME`, word for word, read as YAML.
fn recipe(name: &str) -> (String, Vec<yaml_rust2::Yaml>) {
    let readme = std::fs::read_to_string(repo("README.md")).unwrap();
    let text = std::fs::read_to_string(repo(&format!("examples/{name}"))).unwrap();
    assert!(
        readme.contains(&format!("```yaml\n{text}```")),
        "README and examples/{name} differ"
    );
    let docs = yaml_rust2::YamlLoader::load_from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
    (text, docs)
}

/// Runs `pagefeed ARGS` as far as reading the config and the arguments:
/// `--only` names no feed, so nothing is fetched or locked.
fn parses_as_a_build(args: &[String]) {
    let out = assert_cmd::Command::cargo_bin("pagefeed")
        .unwrap()
        .args(args)
        .args(["--only", "no-such-feed"])
        .env_remove("RUST_LOG")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stderr);
    assert!(
        text.contains("no feed with id `no-such-feed`"),
        "{args:?}: {text}"
    );
}

#[test]
fn kubernetes_recipe_runs_one_shard_per_index_into_a_bucket() {
    let (_, docs) = recipe("kubernetes-cronjob.yml");
    let kind = |k: &str| docs.iter().find(|d| d["kind"].as_str() == Some(k)).unwrap();
    let config_text = kind("ConfigMap")["data"]["config.toml"].as_str().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let config_path = dir.path().join("config.toml");
    std::fs::write(&config_path, config_text).unwrap();
    let config = Config::load(&config_path).unwrap();
    assert_eq!(config.output.dir.to_string(), "s3://my-feeds/feeds/");
    assert_eq!(config.state_dir.to_string(), "s3://my-feeds/state/");

    let job = &kind("CronJob")["spec"]["jobTemplate"]["spec"];
    assert_eq!(job["completionMode"].as_str(), Some("Indexed"));
    let n = job["completions"].as_i64().unwrap();
    assert_eq!(job["parallelism"].as_i64(), Some(n));
    let pod = &job["template"]["spec"];
    let container = &pod["containers"][0];
    let args: Vec<&str> = container["args"]
        .as_vec()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap())
        .collect();
    let shard = args.iter().position(|a| *a == "--shard").unwrap();
    assert_eq!(args[shard + 1], format!("$(JOB_COMPLETION_INDEX)/{n}"));
    // The config file is where its ConfigMap is mounted.
    let at = args.iter().position(|a| *a == "--config").unwrap();
    let mount = container["volumeMounts"][0]["mountPath"].as_str().unwrap();
    assert_eq!(args[at + 1], format!("{mount}/config.toml"));
    assert!(container["envFrom"][0]["secretRef"]["name"].as_str().is_some());
    // Each index's arguments are a build pagefeed takes.
    for index in 0..n {
        let args: Vec<String> = args
            .iter()
            .map(|a| a.replace("$(JOB_COMPLETION_INDEX)", &index.to_string()))
            .map(|a| {
                if a == args[at + 1] {
                    config_path.display().to_string()
                } else {
                    a
                }
            })
            .collect();
        parses_as_a_build(&args);
    }
}

#[test]
fn github_actions_recipe_runs_one_shard_per_matrix_job() {
    let (_, docs) = recipe("github-actions-shards.yml");
    let job = &docs[0]["jobs"]["build"];
    let shards: Vec<i64> = job["strategy"]["matrix"]["shard"]
        .as_vec()
        .unwrap()
        .iter()
        .map(|s| s.as_i64().unwrap())
        .collect();
    let n = shards.len() as i64;
    assert_eq!(shards, (0..n).collect::<Vec<_>>());
    let run = job["steps"]
        .as_vec()
        .unwrap()
        .iter()
        .filter_map(|s| s["run"].as_str())
        .find(|r| r.contains("pagefeed build"))
        .unwrap();
    assert!(
        run.contains(&format!("--shard ${{{{ matrix.shard }}}}/{n}")),
        "{run}"
    );
    for key in ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"] {
        assert!(job["env"][key].as_str().unwrap().contains("secrets."), "{key}");
    }
    let config = repo("config.toml").display().to_string();
    for k in 0..n {
        parses_as_a_build(&[
            "build".into(),
            "--config".into(),
            config.clone(),
            "--shard".into(),
            format!("{k}/{n}"),
        ]);
    }
}
