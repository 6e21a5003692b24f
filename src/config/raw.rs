//! The config as written: exactly what the TOML may contain, before it is
//! checked and turned into ready-to-use types by `validate`.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use toml::Spanned;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawConfig {
    #[serde(default)]
    pub(super) output: RawOutput,
    #[serde(default)]
    pub(super) fetch: RawFetch,
    #[serde(default)]
    pub(super) state: RawState,
    #[serde(default)]
    pub(super) feeds: Vec<RawFeed>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct RawState {
    pub(super) dir: Option<Spanned<String>>,
    pub(super) lock_expiry: Option<Spanned<String>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct RawOutput {
    pub(super) dir: Option<Spanned<String>>,
    pub(super) base_url: Option<Spanned<String>>,
    pub(super) formats: Option<Vec<Spanned<String>>>,
    pub(super) title: Option<String>,
    pub(super) stylesheet: Option<bool>,
    pub(super) websub_hub: Option<Spanned<String>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct RawFetch {
    pub(super) user_agent: Option<Spanned<String>>,
    pub(super) timeout: Option<Spanned<String>>,
    pub(super) concurrency: Option<Spanned<usize>>,
    pub(super) per_host_concurrency: Option<Spanned<usize>>,
    pub(super) per_host_interval: Option<Spanned<String>>,
    pub(super) robots_txt: Option<bool>,
    pub(super) allow_private_networks: Option<bool>,
    pub(super) retries: Option<u32>,
    pub(super) retry_delay: Option<Spanned<String>>,
    pub(super) max_retry_wait: Option<Spanned<String>>,
    pub(super) max_body_size: Option<Spanned<String>>,
    pub(super) feed_timeout: Option<Spanned<String>>,
    pub(super) headers: Option<BTreeMap<String, Spanned<String>>>,
    pub(super) chromium: Option<Spanned<String>>,
    pub(super) render_concurrency: Option<Spanned<usize>>,
    pub(super) chromium_sandbox: Option<bool>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawFeed {
    pub(super) id: Spanned<String>,
    pub(super) title: String,
    pub(super) url: Option<Spanned<OneOrMany>>,
    pub(super) merge: Option<Spanned<Vec<Spanned<String>>>>,
    pub(super) description: Option<String>,
    pub(super) language: Option<String>,
    pub(super) timezone: Option<Spanned<String>>,
    pub(super) max_items: Option<Spanned<usize>>,
    pub(super) max_age: Option<Spanned<String>>,
    pub(super) refresh_after: Option<Spanned<String>>,
    pub(super) fetch_articles: Option<bool>,
    pub(super) keep_tracking_params: Option<bool>,
    pub(super) per_host_interval: Option<Spanned<String>>,
    pub(super) robots_txt: Option<bool>,
    pub(super) retries: Option<u32>,
    pub(super) feed_timeout: Option<Spanned<String>>,
    pub(super) headers: Option<BTreeMap<String, Spanned<String>>>,
    pub(super) source: Option<Spanned<String>>,
    pub(super) render: Option<Spanned<String>>,
    pub(super) render_wait: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) list: RawList,
    #[serde(default)]
    pub(super) article: RawArticle,
    #[serde(default)]
    pub(super) filter: RawFilter,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct RawFilter {
    #[serde(default)]
    pub(super) include: Vec<Spanned<String>>,
    #[serde(default)]
    pub(super) exclude: Vec<Spanned<String>>,
    pub(super) fields: Option<Spanned<Vec<Spanned<String>>>>,
}

#[derive(Deserialize)]
#[serde(untagged)]
pub(super) enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct RawList {
    pub(super) item: Option<Spanned<String>>,
    pub(super) link: Option<Spanned<RawField>>,
    pub(super) title: Option<Spanned<RawField>>,
    pub(super) date: Option<Spanned<RawField>>,
    pub(super) updated: Option<Spanned<RawField>>,
    pub(super) author: Option<Spanned<RawField>>,
    pub(super) summary: Option<Spanned<RawField>>,
    pub(super) content: Option<Spanned<RawField>>,
    pub(super) image: Option<Spanned<RawField>>,
    pub(super) tags: Option<Spanned<RawField>>,
    pub(super) next_page: Option<Spanned<String>>,
    pub(super) max_pages: Option<Spanned<usize>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct RawArticle {
    pub(super) title: Option<Spanned<RawField>>,
    pub(super) date: Option<Spanned<RawField>>,
    pub(super) updated: Option<Spanned<RawField>>,
    pub(super) author: Option<Spanned<RawField>>,
    pub(super) summary: Option<Spanned<RawField>>,
    pub(super) content: Option<Spanned<RawField>>,
    pub(super) image: Option<Spanned<RawField>>,
    pub(super) tags: Option<Spanned<RawField>>,
    #[serde(default)]
    pub(super) remove: Vec<Spanned<String>>,
}

/// A field rule as written: a bare selector string or a table.
pub(super) struct RawField(pub(super) RawFieldTable);

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawFieldTable {
    pub(super) selector: String,
    pub(super) attr: Option<String>,
    pub(super) regex: Option<String>,
    pub(super) format: Option<String>,
    #[serde(default)]
    pub(super) html: bool,
}

// Hand-written so that a typo inside the table form keeps serde's precise
// "unknown field" message; `#[serde(untagged)]` would swallow it.
impl<'de> Deserialize<'de> for RawField {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct FieldVisitor;
        impl<'de> Visitor<'de> for FieldVisitor {
            type Value = RawField;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a CSS selector string or a table with `selector`")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<RawField, E> {
                Ok(RawField(RawFieldTable {
                    selector: v.to_string(),
                    attr: None,
                    regex: None,
                    format: None,
                    html: false,
                }))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<RawField, A::Error> {
                RawFieldTable::deserialize(de::value::MapAccessDeserializer::new(map)).map(RawField)
            }
        }
        d.deserialize_any(FieldVisitor)
    }
}
