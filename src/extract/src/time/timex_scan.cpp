// Recognition of time expressions: a tokenizer and a hand-written matcher over the lexicon
// tables. Every matcher starts at one token and only looks a few tokens ahead (or one back for
// cue words), so scanning a text is linear in its length; no regular expressions are involved.
#include <algorithm>

#include "kronik/core/text.h"
#include "timex_impl.h"

namespace kronik::timex {
namespace {

enum class Cls : std::uint8_t { kSpace, kBreak, kLetter, kDigit, kPunct };

// Classifies the code point at s[i] and says how long it is; `norm` receives the normalised
// spelling of punctuation (typographic dashes and quotes map to ASCII so the lexicon stays ASCII).
Cls classify(std::string_view s, std::size_t i, std::size_t& len, std::string& norm) {
  auto c = static_cast<unsigned char>(s[i]);
  norm.clear();
  if (c < 0x80) {
    len = 1;
    if (c == '\n') return Cls::kBreak;
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') return Cls::kSpace;
    if (c >= '0' && c <= '9') return Cls::kDigit;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return Cls::kLetter;
    norm.assign(1, static_cast<char>(c));
    return Cls::kPunct;
  }
  std::size_t j = i;
  char32_t cp = decode_utf8(s, j);
  len = j - i;
  if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF)
    return Cls::kSpace;
  if (cp == 0x2028 || cp == 0x2029) return Cls::kBreak;
  if ((cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212) {
    norm = "-";
    return Cls::kPunct;
  }
  if (cp >= 0x2018 && cp <= 0x201B) {
    norm = "'";
    return Cls::kPunct;
  }
  if ((cp >= 0x201C && cp <= 0x201F) || cp == 0xAB || cp == 0xBB) {
    norm = "\"";
    return Cls::kPunct;
  }
  if ((cp >= 0x2016 && cp <= 0x206F) || (cp >= 0xA1 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 ||
      (cp >= 0x3001 && cp <= 0x303F) || cp == 0xFFFD || (cp >= 0xFF01 && cp <= 0xFF0F)) {
    norm.assign(s.substr(i, len));
    return Cls::kPunct;
  }
  return Cls::kLetter;
}

// Reads the digits from s[i] into t (value, digit count, spelling); returns where they end.
std::size_t read_number(std::string_view s, std::size_t i, std::size_t end, Tok& t) {
  t.type = Tok::kNum;
  long v = 0;
  std::size_t j = i;
  while (j < end && s[j] >= '0' && s[j] <= '9') {
    if (t.ndig < 9) v = v * 10 + (s[j] - '0');
    if (t.ndig < 255) ++t.ndig;
    ++j;
  }
  t.num = t.ndig <= 9 ? v : -1;
  t.low.assign(s.substr(i, j - i));
  return j;
}

// The letters of a word read so far, for its capital and all-caps flags.
struct LetterCount {
  int letters = 0, upper = 0;
  bool first = true;
};

// Appends an ASCII letter to t's lower-case spelling.
void add_ascii_letter(unsigned char ch, Tok& t, LetterCount& n) {
  const bool up = ch >= 'A' && ch <= 'Z';
  ++n.letters;
  if (up) {
    ++n.upper;
    if (n.first) t.cap = true;
  }
  t.low.push_back(static_cast<char>(up ? ch - 'A' + 'a' : ch));
  n.first = false;
}

// An apostrophe of length l2 at s[j] between letters belongs to the word ("Jum'at", "Monday's").
bool apostrophe_in_word(std::string_view s, std::size_t j, std::size_t l2, std::size_t end) {
  if (j + l2 >= end) return false;
  std::size_t l3 = 0;
  std::string n3;
  return classify(s, j + l2, l3, n3) == Cls::kLetter;
}

// Reads the word from s[i] into t (lower-case spelling, capital, all caps); returns where it ends.
std::size_t read_word(std::string_view s, std::size_t i, std::size_t end, Tok& t, std::string& norm2) {
  t.type = Tok::kWord;
  std::size_t j = i;
  LetterCount n;
  while (j < end) {
    // ASCII fast path: a letter extends the word, any other byte but the apostrophe ends it
    // (what classify() says for them).
    if (auto ch = static_cast<unsigned char>(s[j]); ch < 0x80 && ch != '\'') {
      if (!(ch >= 'A' && ch <= 'Z') && !(ch >= 'a' && ch <= 'z')) break;
      add_ascii_letter(ch, t, n);
      ++j;
      continue;
    }
    std::size_t l2 = 0;
    Cls c2 = classify(s, j, l2, norm2);
    if (c2 == Cls::kLetter) {
      if (auto ch = static_cast<unsigned char>(s[j]); ch < 0x80) {
        add_ascii_letter(ch, t, n);
      } else {
        t.low.append(s.substr(j, l2));
        n.first = false;
      }
      j += l2;
      continue;
    }
    if (c2 == Cls::kPunct && norm2 == "'" && apostrophe_in_word(s, j, l2, end)) {
      t.low.push_back('\'');
      j += l2;
      continue;
    }
    break;
  }
  t.allcaps = n.letters >= 2 && n.upper == n.letters;
  return j;
}

// Numbers glued into bigger numbers ("10.000", "1,5") never start a date or a count.
void mark_glued_numbers(std::vector<Tok>& out) {
  for (std::size_t k = 0; k < out.size(); ++k) {
    Tok& t = out[k];
    if (t.type != Tok::kNum) continue;
    if (k > 0 && !t.space_before && out[k - 1].type == Tok::kWord) t.glued_word = true;
    if (k + 2 < out.size() && out[k + 1].type == Tok::kPunct && !out[k + 1].space_before &&
        out[k + 2].type == Tok::kNum && !out[k + 2].space_before &&
        ((out[k + 1].low == "." && out[k + 2].ndig == 3) || out[k + 1].low == ",")) {
      t.numgroup = true;
      out[k + 2].numgroup = true;
    }
  }
}

}  // namespace

std::vector<Tok> tokenize(std::string_view text, std::size_t begin, std::size_t end) {
  std::string_view s = text.substr(0, end);
  std::vector<Tok> out;
  out.reserve((end - begin) / 5 + 4);
  bool space = false, brk = false;
  std::string norm, norm2;
  std::size_t i = begin;
  while (i < end) {
    std::size_t len = 0;
    Cls c = classify(s, i, len, norm);
    if (c == Cls::kSpace || c == Cls::kBreak) {
      space = true;
      brk = brk || c == Cls::kBreak;
      i += len;
      continue;
    }
    Tok t;
    t.b = static_cast<std::uint32_t>(i);
    t.space_before = space || out.empty();
    t.break_before = brk;
    space = brk = false;
    if (c == Cls::kDigit) {
      i = read_number(s, i, end, t);
    } else if (c == Cls::kLetter) {
      i = read_word(s, i, end, t, norm2);
    } else {
      t.type = Tok::kPunct;
      t.low = norm;
      i += len;
    }
    t.e = static_cast<std::uint32_t>(i);
    out.push_back(std::move(t));
  }
  mark_glued_numbers(out);
  return out;
}

long monday_of(long serial) {
  // 1970-01-01 was a Thursday (ISO weekday index 3).
  long wd = ((serial + 3) % 7 + 7) % 7;
  return serial - wd;
}

TimeValue week_of(long serial) {
  return TimeValue::from_serial_day(monday_of(serial)).truncated(Granularity::kWeek);
}

Scanner::Scanner(const TimexLexicon& lex, const std::vector<Tok>& toks, Language lang)
    : lex_(lex), t_(toks), lang_(lang) {
  if (lang == Language::kIndonesian) use_[kEn] = false;
  if (lang == Language::kEnglish) use_[kId] = false;
  words_.resize(t_.size());
  possessives_.resize(t_.size());
  se_unit_.assign(t_.size(), Unit::kNone);
  may_start_.assign(t_.size(), 1);
  auto known = [](const Buckets& b) { return b.in[0] || b.in[1] || b.in[2]; };
  for (std::size_t i = 0; i < t_.size(); ++i) {
    const Tok& tk = t_[i];
    if (tk.type == Tok::kNum) continue;
    words_[i] = buckets_of(tk.low);
    if (tk.type == Tok::kWord && tk.low.size() > 2 && tk.low.compare(tk.low.size() - 2, 2, "'s") == 0)
      possessives_[i] = buckets_of(tk.low.substr(0, tk.low.size() - 2));
    if (tk.type != Tok::kWord) continue;
    se_unit_[i] = se_prefixed_unit(tk.low);
    may_start_[i] = known(words_[i]) || known(possessives_[i]) || se_unit_[i] != Unit::kNone;
  }
}

Unit Scanner::se_prefixed_unit(const std::string& w) const {
  for (int tb = 0; tb < kTables; ++tb) {
    if (!use_[tb]) continue;
    for (const auto& p : lex_.prefix_one[tb]) {
      if (w.size() <= p.size() || w.compare(0, p.size(), p) != 0) continue;
      auto it = lex_.units[tb].find(w.substr(p.size()));
      if (it != lex_.units[tb].end()) return it->second;
    }
  }
  return Unit::kNone;
}

Scanner::Buckets Scanner::buckets_of(const std::string& key) const {
  Buckets b;
  auto it = lex_.by_word.find(key);
  if (it == lex_.by_word.end()) return b;
  for (int tb = 0; tb < kTables; ++tb)
    if (use_[tb]) b.in[tb] = it->second[tb];
  return b;
}

const Entry* Scanner::lookup(std::size_t i, Kind k, std::size_t* next) const {
  if (i >= t_.size() || t_[i].type == Tok::kNum) return nullptr;
  const Tok& tk = t_[i];
  auto try_key = [&](const Buckets& buckets, bool possessive) -> const Entry* {
    for (int tb = 0; tb < kTables; ++tb) {
      if (!buckets.in[tb]) continue;
      for (std::uint32_t id : *buckets.in[tb]) {
        const Entry& e = lex_.entries[id];
        if (e.kind != k) continue;
        if (possessive && e.words.size() > 1) continue;
        if ((e.flags & kCap) && !tk.cap && !tk.allcaps) continue;
        std::size_t j = i + 1;
        bool ok = true;
        for (std::size_t w = 1; w < e.words.size() && ok; ++w, ++j)
          ok = j < t_.size() && t_[j].low == e.words[w] && !t_[j].break_before;
        if (!ok) continue;
        if (next) *next = j;
        return &e;
      }
    }
    return nullptr;
  };
  if (const Entry* e = try_key(words_[i], false)) return e;
  // Possessives: "today's", "Monday's".
  if (tk.type == Tok::kWord && tk.low.size() > 2 && tk.low.compare(tk.low.size() - 2, 2, "'s") == 0)
    return try_key(possessives_[i], true);
  return nullptr;
}

bool Scanner::punct(std::size_t i, std::string_view p) const {
  return i < t_.size() && t_[i].type == Tok::kPunct && t_[i].low == p;
}

bool Scanner::glued(std::size_t i) const { return i < t_.size() && !t_[i].space_before; }

bool Scanner::starts_clause(std::size_t i) const {
  if (i == 0 || t_[i].break_before) return true;
  const Tok& p = t_[i - 1];
  return p.type == Tok::kPunct && (p.low == "." || p.low == "!" || p.low == "?" || p.low == "\"" ||
                                   p.low == ":" || p.low == ";" || p.low == "'" || p.low == "-" || p.low == "|");
}

std::optional<Scanner::Num> Scanner::number(std::size_t i) const {
  if (i >= t_.size()) return std::nullopt;
  const Tok& tk = t_[i];
  if (tk.type == Tok::kNum) {
    if (tk.numgroup || tk.glued_word || tk.num < 0) return std::nullopt;
    return Num{tk.num, i + 1, false, false};
  }
  std::size_t nx = 0;
  const Entry* e = lookup(i, Kind::kNumber, &nx);
  if (!e) return std::nullopt;
  Num n{e->ival, nx, true, (e->flags & kArticle) != 0};
  if (n.article) return n;
  std::size_t n2 = 0;
  if (n.v >= 1 && n.v <= 9) {
    if (is(nx, Kind::kNumberTeen, &n2)) return Num{10 + n.v, n2, true, false};  // "dua belas"
    if (is(nx, Kind::kNumberTens, &n2)) {                                     // "dua puluh satu"
      n.v *= 10;
      n.next = n2;
      const Entry* u = lookup(n2, Kind::kNumber, &nx);
      if (u && !(u->flags & kArticle) && u->ival >= 1 && u->ival <= 9) {
        n.v += u->ival;
        n.next = nx;
      }
      return n;
    }
  }
  if (n.v >= 20 && n.v < 100 && n.v % 10 == 0) {  // "twenty-one", "twenty one"
    std::size_t k = nx;
    if (punct(k, "-") && glued(k) && glued(k + 1)) ++k;
    const Entry* u = lookup(k, Kind::kNumber, &n2);
    if (u && !(u->flags & kArticle) && u->ival >= 1 && u->ival <= 9) {
      n.v += u->ival;
      n.next = n2;
    }
  }
  return n;
}

std::optional<Scanner::UnitHit> Scanner::unit(std::size_t i) const {
  if (i >= t_.size() || t_[i].type != Tok::kWord) return std::nullopt;
  std::size_t nx = 0;
  if (const Entry* e = lookup(i, Kind::kUnit, &nx)) return UnitHit{e->unit, nx, false};
  // "sehari", "sepekan": the se- prefix glued to a unit means one of it.
  if (se_unit_[i] != Unit::kNone) return UnitHit{se_unit_[i], i + 1, true};
  return std::nullopt;
}

std::optional<Scanner::MonthHit> Scanner::month(std::size_t i) const {
  std::size_t nx = 0;
  const Entry* e = lookup(i, Kind::kMonth, &nx);
  if (!e) return std::nullopt;
  // "Sept." / "Agt.": the dot belongs to the abbreviation.
  if ((e->flags & kAbbr) && punct(nx, ".") && glued(nx)) ++nx;
  return MonthHit{e->ival, nx, e->flags};
}

std::optional<int> Scanner::year4(std::size_t i) const {
  if (i >= t_.size()) return std::nullopt;
  const Tok& tk = t_[i];
  if (tk.type != Tok::kNum || tk.ndig != 4 || tk.numgroup || tk.glued_word) return std::nullopt;
  if (tk.num < 1800 || tk.num > 2199) return std::nullopt;
  // "1990-an", "1990s" are decades; "2024an" is not a year either. But scraped headers glue the
  // next label to the year ("December 8, 2024last updated", "2025Updated"): still a year.
  if (i + 1 < t_.size() && glued(i + 1) && (t_[i + 1].type == Tok::kWord || t_[i + 1].type == Tok::kNum) &&
      !is(i + 1, Kind::kStampLabel) && !is(i + 1, Kind::kShiftBefore))
    return std::nullopt;
  if (punct(i + 1, "-") && glued(i + 1) && is(i + 2, Kind::kDecadeSuffix) && glued(i + 2)) return std::nullopt;
  return static_cast<int>(tk.num);
}

std::optional<std::pair<int, std::size_t>> Scanner::day(std::size_t i, bool allow_words) const {
  if (i >= t_.size()) return std::nullopt;
  const Tok& tk = t_[i];
  if (tk.type == Tok::kNum) {
    if (tk.ndig > 2 || tk.numgroup || tk.glued_word || tk.num < 1 || tk.num > 31) return std::nullopt;
    std::size_t nx = i + 1;
    if (nx < t_.size() && glued(nx) && t_[nx].type == Tok::kWord) {
      std::size_t n2 = 0;
      if (!is(nx, Kind::kOrdinal, &n2)) return std::nullopt;  // "12abc" is no day
      nx = n2;
    }
    return std::make_pair(static_cast<int>(tk.num), nx);
  }
  if (!allow_words) return std::nullopt;
  auto n = number(i);
  if (!n || !n->word || n->article || n->v < 1 || n->v > 31) return std::nullopt;
  return std::make_pair(static_cast<int>(n->v), n->next);
}

std::optional<std::pair<int, std::size_t>> Scanner::tz_tail(std::size_t i) const {
  std::size_t k = i;
  bool paren = punct(k, "(");
  if (paren) ++k;
  int off = 0;
  bool found = false;
  std::size_t nx = 0;
  auto sign_offset = [&](std::size_t j, bool allow_minus, int& out, std::size_t& after) {
    if (!(punct(j, "+") || (allow_minus && punct(j, "-"))) || j + 1 >= t_.size()) return false;
    int sign = t_[j].low == "-" ? -1 : 1;
    const Tok& h = t_[j + 1];
    if (h.type != Tok::kNum || !glued(j + 1)) return false;
    if (h.ndig == 4) {
      out = sign * static_cast<int>((h.num / 100) * 60 + h.num % 100);
      after = j + 2;
      return true;
    }
    if (h.ndig > 2 || h.num > 14) return false;
    int mins = 0;
    after = j + 2;
    if (punct(after, ":") && glued(after) && after + 1 < t_.size() && t_[after + 1].type == Tok::kNum &&
        t_[after + 1].ndig == 2) {
      mins = static_cast<int>(t_[after + 1].num);
      after += 2;
    }
    out = sign * static_cast<int>(h.num * 60 + mins);
    return true;
  };
  if (const Entry* e = lookup(k, Kind::kTz, &nx)) {
    off = e->ival;
    found = true;
    k = nx;
    int extra = 0;
    std::size_t after = 0;
    if (glued(k) && sign_offset(k, true, extra, after)) {  // "GMT+7", "UTC-05:00"
      off += extra;
      k = after;
    }
  } else {
    std::size_t after = 0;
    // A bare "-12:00" after a time is more likely the end of a range than a zone.
    bool minus_ok = k + 1 < t_.size() && t_[k + 1].type == Tok::kNum && t_[k + 1].ndig == 4;
    if (sign_offset(k, minus_ok, off, after)) {
      found = true;
      k = after;
    }
  }
  if (!found) return std::nullopt;
  if (paren) {
    if (!punct(k, ")")) return std::nullopt;
    ++k;
  }
  return std::make_pair(off, k);
}

std::optional<Scanner::TimeHit> Scanner::time_tail(std::size_t i) const {
  std::size_t k = i, nx = 0;
  for (int s = 0; s < 2; ++s) {  // ", pukul", "- ", "| ", "at"
    if (punct(k, ",") || punct(k, "-") || punct(k, "|") || punct(k, "/")) {
      ++k;
      continue;
    }
    if (is(k, Kind::kTimeCue, &nx)) {
      k = nx;
      continue;
    }
    break;
  }
  if (k + 2 >= t_.size()) return std::nullopt;
  const Tok& h = t_[k];
  if (h.type != Tok::kNum || h.ndig > 2 || h.num > 23 || h.glued_word) return std::nullopt;
  if (!(punct(k + 1, ":") || punct(k + 1, ".")) || !glued(k + 1) || !glued(k + 2)) return std::nullopt;
  const Tok& mi = t_[k + 2];
  if (mi.type != Tok::kNum || mi.ndig != 2 || mi.num > 59) return std::nullopt;
  TimeHit th;
  th.h = static_cast<int>(h.num);
  th.mi = static_cast<int>(mi.num);
  k += 3;
  if (punct(k, ":") && glued(k) && k + 1 < t_.size() && t_[k + 1].type == Tok::kNum && t_[k + 1].ndig == 2 &&
      glued(k + 1))
    k += 2;  // seconds
  if (const Entry* e = lookup(k, Kind::kAmPm, &nx)) {
    if (th.h == 12) th.h = e->ival;  // 12 a.m. = 00, 12 p.m. = 12
    else if (th.h < 12) th.h += e->ival;
    k = nx;
  }
  if (auto tz = tz_tail(k)) {
    th.off = tz->first;
    k = tz->second;
  }
  th.next = k;
  return th;
}

void Scanner::add_time(Found& f) const {
  auto th = time_tail(f.last);
  if (!th) return;
  if (f.value.known()) {
    f.value.hour = th->h;
    f.value.minute = th->mi;
    f.value.utc_offset_minutes = th->off;
  }
  f.last = th->next;
}

void Scanner::shift_after_partial(Found& f) const {
  // "1-3 Agustus mendatang", "2 Januari lalu": a shift word after a day and month.
  std::size_t nx = 0;
  if (const Entry* e = lookup(f.last, Kind::kShiftAfter, &nx); e && e->ival != 0) {
    f.spec.shift = e->ival;
    f.future = e->ival > 0;
    f.last = nx;
  }
}

namespace {

// What rule `rule` found over tokens [first, last); the caller fills in its parameters.
Found found_by(const char* rule, std::size_t first, std::size_t last) {
  Found f;
  f.first = first;
  f.last = last;
  f.spec.name = rule;
  return f;
}

Found explicit_day(std::size_t first, std::size_t last, const char* rule, int y, int m, int d) {
  Found f = found_by(rule, first, last);
  f.spec.d = d;
  f.spec.m = m;
  f.spec.y = y;
  f.value = TimeValue::day_of(y, m, d);
  return f;
}

// A day with its year over tokens [first, last), or a span of days to d2 of month m2 when d2 is set.
Found explicit_days(std::size_t first, std::size_t last, int y, int m, int d, int m2, int d2) {
  Found f = explicit_day(first, last, d2 ? "date-span" : "date", y, m, d);
  if (d2) {
    f.spec.d2 = d2;
    f.spec.m2 = m2;
    f.end = TimeValue::day_of(y, m2, d2);
  }
  return f;
}

// Day and month without a year: checked against a leap year so "29 Februari" survives.
bool valid_partial(int m, int d) { return valid_date(2000, m, d); }

// A day and month without a year over tokens [first, last), a span to d2 of month m2 when d2 is set.
Found partial_date(std::size_t first, std::size_t last, int d, int m, int d2, int m2) {
  Found f = found_by("date-partial", first, last);
  f.spec.d = d;
  f.spec.m = m;
  if (d2) {
    f.spec.d2 = d2;
    f.spec.m2 = m2;
  }
  return f;
}

// Numeric order of "p/q": day-first in Indonesian (and by default), month-first in English
// unless the first number cannot be a month.
void day_month_order(Language lang, int p, int q, int& d, int& m) {
  bool month_first = lang == Language::kEnglish;
  if (month_first && p > 12 && q <= 12) month_first = false;
  if (!month_first && q > 12 && p <= 12) month_first = true;
  d = month_first ? q : p;
  m = month_first ? p : q;
}

// n of a unit over tokens [first, last), as a length of time.
Found duration_of(std::size_t first, std::size_t last, Unit u, int n) {
  Found f = found_by("duration", first, last);
  f.spec.unit = u;
  f.spec.n = n;
  f.duration = true;
  return f;
}

}  // namespace

bool Scanner::glued_num(std::size_t k, int maxdig) const {
  return k < t_.size() && t_[k].type == Tok::kNum && glued(k) && t_[k].ndig <= maxdig;
}

// ISO 8601 from the four-digit year at token i: 2025-07-12[T09:05[:00][.000][Z|+07:00]]
std::optional<Found> Scanner::iso_date(std::size_t i) const {
  const Tok& a = t_[i];
  if (!(punct(i + 1, "-") && glued(i + 1) && glued_num(i + 2, 2) && punct(i + 3, "-") && glued(i + 3) &&
        glued_num(i + 4, 2)))
    return std::nullopt;
  int y = static_cast<int>(a.num), m = static_cast<int>(t_[i + 2].num), d = static_cast<int>(t_[i + 4].num);
  if (!valid_date(y, m, d)) return std::nullopt;
  Found f = explicit_day(i, i + 5, "date-iso", y, m, d);
  std::size_t k = i + 5;
  if (k + 3 < t_.size() && t_[k].type == Tok::kWord && t_[k].low == "t" && glued(k) && glued_num(k + 1, 2) &&
      punct(k + 2, ":") && glued_num(k + 3, 2)) {
    f.value.hour = static_cast<int>(t_[k + 1].num);
    f.value.minute = static_cast<int>(t_[k + 3].num);
    k += 4;
    if (punct(k, ":") && glued_num(k + 1, 2)) k += 2;
    if (punct(k, ".") && glued_num(k + 1, 9)) k += 2;
    if (k < t_.size() && t_[k].type == Tok::kWord && t_[k].low == "z" && glued(k)) {
      f.value.utc_offset_minutes = 0;
      ++k;
    } else if (auto tz = tz_tail(k); tz && glued(k)) {
      f.value.utc_offset_minutes = tz->first;
      k = tz->second;
    }
    f.last = k;
    if (f.value.hour > 23 || f.value.minute > 59) f.value.hour = f.value.minute = -1;
    return f;
  }
  add_time(f);
  return f;
}

std::optional<Found> Scanner::numeric_date(std::size_t i, bool allow_dm) const {
  if (i >= t_.size() || t_[i].type != Tok::kNum || t_[i].glued_word) return std::nullopt;
  const Tok& a = t_[i];
  if (a.ndig == 4) return iso_date(i);
  if (a.ndig > 2 || a.numgroup) return std::nullopt;
  std::size_t s1 = i + 1;
  if (!(punct(s1, "/") || punct(s1, "-") || punct(s1, ".")) || !glued(s1) || !glued_num(i + 2, 2)) return std::nullopt;
  const std::string& sep = t_[s1].low;
  int p = static_cast<int>(a.num), q = static_cast<int>(t_[i + 2].num);
  if (punct(i + 3, sep) && glued(i + 3) && i + 4 < t_.size() && t_[i + 4].type == Tok::kNum && glued(i + 4) &&
      (t_[i + 4].ndig == 4 || (t_[i + 4].ndig == 2 && sep == "/"))) {
    if (i + 5 < t_.size() && glued(i + 5) && (t_[i + 5].type == Tok::kNum || punct(i + 5, sep)))
      return std::nullopt;  // "1.2.2025.3", version numbers
    int y = static_cast<int>(t_[i + 4].num);
    if (t_[i + 4].ndig == 2) y += y < 70 ? 2000 : 1900;
    int d = 0, m = 0;
    day_month_order(lang_, p, q, d, m);
    if (!valid_date(y, m, d)) return std::nullopt;
    Found f = explicit_day(i, i + 5, "date-numeric", y, m, d);
    add_time(f);
    return f;
  }
  // Day/month without a year: only beside a weekday or in parentheses ("(18/10)"), where it
  // cannot be a fraction or a score.
  if (sep != "/") return std::nullopt;
  if (punct(i + 3, "/") || (i + 3 < t_.size() && glued(i + 3) && t_[i + 3].type == Tok::kNum)) return std::nullopt;
  bool parens = i > 0 && punct(i - 1, "(") && punct(i + 3, ")");
  if (!allow_dm && !parens) return std::nullopt;
  int d = 0, m = 0;
  day_month_order(lang_, p, q, d, m);
  if (!valid_partial(m, d)) return std::nullopt;
  Found f = partial_date(i, i + 3, d, m, 0, 0);
  add_time(f);
  return f;
}

std::optional<Found> Scanner::day_first(std::size_t i) const {
  std::size_t start = i, k0 = i, nx = 0;
  // "tanggal 12 Juli", "the 12th of July"
  if (i < t_.size() && t_[i].type == Tok::kWord && is(i, Kind::kDayCue, &nx) && nx < t_.size()) k0 = nx;
  auto d1 = day(k0, true);
  if (!d1) return std::nullopt;
  // Number words count as days only right before a month ("dua belas Juli"): the range
  // branch below requires digits.
  int d = d1->first, d2 = 0, m2 = 0;
  std::size_t k = d1->second;
  auto month_after = [&](std::size_t j) -> std::optional<MonthHit> {
    std::size_t j2 = 0;
    if (is(j, Kind::kOf, &j2)) j = j2;  // "12th of July"
    return month(j);
  };
  auto mo = month_after(k);
  std::size_t r = 0;
  if (!mo) {
    // "19-20 Juni", "11 to 13 July", "antara 11 dan 13 Juli"
    if (!is(k, Kind::kRange, &r)) return std::nullopt;
    auto e = day(r, false);
    if (!e || t_[k0].type != Tok::kNum) return std::nullopt;
    mo = month_after(e->second);
    if (!mo) return std::nullopt;
    d2 = e->first;
    m2 = mo->m;
  }
  int m = mo->m;
  k = mo->next;
  if (!d2) {
    // "19 Juni - 3 Juli 2025"
    if (is(k, Kind::kRange, &r)) {
      auto e = day(r, false);
      if (e) {
        auto mo2 = month_after(e->second);
        if (mo2) {
          d2 = e->first;
          m2 = mo2->m;
          k = mo2->next;
        }
      }
    }
  }
  std::size_t ky = k;
  if (punct(ky, ",")) ++ky;
  auto y = year4(ky);
  Found f;
  if (y) {
    if (d2 && (m2 < m || (m2 == m && d2 < d))) return std::nullopt;  // spans never run backwards within a year
    if (!valid_date(*y, m, d) || (d2 && !valid_date(*y, m2, d2))) return std::nullopt;
    f = explicit_days(start, ky + 1, *y, m, d, m2, d2);
  } else {
    if (!valid_partial(m, d) || (d2 && !valid_partial(m2, d2))) return std::nullopt;
    if (d2 && m2 == m && d2 <= d) return std::nullopt;
    f = partial_date(start, k, d, m, d2, m2);
    shift_after_partial(f);
  }
  add_time(f);
  return f;
}

std::optional<Found> Scanner::month_led(std::size_t i) const {
  auto mo = month(i);
  if (!mo) return std::nullopt;
  std::size_t k = mo->next, r = 0, nx = 0;
  // English order: "July 12, 2025", "July 12th", "July 11-13, 2025"
  if (auto dd = day(k, false)) {
    int d = dd->first, d2 = 0;
    std::size_t k2 = dd->second;
    if (is(k2, Kind::kRange, &r)) {
      if (auto e = day(r, false); e && e->first > d) {
        d2 = e->first;
        k2 = e->second;
      }
    }
    std::size_t ky = k2;
    if (punct(ky, ",")) ++ky;
    if (auto y = year4(ky)) {
      if (valid_date(*y, mo->m, d) && (!d2 || valid_date(*y, mo->m, d2))) {
        Found f = explicit_days(i, ky + 1, *y, mo->m, d, mo->m, d2);
        add_time(f);
        return f;
      }
      return std::nullopt;
    }
    // Without a year this order is English only ("Juli 12" is not Indonesian).
    if (lang_ != Language::kIndonesian && valid_partial(mo->m, d) && (!d2 || valid_partial(mo->m, d2))) {
      Found f = partial_date(i, k2, d, mo->m, d2, mo->m);
      shift_after_partial(f);
      add_time(f);
      return f;
    }
  }
  std::size_t ky = k;
  if (punct(ky, ",") && year4(ky + 1)) ++ky;  // "July, 2025"
  if (auto y = year4(ky)) {
    Found f;
    f.first = i;
    f.last = ky + 1;
    f.spec.name = "month-year";
    f.spec.m = mo->m;
    f.spec.y = *y;
    f.value = TimeValue::month_of(*y, mo->m);
    return f;
  }
  if (mo->flags & kAbbr) return std::nullopt;
  Found f;
  f.first = i;
  f.last = k;
  f.spec.name = "month";
  f.spec.m = mo->m;
  if (const Entry* e = lookup(k, Kind::kShiftAfter, &nx)) {  // "September lalu"
    f.spec.shift = e->ival;
    f.last = nx;
    f.future = e->ival > 0;
    return f;
  }
  const bool cued = i > 0 && is(i - 1, Kind::kMonthCue);
  // "May", "March", "Mei" alone are too often other words: they need a cue before them.
  if ((mo->flags & kCtx) && !cued) return std::nullopt;
  // A bare month name followed by a capitalised word is a given name ("Juni Rahmawati").
  if (!cued && k < t_.size() && t_[k].type == Tok::kWord && t_[k].cap && t_[k].space_before &&
      !t_[k].allcaps)
    return std::nullopt;
  return f;
}

std::optional<Found> Scanner::year_alone(std::size_t i) const {
  auto y = year4(i);
  if (!y || i == 0 || !is(i - 1, Kind::kYearCue)) return std::nullopt;
  Found f;
  f.first = i;
  f.last = i + 1;
  f.spec.name = "year";
  f.spec.y = *y;
  f.value = TimeValue::year_of(*y);
  std::size_t r = 0;
  if (is(i + 1, Kind::kRange, &r)) {  // "2022-2024", "2022 hingga 2024"
    if (auto y2 = year4(r); y2 && *y2 > *y) {
      f.last = r + 1;
      f.spec.y2 = *y2;
      f.end = TimeValue::year_of(*y2);
    }
  }
  return f;
}

std::optional<Found> Scanner::decade(std::size_t i) const {
  std::size_t k = i, nx = 0;
  bool apos = punct(i, "'");
  if (apos) {
    k = i + 1;
    if (!glued(k)) return std::nullopt;
  }
  if (k >= t_.size() || t_[k].type != Tok::kNum || t_[k].numgroup || t_[k].glued_word) return std::nullopt;
  const Tok& n = t_[k];
  if (punct(k + 1, "-") && glued(k + 1) && glued(k + 2) && is(k + 2, Kind::kDecadeSuffix, &nx)) {
  } else if (glued(k + 1) && k + 1 < t_.size() && t_[k + 1].type == Tok::kWord && is(k + 1, Kind::kDecadeSuffix, &nx)) {
  } else {
    return std::nullopt;
  }
  int y = 0;
  if (n.ndig == 4 && n.num % 10 == 0 && n.num >= 1000 && n.num < 2200) {
    y = static_cast<int>(n.num);
  } else if (n.ndig == 2 && n.num % 10 == 0 && (apos || (k > 0 && is(k - 1, Kind::kDecadeCue)))) {
    // "tahun 90-an", "the '90s": the nearest decade in the 20th/21st century.
    y = static_cast<int>(n.num) + (n.num >= 30 ? 1900 : 2000);
  } else {
    return std::nullopt;
  }
  Found f;
  f.first = i;
  f.last = nx;
  f.spec.name = "decade";
  f.spec.y = y;
  f.value.year = y;
  f.value.granularity = Granularity::kDecade;
  return f;
}

std::optional<Found> Scanner::number_unit(std::size_t i) const {
  long n = 0;
  bool article = false;
  Unit u = Unit::kNone;
  std::size_t k = 0;
  auto se = unit(i);
  if (se && se->one) {
    n = 1;
    u = se->u;
    k = se->next;
  } else {
    auto nm = number(i);
    if (!nm) return std::nullopt;
    if (i < t_.size() && t_[i].type == Tok::kNum && t_[i].ndig > 4) return std::nullopt;
    n = nm->v;
    article = nm->article;
    k = nm->next;
    bool hyphen = false;
    if (punct(k, "-") && glued(k) && glued(k + 1)) {  // "three-day visit"
      hyphen = true;
      ++k;
    }
    auto uh = unit(k);
    if (!uh || uh->one) return std::nullopt;
    u = uh->u;
    k = uh->next;
    if (hyphen) {
      if (article) return std::nullopt;
      return duration_of(i, k, u, static_cast<int>(n));
    }
  }
  return count_with_cue(i, k, u, n, article);
}

// n units read over tokens [i, k): what the word after them (or before them) makes of the count,
// a time ago or ahead, a time counted from another, or a length of time.
std::optional<Found> Scanner::count_with_cue(std::size_t i, std::size_t k, Unit u, long n, bool article) const {
  if (punct(k, "-") && glued(k)) return std::nullopt;      // "sehari-hari" (daily)
  if (i > 0 && is(i - 1, Kind::kFreq)) return std::nullopt;  // "dua kali seminggu", "twice a week"
  if (n <= 0 || n > 1000) return std::nullopt;
  Found f;
  f.first = i;
  f.spec.unit = u;
  std::size_t nx = 0;
  const int cnt = static_cast<int>(n);
  if (is(k, Kind::kAgo, &nx)) {
    f.spec.name = "relative";
    f.spec.n = -cnt;
  } else if (is(k, Kind::kAhead, &nx)) {
    f.spec.name = "relative";
    f.spec.n = cnt;
    f.future = true;
  } else if (is(k, Kind::kLater, &nx)) {
    f.spec.name = "reference";
    f.spec.n = cnt;
  } else if (is(k, Kind::kEarlier, &nx)) {
    // "two days before the vote" counts from the vote, not from a time: leave it.
    if (nx < t_.size() && t_[nx].type == Tok::kWord && t_[k].low == "before") return std::nullopt;
    f.spec.name = "reference";
    f.spec.n = -cnt;
  } else if (is(k, Kind::kRecentAfter, &nx)) {
    f.spec.name = "duration";
    f.spec.n = cnt;
    f.duration = true;
  } else {
    if (article) return std::nullopt;  // "a day" alone is a rate or a figure of speech
    nx = k;
    if (i > 0 && is(i - 1, Kind::kAheadBefore)) {  // "in three days"
      f.first = i - 1;
      f.spec.name = "relative";
      f.spec.n = cnt;
      f.future = true;
    } else {
      f.spec.name = "duration";
      f.spec.n = cnt;
      f.duration = true;
    }
  }
  f.last = nx;
  return f;
}

std::optional<Found> Scanner::duration_cue(std::size_t i) const {
  std::size_t k = 0;
  if (!is(i, Kind::kDurationCue, &k)) return std::nullopt;
  std::optional<Found> f;
  // "for a week": after a duration cue an article counts as one.
  if (auto nm = number(k); nm && nm->article) {
    auto uh = unit(nm->next);
    if (!uh || uh->one) return std::nullopt;
    f = duration_of(0, uh->next, uh->u, 1);
  } else {
    f = number_unit(k);
  }
  if (!f || !f->duration) return std::nullopt;
  f->first = i;
  return f;
}

std::optional<Found> Scanner::unit_shift(std::size_t i) const {
  auto uh = unit(i);
  if (!uh || uh->one) return std::nullopt;
  std::size_t nx = 0;
  Found f;
  f.first = i;
  f.spec.unit = uh->u;
  if (const Entry* e = lookup(uh->next, Kind::kRefShiftAfter, &nx)) {  // "hari berikutnya"
    f.spec.name = "reference";
    f.spec.n = e->ival;
  } else if (const Entry* s = lookup(uh->next, Kind::kShiftAfter, &nx); s && uh->u != Unit::kDay) {
    f.spec.name = "relative";  // "pekan lalu", "tahun depan"
    f.spec.n = s->ival;
    f.future = s->ival > 0;
  } else {
    return std::nullopt;
  }
  f.last = nx;
  return f;
}

std::optional<Found> Scanner::shift_before(std::size_t i) const {
  std::size_t k = 0, nx = 0;
  const Entry* s = lookup(i, Kind::kShiftBefore, &k);
  if (!s) return std::nullopt;
  // "the last year", "the past week" are durations, not "last year".
  if (i > 0 && t_[i - 1].low == "the") return std::nullopt;
  Found f;
  f.first = i;
  f.future = s->ival > 0;
  if (const Entry* w = lookup(k, Kind::kWeekday, &nx); w && !(w->flags & kAbbr)) {
    f.last = nx;
    f.spec.name = "weekday";
    f.spec.wd = w->ival;
    f.spec.shift = s->ival;
    return f;
  }
  if (auto mo = month(k); mo && !(mo->flags & kAbbr)) {
    f.last = mo->next;
    f.spec.name = "month";
    f.spec.m = mo->m;
    f.spec.shift = s->ival;
    return f;
  }
  if (auto uh = unit(k); uh && !uh->one && uh->u != Unit::kDay) {
    f.last = uh->next;
    f.spec.name = "relative";
    f.spec.unit = uh->u;
    f.spec.n = s->ival;
    return f;
  }
  return std::nullopt;
}

std::optional<Found> Scanner::part(std::size_t i) const {
  std::size_t k = 0, nx = 0;
  const Entry* p = lookup(i, Kind::kPart, &k);
  if (!p) return std::nullopt;
  const char* part = p->ival < 0 ? "early" : p->ival > 0 ? "late" : "mid";
  bool needs_shift = (p->flags & kCtx) != 0;  // "earlier"/"later" only as "earlier this month"
  if (k < t_.size() && t_[k].low == "the") ++k;
  Found f;
  f.first = i;
  f.spec.part = part;
  // English: "early this month", "late last year", "earlier this week"
  if (const Entry* s = lookup(k, Kind::kShiftBefore, &nx)) {
    auto uh = unit(nx);
    if (uh && !uh->one && uh->u != Unit::kDay) {
      f.last = uh->next;
      f.spec.name = "relative";
      f.spec.unit = uh->u;
      f.spec.n = s->ival;
      f.future = s->ival > 0;
      return f;
    }
  }
  if (needs_shift) return std::nullopt;
  if (auto uh = unit(k); uh && !uh->one && uh->u != Unit::kDay) {
    std::size_t after = uh->next;
    // "awal bulan Juli", "akhir tahun 2024": the unit word only names what follows.
    if (uh->u == Unit::kMonth && month(after)) {
      k = after;
    } else if (uh->u == Unit::kYear && year4(after)) {
      k = after;
    } else {
      f.spec.name = "relative";  // "awal pekan ini", "akhir tahun", "the end of the month"
      f.spec.unit = uh->u;
      f.spec.n = 0;
      f.last = after;
      if (const Entry* s = lookup(after, Kind::kShiftAfter, &nx)) {
        f.spec.n = s->ival;
        f.last = nx;
        f.future = s->ival > 0;
      }
      return f;
    }
  }
  if (auto m = month_led(k)) {  // "pertengahan Juli", "awal Juli 2025", "mid-July"
    if (m->spec.name == "month" || m->spec.name == "month-year") {
      m->first = i;
      m->spec.part = part;
      return m;
    }
    return std::nullopt;
  }
  if (auto y = year4(k)) {  // "awal 2024", "mid-2024"
    f.last = k + 1;
    f.spec.name = "year";
    f.spec.y = *y;
    f.value = TimeValue::year_of(*y);
    return f;
  }
  if (auto d = decade(k)) {  // "akhir 1990-an"
    d->first = i;
    d->spec.part = part;
    return d;
  }
  return std::nullopt;
}

std::optional<Found> Scanner::relative(std::size_t i) const {
  std::size_t nx = 0;
  const Entry* e = lookup(i, Kind::kRelative, &nx);
  if (!e) return std::nullopt;
  Found f;
  f.first = i;
  f.last = nx;
  f.spec.name = e->ref ? "reference" : "relative";
  f.spec.unit = e->unit;
  f.spec.n = e->ival;
  f.future = !e->ref && e->ival > 0;
  return f;
}

std::optional<Found> Scanner::date_after_weekday(std::size_t k, int wd) const {
  std::optional<Found> f = numeric_date(k, true);
  if (!f) f = day_first(k);
  if (!f) {
    f = month_led(k);
    if (f && f->spec.name != "date" && f->spec.name != "date-partial" && f->spec.name != "date-span")
      f.reset();
  }
  if (!f || !f->spec.d) return std::nullopt;
  f->spec.wd = wd;
  return f;
}

std::optional<Found> Scanner::weekday_led(std::size_t i) const {
  std::size_t nx = 0;
  const Entry* e = lookup(i, Kind::kWeekday, &nx);
  if (!e) return std::nullopt;
  const int wd = e->ival;
  const bool abbr = (e->flags & kAbbr) != 0;
  if (abbr && punct(nx, ".") && glued(nx)) ++nx;
  const Tok& tk = t_[i];
  // Indonesian "minggu" is also the week: lower case always is.
  const bool minggu = tk.low == "minggu";
  if (minggu && !tk.cap && !tk.allcaps && !(i > 0 && is(i - 1, Kind::kWeekdayCue))) return std::nullopt;
  std::size_t k = nx;
  bool paren = false;
  if (punct(k, ",")) {
    ++k;
  } else if (punct(k, "(")) {
    paren = true;
    ++k;
  }
  if (auto f = date_after_weekday(k, wd)) {
    f->first = i;
    if (paren && punct(f->last, ")")) {
      ++f->last;
      add_time(*f);  // "Rabu (18/10) pukul 10.00"
    }
    return f;
  }
  if (abbr) return std::nullopt;
  std::size_t sx = 0;
  const Entry* shift = lookup(nx, Kind::kShiftAfter, &sx);
  if (minggu) {
    // "Minggu lalu" opening a sentence, or "dua Minggu" in a title, means weeks.
    if (shift && starts_clause(i)) return std::nullopt;
    if (i > 0 && (t_[i - 1].type == Tok::kNum || is(i - 1, Kind::kNumber))) return std::nullopt;
  }
  Found f;
  f.first = i;
  f.last = nx;
  f.spec.name = "weekday";
  f.spec.wd = wd;
  if (shift) {  // "Kamis lalu", "Selasa depan"
    f.spec.shift = shift->ival;
    f.last = sx;
    f.future = shift->ival > 0;
  }
  return f;
}

std::optional<Found> Scanner::match(std::size_t i) const {
  if (i >= t_.size()) return std::nullopt;
  const Tok& tk = t_[i];
  std::optional<Found> f;
  switch (tk.type) {
    case Tok::kNum:
      if ((f = numeric_date(i, false))) return f;
      if ((f = decade(i))) return f;
      if ((f = day_first(i))) return f;
      if ((f = year_alone(i))) return f;
      return number_unit(i);
    case Tok::kWord:
      if (!may_start_[i]) return std::nullopt;
      if ((f = relative(i))) return f;
      if ((f = part(i))) return f;
      if ((f = shift_before(i))) return f;
      if ((f = weekday_led(i))) return f;
      if ((f = month_led(i))) return f;
      if ((f = duration_cue(i))) return f;
      if ((f = day_first(i))) return f;
      if ((f = number_unit(i))) return f;
      return unit_shift(i);
    case Tok::kPunct:
      return decade(i);
  }
  return std::nullopt;
}

bool Scanner::future_cue_before(std::size_t i) const {
  // Look back over the clause: at most eight tokens, never across sentence or clause punctuation.
  std::size_t stop = i > 8 ? i - 8 : 0;
  for (std::size_t j = i; j-- > stop;) {
    const Tok& tk = t_[j];
    if (t_[j + 1].break_before) return false;
    if (tk.type == Tok::kPunct && (tk.low == "." || tk.low == "!" || tk.low == "?" || tk.low == ";" ||
                                   tk.low == "," || tk.low == ":" || tk.low == "\"" || tk.low == ")"))
      return false;
    std::size_t nx = 0;
    if (is(j, Kind::kFuture, &nx) && nx <= i) return true;
  }
  return false;
}

}  // namespace kronik::timex
