// Time expressions: lexicon loading, the rule-string codec and the public entry points.
// Recognition lives in timex_scan.cpp, anchoring and publication inference in timex_resolve.cpp.
#include "kronik/extract/time/timex.h"

#include <algorithm>
#include <cctype>
#include <charconv>

#include "kronik/core/text.h"
#include "timex_impl.h"
#include "lexicon/tsv.h"

namespace kronik {
namespace timex {
namespace {

struct KindName {
  Kind kind;
  const char* name;
};

// The TSV vocabulary; docs/dates.md documents each kind.
constexpr KindName kKinds[] = {
    {Kind::kMonth, "month"},           {Kind::kWeekday, "weekday"},
    {Kind::kTz, "tz"},                 {Kind::kRelative, "relative"},
    {Kind::kUnit, "unit"},             {Kind::kPrefixOne, "prefix_one"},
    {Kind::kShiftAfter, "shift_after"}, {Kind::kShiftBefore, "shift_before"},
    {Kind::kRefShiftAfter, "refshift_after"}, {Kind::kPart, "part"},
    {Kind::kAgo, "ago"},               {Kind::kAhead, "ahead"},
    {Kind::kAheadBefore, "ahead_before"}, {Kind::kLater, "later"},
    {Kind::kEarlier, "earlier"},       {Kind::kRecentAfter, "recent_after"},
    {Kind::kRecentBefore, "recent_before"}, {Kind::kDurationCue, "duration_cue"},
    {Kind::kFreq, "freq"},             {Kind::kNumber, "number"},
    {Kind::kNumberTeen, "number_teen"}, {Kind::kNumberTens, "number_tens"},
    {Kind::kFuture, "future"},         {Kind::kMonthCue, "month_cue"},
    {Kind::kYearCue, "year_cue"},      {Kind::kDecadeCue, "decade_cue"},
    {Kind::kDecadeSuffix, "decade_suffix"}, {Kind::kDayCue, "day_cue"},
    {Kind::kOrdinal, "ordinal"},       {Kind::kOf, "of"},
    {Kind::kRange, "range"},           {Kind::kTimeCue, "time_cue"},
    {Kind::kAmPm, "ampm"},             {Kind::kWeekdayCue, "weekday_cue"},
    {Kind::kStampLabel, "stamp_label"}, {Kind::kSince, "since"},
    {Kind::kClauseOpener, "clause_opener"}, {Kind::kRecap, "recap"},
};

bool parse_int(std::string_view s, int& out) {
  if (!s.empty() && s[0] == '+') s.remove_prefix(1);
  auto r = std::from_chars(s.data(), s.data() + s.size(), out);
  return !s.empty() && r.ec == std::errc() && r.ptr == s.data() + s.size();
}

// Parses one data row into an Entry; returns a message on malformed input.
std::string parse_row(const std::vector<std::string_view>& cells, Entry& e) {
  if (cells.size() < 3) return "expected kind<TAB>form<TAB>value";
  auto kind = kind_from_name(trim(cells[0]));
  if (!kind) return "unknown kind '" + std::string(cells[0]) + "'";
  e.kind = *kind;
  std::string_view form = trim(cells[1]);
  if (form.empty()) return "empty form";
  std::string f(form);
  for (const Tok& t : tokenize(f, 0, f.size())) e.words.push_back(t.low);
  if (e.words.empty()) return "empty form";
  std::string_view value = trim(cells[2]);
  if (e.kind == Kind::kUnit) {
    auto u = unit_from_name(value);
    if (!u) return "unknown unit '" + std::string(value) + "'";
    e.unit = *u;
  } else if (e.kind == Kind::kRelative) {
    // "day:-1" (publication-anchored) or "ref:day:-1" (reference-anchored).
    std::string_view v = value;
    if (v.substr(0, 4) == "ref:") {
      e.ref = true;
      v.remove_prefix(4);
    }
    auto colon = v.find(':');
    if (colon == std::string_view::npos) return "relative value must be unit:offset";
    auto u = unit_from_name(v.substr(0, colon));
    if (!u || !parse_int(v.substr(colon + 1), e.ival)) return "bad relative value '" + std::string(value) + "'";
    e.unit = *u;
  } else if (e.kind == Kind::kPart) {
    if (value == "early") e.ival = -1;
    else if (value == "mid") e.ival = 0;
    else if (value == "late") e.ival = 1;
    else return "part value must be early, mid or late";
  } else if (!parse_int(value, e.ival)) {
    return "value must be an integer";
  }
  if (e.kind == Kind::kMonth && (e.ival < 1 || e.ival > 12)) return "month must be 1-12";
  if (e.kind == Kind::kWeekday && (e.ival < 0 || e.ival > 6)) return "weekday must be 0 (Monday) - 6 (Sunday)";
  if (cells.size() > 3) {
    for (auto flag : split(cells[3], ',')) {
      flag = trim(flag);
      if (flag.empty()) continue;
      if (flag == "cap") e.flags |= kCap;
      else if (flag == "abbr") e.flags |= kAbbr;
      else if (flag == "ctx") e.flags |= kCtx;
      else if (flag == "article") e.flags |= kArticle;
      else return "unknown flag '" + std::string(flag) + "'";
    }
  }
  return {};
}

}  // namespace

const char* kind_name(Kind k) noexcept {
  for (const auto& kn : kKinds)
    if (kn.kind == k) return kn.name;
  return "?";
}

std::optional<Kind> kind_from_name(std::string_view s) noexcept {
  for (const auto& kn : kKinds)
    if (s == kn.name) return kn.kind;
  return std::nullopt;
}

const char* unit_name(Unit u) noexcept {
  switch (u) {
    case Unit::kDay: return "day";
    case Unit::kWeek: return "week";
    case Unit::kMonth: return "month";
    case Unit::kYear: return "year";
    case Unit::kDecade: return "decade";
    case Unit::kNone: break;
  }
  return "none";
}

std::optional<Unit> unit_from_name(std::string_view s) noexcept {
  for (Unit u : {Unit::kDay, Unit::kWeek, Unit::kMonth, Unit::kYear, Unit::kDecade})
    if (s == unit_name(u)) return u;
  return std::nullopt;
}

std::string Spec::serialise() const {
  std::string s = name;
  auto kv = [&](const char* k, int v) {
    s += ' ';
    s += k;
    s += '=';
    s += std::to_string(v);
  };
  if (d) kv("d", d);
  if (m) kv("m", m);
  if (y) kv("y", y);
  if (d2) kv("d2", d2);
  if (m2) kv("m2", m2);
  if (y2) kv("y2", y2);
  if (wd >= 0) kv("wd", wd);
  if (has_shift()) kv("shift", shift);
  if (unit != Unit::kNone) {
    s += " unit=";
    s += unit_name(unit);
    kv("n", n);
  }
  if (!part.empty()) s += " part=" + part;
  return s;
}

Spec Spec::parse(std::string_view rule) {
  Spec sp;
  auto words = split(rule, ' ');
  if (words.empty()) return sp;
  sp.name = std::string(words[0]);
  for (std::size_t i = 1; i < words.size(); ++i) {
    auto eq = words[i].find('=');
    if (eq == std::string_view::npos) continue;
    std::string_view k = words[i].substr(0, eq), v = words[i].substr(eq + 1);
    int iv = 0;
    const bool num = parse_int(v, iv);  // from_chars takes the sign of "-1"
    if (k == "unit") {
      sp.unit = unit_from_name(v).value_or(Unit::kNone);
    } else if (k == "part") {
      sp.part = std::string(v);
    } else if (num) {
      if (k == "d") sp.d = iv;
      else if (k == "m") sp.m = iv;
      else if (k == "y") sp.y = iv;
      else if (k == "d2") sp.d2 = iv;
      else if (k == "m2") sp.m2 = iv;
      else if (k == "y2") sp.y2 = iv;
      else if (k == "wd") sp.wd = iv;
      else if (k == "shift") sp.shift = iv;
      else if (k == "n") sp.n = iv;
    }
  }
  return sp;
}

bool Spec::explicit_value() const {
  return name == "date" || name == "date-numeric" || name == "date-iso" || name == "date-span" ||
         name == "month-year" || name == "year" || name == "decade" || name == "month-span";
}

}  // namespace timex

void TimexLexicon::add(timex::Table table, timex::Entry e) {
  if (e.kind == timex::Kind::kUnit && e.words.size() == 1) units[table].emplace(e.words[0], e.unit);
  if (e.kind == timex::Kind::kPrefixOne && e.words.size() == 1) prefix_one[table].push_back(e.words[0]);
  auto idx = static_cast<std::uint32_t>(entries.size());
  index[table][e.words[0]].push_back(idx);
  entries.push_back(std::move(e));
}

void TimexLexicon::finish() {
  // Longest form first so that "hari yang sama" wins over shorter entries starting with "hari".
  for (auto& table : index)
    for (auto& [word, ids] : table)
      std::stable_sort(ids.begin(), ids.end(), [&](std::uint32_t a, std::uint32_t b) {
        return entries[a].words.size() > entries[b].words.size();
      });
  for (int tb = 0; tb < timex::kTables; ++tb)
    for (const auto& [word, ids] : index[tb]) by_word[word][tb] = &ids;
}

TimeTagger::TimeTagger() : lex_(std::make_unique<TimexLexicon>()) {}
TimeTagger::~TimeTagger() = default;

Result<std::shared_ptr<const TimeTagger>> TimeTagger::load(const std::string& data_dir) {
  std::shared_ptr<TimeTagger> tagger(new TimeTagger());
  struct LangDir {
    const char* dir;
    timex::Table table;
  };
  for (LangDir ld : {LangDir{"id", timex::kId}, LangDir{"en", timex::kEn}}) {
    std::string dir = data_dir + "/" + ld.dir;
    std::vector<std::string> files;
    for (const auto& f : detail::list_files(dir, ".tsv")) {
      auto slash = f.find_last_of('/');
      std::string base = slash == std::string::npos ? f : f.substr(slash + 1);
      if (base.rfind("timex", 0) == 0) files.push_back(f);
    }
    if (files.empty())
      return Error{ErrorCode::kData, "no time-expression lexicon (timex*.tsv) found", dir, 0};
    for (const auto& path : files) {
      Status st = detail::read_tsv(path, "kind", [&](const std::vector<std::string_view>& cells, std::size_t) {
        timex::Entry e;
        std::string problem = timex::parse_row(cells, e);
        if (!problem.empty()) return problem;
        // Month, weekday and time-zone names are recognised in every language: Indonesian
        // pages carry English datelines and RFC 2822 stamps.
        bool shared = e.kind == timex::Kind::kMonth || e.kind == timex::Kind::kWeekday || e.kind == timex::Kind::kTz;
        tagger->lex_->add(shared ? timex::kShared : ld.table, std::move(e));
        return std::string();
      });
      if (!st) return st.error();
    }
  }
  tagger->lex_->finish();
  return std::shared_ptr<const TimeTagger>(std::move(tagger));
}

std::vector<TimeMention> TimeTagger::find(std::string_view text, ByteSpan range, Language lang) const {
  std::vector<TimeMention> out;
  std::size_t begin = std::min<std::size_t>(range.begin, text.size());
  std::size_t end = std::min<std::size_t>(std::max(range.end, range.begin), text.size());
  auto toks = timex::tokenize(text, begin, end);
  timex::Scanner sc(*lex_, toks, lang);
  for (std::size_t i = 0; i < toks.size();) {
    auto f = sc.match(i);
    if (!f || f->last <= i) {
      ++i;
      continue;
    }
    TimeMention m;
    m.span = ByteSpan{toks[f->first].b, toks[f->last - 1].e};
    m.text = std::string(text.substr(m.span.begin, m.span.size()));
    m.rule = f->spec.serialise();
    m.duration = f->duration;
    if (f->spec.explicit_value()) {
      m.value = f->value;
      m.end = f->end;
      m.anchor = Anchor::kExplicit;
    }
    // Forward-looking by itself ("besok", "Selasa depan") or by a cue before it ("akan").
    m.future = f->future || (!m.duration && sc.future_cue_before(f->first));
    out.push_back(std::move(m));
    i = f->last;
  }
  return out;
}

namespace {

// The value of a one-word entry of `kind` in any table; 0 when the word has none.
int one_word_value(const TimexLexicon& lex, timex::Kind kind, std::string_view word) {
  std::string low(word);
  for (char& c : low) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  auto it = lex.by_word.find(low);
  if (it == lex.by_word.end()) return 0;
  // Every table: page furniture is often in the other language ("Updated" on Indonesian pages).
  for (int tb = 0; tb < timex::kTables; ++tb) {
    if (!it->second[tb]) continue;
    for (std::uint32_t id : *it->second[tb]) {
      const timex::Entry& e = lex.entries[id];
      if (e.kind == kind && e.words.size() == 1) return e.ival;
    }
  }
  return 0;
}

}  // namespace

int TimeTagger::stamp_label(std::string_view word) const {
  return one_word_value(*lex_, timex::Kind::kStampLabel, word);
}

bool TimeTagger::clause_opener(std::string_view word) const {
  return one_word_value(*lex_, timex::Kind::kClauseOpener, word) != 0;
}

bool TimeTagger::recap_opener(std::string_view sentence) const {
  // Only the opening words matter; a recap formula is short ("Seperti diketahui", "As reported").
  const std::size_t n = std::min<std::size_t>(sentence.size(), 64);
  const auto toks = timex::tokenize(sentence, 0, n);
  if (toks.empty() || toks[0].type != timex::Tok::kWord) return false;
  auto it = lex_->by_word.find(toks[0].low);
  if (it == lex_->by_word.end()) return false;
  for (int tb = 0; tb < timex::kTables; ++tb) {
    if (!it->second[tb]) continue;
    for (std::uint32_t id : *it->second[tb]) {
      const timex::Entry& e = lex_->entries[id];
      if (e.kind != timex::Kind::kRecap || e.words.size() > toks.size()) continue;
      bool same = true;
      for (std::size_t k = 0; k < e.words.size() && same; ++k) same = toks[k].low == e.words[k];
      if (same) return true;
    }
  }
  return false;
}

bool TimeTagger::since_before(std::string_view text, std::size_t pos) const {
  std::size_t e = std::min(pos, text.size());
  while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\t')) --e;
  std::size_t b = e;
  while (b > 0 && std::isalpha(static_cast<unsigned char>(text[b - 1]))) --b;
  return b < e && one_word_value(*lex_, timex::Kind::kSince, text.substr(b, e - b)) != 0;
}

std::optional<TimeValue> TimeTagger::parse_stamp(std::string_view s, Language lang) const {
  std::string_view st = trim(s);
  if (st.empty()) return std::nullopt;
  // Metadata stamps are usually plain ISO 8601; the core parser handles them exactly.
  if (auto iso = TimeValue::parse_iso(st)) return iso;
  auto toks = timex::tokenize(st, 0, st.size());
  timex::Scanner sc(*lex_, toks, lang);
  std::optional<TimeValue> coarse;
  for (std::size_t i = 0; i < toks.size(); ++i) {
    auto f = sc.match(i);
    if (!f) continue;
    if (f->spec.explicit_value() && !f->duration && f->value.known()) {
      TimeValue v = f->value;
      if (v.granularity == Granularity::kDay) {
        if (v.hour >= 0) v.granularity = Granularity::kMinute;
        return v;
      }
      if (!coarse) coarse = v;
    }
    if (f->last > i) i = f->last - 1;
  }
  return coarse;
}

}  // namespace kronik
