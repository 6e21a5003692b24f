//! Where a fetched page may lead: only to http(s) URLs on public addresses.
//! A page written by a stranger must not make pagefeed read a local file or
//! reach a machine on the private network it runs in (server-side request
//! forgery). The addresses the config itself names are trusted, on their own
//! port; `[fetch] allow_private_networks = true` trusts every address.
//!
//! The check is made on the resolved addresses of every request and every
//! redirect hop, and again in the resolver the HTTP client uses, so a name
//! that resolves differently the second time (DNS rebinding) gains nothing.

use std::collections::{HashMap, HashSet};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::{Arc, Mutex};

use anyhow::{anyhow, bail, Result};
use url::{Host, Url};

/// What is not on the public internet, and so is never reached through a
/// page unless trusted: its kind, for the message, or None when public.
///
/// Hand-written: std's `is_global` and friends are unstable, and the crates
/// that offer them cover fewer ranges than these (CGNAT, NAT64, 6to4).
pub fn non_public(ip: IpAddr) -> Option<&'static str> {
    match ip {
        IpAddr::V4(v4) => non_public_v4(v4),
        IpAddr::V6(v6) => non_public_v6(v6),
    }
}

fn non_public_v4(ip: Ipv4Addr) -> Option<&'static str> {
    let [a, b, c, _] = ip.octets();
    Some(match (a, b) {
        (0, _) => "unspecified",
        (127, _) => "loopback",
        (10, _) | (172, 16..=31) | (192, 168) => "private",
        (169, 254) => "link-local",
        (100, 64..=127) => "shared (CGNAT)",
        (198, 18..=19) => "benchmarking",
        (192, 0) if c == 0 || c == 2 => "reserved",
        (198, 51) if c == 100 => "documentation",
        (203, 0) if c == 113 => "documentation",
        (224..=239, _) => "multicast",
        (240..=255, _) => "reserved",
        _ => return None,
    })
}

fn non_public_v6(ip: Ipv6Addr) -> Option<&'static str> {
    if let Some(v4) = ip.to_ipv4_mapped() {
        return non_public_v4(v4);
    }
    let s = ip.segments();
    let embedded = |hi: u16, lo: u16| Ipv4Addr::from((u32::from(hi) << 16) | u32::from(lo));
    match s {
        [0, 0, 0, 0, 0, 0, 0, 0] => Some("unspecified"),
        [0, 0, 0, 0, 0, 0, 0, 1] => Some("loopback"),
        // IPv4-compatible (deprecated) and NAT64: the IPv4 address decides.
        [0, 0, 0, 0, 0, 0, hi, lo] | [0x64, 0xff9b, 0, 0, 0, 0, hi, lo] => non_public_v4(embedded(hi, lo)),
        [0x2002, hi, lo, ..] => non_public_v4(embedded(hi, lo)),
        [0x2001, 0xdb8, ..] => Some("documentation"),
        [first, ..] if first & 0xfe00 == 0xfc00 => Some("private (unique local)"),
        [first, ..] if first & 0xffc0 == 0xfe80 => Some("link-local"),
        [first, ..] if first & 0xffc0 == 0xfec0 => Some("site-local"),
        [first, ..] if first & 0xff00 == 0xff00 => Some("multicast"),
        _ => None,
    }
}

/// The addresses a config names (its feeds' own pages), shared with the
/// resolver; and whether every private address is allowed.
#[derive(Clone, Default)]
pub struct Trust {
    pub private_networks: bool,
    named: Arc<Mutex<HashSet<SocketAddr>>>,
    /// Each host name as it resolved when checked: the client's resolver
    /// answers from here, so a request goes to the addresses that were
    /// checked, and the name is not looked up twice.
    resolved: Arc<Mutex<HashMap<String, Vec<IpAddr>>>>,
}

impl Trust {
    pub fn new(private_networks: bool) -> Trust {
        Trust {
            private_networks,
            named: Arc::default(),
            resolved: Arc::default(),
        }
    }

    /// Resolves the pages the config names, trusting their addresses.
    pub async fn name(&self, urls: &[Url]) -> Vec<SocketAddr> {
        let mut all = Vec::new();
        for url in urls {
            if let Ok(addrs) = self.addresses(url).await {
                self.named.lock().unwrap().extend(addrs.iter().copied());
                all.extend(addrs);
            }
        }
        all
    }

    fn ip_named(&self, ip: IpAddr) -> bool {
        self.named.lock().unwrap().iter().any(|a| a.ip() == ip)
    }

    /// A URL's host and port, resolved (a name once per run).
    pub async fn addresses(&self, url: &Url) -> Result<Vec<SocketAddr>> {
        let port = url
            .port_or_known_default()
            .ok_or_else(|| anyhow!("{url}: no port"))?;
        let ips: Vec<IpAddr> = match url.host() {
            Some(Host::Ipv4(ip)) => vec![ip.into()],
            Some(Host::Ipv6(ip)) => vec![ip.into()],
            Some(Host::Domain(name)) => {
                let known = self.resolved.lock().unwrap().get(name).cloned();
                match known {
                    Some(ips) => ips,
                    None => {
                        let ips: Vec<IpAddr> = tokio::net::lookup_host((name, 0))
                            .await
                            .map_err(|e| anyhow!("cannot resolve the host `{name}` ({e})"))?
                            .map(|a| a.ip())
                            .collect();
                        self.resolved
                            .lock()
                            .unwrap()
                            .insert(name.to_string(), ips.clone());
                        ips
                    }
                }
            }
            None => bail!("{url}: no host"),
        };
        Ok(ips.into_iter().map(|ip| SocketAddr::new(ip, port)).collect())
    }
}

/// Refuses a request to `url` when it resolves to a non-public address that
/// is not one of `own` (the feed's own pages' addresses, ports included).
pub async fn check(url: &Url, own: &[SocketAddr], trust: &Trust) -> Result<()> {
    if trust.private_networks {
        return Ok(());
    }
    for addr in trust.addresses(url).await? {
        if let Some(kind) = non_public(addr.ip()) {
            if !own.contains(&addr) {
                bail!(
                    "{url}: refused, it leads to {}, a {kind} address, which only the config \
                     may name (or set [fetch] allow_private_networks = true)",
                    addr.ip()
                );
            }
        }
    }
    Ok(())
}

/// The HTTP client's resolver: the system's, without the non-public
/// addresses no feed names.
pub struct Resolver(pub Trust);

impl reqwest::dns::Resolve for Resolver {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let trust = self.0.clone();
        let host = name.as_str().to_string();
        Box::pin(async move {
            // The addresses the guard checked, when it resolved this name.
            let checked = trust.resolved.lock().unwrap().get(&host).cloned();
            let candidates: Vec<SocketAddr> = match checked {
                Some(ips) => ips.into_iter().map(|ip| SocketAddr::new(ip, 0)).collect(),
                None => tokio::net::lookup_host((host.as_str(), 0)).await?.collect(),
            };
            let found: Vec<SocketAddr> = candidates
                .into_iter()
                .filter(|a| trust.private_networks || non_public(a.ip()).is_none() || trust.ip_named(a.ip()))
                .collect();
            if found.is_empty() {
                return Err(format!("`{host}` resolves to no public address").into());
            }
            Ok(Box::new(found.into_iter()) as reqwest::dns::Addrs)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(url: &str) -> Option<&'static str> {
        let url = Url::parse(url).unwrap();
        let ip = match url.host().unwrap() {
            Host::Ipv4(ip) => IpAddr::V4(ip),
            Host::Ipv6(ip) => IpAddr::V6(ip),
            Host::Domain(d) => panic!("{d} is a name"),
        };
        non_public(ip)
    }

    #[test]
    fn private_addresses_in_every_spelling() {
        for url in [
            "http://127.0.0.1/",
            "http://127.0.0.2:8080/",
            "http://2130706433/",   // 127.0.0.1 in decimal
            "http://0x7f.0.0.1/",   // hex
            "http://0177.0.0.1/",   // octal
            "http://017700000001/", // octal, whole
            "http://0/",            // 0.0.0.0
            "http://10.0.0.1/",
            "http://172.16.5.4/",
            "http://192.168.1.1/",
            "http://169.254.169.254/latest/meta-data/",
            "http://100.64.0.1/",
            "http://224.0.0.1/",
            "http://255.255.255.255/",
            "http://[::1]/",
            "http://[::]/",
            "http://[::ffff:127.0.0.1]/",
            "http://[::ffff:7f00:1]/",
            "http://[::ffff:169.254.169.254]/",
            "http://[::127.0.0.1]/",
            "http://[64:ff9b::a00:1]/",
            "http://[2002:c0a8:101::1]/",
            "http://[fc00::1]/",
            "http://[fd12:3456::1]/",
            "http://[fe80::1]/",
            "http://[ff02::1]/",
        ] {
            assert!(kind(url).is_some(), "{url} passed as public");
        }
        for url in [
            "http://93.184.216.34/",
            "http://8.8.8.8/",
            "http://172.32.0.1/",
            "http://100.128.0.1/",
            "http://[2606:4700::1111]/",
            "http://[::ffff:8.8.8.8]/",
        ] {
            assert_eq!(kind(url), None, "{url}");
        }
    }

    #[tokio::test]
    async fn only_the_feeds_own_address_and_port_pass() {
        let trust = Trust::new(false);
        let own = trust
            .name(&[Url::parse("http://127.0.0.1:8080/news/").unwrap()])
            .await;
        let ok = |u: &str| {
            let (own, trust) = (own.clone(), trust.clone());
            let u = Url::parse(u).unwrap();
            async move { check(&u, &own, &trust).await.is_ok() }
        };
        assert!(ok("http://127.0.0.1:8080/news/a.html").await);
        assert!(!ok("http://127.0.0.1:6379/").await, "another port");
        assert!(!ok("http://127.0.0.2:8080/").await, "another address");
        assert!(!ok("http://[::1]:8080/").await);
        assert!(!ok("http://localhost:6379/").await);
        let open = Trust::new(true);
        let u = Url::parse("http://10.0.0.1/").unwrap();
        assert!(check(&u, &[], &open).await.is_ok());
    }
}
