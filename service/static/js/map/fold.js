// Folds a name or a query the way the site's search does (service/search.py): NFKC, case,
// katakana → hiragana, no spaces; so 「ﾀﾅｶ」, 「タナカ」 and 「たなか」 find each other.
export function fold(text) {
  var folded = String(text || "").normalize("NFKC").toLowerCase();
  var out = "";
  for (var i = 0; i < folded.length; i++) {
    var code = folded.charCodeAt(i);
    if (code >= 0x30a1 && code <= 0x30f6) { code -= 0x60; }
    out += String.fromCharCode(code);
  }
  return out.replace(/\s+/g, "");
}
