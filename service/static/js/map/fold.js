// Folds a name or a query the way the site's search does (service/search.py): NFKC, case,
// katakana → hiragana, no spaces, variant kanji of names as the usual ones (`variants`, the
// page's copy of search.VARIANTS); so 「ﾀﾅｶ」, 「タナカ」 and 「たなか」 find each other, and
// 「高橋」 finds 「髙橋」.
export function fold(text, variants) {
  var folded = String(text || "").normalize("NFKC").toLowerCase();
  var out = "";
  for (var i = 0; i < folded.length; i++) {
    var code = folded.charCodeAt(i);
    if (code >= 0x30a1 && code <= 0x30f6) { code -= 0x60; }
    var character = String.fromCharCode(code);
    out += (variants && variants[character]) || character;
  }
  return out.replace(/\s+/g, "");
}
