//! Bytes to text: the page's declared encoding, else a detected one.

use encoding_rs::Encoding;

pub fn charset_param(content_type: &str) -> Option<&str> {
    content_type.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| v.trim().trim_matches('"'))
    })
}

/// Decodes a page: BOM, then UTF-8 if the bytes hold non-ASCII text that
/// is valid UTF-8, then the HTTP charset, then `<meta charset>` or
/// `http-equiv` in the first 4 KiB, then detection (chardetng, helped by
/// the top-level domain).
///
/// Valid UTF-8 outranks what the server or the page declares: a server's
/// default `charset=iso-8859-1` over a UTF-8 page, or a template's `<meta
/// charset="gb2312">` kept after the site moved to UTF-8, are common, and
/// text in a legacy encoding is almost never valid UTF-8 by chance (each
/// byte above 0x7F would have to fall into UTF-8's multi-byte patterns).
/// ASCII-only pages (ISO-2022-JP's escapes included) keep the declared one.
pub fn decode(bytes: &[u8], http_charset: Option<&str>, tld: Option<&str>) -> String {
    // One scan of the page for UTF-8, read by every step below.
    let valid_utf8 = std::str::from_utf8(bytes).is_ok();
    let declared = http_charset
        .and_then(|c| Encoding::for_label(c.as_bytes()))
        // A server that says UTF-8 over bytes that are not is wrong; look further.
        .filter(|e| *e != encoding_rs::UTF_8 || valid_utf8);
    let encoding = Encoding::for_bom(bytes)
        .map(|(e, _)| e)
        .or((valid_utf8 && !bytes.is_ascii()).then_some(encoding_rs::UTF_8))
        .or(declared)
        .or_else(|| meta_charset(&bytes[..bytes.len().min(4096)]))
        .unwrap_or_else(|| detect(bytes, valid_utf8, tld));
    let (text, _, _) = encoding.decode(bytes);
    text.into_owned()
}

fn detect(bytes: &[u8], valid_utf8: bool, tld: Option<&str>) -> &'static Encoding {
    if valid_utf8 {
        return encoding_rs::UTF_8;
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    detector.guess(tld.map(str::as_bytes), chardetng::Utf8Detection::Allow)
}

fn meta_charset(head: &[u8]) -> Option<&'static Encoding> {
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    let mut rest = head.as_str();
    while let Some(i) = rest.find("<meta") {
        rest = &rest[i + 5..];
        let tag = &rest[..rest.find('>').unwrap_or(rest.len())];
        if let Some(j) = tag.find("charset=") {
            let value: String = tag[j + 8..]
                .trim_start_matches(['"', '\''])
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
                .collect();
            // A page that says UTF-16 in ASCII is not UTF-16 (WHATWG rule).
            return Encoding::for_label(value.as_bytes()).map(|e| e.output_encoding());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_by_header_meta_and_bom() {
        let latin1 = b"<p>caf\xe9</p>";
        assert_eq!(decode(latin1, Some("iso-8859-1"), None), "<p>caf\u{e9}</p>");
        let meta = b"<html><head><meta charset=\"windows-1252\"></head><p>caf\xe9</p>";
        assert!(decode(meta, None, None).contains("caf\u{e9}"));
        let equiv =
            b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\"><p>\xc7\xe1</p>";
        assert!(decode(equiv, None, None).contains("\u{627}\u{644}"));
        let bom = b"\xef\xbb\xbf<p>\xc3\xa9</p>";
        assert_eq!(decode(bom, Some("iso-8859-1"), None), "<p>\u{e9}</p>");
        assert_eq!(decode("<p>\u{e9}</p>".as_bytes(), None, None), "<p>\u{e9}</p>");
    }

    #[test]
    fn valid_utf8_outranks_a_declared_legacy_encoding() {
        // A template's charset kept after the site moved to UTF-8.
        let page = "<html><head><meta charset=\"gb2312\"></head><p>2016年10月14日07:17</p>";
        assert!(decode(page.as_bytes(), None, Some("com")).contains("2016年10月14日07:17"));
        // A server's default charset over a UTF-8 page.
        assert_eq!(
            decode("<p>caf\u{e9}</p>".as_bytes(), Some("iso-8859-1"), None),
            "<p>caf\u{e9}</p>"
        );
        // Real GB2312 bytes, and ISO-2022-JP (ASCII bytes only), still as declared.
        let (gb, _, _) = encoding_rs::GBK.encode("<meta charset=\"gb2312\"><p>人工智能迈上新台阶</p>");
        assert!(decode(&gb, None, None).contains("人工智能迈上新台阶"));
        let (jis, _, _) = encoding_rs::ISO_2022_JP.encode("<p>東京</p>");
        assert_eq!(decode(&jis, Some("iso-2022-jp"), None), "<p>東京</p>");
    }

    #[test]
    fn detects_undeclared_encodings() {
        // "The city of Beirut" in Arabic, windows-1256, with no declaration.
        let (arabic, _, _) = encoding_rs::WINDOWS_1256.encode("مدينة بيروت عاصمة لبنان وأكبر مدنها");
        assert_eq!(
            decode(&arabic, None, Some("lb")),
            "مدينة بيروت عاصمة لبنان وأكبر مدنها"
        );
        let (japanese, _, _) = encoding_rs::SHIFT_JIS.encode("東京で記録的な暑さが続いています。");
        assert_eq!(
            decode(&japanese, None, Some("jp")),
            "東京で記録的な暑さが続いています。"
        );
    }

    #[test]
    fn charset_parameter() {
        assert_eq!(charset_param("text/html; charset=\"UTF-8\""), Some("UTF-8"));
        assert_eq!(charset_param("text/html"), None);
    }
}
