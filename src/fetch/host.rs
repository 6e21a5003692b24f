//! Per-host politeness: a cap on requests in flight to one host, a minimum
//! interval between the starts of two requests to it, a shared back-off when
//! it asks us to slow down, and its robots.txt.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde::{Deserialize, Serialize};
use tokio::sync::{OnceCell, Semaphore, SemaphorePermit};
use tokio::time::Instant;

/// Added to every non-zero interval: connection setup varies by a millisecond
/// or so, and the host must never see two requests closer than the interval.
pub const JITTER_GUARD: Duration = Duration::from_millis(5);

/// The longest Crawl-delay honoured: a site asking for more is read once a
/// minute (a feed with many articles then runs into its feed_timeout).
pub const MAX_CRAWL_DELAY: Duration = Duration::from_secs(60);

/// The longest pause the gate keeps: Instant arithmetic with anything a
/// server or a config says must not overflow.
const MAX_PAUSE: Duration = Duration::from_secs(7 * 24 * 3600);

/// `now + d`, saturating at a week from now.
fn after(now: Instant, d: Duration) -> Instant {
    now + d.min(MAX_PAUSE)
}

/// One host's gate. Requests take a host permit, wait for their slot, then
/// take a global permit, so waiting for one host never holds up another.
pub struct Host {
    permits: Semaphore,
    /// The earliest start of the next request.
    next: Mutex<Instant>,
    pub robots: OnceCell<Robots>,
}

impl Host {
    pub fn new(concurrency: usize) -> Host {
        Host {
            permits: Semaphore::new(concurrency.max(1)),
            next: Mutex::new(Instant::now()),
            robots: OnceCell::new(),
        }
    }

    /// Waits until a request may start, keeping `interval` between starts.
    pub async fn acquire<'a>(
        &'a self,
        global: &'a Semaphore,
        interval: Duration,
    ) -> (SemaphorePermit<'a>, SemaphorePermit<'a>) {
        let host = self.permits.acquire().await.expect("never closed");
        loop {
            let wait = self
                .next
                .lock()
                .unwrap()
                .saturating_duration_since(Instant::now());
            if !wait.is_zero() {
                tokio::time::sleep(wait).await;
                continue;
            }
            let global = global.acquire().await.expect("never closed");
            let mut next = self.next.lock().unwrap();
            let now = Instant::now();
            if *next <= now {
                let guard = if interval.is_zero() {
                    Duration::ZERO
                } else {
                    JITTER_GUARD
                };
                *next = after(now, interval.saturating_add(guard));
                return (host, global);
            }
            // Another request of this host took the slot while we waited.
        }
    }

    /// Holds every request to this host back for `pause` (429, 503, Retry-After).
    pub fn back_off(&self, pause: Duration) {
        let mut next = self.next.lock().unwrap();
        let until = after(Instant::now(), pause);
        if *next < until {
            *next = until;
        }
    }
}

/// A host's robots.txt, as it applies to our user agent.
pub enum Robots {
    AllowAll,
    /// robots.txt could not be had (5xx, network error): RFC 9309 says assume
    /// complete disallow.
    DisallowAll(String),
    /// robots.txt could not be asked for at all (DNS, connection, timeout):
    /// nothing on the site can be fetched either.
    Unreachable(String),
    Rules(texting_robots::Robot),
}

impl Robots {
    /// From a robots.txt answer (RFC 9309): 2xx parsed, 4xx allows all.
    pub fn from_answer(agent: &str, status: u16, body: &str) -> Robots {
        match status {
            200..=299 => match texting_robots::Robot::new(agent, body.as_bytes()) {
                Ok(robot) => Robots::Rules(robot),
                Err(_) => Robots::AllowAll,
            },
            400..=499 => Robots::AllowAll,
            _ => Robots::DisallowAll(format!("robots.txt answered HTTP {status}")),
        }
    }

    pub fn allows(&self, url: &str) -> Result<(), String> {
        match self {
            Robots::AllowAll => Ok(()),
            Robots::DisallowAll(why) => Err(format!("{why}; treated as disallowing everything (RFC 9309)")),
            Robots::Unreachable(why) => Err(format!("the site cannot be reached: {why}")),
            Robots::Rules(r) if r.allowed(url) => Ok(()),
            Robots::Rules(_) => Err("disallowed by robots.txt".to_string()),
        }
    }

    pub fn crawl_delay(&self) -> Option<Duration> {
        match self {
            Robots::Rules(r) => r
                .delay
                .filter(|d| d.is_finite() && *d > 0.0)
                .map(|d| Duration::from_secs_f32(d.min(MAX_CRAWL_DELAY.as_secs_f32()))),
            _ => None,
        }
    }
}

/// A robots.txt as last fetched, kept with the state for conditional requests.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CachedRobots {
    pub status: u16,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    pub body: String,
}

/// robots.txt files by origin (`https://host:port`).
pub type RobotsCache = BTreeMap<String, CachedRobots>;

/// The product token robots.txt groups are matched against ("pagefeed" of
/// "pagefeed/0.1 (+https://...)").
pub fn product_token(user_agent: &str) -> &str {
    user_agent
        .split(['/', ' '])
        .next()
        .filter(|t| !t.is_empty())
        .unwrap_or(user_agent)
}

/// Hosts by origin.
#[derive(Default)]
pub struct Hosts(Mutex<BTreeMap<String, Arc<Host>>>);

impl Hosts {
    pub fn get(&self, origin: &str, concurrency: usize) -> Arc<Host> {
        self.0
            .lock()
            .unwrap()
            .entry(origin.to_string())
            .or_insert_with(|| Arc::new(Host::new(concurrency)))
            .clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn robots_rules_and_status_codes() {
        let txt = "User-agent: *\nDisallow: /private/\nCrawl-delay: 2\n\nUser-agent: otherbot\nDisallow: /\n";
        let r = Robots::from_answer("pagefeed", 200, txt);
        assert!(r.allows("https://e.org/news/a.html").is_ok());
        assert!(r.allows("https://e.org/private/a.html").is_err());
        assert_eq!(r.crawl_delay(), Some(Duration::from_secs(2)));
        assert!(Robots::from_answer("pagefeed", 404, "")
            .allows("https://e.org/x")
            .is_ok());
        assert!(Robots::from_answer("pagefeed", 503, "")
            .allows("https://e.org/x")
            .is_err());
        let own = Robots::from_answer("pagefeed", 200, "User-agent: pagefeed\nDisallow: /\n");
        assert!(own.allows("https://e.org/x").is_err());
        assert_eq!(product_token("pagefeed/0.1 (+https://x)"), "pagefeed");
    }

    #[test]
    fn crawl_delay_1e30_is_capped_not_a_panic() {
        for delay in ["1e30", "1e19", "inf", "NaN", "-5", "99999999999999999999"] {
            let r = Robots::from_answer("pagefeed", 200, &format!("User-agent: *\nCrawl-delay: {delay}\n"));
            assert!(r.crawl_delay().unwrap_or_default() <= MAX_CRAWL_DELAY, "{delay}");
        }
        let r = Robots::from_answer("pagefeed", 200, "User-agent: *\nCrawl-delay: 1e30\n");
        assert_eq!(r.crawl_delay(), Some(MAX_CRAWL_DELAY));
        let host = Host::new(1);
        host.back_off(Duration::MAX);
    }

    #[tokio::test(start_paused = true)]
    async fn an_endless_interval_saturates() {
        let host = Host::new(1);
        let global = Semaphore::new(1);
        drop(host.acquire(&global, Duration::MAX).await);
    }

    #[tokio::test(start_paused = true)]
    async fn starts_are_spaced_by_the_interval() {
        let host = Host::new(2);
        let global = Semaphore::new(8);
        let start = Instant::now();
        let mut starts = Vec::new();
        for _ in 0..3 {
            let permits = host.acquire(&global, Duration::from_secs(1)).await;
            starts.push(start.elapsed());
            drop(permits);
        }
        let step = Duration::from_secs(1) + JITTER_GUARD;
        assert_eq!(starts, [Duration::ZERO, step, step * 2]);
        host.back_off(Duration::from_secs(5));
        let _p = host.acquire(&global, Duration::from_secs(1)).await;
        assert!(start.elapsed() >= Duration::from_secs(7));
    }
}
