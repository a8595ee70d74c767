// clean.cpp: raw article text -> headline, captions, metadata and body sentences.
//
// The cleaner works line by line over RawDocument::text and never copies text around: every
// decision produces spans into the original bytes, so evidence offsets stay valid. Each line is
// classified in a fixed order (noise, publication stamp, labelled metadata, credit, repeated
// title, glued credit, caption, headline, body); the rules describe news pages in general (menus,
// widgets, bylines, photo credits, datelines), never one site. docs/ingestion.md lists them.
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include <unicode/uchar.h>

#include "kronik/core/text.h"
#include "kronik/extract/clean.h"

namespace kronik {
namespace {

// ---------------------------------------------------------------------------------------------
// Small text helpers (UTF-8 aware where it matters).

bool is_space_cp(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0xFEFF ||
         u_isUWhiteSpace(static_cast<UChar32>(c));
}

struct Token {
  std::string_view text;
  std::uint32_t begin;  // offset inside the line
};

// Whitespace-separated tokens (Unicode spaces, e.g. NBSP, separate too).
std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> out;
  std::size_t i = 0;
  std::size_t start = std::string_view::npos;
  while (i < s.size()) {
    std::size_t at = i;
    char32_t c = decode_utf8(s, i);
    if (is_space_cp(c)) {
      if (start != std::string_view::npos) out.push_back({s.substr(start, at - start), static_cast<std::uint32_t>(start)});
      start = std::string_view::npos;
    } else if (start == std::string_view::npos) {
      start = at;
    }
  }
  if (start != std::string_view::npos) out.push_back({s.substr(start), static_cast<std::uint32_t>(start)});
  return out;
}

bool has_alnum(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    auto c = static_cast<UChar32>(decode_utf8(s, i));
    if (u_isalnum(c)) return true;
  }
  return false;
}

bool has_digit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Strips punctuation at both ends of a token ("(AFP)," -> "AFP").
std::string_view strip_punct(std::string_view s) {
  auto punct = [](char c) {
    return c == ',' || c == ';' || c == ':' || c == '.' || c == '(' || c == ')' || c == '[' || c == ']' ||
           c == '"' || c == '\'' || c == '!' || c == '?' || c == '|';
  };
  while (!s.empty() && punct(s.front())) s.remove_prefix(1);
  while (!s.empty() && punct(s.back())) s.remove_suffix(1);
  return s;
}

// Lower case, whitespace folded, trailing ':' '.' and similar removed: the key for phrase lists.
std::string phrase_key(std::string_view s) {
  std::string out;
  for (const Token& t : tokenize(s)) {
    if (!out.empty()) out += ' ';
    out += lower(t.text);
  }
  while (!out.empty() && (out.back() == ':' || out.back() == '.' || out.back() == '!' || out.back() == ' ' ||
                          out.back() == '|' || out.back() == '-'))
    out.pop_back();
  return out;
}

std::string fold_ws(std::string_view s) {
  std::string out;
  for (const Token& t : tokenize(s)) {
    if (!out.empty()) out += ' ';
    out.append(t.text);
  }
  return out;
}

bool ends_sentence(std::string_view s) {
  s = trim(s);
  while (!s.empty()) {
    unsigned char b = static_cast<unsigned char>(s.back());
    if (b == '"' || b == '\'' || b == ')') {
      s.remove_suffix(1);
      continue;
    }
    if (s.size() >= 3 && (s.substr(s.size() - 3) == "\xE2\x80\x9D" || s.substr(s.size() - 3) == "\xE2\x80\x99")) {
      s.remove_suffix(3);
      continue;
    }
    break;
  }
  if (s.empty()) return false;
  char c = s.back();
  return c == '.' || c == '!' || c == '?' || (s.size() >= 3 && s.substr(s.size() - 3) == "\xE2\x80\xA6");
}

bool in_list(std::string_view w, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

// Whitespace- and ASCII-case-insensitive prefix match: bytes of `s` consumed when `prefix` is a
// prefix of `s` ending at a word boundary; 0 otherwise.
std::size_t folded_prefix(std::string_view s, std::string_view prefix) {
  std::size_t i = 0, j = 0;
  auto ws = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (j < prefix.size()) {
    if (ws(prefix[j])) {
      if (i >= s.size() || !ws(s[i])) return 0;
      while (j < prefix.size() && ws(prefix[j])) ++j;
      while (i < s.size() && ws(s[i])) ++i;
      continue;
    }
    if (i >= s.size()) return 0;
    char a = s[i], b = prefix[j];
    if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
    if (b >= 'A' && b <= 'Z') b = static_cast<char>(b - 'A' + 'a');
    if (a != b) return 0;
    ++i;
    ++j;
  }
  if (i < s.size()) {
    std::size_t k = i;
    char32_t c = decode_utf8(s, k);
    if (u_isalnum(static_cast<UChar32>(c))) return 0;
  }
  return i;
}

// ---------------------------------------------------------------------------------------------
// Word lists. They describe news pages and the two languages, not any one site.

bool is_function_word(std::string_view lw) {
  return in_list(lw, {"di",   "ke",    "dari",   "dan",  "yang",  "untuk", "dengan", "pada",  "dalam", "atas",
                      "oleh", "kepada", "terhadap", "akan", "tak",  "tidak", "ini",   "itu",   "soal",  "usai",
                      "jadi", "bisa",  "sebut",  "the",  "for",   "in",    "of",     "to",    "and",   "on",
                      "at",   "with",  "from",   "by",   "as",    "is",    "are",    "after", "over",  "amid",
                      "says", "a",     "an"});
}

bool is_weekday(std::string_view lw) {
  return in_list(lw, {"senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad",
                      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon",
                      "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"});
}

bool is_month(std::string_view lw) {
  return in_list(lw, {"januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
                      "oktober", "november", "desember", "january", "february", "march", "may", "june", "july",
                      "august", "october", "december", "jan", "feb", "mar", "apr", "jun", "jul", "agu", "agt",
                      "ags", "aug", "sep", "sept", "okt", "oct", "nov", "des", "dec"});
}

bool is_time_zone(std::string_view lw) {
  return in_list(lw, {"wib", "wita", "wit", "gmt", "utc", "et", "est", "edt", "pst", "pdt", "bst", "cet", "cest",
                      "kst", "jst", "msk"});
}

bool is_stamp_filler(std::string_view lw) {
  return in_list(lw, {"pukul", "jam", "at", "on", "am", "pm", "a.m", "p.m", "-", "\xE2\x80\x93", "\xE2\x80\x94", "|",
                      "/", "\xE2\x80\xA2", "\xC2\xB7", "diperbarui", "diterbitkan", "dipublikasikan", "terbit",
                      "published", "updated", "posted", "diunggah", "update", "last", "terakhir", "tanggal",
                      "dibuat", "created"});
}

bool is_separator_token(std::string_view t) {
  return in_list(t, {"|", "-", "\xE2\x80\x93", "\xE2\x80\x94", "/", "\xE2\x80\xA2", "\xC2\xB7", ">", "\xC2\xBB",
                     "\xE2\x80\xBA"});
}

// Wire agencies and photo-credit words: "(AFP)", "KCNA via REUTERS", "ANTARA FOTO/...".
bool is_agency(std::string_view lw) {
  return in_list(lw, {"afp", "ap", "reuters", "antara", "kcna", "tass", "xinhua", "yonhap", "epa", "bernama",
                      "sputnik", "ria", "novosti", "anadolu", "bloomberg", "kyodo", "dpa", "ansa", "upi", "irna",
                      "efe", "wafa", "kna", "afp/getty", "getty", "images", "pool", "ant", "antaranews"});
}

bool is_photo_word(std::string_view lw) {
  return in_list(lw, {"foto", "photo", "photos", "dok", "dok.", "dokumentasi", "istimewa", "ilustrasi", "image",
                      "images", "gambar", "getty", "pool", "screenshot", "tangkapan", "file", "via"});
}

// ---------------------------------------------------------------------------------------------
// Noise.

bool is_noise_phrase(const std::string& k) {
  static const std::unordered_set<std::string> kPhrases = {
      "komentar", "tulis komentar", "tulis komentar anda", "beri komentar", "kirim komentar", "komentar anda",
      "lihat komentar", "komentar (0)", "leave a comment", "leave a reply", "post a comment", "add a comment",
      "comments", "comment", "share", "share this", "share this article", "share article", "bagikan",
      "bagikan artikel", "bagikan artikel ini", "tweet", "top", "back to top", "kembali ke atas", "advertisement",
      "iklan", "scroll to continue", "scroll to continue with content", "scroll untuk melanjutkan",
      "gulir untuk melanjutkan", "scroll ke bawah untuk melanjutkan membaca", "lanjutkan membaca",
      "continue reading", "lanjut baca", "baca selengkapnya", "selengkapnya", "read more", "read full article",
      "loading", "loading...", "memuat", "memuat...", "print", "cetak", "copy link", "salin tautan", "salin link",
      "follow us", "ikuti kami", "berita terkait", "artikel terkait", "related", "related news", "related articles",
      "terpopuler", "populer", "terkini", "berita terkini", "pilihan editor", "editor's picks", "editor's pick",
      "rekomendasi", "video pilihan", "tonton video", "watch video", "skip ad", "lewati iklan", "tutup", "close",
      "x", "menu", "home", "beranda", "login", "masuk", "daftar", "search", "cari", "subscribe", "berlangganan",
      "newsletter", "font size", "ukuran font", "ukuran huruf", "pengaturan font"};
  return kPhrases.count(k) > 0;
}

bool has_noise_prefix(const std::string& k) {
  static const char* const kPrefixes[] = {
      "baca juga", "baca:", "read more:", "read also", "also read", "see also", "lihat juga", "simak juga",
      "simak:", "tonton juga", "berita terkait:", "artikel terkait:", "related:", "related news:", "tags:",
      "tag:", "topik:", "kata kunci:", "keywords:", "copyright", "hak cipta", "\xC2\xA9", "all rights reserved",
      "follow us on", "ikuti kami di", "download aplikasi", "unduh aplikasi", "dapatkan update", "klik di sini",
      "click here", "advertisement", "scroll to continue", "artikel ini telah tayang", "cek berita",
      "baca artikel", "baca berita", "simak video", "simak breaking news", "lihat video", "tonton video",
      "saksikan video", "pilihan editor:", "ikuti berita", "ikuti kami", "gabung ", "klik link",
      "[gambas", "watch:", "video:"};
  for (const char* p : kPrefixes)
    if (k.rfind(p, 0) == 0) return true;
  return false;
}

// "[Gambas:Video]", "[Baca juga ...]": a line entirely in square brackets is an embed or a link.
// "(abc/xyz)": editors' lower-case initials closing an article.
bool is_bracket_noise(std::string_view t) {
  if (t.size() >= 2 && t.front() == '[' && t.back() == ']') return true;
  if (t.size() >= 3 && t.size() <= 24 && t.front() == '(' && t.back() == ')') {
    bool slash = false;
    for (char c : t.substr(1, t.size() - 2)) {
      if (c == '/') slash = true;
      else if (!(c >= 'a' && c <= 'z') && c != '-' && c != ' ') return false;
    }
    return slash;
  }
  return false;
}

// "Wait 5 sec.", "Tunggu 10 detik", "Please wait 3 seconds".
bool is_countdown(const std::vector<Token>& toks) {
  std::vector<std::string> w;
  for (const Token& t : toks) w.push_back(lower(strip_punct(t.text)));
  std::size_t i = 0;
  if (i + 1 < w.size() && (w[i] == "please" || w[i] == "mohon")) ++i;
  if (i >= w.size() || !(w[i] == "wait" || w[i] == "tunggu")) return false;
  ++i;
  if (i >= w.size() || w[i].empty() || !std::all_of(w[i].begin(), w[i].end(), [](char c) { return c >= '0' && c <= '9'; }))
    return false;
  ++i;
  if (i == w.size()) return true;
  return i + 1 == w.size() && in_list(w[i], {"sec", "secs", "second", "seconds", "s", "detik", "dtk"});
}

// "A A A Pengaturan Font", "A- A+ Font size", "Ukuran huruf".
bool is_font_widget(const std::vector<Token>& toks) {
  int letters = 0, words = 0;
  for (const Token& t : toks) {
    std::string w = lower(strip_punct(t.text));
    if (in_list(w, {"a", "a+", "a-", "a\xE2\x88\x92", "aa"})) {
      ++letters;
    } else if (in_list(w, {"font", "fonts", "size", "pengaturan", "ukuran", "huruf", "teks", "text", "fontsize",
                           "reset", "normal", "besar", "kecil", "large", "small", "medium", "sedang"})) {
      if (w == "font" || w == "fonts" || w == "huruf" || w == "fontsize") ++words;
    } else {
      return false;
    }
  }
  return letters >= 2 || words >= 1;
}

// A line of share / social buttons: every token is a button word.
bool is_button_row(const std::vector<Token>& toks) {
  if (toks.empty() || toks.size() > 10) return false;
  for (const Token& t : toks) {
    std::string w = lower(strip_punct(t.text));
    if (!in_list(w, {"share", "shares", "bagikan", "tweet", "facebook", "twitter", "whatsapp", "telegram", "linkedin",
                     "email", "e-mail", "print", "cetak", "copy", "salin", "link", "tautan", "instagram",
                     "pinterest", "reddit", "line", "x", "wa", "fb", "top", "komentar", "comment", "comments",
                     "follow", "ikuti", "youtube", "tiktok", "threads"}) &&
        !is_separator_token(t.text))
      return false;
  }
  return true;
}

bool is_bullet_start(std::string_view t) {
  for (std::string_view b : {"\xE2\x80\xA2", "\xC2\xB7", "\xC2\xBB", "\xE2\x80\xBA", ">", "*", "\xE2\x96\xBA", "\xE2\x96\xB6"})
    if (t.rfind(b, 0) == 0) return true;
  return false;
}

bool has_sentence_punct(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '!' || c == '?') return true;
    // A period ends a sentence unless it is inside a token ("RIAU24.COM", "10.000").
    if (c == '.' && (i + 1 == s.size() || s[i + 1] == ' ')) return true;
  }
  return false;
}

// Navigation menus: long runs of capitalised words without sentence punctuation or function words.
// A short run of capitalised words at the top of a page is a headline, not a menu, until a
// headline has been seen.
bool is_menu(const std::vector<Token>& toks, std::string_view line, int min_words, bool headline_pending) {
  if (static_cast<int>(toks.size()) < min_words) return false;
  if (has_sentence_punct(line)) return false;
  for (char c : line)
    if (c == ',' || c == ':' || c == ';' || c == '"') return false;
  int function_words = 0;
  for (const Token& t : toks) {
    std::string_view w = t.text;
    if (w == "&" || is_separator_token(w)) continue;
    if (!is_upper_initial(w) && !(w[0] >= '0' && w[0] <= '9')) return false;
    if (is_function_word(lower(w))) ++function_words;
    if (w.find('\'') != std::string_view::npos || w.find("\xE2\x80\x99") != std::string_view::npos)
      return false;  // possessives belong to headlines ("Russia's")
  }
  if (function_words >= 2) return false;
  if (toks.size() >= 10) return true;
  return !headline_pending;
}

// Breadcrumbs and category crumbs: "• News", "Home > Dunia > Asia", "Nasional | Politik | Hukum".
bool is_crumb(const std::vector<Token>& toks, std::string_view line) {
  if (has_sentence_punct(line)) return false;
  if (is_bullet_start(line)) {
    std::size_t words = toks.size() - (is_separator_token(toks.front().text) || toks.front().text.size() <= 3 ? 1 : 0);
    if (words <= 3) return true;
  }
  int seps = 0, run = 0, max_run = 0;
  for (const Token& t : toks) {
    if (is_separator_token(t.text)) {
      ++seps;
      run = 0;
      continue;
    }
    max_run = std::max(max_run, ++run);
  }
  return seps >= 2 && max_run <= 3;
}

// ---------------------------------------------------------------------------------------------
// Publication stamps: "Senin, 14/07/2025 09:05 WIB", "Sabtu, 21 Oktober 2023 - 09:50 WIB".

enum class StampTok { kNo, kFiller, kNumber, kWeekday, kMonth, kDate, kTime, kZone };

bool digits_only(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

StampTok classify_stamp_token(std::string_view raw) {
  std::string lw = lower(raw);
  if (is_stamp_filler(lw)) return StampTok::kFiller;
  std::string_view w = strip_punct(lw);
  if (w.empty()) return StampTok::kFiller;
  if (is_stamp_filler(w)) return StampTok::kFiller;
  if (is_weekday(w)) return StampTok::kWeekday;
  if (is_month(w)) return StampTok::kMonth;
  if (is_time_zone(w)) return StampTok::kZone;
  if ((w.rfind("gmt", 0) == 0 || w.rfind("utc", 0) == 0) && w.size() > 3 && (w[3] == '+' || w[3] == '-'))
    return StampTok::kZone;  // "GMT+7", "UTC+07:00"
  if (digits_only(w) && w.size() <= 4) return StampTok::kNumber;
  // Numeric dates and times: digits separated by / . - : (and an ISO 'T').
  int groups = 0;
  bool colon = false, slash_or_dash = false, dot = false;
  std::size_t i = 0;
  while (i < w.size()) {
    std::size_t j = i;
    while (j < w.size() && w[j] >= '0' && w[j] <= '9') ++j;
    if (j == i) return StampTok::kNo;
    ++groups;
    if (j == w.size()) break;
    char sep = w[j];
    if (sep == ':') colon = true;
    else if (sep == '/' || sep == '-' || sep == 't') slash_or_dash = true;
    else if (sep == '.') dot = true;
    else if (sep == '+' || sep == 'z') slash_or_dash = true;
    else return StampTok::kNo;
    i = j + 1;
  }
  if (groups >= 3 && (slash_or_dash || dot)) return StampTok::kDate;
  if (groups >= 2 && colon) return StampTok::kTime;
  if (groups == 2 && dot) return StampTok::kTime;  // "09.05"
  return StampTok::kNo;
}

bool name_like(std::string_view s) {
  auto toks = tokenize(s);
  if (toks.empty() || toks.size() > 6) return false;
  if (has_digit(s)) return false;
  int caps = 0;
  for (const Token& t : toks) {
    std::string_view w = strip_punct(t.text);
    if (w.empty()) continue;
    std::string lw = lower(w);
    if (in_list(lw, {"dan", "and", "&", "bin", "binti", "van", "de", "al", "el", "von", "da", "di", "in"})) continue;
    if (!is_upper_initial(w)) return false;
    ++caps;
  }
  return caps > 0;
}

struct StampResult {
  std::uint32_t begin = 0, end = 0;  // inside the line
  std::vector<std::string> bylines;  // "Yati Maulana", "Penulis: Budi", "Kompas.com"
};

std::optional<StampResult> detect_stamp(std::string_view line) {
  if (line.size() > 120) return std::nullopt;
  auto toks = tokenize(line);
  if (toks.empty() || toks.size() > 16) return std::nullopt;
  std::vector<StampTok> kinds;
  for (const Token& t : toks) kinds.push_back(classify_stamp_token(t.text));
  // The longest run of stamp tokens.
  std::size_t best_b = 0, best_e = 0;
  for (std::size_t b = 0; b < toks.size();) {
    if (kinds[b] == StampTok::kNo || kinds[b] == StampTok::kFiller) {
      ++b;
      continue;
    }
    std::size_t e = b;
    while (e < toks.size() && kinds[e] != StampTok::kNo) ++e;
    while (e > b && kinds[e - 1] == StampTok::kFiller) --e;
    if (e - b > best_e - best_b) {
      best_b = b;
      best_e = e;
    }
    b = std::max(e, b + 1);
  }
  if (best_e == best_b) return std::nullopt;
  // Include leading label fillers ("Diperbarui", "Published") in the run.
  while (best_b > 0 && kinds[best_b - 1] == StampTok::kFiller && !is_separator_token(toks[best_b - 1].text)) --best_b;
  bool weekday = false, month = false, date = false, time = false, number = false;
  for (std::size_t i = best_b; i < best_e; ++i) {
    weekday |= kinds[i] == StampTok::kWeekday;
    month |= kinds[i] == StampTok::kMonth;
    date |= kinds[i] == StampTok::kDate;
    time |= kinds[i] == StampTok::kTime;
    number |= kinds[i] == StampTok::kNumber;
  }
  if (!(date || time || (month && number) || (weekday && number))) return std::nullopt;
  StampResult r;
  r.begin = toks[best_b].begin;
  r.end = toks[best_e - 1].begin + static_cast<std::uint32_t>(toks[best_e - 1].text.size());
  // What is left must be a byline ("Yati Maulana |") or a place; nothing sentence-like.
  auto leftover = [&](std::size_t from, std::size_t to, bool before) -> bool {
    if (from >= to) return true;
    bool separated = before ? is_separator_token(toks[to - 1].text) : is_separator_token(toks[from].text);
    std::size_t a = from, b = to;
    while (a < b && is_separator_token(toks[a].text)) ++a;
    while (b > a && is_separator_token(toks[b - 1].text)) --b;
    if (a == b) return true;
    std::size_t s = toks[a].begin;
    std::size_t e = toks[b - 1].begin + toks[b - 1].text.size();
    std::string_view part = line.substr(s, e - s);
    while (!part.empty() && (part.back() == ',' || part.back() == ' ')) part.remove_suffix(1);
    const bool outlet = tokenize(part).size() == 1 && part.find('.') != std::string_view::npos;  // "Kabar24.com"
    if (!name_like(part) && !outlet) return false;
    if (separated) r.bylines.emplace_back(trim(part));
    else if (b - a > 3) return false;  // "Jakarta, 12 Juli 2025": a place, not a byline
    return true;
  };
  if (!leftover(0, best_b, true) || !leftover(best_e, toks.size(), false)) return std::nullopt;
  return r;
}

// ---------------------------------------------------------------------------------------------
// Labelled metadata: "Redaktur : X", "Penulis: X", "Foto : AP/KCNA", "Oleh X", "By X".

enum class MetaField { kEditor, kAuthor, kCredit };

struct LabelHit {
  MetaField field;
  std::string_view value;
  bool colon;
};

std::optional<LabelHit> match_label(std::string_view line) {
  struct Label {
    std::string_view name;
    MetaField field;
  };
  static const Label kLabels[] = {
      {"redaktur pelaksana", MetaField::kEditor}, {"redaktur", MetaField::kEditor},
      {"editor", MetaField::kEditor},             {"penyunting", MetaField::kEditor},
      {"editing", MetaField::kEditor},            {"edited by", MetaField::kEditor},
      {"penerjemah", MetaField::kEditor},         {"translator", MetaField::kEditor},
      {"alih bahasa", MetaField::kEditor},        {"penulis", MetaField::kAuthor},
      {"reporter", MetaField::kAuthor},           {"wartawan", MetaField::kAuthor},
      {"kontributor", MetaField::kAuthor},        {"pewarta", MetaField::kAuthor},
      {"author", MetaField::kAuthor},             {"writer", MetaField::kAuthor},
      {"written by", MetaField::kAuthor},         {"reported by", MetaField::kAuthor},
      {"additional reporting by", MetaField::kAuthor}, {"reporting by", MetaField::kAuthor},
      {"writing by", MetaField::kAuthor},         {"editing by", MetaField::kEditor},
      {"laporan", MetaField::kAuthor},            {"oleh", MetaField::kAuthor},
      {"by", MetaField::kAuthor},                 {"sumber foto", MetaField::kCredit},
      {"kredit foto", MetaField::kCredit},        {"photo credit", MetaField::kCredit},
      {"foto/video", MetaField::kCredit},         {"foto", MetaField::kCredit},
      {"photo", MetaField::kCredit},              {"image", MetaField::kCredit},
      {"gambar", MetaField::kCredit},             {"sumber", MetaField::kCredit},
      {"source", MetaField::kCredit},             {"video", MetaField::kCredit},
  };
  // The longest label wins ("editing by" over "editing").
  const Label* best = nullptr;
  std::size_t best_n = 0;
  for (const Label& l : kLabels) {
    std::size_t n = folded_prefix(line, l.name);
    if (n > best_n) {
      best = &l;
      best_n = n;
    }
  }
  if (best) {
    const Label& l = *best;
    std::size_t n = best_n;
    std::string_view rest = line.substr(n);
    std::string_view r = trim(rest);
    bool colon = false;
    if (!r.empty() && r.front() == ':') {
      colon = true;
      r = trim(r.substr(1));
    } else if (r.rfind("\xEF\xBC\x9A", 0) == 0) {  // full-width colon
      colon = true;
      r = trim(r.substr(3));
    }
    if (r.empty()) return std::nullopt;
    return LabelHit{l.field, r, colon};
  }
  return std::nullopt;
}

std::vector<std::string> split_names(std::string_view v) {
  std::vector<std::string> out;
  std::string s(v);
  for (std::string_view sep : {" dan ", " and ", " & ", ";"}) {
    std::size_t p;
    while ((p = s.find(sep)) != std::string::npos) s.replace(p, sep.size(), ",");
  }
  for (std::string_view part : split(s, ',')) {
    std::string_view t = strip_punct(trim(part));
    // "Jane Doe in Seoul": the place is not part of the name.
    if (std::size_t in = t.find(" in "); in != std::string_view::npos) t = trim(t.substr(0, in));
    if (!t.empty()) out.emplace_back(t);
  }
  return out;
}

// Parenthesised or bare credit text: is it a credit, and is it a photo credit (a caption cue) or a
// wire sign-off ("(AFP)")?
enum class CreditKind { kNone, kWire, kPhoto };

CreditKind credit_kind(std::string_view content) {
  content = trim(content);
  if (content.empty() || content.size() > 80 || !has_alnum(content)) return CreditKind::kNone;
  std::string lw = lower(content);
  bool letters = false;
  for (std::size_t i = 0; i < content.size();) {
    if (u_isalpha(static_cast<UChar32>(decode_utf8(content, i)))) letters = true;
  }
  if (!letters) return CreditKind::kNone;  // "(18/10)" is a date
  if (lw.find('@') != std::string::npos) return CreditKind::kPhoto;
  auto toks = tokenize(content);
  if (toks.size() > 8) return CreditKind::kNone;
  bool photo = false, wire = false, other = false;
  for (const Token& t : toks) {
    for (std::string_view piece : split(t.text, '/')) {
      std::string w = lower(strip_punct(piece));
      if (w.empty()) continue;
      if (is_photo_word(w)) photo = true;
      else if (is_agency(w)) wire = true;
      else other = true;
    }
  }
  if (lw.find('/') != std::string::npos && (wire || photo || !has_digit(content))) return CreditKind::kPhoto;
  if (photo && (wire || lw.rfind("foto", 0) == 0 || lw.rfind("photo", 0) == 0 || lw.rfind("dok", 0) == 0))
    return CreditKind::kPhoto;
  if (photo && !other) return CreditKind::kPhoto;
  if (wire && !other) return CreditKind::kWire;
  return CreditKind::kNone;
}

// A trailing bare credit after the last sentence: "... 12 Juli 2025. KCNA via REUTERS".
std::optional<std::size_t> bare_trailing_credit(std::string_view line, CreditKind* kind) {
  std::size_t cut = std::string_view::npos;
  for (std::size_t i = line.size(); i-- > 1;) {
    if ((line[i - 1] == '.' || line[i - 1] == '!' || line[i - 1] == '?' || line[i - 1] == '"' ||
         line[i - 1] == ')') &&
        line[i] == ' ') {
      cut = i;
      break;
    }
  }
  if (cut == std::string_view::npos) return std::nullopt;
  std::string_view rest = trim(line.substr(cut));
  if (rest.empty() || ends_sentence(rest)) return std::nullopt;
  if (rest.find_first_of("()[]") != std::string_view::npos) return std::nullopt;  // cut inside brackets
  for (const Token& t : tokenize(rest)) {
    std::string lw = lower(t.text);
    if (!is_upper_initial(t.text) && !in_list(lw, {"via", "photo", "foto", "file", "dan", "and", "&", "/"}) &&
        t.text.front() != '@')
      return std::nullopt;
  }
  CreditKind k = credit_kind(rest);
  if (k == CreditKind::kNone) return std::nullopt;
  *kind = k;
  return static_cast<std::size_t>(rest.data() - line.data());
}

struct ParenCredit {
  std::size_t open, close;  // positions of '(' and ')' in the line
  CreditKind kind;
};

// A parenthesised credit after a sentence end: at the end of the line, or glued to the text that
// follows ("...Lavrov. (Twitter/@x)JAKARTA - ...").
std::optional<ParenCredit> find_paren_credit(std::string_view line) {
  for (std::size_t open = line.find('('); open != std::string_view::npos; open = line.find('(', open + 1)) {
    // Credits are short: look for the closing bracket nearby only (keeps long lines linear).
    std::size_t close = line.substr(0, std::min(line.size(), open + 90)).find(')', open);
    if (close == std::string_view::npos) continue;
    std::string_view before = trim(line.substr(0, open));
    if (before.empty() || !ends_sentence(before)) continue;
    std::string_view after = trim(line.substr(close + 1));
    if (!after.empty() && !is_upper_initial(after)) continue;
    CreditKind kind = credit_kind(line.substr(open + 1, close - open - 1));
    if (kind == CreditKind::kNone) continue;
    return ParenCredit{open, close, kind};
  }
  return std::nullopt;
}

bool caption_start(std::string_view line) {
  std::string k = phrase_key(line.substr(0, std::min<std::size_t>(line.size(), 40)));
  for (const char* p : {"dalam foto", "foto:", "foto :", "foto ilustrasi", "ilustrasi:", "in this photo",
                        "in this image", "in this picture", "this photo", "this image", "photo:", "file photo",
                        "file -", "pictured", "tampak dalam foto", "gambar:", "keterangan foto", "caption:",
                        "foto arsip", "foto dok"})
    if (k.rfind(p, 0) == 0) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Datelines: "SEOUL - ", "RIAU24.COM - ", "WASHINGTON (Reuters) -", "Jakarta, 12 Juli (ANTARA) -".

struct Dateline {
  std::string place, outlet;
  std::size_t consumed = 0;  // bytes of the line before the body text
};

bool outlet_like(std::string_view s) {
  return s.find('.') != std::string_view::npos || has_digit(s);
}

// "12 Juli", "Senin", "12/7": a date between the place and the dash, not an outlet.
bool date_like(std::string_view s) {
  bool all_numeric = true;
  for (const Token& t : tokenize(s)) {
    std::string lw = lower(strip_punct(t.text));
    if (is_month(lw) || is_weekday(lw)) return true;
    all_numeric = all_numeric && !lw.empty() &&
                  std::all_of(lw.begin(), lw.end(), [](char c) { return (c >= '0' && c <= '9') || c == '/' || c == '-' || c == '.'; });
  }
  return all_numeric;
}

// `weak` also accepts one or two capitalised words before the dash ("Jakarta - Presiden ...") when
// the text after the dash starts with a capital; an apposition ("Budi - warga setempat - ...")
// continues in lower case.
std::optional<Dateline> parse_dateline(std::string_view line, bool weak) {
  // The dash: "-", "--", en or em dash, after a space or ')' and followed by a space.
  std::size_t limit = std::min<std::size_t>(line.size(), 90);
  std::size_t d = std::string_view::npos, e = 0;
  for (std::size_t i = 1; i < limit; ++i) {
    std::size_t len = 0;
    if (line[i] == '-') len = (i + 1 < line.size() && line[i + 1] == '-') ? 2 : 1;
    else if (line.substr(i, 3) == "\xE2\x80\x93" || line.substr(i, 3) == "\xE2\x80\x94") len = 3;
    if (!len) continue;
    char prev = line[i - 1];
    if (prev != ' ' && prev != ')') continue;
    if (i + len >= line.size() || line[i + len] != ' ') continue;
    d = i;
    e = i + len;
    break;
  }
  if (d == std::string_view::npos) return std::nullopt;
  while (e < line.size() && line[e] == ' ') ++e;
  if (e >= line.size()) return std::nullopt;
  std::string_view prefix = trim(line.substr(0, d));
  if (prefix.empty() || prefix.size() > 70 || has_sentence_punct(prefix)) return std::nullopt;
  Dateline dl;
  dl.consumed = e;
  std::string paren;
  if (prefix.back() == ')') {
    std::size_t open = prefix.rfind('(');
    if (open == std::string_view::npos) return std::nullopt;
    paren = std::string(trim(prefix.substr(open + 1, prefix.size() - open - 2)));
    prefix = trim(prefix.substr(0, open));
    if (paren.empty() || prefix.empty()) return std::nullopt;
  }
  std::string_view head = prefix, tail;
  if (std::size_t comma = prefix.find(','); comma != std::string_view::npos) {
    head = trim(prefix.substr(0, comma));
    tail = trim(prefix.substr(comma + 1));
  }
  auto htoks = tokenize(head);
  if (htoks.empty() || htoks.size() > 4) return std::nullopt;
  bool caps = true, capitalised = true;
  for (const Token& t : htoks) {
    caps = caps && is_all_caps(t.text);
    capitalised = capitalised && is_upper_initial(t.text);
  }
  if (!capitalised) return std::nullopt;
  const bool head_outlet = outlet_like(head);  // "RIAU24.COM", "Liputan6.com", "TEMPO.CO"
  bool strong = caps || !paren.empty() || !tail.empty();
  if (!strong) {
    std::string_view rest = line.substr(e);
    if (!weak || htoks.size() > 2 || !is_upper_initial(rest)) return std::nullopt;
  }
  if (head_outlet)
    dl.outlet = std::string(head);
  else
    dl.place = std::string(head);
  if (!tail.empty() && !date_like(tail)) {
    bool tail_outlet = outlet_like(tail);
    for (const Token& t : tokenize(tail)) tail_outlet = tail_outlet || is_all_caps(t.text);
    if (head_outlet && dl.place.empty() && !outlet_like(tail))
      dl.place = std::string(tail);  // "TEMPO.CO, Jakarta -"
    else if (paren.empty() && dl.outlet.empty() && tail_outlet)
      dl.outlet = std::string(tail);  // "Jakarta, CNN Indonesia --", "JAKARTA, KOMPAS.com -"
    else if (!dl.place.empty())
      dl.place += ", " + std::string(tail);  // "KYIV, Ukraine (AP) -"
  }
  if (!paren.empty()) dl.outlet = paren;
  return dl;
}

bool looks_like_headline(std::string_view line) {
  if (line.size() > 250 || ends_sentence(line)) return false;
  auto toks = tokenize(line);
  if (toks.size() < 3 || toks.size() > 30) return false;
  return is_upper_initial(line) || (line[0] >= '0' && line[0] <= '9') || line[0] == '"' ||
         line.rfind("\xE2\x80\x9C", 0) == 0;
}

// ---------------------------------------------------------------------------------------------
// The cleaner proper.

struct Segment {
  ByteSpan span;
  SentenceRole role;
  std::size_t line;  // index of the last line it covers (for wrapped-line merging)
};

class Cleaner {
 public:
  Cleaner(const RawDocument& raw, const CleanConfig& config)
      : raw_(raw), text_(raw.text), config_(config),
        abbrevs_(config.abbreviations ? *config.abbreviations : Abbreviations::builtin()) {}

  CleanedDocument run() {
    out_.title = std::string(trim(raw_.title));
    std::vector<ByteSpan> lines;  // trimmed; empty span for a blank line
    std::size_t pos = 0;
    while (pos <= text_.size()) {
      std::size_t nl = text_.find('\n', pos);
      std::size_t end = nl == std::string_view::npos ? text_.size() : nl;
      std::string_view t = trim(text_.substr(pos, end - pos));
      auto b = t.empty() ? static_cast<std::uint32_t>(pos) : static_cast<std::uint32_t>(t.data() - text_.data());
      lines.push_back({b, b + static_cast<std::uint32_t>(t.size())});
      if (nl == std::string_view::npos) break;
      pos = nl + 1;
    }
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (lines[i].size() == 0) continue;
      // A line continued by a lower-case line right below it is a wrapped paragraph, not a headline.
      continued_ = i + 1 < lines.size() && lines[i + 1].size() > 0 && u_islower(static_cast<UChar32>(first_cp(lines[i + 1])));
      handle(lines[i], i);
    }
    emit_sentences();
    return std::move(out_);
  }

 private:
  std::string_view view(ByteSpan s) const { return text_.substr(s.begin, s.end - s.begin); }

  ByteSpan trimmed(std::uint32_t b, std::uint32_t e) const {
    std::string_view t = trim(text_.substr(b, e - b));
    if (t.empty()) return {b, b};
    auto nb = static_cast<std::uint32_t>(t.data() - text_.data());
    return {nb, nb + static_cast<std::uint32_t>(t.size())};
  }

  bool headline_pending() const { return !headline_done_ && !content_started_; }

  char32_t first_cp(ByteSpan s) const {
    std::size_t i = 0;
    return decode_utf8(view(s), i);
  }

  void add_credit(std::string_view c) {
    std::string s(strip_punct(trim(c)));
    if (!s.empty() && std::find(out_.credits.begin(), out_.credits.end(), s) == out_.credits.end())
      out_.credits.push_back(std::move(s));
  }
  static void add_unique(std::vector<std::string>& v, std::string s) {
    if (!s.empty() && std::find(v.begin(), v.end(), s) == v.end()) v.push_back(std::move(s));
  }

  void handle(ByteSpan span, std::size_t line_no) {
    std::string_view t = view(span);
    auto toks = tokenize(t);
    std::string key = phrase_key(t);

    // 1. Page noise.
    if (!has_alnum(t) || is_bracket_noise(t) || is_noise_phrase(key) || (t.size() <= 250 && has_noise_prefix(key)) || is_countdown(toks) ||
        is_font_widget(toks) || is_button_row(toks) || (!detect_stamp(t) && is_crumb(toks, t)) ||
        is_menu(toks, t, config_.menu_min_words, headline_pending())) {
      ++out_.removed_noise_lines;
      return;
    }
    // 2. Publication stamp, possibly with a byline.
    if (auto st = detect_stamp(t)) {
      out_.stamp_lines.push_back({span.begin + st->begin, span.begin + st->end});
      for (const std::string& b : st->bylines) {
        if (auto lab = match_label(b)) {
          for (std::string& name : split_names(lab->value))
            add_unique(lab->field == MetaField::kEditor ? out_.editors : out_.authors, name);
        } else if (outlet_like(b)) {
          if (out_.outlet.empty()) out_.outlet = b;  // "Kompas.com - 14/07/2025, 09:05 WIB"
        } else {
          add_unique(out_.authors, std::string(strip_punct(b)));
        }
      }
      return;
    }
    // 3. Labelled metadata lines.
    if (meta_line(t)) return;
    // 4. A line that is only a credit: "(Foto: Reuters)", "KCNA via REUTERS", "AFP/Getty Images".
    {
      std::string_view inner = t;
      if (inner.size() >= 2 && inner.front() == '(' && inner.back() == ')') inner = inner.substr(1, inner.size() - 2);
      if (auto lab = match_label(inner);
          lab && lab->field == MetaField::kCredit && lab->colon &&
          (inner.size() != t.size() ||
           (tokenize(lab->value).size() <= 6 && lab->value.find('(') == std::string_view::npos))) {
        add_credit(lab->value);
        return;
      }
      bool all_caps_initial = true;
      for (const Token& tk : toks)
        all_caps_initial = all_caps_initial && (is_upper_initial(tk.text) || in_list(lower(tk.text), {"via", "/", "&"}));
      if ((inner.size() != t.size() || all_caps_initial) && credit_kind(inner) != CreditKind::kNone &&
          !ends_sentence(t)) {
        add_credit(inner);
        return;
      }
    }
    // One- or two-word lines above the headline are site and section labels ("detikNews",
    // "Internasional"), not article text.
    if (headline_pending() && toks.size() <= 2 && !has_sentence_punct(t) && !ends_sentence(t) &&
        folded_prefix(t, out_.title) == 0) {
      ++out_.removed_noise_lines;
      return;
    }
    // 5. The title again: a repeat of the headline, or glued in front of a caption.
    if (out_.title.size() >= 10) {
      std::size_t n = folded_prefix(t, out_.title);
      if (n == 0 && headline_pending()) {
        // Metadata titles often carry a site suffix: "Headline - Site".
        std::size_t m = folded_prefix(out_.title, t);
        if (m > 0) {
          std::string_view rest = trim(std::string_view(out_.title).substr(m));
          if (rest.empty() || rest[0] == '-' || rest[0] == '|' || rest[0] == ':' || rest.rfind("\xE2\x80\x93", 0) == 0)
            n = t.size();
        }
      }
      if (n > 0) {
        ByteSpan title_part = trimmed(span.begin, span.begin + static_cast<std::uint32_t>(n));
        ByteSpan rest = trimmed(span.begin + static_cast<std::uint32_t>(n), span.end);
        if (!headline_done_) {
          emit_headline(title_part, line_no);
        } else {
          ++out_.removed_duplicate_sentences;
        }
        if (rest.size() == 0) return;
        span = rest;
        t = view(span);
        toks = tokenize(t);
      }
    }
    // 6. A credit glued between a caption and the body.
    if (auto pc = find_paren_credit(t)) {
      add_credit(t.substr(pc->open + 1, pc->close - pc->open - 1));
      ByteSpan first = trimmed(span.begin, span.begin + static_cast<std::uint32_t>(pc->open));
      ByteSpan rest = trimmed(span.begin + static_cast<std::uint32_t>(pc->close + 1), span.end);
      bool rest_dateline = rest.size() > 0 && !dateline_done_ && parse_dateline(view(rest), true);
      bool caption = pc->kind == CreditKind::kPhoto || rest_dateline;
      if (caption)
        push({first, SentenceRole::kCaption, line_no});
      else
        body(first, line_no);
      if (rest.size() > 0) body(rest, line_no);
      return;
    }
    // 7. Captions: "Dalam foto ...", or a line ending with a photo credit.
    CreditKind ck = CreditKind::kNone;
    if (auto cut = bare_trailing_credit(t, &ck)) {
      add_credit(t.substr(*cut));
      ByteSpan first = trimmed(span.begin, span.begin + static_cast<std::uint32_t>(*cut));
      if (ck == CreditKind::kPhoto)
        push({first, SentenceRole::kCaption, line_no});
      else
        body(first, line_no);
      return;
    }
    if (caption_start(t)) {
      // "Foto: Kim dan Lavrov (dok. KCNA)": a bracketed credit closing the caption.
      if (t.size() > 2 && t.back() == ')') {
        std::size_t open = t.rfind('(');
        if (open != std::string_view::npos && open > 0 &&
            credit_kind(t.substr(open + 1, t.size() - open - 2)) != CreditKind::kNone) {
          add_credit(t.substr(open + 1, t.size() - open - 2));
          span = trimmed(span.begin, span.begin + static_cast<std::uint32_t>(open));
        }
      }
      push({span, SentenceRole::kCaption, line_no});
      return;
    }
    // 8. Headline: the first substantive line that does not end like a sentence.
    if (headline_pending() && !continued_ && looks_like_headline(t) && !parse_dateline(t, false)) {
      emit_headline(span, line_no);
      return;
    }
    body(span, line_no);
  }

  bool meta_line(std::string_view t) {
    if (t.size() > 160) return false;
    // "Editor: X | Penulis: Y" holds several fields.
    std::vector<std::string_view> parts;
    for (std::string_view p : split(t, '|'))
      for (std::string_view q : split(p, ';'))
        if (!trim(q).empty()) parts.push_back(trim(q));
    std::vector<std::pair<MetaField, std::string_view>> hits;
    for (std::string_view p : parts) {
      auto lab = match_label(p);
      if (!lab) return false;
      if (lab->field == MetaField::kCredit) {
        // "Foto: AP/KCNA" is a credit; "Foto: Kim menyapa ..." is a caption.
        if (!lab->colon || tokenize(lab->value).size() > 6 || ends_sentence(lab->value) ||
            lab->value.find('(') != std::string_view::npos)  // "Foto: Petani menjemur gabah (dok. X)"
          return false;
      } else if (!lab->colon) {
        // "Oleh Budi Santoso", "By Jane Doe": only a name may follow a label without a colon.
        if (!name_like(lab->value)) return false;
      } else if (tokenize(lab->value).size() > 12 || has_sentence_punct(lab->value)) {
        return false;
      }
      hits.emplace_back(lab->field, lab->value);
    }
    for (auto& [field, value] : hits) {
      if (field == MetaField::kCredit) {
        add_credit(value);
        continue;
      }
      for (std::string& name : split_names(value)) add_unique(field == MetaField::kEditor ? out_.editors : out_.authors, name);
    }
    return !hits.empty();
  }

  void emit_headline(ByteSpan span, std::size_t line_no) {
    headline_done_ = true;
    if (out_.title.empty()) {
      out_.title = std::string(view(span));
      out_.title_span = span;
    }
    push({span, SentenceRole::kHeadline, line_no});
  }

  void body(ByteSpan span, std::size_t line_no) {
    if (span.size() == 0) return;
    // The dateline opens the first body paragraph; a byline or teaser line may come before it, so
    // the next two paragraphs are tried too (the weak "Jakarta - " form only on real sentences).
    if (!dateline_done_ && body_paragraphs_ < 3) {
      const bool weak = body_paragraphs_ == 0 || has_sentence_punct(view(span));
      if (auto dl = parse_dateline(view(span), weak)) {
        dateline_done_ = true;
        out_.dateline_place = dl->place;
        if (!dl->outlet.empty()) out_.outlet = dl->outlet;
        span = trimmed(span.begin + static_cast<std::uint32_t>(dl->consumed), span.end);
        if (span.size() == 0) return;
      }
    }
    ++body_paragraphs_;
    // A wrapped paragraph: the previous line was body text, directly above, long, and did not end
    // a sentence. The two lines form one paragraph.
    if (!segs_.empty()) {
      Segment& prev = segs_.back();
      std::string_view pt = view(prev.span);
      if (prev.role == SentenceRole::kBody && prev.line + 1 == line_no && pt.size() >= 40 && !ends_sentence(pt) &&
          !is_bullet_start(view(span))) {
        prev.span.end = span.end;
        prev.line = line_no;
        return;
      }
    }
    push({span, SentenceRole::kBody, line_no});
  }

  void push(Segment s) {
    if (s.span.size() == 0) return;
    if (s.role != SentenceRole::kHeadline) content_started_ = true;
    segs_.push_back(s);
  }

  static bool fully_quoted(std::string_view s) {
    bool open = s.rfind("\xE2\x80\x9C", 0) == 0 || (!s.empty() && s.front() == '"');
    if (!open) return false;
    std::string_view e = s;
    while (!e.empty() && (e.back() == '.' || e.back() == '!' || e.back() == '?')) e.remove_suffix(1);
    return (e.size() >= 3 && e.substr(e.size() - 3) == "\xE2\x80\x9D") || (e.size() > 1 && e.back() == '"');
  }

  void emit_sentences() {
    std::unordered_set<std::string> seen;
    std::uint32_t paragraph = 0;
    for (const Segment& seg : segs_) {
      std::vector<ByteSpan> spans;
      if (seg.role == SentenceRole::kHeadline)
        spans.push_back(seg.span);  // a headline is one unit even with "?" or "Dr." inside
      else
        spans = split_sentences(text_, seg.span, abbrevs_);
      bool any = false;
      for (const ByteSpan& sp : spans) {
        std::string_view st = view(sp);
        if (!has_alnum(st)) continue;
        if (config_.dedupe && !seen.insert(fold_ws(st)).second) {
          ++out_.removed_duplicate_sentences;
          continue;
        }
        Sentence s;
        s.index = static_cast<std::uint32_t>(out_.sentences.size());
        s.paragraph = paragraph;
        s.span = sp;
        s.role = seg.role;
        if (s.role == SentenceRole::kBody && fully_quoted(st)) s.role = SentenceRole::kQuote;
        out_.sentences.push_back(s);
        any = true;
      }
      if (any) ++paragraph;
    }
  }

  const RawDocument& raw_;
  std::string_view text_;
  const CleanConfig& config_;
  const Abbreviations& abbrevs_;
  CleanedDocument out_;
  std::vector<Segment> segs_;
  bool headline_done_ = false;
  bool content_started_ = false;
  bool dateline_done_ = false;
  int body_paragraphs_ = 0;
  bool continued_ = false;  // the current line is continued by a lower-case line below it
};

}  // namespace

CleanedDocument clean_document(const RawDocument& raw, const CleanConfig& config) {
  return Cleaner(raw, config).run();
}

}  // namespace kronik
