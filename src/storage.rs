//! Where feeds and state are kept: a local folder, or a prefix of an S3
//! bucket (`s3://bucket/prefix/`). Both keep the same promises: a file is
//! replaced whole or not at all, and bytes already there are not written
//! again (a bucket's object is read and compared before any PUT).
//!
//! The bucket is reached through `object_store`, with credentials, region and
//! endpoint from the usual `AWS_*` variables. Its calls run on a small
//! runtime of their own and are waited for where the caller stands: the
//! build reads and writes state from many places, all synchronous, and a
//! client bound to the runtime that made it must outlive every caller.

use std::fmt;
use std::future::Future;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{mpsc, Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Context, Result};
use chrono::{DateTime, Utc};
use object_store::aws::{AmazonS3Builder, S3ConditionalPut};
use object_store::path::Path as Key;
use object_store::{
    Attribute, Attributes, ObjectStore, PutMode, PutOptions, PutPayload, RetryConfig, UpdateVersion,
};
use serde::{Deserialize, Serialize};

/// Temporary files in a local folder begin with this; a killed run's are
/// removed by the next one.
pub const TEMP_PREFIX: &str = ".pagefeed-";

/// `Cache-Control` of every object written to a bucket: feed readers and a
/// CDN in front of it see a new file within five minutes.
pub const CACHE_CONTROL: &str = "public, max-age=300";

/// A folder of feeds or of state.
#[derive(Clone, Debug)]
pub enum Dir {
    Local(PathBuf),
    Bucket(Arc<Bucket>),
}

impl fmt::Display for Dir {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Dir::Local(path) => write!(f, "{}", path.display()),
            Dir::Bucket(b) => f.write_str(&b.url),
        }
    }
}

impl PartialEq for Dir {
    fn eq(&self, other: &Dir) -> bool {
        match (self, other) {
            (Dir::Local(a), Dir::Local(b)) => a == b,
            (Dir::Bucket(a), Dir::Bucket(b)) => a.url == b.url,
            _ => false,
        }
    }
}

impl Dir {
    /// A folder as a config names it: `s3://bucket/prefix/`, or a path
    /// relative to `base`. The message of an error is for the config's key.
    pub fn parse(text: &str, base: &Path) -> Result<Dir, String> {
        match text.split_once("://") {
            Some((scheme, _)) if scheme.eq_ignore_ascii_case("s3") => {
                Bucket::open(text).map(|b| Dir::Bucket(Arc::new(b)))
            }
            Some((scheme, _)) if !scheme.is_empty() && scheme.chars().all(|c| c.is_ascii_alphanumeric()) => {
                Err(format!(
                    "`{scheme}://` is not a place pagefeed writes to; name a local folder or `s3://bucket/prefix/`"
                ))
            }
            _ => Ok(Dir::Local(base.join(text))),
        }
    }

    /// The local folder, if it is one.
    pub fn local(&self) -> Option<&Path> {
        match self {
            Dir::Local(path) => Some(path),
            Dir::Bucket(_) => None,
        }
    }

    /// Where the file `name` is, for messages.
    pub fn location(&self, name: &str) -> String {
        match self {
            Dir::Local(path) => path.join(name).display().to_string(),
            Dir::Bucket(b) => format!("{}{name}", b.url),
        }
    }

    /// The file's bytes; None when there is no such file.
    pub fn read(&self, name: &str) -> Result<Option<Vec<u8>>> {
        match self {
            Dir::Local(path) => {
                let path = path.join(name);
                match std::fs::read(&path) {
                    Ok(b) => Ok(Some(b)),
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
                    Err(e) => Err(e).with_context(|| format!("cannot read {}", path.display())),
                }
            }
            Dir::Bucket(b) => Ok(b.get(name)?.map(|(bytes, _)| bytes)),
        }
    }

    /// The files' bytes, in the order of `names` (a bucket's read 32 at a
    /// time: the index page of 5,000 feeds reads every feed's state).
    pub fn read_many(&self, names: &[String]) -> Vec<Result<Option<Vec<u8>>>> {
        match self {
            Dir::Local(_) => names.iter().map(|n| self.read(n)).collect(),
            Dir::Bucket(b) => {
                let keys: Vec<(String, Key)> = names.iter().map(|n| (n.clone(), b.key(n))).collect();
                let (store, url) = (b.store.clone(), b.url.clone());
                b.run(async move {
                    use futures::StreamExt;
                    futures::stream::iter(keys)
                        .map(|(name, key)| {
                            let (store, url) = (store.clone(), url.clone());
                            async move {
                                let got = get_object(&*store, &key).await;
                                got.map(|o| o.map(|(bytes, _)| bytes))
                                    .with_context(|| format!("cannot read {url}{name}"))
                            }
                        })
                        .buffered(32)
                        .collect()
                        .await
                })
            }
        }
    }

    /// The names of the files in the folder itself (one listing request a
    /// thousand objects in a bucket, rather than a request a file).
    pub fn names(&self) -> Result<std::collections::HashSet<String>> {
        match self {
            Dir::Local(path) => match std::fs::read_dir(path) {
                Ok(entries) => Ok(entries
                    .flatten()
                    .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Default::default()),
                Err(e) => Err(e).with_context(|| format!("cannot list {}", path.display())),
            },
            Dir::Bucket(b) => Ok(b.list("")?.into_iter().filter(|n| !n.contains('/')).collect()),
        }
    }

    pub fn exists(&self, name: &str) -> bool {
        match self {
            Dir::Local(path) => path.join(name).exists(),
            Dir::Bucket(b) => {
                let (store, key) = (b.store.clone(), b.key(name));
                b.run(async move { store.head(&key).await }).is_ok()
            }
        }
    }

    /// Writes `bytes` as `name` unless it already holds them; true when it
    /// wrote. A local file goes through a temporary file and a rename; an
    /// object is one PUT, with `media_type` and `CACHE_CONTROL`.
    pub fn write_if_changed(&self, name: &str, bytes: &[u8], media_type: &str) -> Result<bool> {
        match self {
            // A write waits for the disk (fsync): the runtime's other tasks
            // go on meanwhile, on another thread.
            Dir::Local(path) => blocking(|| write_file_if_changed(&path.join(name), bytes)),
            Dir::Bucket(b) => {
                if b.get(name)?.is_some_and(|(old, _)| old == bytes) {
                    return Ok(false);
                }
                let mut attributes = Attributes::new();
                attributes.insert(Attribute::ContentType, media_type.to_string().into());
                attributes.insert(Attribute::CacheControl, CACHE_CONTROL.into());
                b.put(name, bytes.to_vec(), PutMode::Overwrite, attributes)
                    .with_context(|| format!("cannot write {}", self.location(name)))?;
                Ok(true)
            }
        }
    }

    /// Moves `from` to `to` (a bucket copies, then deletes).
    pub fn rename(&self, from: &str, to: &str) -> Result<()> {
        match self {
            Dir::Local(path) => std::fs::rename(path.join(from), path.join(to))
                .with_context(|| format!("cannot move {} aside", self.location(from))),
            Dir::Bucket(b) => {
                let (store, from_key, to_key) = (b.store.clone(), b.key(from), b.key(to));
                b.run(async move {
                    store.copy(&from_key, &to_key).await?;
                    store.delete(&from_key).await
                })
                .with_context(|| format!("cannot move {} aside", self.location(from)))
            }
        }
    }
}

/// Writes `contents` to `path` through a temporary file and a rename, so a
/// server never sees half a file. Returns false, writing nothing, when the
/// file already holds exactly these bytes.
pub fn write_file_if_changed(path: &Path, contents: &[u8]) -> Result<bool> {
    if std::fs::read(path).is_ok_and(|old| old == contents) {
        return Ok(false);
    }
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let mut tmp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .tempfile_in(dir)
        .with_context(|| format!("cannot create a temporary file in {}", dir.display()))?;
    tmp.write_all(contents)
        .and_then(|_| tmp.as_file().sync_all())
        .with_context(|| format!("cannot write {}", tmp.path().display()))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // Temporary files are 0600; a static server must be able to read the feed.
        std::fs::set_permissions(tmp.path(), std::fs::Permissions::from_mode(0o644))
            .with_context(|| format!("cannot set permissions on {}", tmp.path().display()))?;
    }
    tmp.persist(path)
        .with_context(|| format!("cannot replace {}", path.display()))?;
    Ok(true)
}

/// Removes the temporary files a killed run may have left in `dir`, those
/// at least `older_than` old.
pub fn remove_temporary_files(dir: &Path, older_than: std::time::Duration) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_none_or(|age| age >= older_than);
        if entry.file_name().to_string_lossy().starts_with(TEMP_PREFIX) && old {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// An object's bytes and ETag; None when it does not exist.
async fn get_object(
    store: &dyn ObjectStore,
    key: &Key,
) -> Result<Option<(Vec<u8>, Option<String>)>, object_store::Error> {
    match store.get(key).await {
        Ok(r) => {
            let etag = r.meta.e_tag.clone();
            r.bytes().await.map(|b| Some((b.to_vec(), etag)))
        }
        Err(object_store::Error::NotFound { .. }) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Runs `f`, which blocks, where the caller stands; on a worker of a
/// multi-threaded runtime its other tasks move to another thread meanwhile.
fn blocking<T>(f: impl FnOnce() -> T) -> T {
    match tokio::runtime::Handle::try_current() {
        Ok(h) if h.runtime_flavor() == tokio::runtime::RuntimeFlavor::MultiThread => {
            tokio::task::block_in_place(f)
        }
        _ => f(),
    }
}

/// A prefix of an S3 bucket.
pub struct Bucket {
    /// `s3://bucket/prefix/`: no credentials are ever part of it.
    url: String,
    /// The prefix, empty or ending in `/`.
    prefix: String,
    store: Arc<dyn ObjectStore>,
    runtime: Runtime,
}

impl fmt::Debug for Bucket {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.url)
    }
}

/// The bucket's own runtime, shut down without waiting when dropped (a
/// runtime dropped inside another one would panic otherwise).
struct Runtime(Option<tokio::runtime::Runtime>);

impl Drop for Runtime {
    fn drop(&mut self) {
        if let Some(rt) = self.0.take() {
            rt.shutdown_background();
        }
    }
}

impl Bucket {
    fn open(text: &str) -> Result<Bucket, String> {
        let url = url::Url::parse(text).map_err(|e| format!("not a bucket address: {e}"))?;
        if !url.username().is_empty() || url.password().is_some() {
            // The address is not repeated: it holds a secret.
            return Err(
                "credentials do not belong in the bucket's address; set AWS_ACCESS_KEY_ID and \
                        AWS_SECRET_ACCESS_KEY (or AWS_PROFILE's files) instead"
                    .into(),
            );
        }
        if url.query().is_some() || url.fragment().is_some() || url.port().is_some() {
            return Err(
                "write the bucket as `s3://bucket/prefix/`, nothing more; the endpoint comes \
                        from AWS_ENDPOINT_URL"
                    .into(),
            );
        }
        let name = url.host_str().unwrap_or_default().to_string();
        if name.is_empty() {
            return Err("the bucket's name is missing: `s3://bucket/prefix/`".into());
        }
        let path = url.path().trim_matches('/');
        let prefix = if path.is_empty() {
            String::new()
        } else {
            format!("{path}/")
        };
        let store = AmazonS3Builder::from_env()
            .with_bucket_name(&name)
            // Create-if-absent and replace-if-unchanged, as S3 has had since 2024.
            .with_conditional_put(S3ConditionalPut::ETagMatch)
            // A few quick retries: a run that cannot reach its bucket says so
            // within seconds rather than backing off for minutes.
            .with_retry(RetryConfig {
                max_retries: 4,
                retry_timeout: Duration::from_secs(60),
                ..RetryConfig::default()
            })
            .build()
            .map_err(|e| format!("cannot use the bucket `{name}`: {e}"))?;
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .thread_name("pagefeed-storage")
            .enable_all()
            .build()
            .map_err(|e| format!("cannot start the storage runtime: {e}"))?;
        Ok(Bucket {
            url: format!("s3://{name}/{prefix}"),
            prefix,
            store: Arc::new(store),
            runtime: Runtime(Some(runtime)),
        })
    }

    /// The bucket's name and prefix, to tell whether two overlap.
    pub fn url(&self) -> &str {
        &self.url
    }

    fn key(&self, name: &str) -> Key {
        Key::from(format!("{}{name}", self.prefix))
    }

    /// Runs `job` on the bucket's runtime and waits for it here. In a
    /// multi-threaded runtime the wait gives the worker's other tasks away.
    fn run<T: Send + 'static>(&self, job: impl Future<Output = T> + Send + 'static) -> T {
        let (tx, rx) = mpsc::sync_channel(1);
        let rt = self
            .runtime
            .0
            .as_ref()
            .expect("the runtime lives as long as the bucket");
        rt.spawn(async move {
            let _ = tx.send(job.await);
        });
        blocking(move || rx.recv().expect("a storage task always answers"))
    }

    /// An object's bytes and ETag; None when it does not exist.
    fn get(&self, name: &str) -> Result<Option<(Vec<u8>, Option<String>)>> {
        let (store, key) = (self.store.clone(), self.key(name));
        self.run(async move { get_object(&*store, &key).await })
            .with_context(|| format!("cannot read {}{name}", self.url))
    }

    fn put(
        &self,
        name: &str,
        bytes: Vec<u8>,
        mode: PutMode,
        attributes: Attributes,
    ) -> Result<Option<String>, object_store::Error> {
        let (store, key) = (self.store.clone(), self.key(name));
        let options = PutOptions {
            mode,
            attributes,
            ..Default::default()
        };
        self.run(async move {
            store
                .put_opts(&key, PutPayload::from(bytes), options)
                .await
                .map(|r| r.e_tag)
        })
    }

    fn delete(&self, name: &str) -> Result<()> {
        let (store, key) = (self.store.clone(), self.key(name));
        self.run(async move { store.delete(&key).await })
            .with_context(|| format!("cannot delete {}{name}", self.url))
    }

    /// The names of the objects whose name begins with `start`.
    fn list(&self, start: &str) -> Result<Vec<String>> {
        let (store, prefix) = (self.store.clone(), self.prefix.clone());
        let start = start.to_string();
        self.run(async move {
            use futures::TryStreamExt;
            let under = (!prefix.is_empty()).then(|| Key::from(prefix.trim_end_matches('/')));
            let objects: Vec<_> = store.list(under.as_ref()).try_collect().await?;
            Ok::<_, object_store::Error>(
                objects
                    .into_iter()
                    .filter_map(|o| o.location.as_ref().strip_prefix(&prefix).map(str::to_string))
                    .filter(|n| n.starts_with(&start))
                    .collect(),
            )
        })
        .with_context(|| format!("cannot list {}", self.url))
    }
}

// ---------------------------------------------------------------------------
// Locks in a bucket: an object created only if absent, renewed while the
// run lasts, taken over once its expiry has passed (a killed run's).

/// What a lock object says.
#[derive(Serialize, Deserialize)]
struct LockNote {
    holder: String,
    since: DateTime<Utc>,
    expires: DateTime<Utc>,
}

impl LockNote {
    fn live(&self) -> bool {
        self.expires > Utc::now()
    }

    fn describe(&self) -> String {
        format!(
            "{}, since {}, until {} unless renewed",
            self.holder,
            self.since.format("%Y-%m-%d %H:%M:%S UTC"),
            self.expires.format("%Y-%m-%d %H:%M:%S UTC")
        )
    }
}

/// A lock held in a bucket; renewed by a thread, deleted when dropped.
pub struct BucketLock {
    bucket: Arc<Bucket>,
    name: String,
    etag: Arc<Mutex<Option<String>>>,
    stop: Option<mpsc::Sender<()>>,
    renewer: Option<std::thread::JoinHandle<()>>,
}

impl Drop for BucketLock {
    fn drop(&mut self) {
        drop(self.stop.take());
        if let Some(t) = self.renewer.take() {
            let _ = t.join();
        }
        // Deleted only while it is still ours (a run that lost it to a
        // takeover must not free the new holder's).
        let ours = self.etag.lock().expect("lock note").clone();
        if let Ok(Some((_, etag))) = self.bucket.get(&self.name) {
            if etag.is_some() && etag == ours {
                if let Err(e) = self.bucket.delete(&self.name) {
                    tracing::warn!("{e:#}");
                }
            }
        }
    }
}

fn holder() -> String {
    let mut buf = [0u8; 256];
    // SAFETY: the buffer is valid for its length; gethostname writes at most that.
    let host = if unsafe { libc::gethostname(buf.as_mut_ptr().cast(), buf.len()) } == 0 {
        let end = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
        String::from_utf8_lossy(&buf[..end]).into_owned()
    } else {
        "an unknown host".into()
    };
    format!("pagefeed pid {} on {host}", std::process::id())
}

impl Bucket {
    /// Writes the lock object `name` as this run's, held since `since` and
    /// until `expiry` from now, as `mode` allows; its new ETag.
    fn put_note(
        &self,
        name: &str,
        since: DateTime<Utc>,
        expiry: Duration,
        mode: PutMode,
    ) -> Result<Option<String>, object_store::Error> {
        let note = LockNote {
            holder: holder(),
            since,
            expires: Utc::now() + expiry,
        };
        let bytes = serde_json::to_vec(&note).expect("a lock note serialises");
        let mut attributes = Attributes::new();
        attributes.insert(Attribute::ContentType, "application/json".into());
        self.put(name, bytes, mode, attributes)
    }

    fn read_note(&self, name: &str) -> Result<Option<(LockNote, Option<String>)>> {
        Ok(self.get(name)?.map(|(bytes, etag)| {
            // An unreadable note is a stale one: taken over, as after a crash.
            let note = serde_json::from_slice(&bytes).unwrap_or(LockNote {
                holder: "an unreadable lock".into(),
                since: DateTime::UNIX_EPOCH,
                expires: DateTime::UNIX_EPOCH,
            });
            (note, etag)
        }))
    }

    /// A live lock that `name` may not be held beside: for the whole
    /// folder's `lock`, any shard's; for a shard's, the whole folder's.
    fn conflict(&self, name: &str) -> Result<Option<(String, LockNote)>> {
        let others = if name == "lock" {
            self.list("lock-shard-")?
        } else {
            vec!["lock".to_string()]
        };
        for other in others {
            if let Some((note, _)) = self.read_note(&other)? {
                if note.live() {
                    return Ok(Some((other, note)));
                }
            }
        }
        Ok(None)
    }

    /// Creates the lock object `name` if it is absent or expired; None
    /// with who holds it when a live lock is in the way.
    fn try_lock(&self, name: &str, since: DateTime<Utc>, expiry: Duration) -> Result<Result<String, String>> {
        let created = match self.put_note(name, since, expiry, PutMode::Create) {
            Ok(etag) => etag,
            Err(object_store::Error::AlreadyExists { .. }) => {
                let Some((note, etag)) = self.read_note(name)? else {
                    return Ok(Err("a lock that was just released".into()));
                };
                if note.live() {
                    return Ok(Err(format!("{}{name} is held by {}", self.url, note.describe())));
                }
                // Expired: replaced only if nobody replaced it first.
                let version = UpdateVersion {
                    e_tag: etag,
                    version: None,
                };
                match self.put_note(name, since, expiry, PutMode::Update(version)) {
                    Ok(etag) => {
                        tracing::warn!("took over {}{name}: {} had expired", self.url, note.describe());
                        etag
                    }
                    Err(object_store::Error::Precondition { .. }) => {
                        return Ok(Err("an expired lock another run took over first".into()))
                    }
                    Err(e) => return Err(e).with_context(|| format!("cannot take over {}{name}", self.url)),
                }
            }
            Err(e) => return Err(e).with_context(|| format!("cannot create {}{name}", self.url)),
        };
        let Some(etag) = created else {
            bail!("{} gave no ETag for {name}: it cannot hold a lock", self.url);
        };
        if let Some((other, note)) = self.conflict(name)? {
            self.delete(name)?;
            return Ok(Err(format!("{}{other} is held by {}", self.url, note.describe())));
        }
        Ok(Ok(etag))
    }
}

/// Takes the lock object `name` in `bucket`, waiting up to `wait` for
/// another run to end; renewed every quarter of `expiry` until dropped.
pub fn lock_bucket(bucket: &Arc<Bucket>, name: &str, wait: Duration, expiry: Duration) -> Result<BucketLock> {
    let start = Instant::now();
    let since = Utc::now();
    let mut told = false;
    let etag = loop {
        match bucket.try_lock(name, since, expiry)? {
            Ok(etag) => break etag,
            Err(held) => {
                if start.elapsed() >= wait {
                    bail!(
                        "another pagefeed build is running: {held}; try again later or raise --wait \
                         (a killed run's lock expires by itself)"
                    );
                }
                if !told {
                    eprintln!("waiting for another pagefeed build to finish ({held})");
                    told = true;
                }
                // Apart, so that two runs that backed off do not meet again.
                std::thread::sleep(Duration::from_millis(500 + fastrand::u64(0..500)));
            }
        }
    };
    let etag = Arc::new(Mutex::new(Some(etag)));
    let (stop, stopped) = mpsc::channel::<()>();
    let renewer = {
        let (bucket, name, etag) = (bucket.clone(), name.to_string(), etag.clone());
        std::thread::Builder::new()
            .name("pagefeed-lock".into())
            .spawn(move || {
                while let Err(mpsc::RecvTimeoutError::Timeout) = stopped.recv_timeout(expiry / 4) {
                    let current = etag.lock().expect("lock note").clone();
                    let version = UpdateVersion {
                        e_tag: current,
                        version: None,
                    };
                    match bucket.put_note(&name, since, expiry, PutMode::Update(version)) {
                        Ok(new) => *etag.lock().expect("lock note") = new,
                        Err(e) => {
                            tracing::error!(
                                "the lock {}{name} could not be renewed ({e}); another run may take it over",
                                bucket.url
                            );
                            return;
                        }
                    }
                }
            })
            .map_err(|e| anyhow!("cannot start the lock's renewal: {e}"))?
    };
    Ok(BucketLock {
        bucket: bucket.clone(),
        name: name.to_string(),
        etag,
        stop: Some(stop),
        renewer: Some(renewer),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leftovers_go_and_young_temporary_files_stay_beside_other_shards() {
        let dir = tempfile::tempdir().unwrap();
        let old = dir.path().join(format!("{TEMP_PREFIX}old"));
        let young = dir.path().join(format!("{TEMP_PREFIX}young"));
        let feed = dir.path().join("news.atom");
        for p in [&old, &young, &feed] {
            std::fs::write(p, "x").unwrap();
        }
        let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
        std::fs::File::options()
            .write(true)
            .open(&old)
            .unwrap()
            .set_modified(hour_ago)
            .unwrap();
        remove_temporary_files(dir.path(), std::time::Duration::from_secs(600));
        assert!(!old.exists() && young.exists() && feed.exists());
        remove_temporary_files(dir.path(), std::time::Duration::ZERO);
        assert!(!young.exists() && feed.exists());
    }

    #[test]
    fn write_skips_identical_content() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("x.rss");
        assert!(write_file_if_changed(&p, b"a").unwrap());
        assert!(!write_file_if_changed(&p, b"a").unwrap());
        assert!(write_file_if_changed(&p, b"b").unwrap());
        assert_eq!(std::fs::read(&p).unwrap(), b"b");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
