// Gazetteer loading and phrase tries. Phrases are stored as sequences of fold()ed "atoms" so that
// "Kim Jong-un", "Kim Jong Un" and "KIM JONG UN" reach the same node; case only matters where a
// data file says so ('=' prefix), which keeps short abbreviations such as "AS" apart from words.
#include "kronik/extract/entities/gazetteer.h"

#include <algorithm>
#include <set>

#include "kronik/core/text.h"
#include "lexicon/tsv.h"

namespace kronik {

struct Gazetteer::Trie {
  struct Ref {
    std::uint32_t payload = 0;
    Language lang = Language::kUnknown;  // kUnknown = any language
    bool case_sensitive = false;
    bool needs_capital = false;
    std::string exact;  // for case-sensitive phrases: the phrase as written
  };
  /// The reference to the row just appended to a per-language table of `rows` rows
  /// (titles, heads, groups, word classes).
  static Ref last_row(std::size_t rows, Language lang) {
    Ref r;
    r.payload = static_cast<std::uint32_t>(rows - 1);
    r.lang = lang;
    return r;
  }
  static constexpr std::uint32_t kDead = 0xFFFFFFFFu;
  std::vector<std::vector<Ref>> refs{1};              // per node; node 0 is the root
  std::unordered_map<std::uint64_t, std::uint32_t> next;  // (node << 32 | atom id) -> node

  /// By word id: 1 when some phrase starts with that atom (index_starts(), after load).
  std::vector<std::uint8_t> starts;

  static std::uint64_t edge(std::uint32_t node, WordId atom) { return (std::uint64_t{node} << 32) | atom; }

  void index_starts(std::size_t vocabulary) {
    starts.assign(vocabulary, 0);
    for (const auto& [e, node] : next)
      if ((e >> 32) == 0) starts[static_cast<WordId>(e)] = 1;
  }

  /// False only when a walk from these atoms dies on the first one: one array read instead of a
  /// hash look-up, for the many tokens that start no phrase. (No atoms do not end a walk.)
  bool may_start(SentenceTokens::Atoms atoms) const {
    return atoms.empty() || (*atoms.begin() < starts.size() && starts[*atoms.begin()] != 0);
  }

  std::uint32_t step(std::uint32_t node, WordId atom) const {
    if (atom == kNoWord) return kDead;
    auto it = next.find(edge(node, atom));
    return it == next.end() ? kDead : it->second;
  }

  // Walks the atoms from `node`; kDead when the trie has no such path.
  std::uint32_t walk(std::uint32_t node, SentenceTokens::Atoms atoms) const {
    for (WordId a : atoms) {
      node = step(node, a);
      if (node == kDead) return kDead;
    }
    return node;
  }

  void add(std::string_view phrase, Ref ref, Gazetteer& g) {
    std::string f = fold(phrase);
    if (f.empty()) return;
    std::uint32_t n = 0;
    for (std::string_view atom : split(f, ' ')) {
      auto [it, fresh] = next.emplace(edge(n, g.intern(atom)), static_cast<std::uint32_t>(refs.size()));
      if (fresh) refs.emplace_back();
      n = it->second;
    }
    for (const Ref& r : refs[n])
      if (r.payload == ref.payload && r.lang == ref.lang && r.case_sensitive == ref.case_sensitive && r.exact == ref.exact) return;
    refs[n].push_back(std::move(ref));
  }
};

namespace {

// "=AS@id" -> text "AS", case-sensitive, Indonesian only.
struct AliasSpec {
  std::string text;
  bool case_sensitive = false;
  Language lang = Language::kUnknown;
};

AliasSpec parse_alias(std::string_view a) {
  AliasSpec s;
  a = trim(a);
  if (!a.empty() && a[0] == '=') {
    s.case_sensitive = true;
    a.remove_prefix(1);
  }
  auto at = a.rfind('@');
  if (at != std::string_view::npos && a.size() - at == 3) {
    Language l = language_from_code(a.substr(at + 1));
    if (l != Language::kUnknown) {
      s.lang = l;
      a = a.substr(0, at);
    }
  }
  s.text = std::string(trim(a));
  return s;
}

std::vector<std::string_view> cells_list(std::string_view cell) {
  std::vector<std::string_view> out;
  for (auto p : split(cell, '|')) {
    p = trim(p);
    if (!p.empty()) out.push_back(p);
  }
  return out;
}

const char* lang_dir(Language l) { return l == Language::kEnglish ? "en" : "id"; }

std::string joined_text(const std::vector<Token>& toks, std::size_t i, std::size_t n) {
  std::string s;
  for (std::size_t k = i; k < i + n; ++k) {
    if (k > i && toks[k].span.begin > toks[k - 1].span.end) s += ' ';
    s += toks[k].text;
  }
  return s;
}

// Name words without generational suffixes ("Jr", "II"): "Ferdinand Marcos Jr" -> ... "marcos".
std::vector<std::string_view> name_atoms(const std::string& folded) {
  static const std::set<std::string_view> kSuffix = {"jr", "sr", "ii", "iii", "iv", "v", "vi", "xiv", "xvi", "bin", "binti", "al"};
  std::vector<std::string_view> atoms = split(folded, ' ');
  while (atoms.size() > 1 && kSuffix.count(atoms.back())) atoms.pop_back();
  return atoms;
}

// "Kim Yo-jong", "Choe Son-hui": a last word with an inner hyphen followed by a lower-case letter
// is a Korean given name as romanised in the press, so the family name comes first.
bool korean_style_given_name(std::string_view alias) {
  auto sp = alias.rfind(' ');
  if (sp == std::string_view::npos) return false;
  std::string_view last = alias.substr(sp + 1);
  auto h = last.find('-');
  return h != std::string_view::npos && h > 0 && h + 1 < last.size() && last[h + 1] >= 'a' && last[h + 1] <= 'z';
}

}  // namespace

std::size_t possessive_suffix(std::string_view w) noexcept {
  if (w.size() > 2 && (w.substr(w.size() - 2) == "'s" || w.substr(w.size() - 2) == "'S")) return 2;
  if (w.size() > 4 && (w.substr(w.size() - 4) == "\xE2\x80\x99s" || w.substr(w.size() - 4) == "\xE2\x80\x99S")) return 4;
  return 0;
}

bool is_possessive(const Token& t) noexcept { return t.word && possessive_suffix(t.text) > 0; }

std::string base_fold(const Token& t, const std::string& folded) {
  // fold() drops the apostrophe ("Russia's" -> "russias"), so the ending is a final "s".
  if (!is_possessive(t) || folded.size() < 2 || folded.back() != 's') return folded;
  std::string out = folded.substr(0, folded.size() - 1);
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

Gazetteer::Gazetteer() {
  for (auto& t : tries_) t = std::make_unique<Trie>();
}
Gazetteer::~Gazetteer() = default;

std::vector<std::string> Gazetteer::fold_tokens(const std::vector<Token>& toks) {
  std::vector<std::string> out;
  out.reserve(toks.size());
  for (const Token& t : toks) out.push_back(t.word ? fold(t.text) : std::string());
  return out;
}

Result<std::shared_ptr<const Gazetteer>> Gazetteer::load(const std::string& data_dir,
                                                          const std::vector<std::string>& extra_files) {
  std::shared_ptr<Gazetteer> g(new Gazetteer());
  std::vector<std::string> files = detail::list_files(data_dir + "/common/gazetteer", ".tsv");
  std::string offices_file;
  std::vector<std::string> entity_files;
  for (const auto& f : files) {
    if (f.size() >= 11 && f.compare(f.size() - 11, 11, "offices.tsv") == 0) offices_file = f;
    else entity_files.push_back(f);
  }
  if (entity_files.empty())
    return Error{ErrorCode::kData, "no gazetteer files found", data_dir + "/common/gazetteer", 0};
  for (const auto& f : extra_files) {
    if (!detail::file_exists(f)) return Error{ErrorCode::kData, "gazetteer file not found", f, 0};
    entity_files.push_back(f);
  }
  Trie& ent = *g->tries_[static_cast<int>(PhraseKind::kEntity)];
  for (const auto& f : entity_files) {
    Status st = detail::read_tsv(f, "key", [&](const std::vector<std::string_view>& c, std::size_t) -> std::string {
      if (c.size() < 6) return "expected at least 6 tab-separated columns (key type name qid iso aliases ...)";
      GazetteerEntry e;
      e.key = std::string(trim(c[0]));
      e.type = entity_type_from_name(trim(c[1]));
      if (e.key.empty()) return "empty key";
      if (e.type == EntityType::kUnknown) return "unknown entity type '" + std::string(c[1]) + "'";
      e.name = std::string(trim(c[2]));
      e.qid = std::string(trim(c[3]));
      e.iso = std::string(trim(c[4]));
      if (c.size() > 6)
        for (auto d : cells_list(c[6])) e.demonyms.emplace_back(d);
      if (c.size() > 7) e.metonym_of = std::string(trim(c[7]));
      if (c.size() > 8) e.source = std::string(trim(c[8]));
      if (c.size() > 9) e.within = std::string(trim(c[9]));
      if (c.size() > 11)
        for (auto m : cells_list(c[11])) e.members.emplace_back(m);
      std::uint32_t idx;
      auto existing = g->by_key_.find(e.key);
      if (existing != g->by_key_.end()) {
        idx = existing->second;  // a user file may add aliases to a bundled entity
      } else {
        idx = static_cast<std::uint32_t>(g->entries_.size());
        g->by_key_.emplace(e.key, idx);
        g->entries_.push_back(e);
      }
      std::vector<std::string_view> names = cells_list(c[5]);
      names.insert(names.begin(), c[2]);
      for (auto a : names) {
        AliasSpec s = parse_alias(a);
        if (s.text.empty()) continue;
        Trie::Ref r;
        r.payload = idx;
        r.lang = s.lang;
        r.case_sensitive = s.case_sensitive;
        r.needs_capital = is_upper_initial(s.text);
        if (s.case_sensitive) r.exact = s.text;
        ent.add(s.text, r, *g);
        g->entries_[idx].aliases.push_back(s.text);
      }
      return {};
    });
    if (!st) return st.error();
  }
  if (!offices_file.empty()) {
    Status st = detail::read_tsv(offices_file, "person_key", [&](const std::vector<std::string_view>& c, std::size_t) -> std::string {
      if (c.size() < 4) return "expected person_key office country_key start [end source]";
      OfficeTerm t;
      t.person = std::string(trim(c[0]));
      t.office = std::string(trim(c[1]));
      t.country = std::string(trim(c[2]));
      if (!g->by_key_.count(t.person)) return "unknown person key '" + t.person + "'";
      if (auto v = TimeValue::parse_iso(trim(c[3]))) t.start = *v;
      if (c.size() > 4)
        if (auto v = TimeValue::parse_iso(trim(c[4]))) t.end = *v;
      g->offices_.push_back(std::move(t));
      return {};
    });
    if (!st) return st.error();
  }
  g->index_offices();
  // Naming conventions by country (data/common/name_order.tsv): which word of a name news uses alone.
  std::unordered_map<std::string, std::string> name_order;
  if (std::string f = data_dir + "/common/name_order.tsv"; detail::file_exists(f)) {
    Status st = detail::read_tsv(f, "country_key", [&](const std::vector<std::string_view>& c, std::size_t) -> std::string {
      if (c.size() < 2) return "expected country_key convention";
      std::string conv(trim(c[1]));
      if (conv != "family_first" && conv != "first_name") return "convention must be family_first or first_name";
      name_order[std::string(trim(c[0]))] = conv;
      return {};
    });
    if (!st) return st.error();
  }
  // Short forms and adjectives are derived, not listed: the data stays one row per entity.
  std::unordered_map<std::string, std::vector<std::uint32_t>> demonym_owners;
  for (std::uint32_t i = 0; i < g->entries_.size(); ++i) {
    GazetteerEntry& e = g->entries_[i];
    if (e.type == EntityType::kPerson) {
      bool indonesian = false;
      for (const auto& o : g->offices_) {
        if (o.person != e.key) continue;
        auto conv = name_order.find(o.country);
        if (conv == name_order.end()) continue;
        if (conv->second == "family_first") e.family_name_first = true;
        if (conv->second == "first_name") indonesian = true;
      }
      for (const auto& a : e.aliases)
        if (korean_style_given_name(a)) e.family_name_first = true;
      std::set<std::string> forms;
      for (const auto& a : e.aliases) {
        std::string f = fold(a);
        auto atoms = name_atoms(f);
        if (atoms.size() < 2) continue;
        forms.insert(std::string(e.family_name_first ? atoms.front() : atoms.back()));
        if (indonesian) forms.insert(std::string(atoms.front()));
      }
      e.short_forms.assign(forms.begin(), forms.end());
      for (const auto& f : forms) g->short_forms_[f].push_back(i);
    } else if (e.type == EntityType::kCountry) {
      for (const auto& d : e.demonyms) {
        g->adjectives_.emplace(fold(d), i);
        auto& owners = demonym_owners[fold(d)];
        if (std::find(owners.begin(), owners.end(), i) == owners.end()) owners.push_back(i);
      }
      for (const auto& a : e.aliases) g->adjectives_.emplace(fold(a), i);
    } else if (e.type == EntityType::kOrganization && !e.metonym_of.empty()) {
      g->organs_.emplace(fold(e.name), i);
      for (const auto& a : e.aliases) g->organs_.emplace(fold(a), i);
    }
  }
  // A demonym names its country ("Russian President", "North Korean leader") unless several
  // countries share it ("Congolese"); it needs its capital, so "french fries" stays a dish.
  for (std::uint32_t i = 0; i < g->entries_.size(); ++i) {
    const GazetteerEntry& e = g->entries_[i];
    if (e.type != EntityType::kCountry) continue;
    for (const auto& d : e.demonyms) {
      if (demonym_owners[fold(d)].size() != 1 || !is_upper_initial(d)) continue;
      Trie::Ref r;
      r.payload = i;
      r.needs_capital = true;
      ent.add(d, r, *g);
    }
  }
  // Titles: each language's own, and other languages' titles quoted in any text ("Papa" for the
  // pope in an Italian chant), which need their capital ("papa" is also a child's word).
  auto load_titles = [&](const std::string& f, Language lang, bool foreign) -> Status {
    if (!detail::file_exists(f)) return {};
    return detail::read_tsv(f, "title", [&](const std::vector<std::string_view>& c, std::size_t) -> std::string {
      TitleInfo t;
      if (c.size() > 1) t.office = std::string(trim(c[1]));
      t.kind = c.size() > 2 ? std::string(trim(c[2])) : "office";
      t.foreign = foreign;
      g->titles_.push_back(t);
      AliasSpec s = parse_alias(c[0]);
      Trie::Ref r = Trie::last_row(g->titles_.size(), lang);
      r.case_sensitive = s.case_sensitive;
      r.needs_capital = foreign;
      if (s.case_sensitive) r.exact = s.text;
      g->tries_[static_cast<int>(PhraseKind::kTitle)]->add(s.text, r, *g);
      return {};
    });
  };
  if (Status st = load_titles(data_dir + "/common/titles.tsv", Language::kUnknown, true); !st) return st.error();
  // Per-language lexicons.
  for (Language lang : {Language::kIndonesian, Language::kEnglish}) {
    std::string dir = data_dir + "/" + lang_dir(lang);
    std::string f = dir + "/titles.tsv";
    if (Status st = load_titles(f, lang, false); !st) return st.error();
    f = dir + "/heads.tsv";
    if (detail::file_exists(f)) {
      Status st = detail::read_tsv(f, "head", [&](const std::vector<std::string_view>& c, std::size_t) -> std::string {
        if (c.size() < 2) return "expected head type [office english]";
        HeadInfo h;
        h.type = entity_type_from_name(trim(c[1]));
        if (h.type == EntityType::kUnknown) return "unknown type";
        if (c.size() > 2) h.office = std::string(trim(c[2]));
        if (c.size() > 3) h.english = std::string(trim(c[3]));
        if (c.size() > 4)
          for (auto flag : cells_list(c[4])) {
            if (flag == "after") h.after = true;
            else if (flag == "state") h.state = true;
            else return "unknown head flag '" + std::string(flag) + "' (after|state)";
          }
        g->heads_.push_back(h);
        Trie::Ref r = Trie::last_row(g->heads_.size(), lang);
        // A head in front of a name is capitalised ("Kementerian", "Wilayah"); one after it is
        // often not ("the Sumy region"), the name's own capital is the evidence there.
        r.needs_capital = !h.after;
        // A state organ noun is written in any case ("pasukan Rusia", "Russian forces"); one written
        // after the country types no other name, so it stays out of the post-head trie.
        if (h.state) {
          Trie::Ref organ = r;
          organ.needs_capital = false;
          g->tries_[static_cast<int>(PhraseKind::kOrgan)]->add(c[0], organ, *g);
          if (h.after) return {};
        }
        g->tries_[static_cast<int>(h.after ? PhraseKind::kPostHead : PhraseKind::kHead)]->add(c[0], r, *g);
        return {};
      });
      if (!st) return st.error();
    }
    f = dir + "/groups.tsv";
    if (detail::file_exists(f)) {
      Status st = detail::read_tsv(f, "phrase", [&](const std::vector<std::string_view>& c, std::size_t) -> std::string {
        if (c.size() < 3) return "expected phrase group english";
        g->groups_.push_back({std::string(trim(c[1])), std::string(trim(c[2]))});
        g->tries_[static_cast<int>(PhraseKind::kGroup)]->add(c[0], Trie::last_row(g->groups_.size(), lang), *g);
        return {};
      });
      if (!st) return st.error();
    }
    f = dir + "/words.tsv";
    if (detail::file_exists(f)) {
      Status st = detail::read_tsv(f, "word", [&](const std::vector<std::string_view>& c, std::size_t) -> std::string {
        if (c.size() < 2) return "expected word class";
        for (auto cls : split(c[1], '|')) {
          g->word_classes_.emplace_back(trim(cls));
          g->add_word_class(c[0], lang, trim(cls));
          g->tries_[static_cast<int>(PhraseKind::kWord)]->add(c[0], Trie::last_row(g->word_classes_.size(), lang), *g);
        }
        return {};
      });
      if (!st) return st.error();
    }
    // Month and weekday names, read from the time-expression lexicon (kind, form, ...), become the
    // word class "calendar": "May" in "on May 5" is a month before it is Theresa May.
    f = dir + "/timex.tsv";
    if (detail::file_exists(f)) {
      Status st = detail::read_tsv(f, "kind", [&](const std::vector<std::string_view>& c, std::size_t) -> std::string {
        if (c.size() < 2 || (trim(c[0]) != "month" && trim(c[0]) != "weekday")) return {};
        g->word_classes_.emplace_back("calendar");
        g->add_word_class(c[1], Language::kUnknown, "calendar");
        g->tries_[static_cast<int>(PhraseKind::kWord)]->add(c[1], Trie::last_row(g->word_classes_.size(), Language::kUnknown), *g);
        return {};
      });
      if (!st) return st.error();
    }
  }
  g->index_word_classes();
  for (auto& t : g->tries_) t->index_starts(g->vocabulary_.size());
  return std::shared_ptr<const Gazetteer>(std::move(g));
}

PhraseMatch Gazetteer::match(const SentenceTokens& st, std::size_t i, Language lang, PhraseKind kind,
                             std::size_t max_tokens) const {
  PhraseMatch best;
  const std::vector<Token>& toks = st.toks;
  if (i >= toks.size() || !toks[i].word) return best;
  const Trie& trie = *tries_[static_cast<int>(kind)];
  // Most tokens start no phrase of the kind (the group scan tries every token of the document).
  if (!trie.may_start(st.atoms(i)) && !(is_possessive(toks[i]) && trie.may_start(st.base_atoms(i)))) return best;
  auto collect = [&](std::uint32_t node, std::size_t k, bool possessive) {
    const auto& refs = trie.refs[node];
    if (refs.empty()) return;
    PhraseMatch m;
    m.tokens = k - i + 1;
    std::string text;
    for (const auto& r : refs) {
      if (r.lang != Language::kUnknown && lang != Language::kUnknown && r.lang != lang) continue;
      if (r.needs_capital && !toks[i].upper) continue;
      if (r.case_sensitive) {
        if (text.empty()) {
          text = joined_text(toks, i, m.tokens);
          if (possessive) text.resize(text.size() - possessive_suffix(toks[k].text));
        }
        if (text != r.exact) continue;
      }
      if (std::find(m.payloads.begin(), m.payloads.end(), r.payload) == m.payloads.end()) m.payloads.push_back(r.payload);
    }
    if (!m.payloads.empty()) best = std::move(m);
  };
  std::uint32_t node = 0;
  for (std::size_t k = i; k < toks.size(); ++k) {
    if (!toks[k].word) break;
    if (max_tokens > 0 && k - i + 1 > max_tokens) break;
    std::uint32_t start = node;
    node = trie.walk(start, st.atoms(k));
    if (node != Trie::kDead) {
      collect(node, k, false);
      continue;
    }
    // "Russia's": the possessive ends the phrase; match the word without it.
    if (is_possessive(toks[k])) {
      node = trie.walk(start, st.base_atoms(k));
      if (node != Trie::kDead) collect(node, k, true);
    }
    break;
  }
  return best;
}

PhraseMatch Gazetteer::match(const std::vector<Token>& toks, const std::vector<std::string>& folded, std::size_t i,
                             Language lang, PhraseKind kind, std::size_t max_tokens) const {
  SentenceTokens st;
  st.toks = toks;
  auto add_atoms = [&](const std::string& f, std::vector<WordId>& out) {
    for (std::string_view a : split(f, ' ')) out.push_back(word_id(a));
  };
  for (std::size_t k = 0; k < toks.size(); ++k) {
    st.atom_begin.push_back(static_cast<std::uint32_t>(st.atom_ids.size()));
    st.base_begin.push_back(static_cast<std::uint32_t>(st.base_ids.size()));
    if (!toks[k].word) continue;
    add_atoms(folded[k], st.atom_ids);
    if (is_possessive(toks[k])) add_atoms(base_fold(toks[k], folded[k]), st.base_ids);
  }
  st.atom_begin.push_back(static_cast<std::uint32_t>(st.atom_ids.size()));
  st.base_begin.push_back(static_cast<std::uint32_t>(st.base_ids.size()));
  return match(st, i, lang, kind, max_tokens);
}

WordId Gazetteer::intern(std::string_view folded_atom) {
  auto it = vocabulary_.find(folded_atom);
  if (it != vocabulary_.end()) return it->second;
  WordId id = static_cast<WordId>(vocabulary_.size());
  vocabulary_.emplace(std::string(folded_atom), id);
  return id;
}

WordId Gazetteer::word_id(std::string_view folded_atom) const {
  auto it = vocabulary_.find(folded_atom);
  return it == vocabulary_.end() ? kNoWord : it->second;
}

std::optional<std::uint32_t> Gazetteer::find_key(const std::string& key) const {
  auto it = by_key_.find(key);
  if (it == by_key_.end()) return std::nullopt;
  return it->second;
}

void Gazetteer::add_word_class(std::string_view phrase, Language lang, std::string_view cls) {
  std::string f = fold(phrase);
  if (f.empty()) return;
  std::uint64_t bit = word_class_bit(cls);
  if (bit == 0) {
    // 64 classes are far more than the lexicons use (about 30); a 65th would be a data error we
    // would rather see in the tests than silently merge with another class.
    if (class_names_.size() >= 64) return;
    class_names_.emplace_back(cls);
    bit = std::uint64_t{1} << (class_names_.size() - 1);
  }
  word_masks_[f].by_lang[static_cast<int>(lang)] |= bit;
  for (std::string_view atom : split(f, ' ')) intern(atom);
}

void Gazetteer::index_word_classes() {
  masks_by_id_.assign(vocabulary_.size(), ClassMasks{});
  for (const auto& [phrase, masks] : word_masks_) {
    if (phrase.find(' ') == std::string::npos) masks_by_id_[word_id(phrase)] = masks;
    for (std::size_t sp = phrase.find(' '); sp != std::string::npos; sp = phrase.find(' ', sp + 1))
      phrase_prefixes_.insert(phrase.substr(0, sp));
  }
}

bool Gazetteer::starts_class_phrase(std::string_view folded) const {
  return phrase_prefixes_.find(folded) != phrase_prefixes_.end();
}

std::uint64_t Gazetteer::word_classes(WordId id, Language lang) const noexcept {
  if (id >= masks_by_id_.size()) return 0;
  const auto& m = masks_by_id_[id].by_lang;
  if (lang == Language::kUnknown) return m[0] | m[1] | m[2];
  return m[0] | m[static_cast<int>(lang)];
}

std::uint64_t Gazetteer::word_class_bit(std::string_view cls) const noexcept {
  for (std::size_t i = 0; i < class_names_.size(); ++i)
    if (class_names_[i] == cls) return std::uint64_t{1} << i;
  return 0;
}

std::uint64_t Gazetteer::word_classes(std::string_view folded_word, Language lang) const {
  if (folded_word.empty()) return 0;
  auto it = word_masks_.find(folded_word);
  if (it == word_masks_.end()) return 0;
  const auto& m = it->second.by_lang;
  if (lang == Language::kUnknown) return m[0] | m[1] | m[2];
  return m[0] | m[static_cast<int>(lang)];
}

bool Gazetteer::is_word(std::string_view folded_word, Language lang, std::string_view cls) const {
  return (word_classes(folded_word, lang) & word_class_bit(cls)) != 0;
}

std::vector<std::uint32_t> Gazetteer::by_short_form(const std::string& folded_word) const {
  auto it = short_forms_.find(folded_word);
  return it == short_forms_.end() ? std::vector<std::uint32_t>{} : it->second;
}

bool Gazetteer::is_short_form(std::uint32_t i, const std::string& folded_word) const {
  const auto& f = entries_[i].short_forms;
  return std::find(f.begin(), f.end(), folded_word) != f.end();
}

std::string Gazetteer::short_form(std::uint32_t i) const {
  const auto& e = entries_[i];
  std::string f = fold(e.name);
  auto atoms = name_atoms(f);
  if (atoms.size() < 2) return f;
  return std::string(e.family_name_first ? atoms.front() : atoms.back());
}

std::optional<std::uint32_t> Gazetteer::country_by_adjective(const std::string& folded_word) const {
  auto it = adjectives_.find(folded_word);
  if (it == adjectives_.end()) return std::nullopt;
  return it->second;
}

std::optional<std::uint32_t> Gazetteer::state_organ(const std::string& folded, const std::string& state) const {
  auto [b, e] = organs_.equal_range(folded);
  for (auto it = b; it != e; ++it)
    if (entries_[it->second].metonym_of == state) return it->second;
  return std::nullopt;
}

void Gazetteer::index_offices() {
  for (std::uint32_t i = 0; i < offices_.size(); ++i) {
    const OfficeTerm& o = offices_[i];
    offices_by_person_[o.person].push_back(i);
    offices_by_post_[o.office + '\t' + o.country].push_back(i);
  }
}

// The parent of one entry: its `within`, else what a capital or state organ stands for.
static const std::string& parent_of(const GazetteerEntry& e) {
  static const std::string none;
  if (!e.within.empty()) return e.within;
  if (e.type == EntityType::kLocation || e.type == EntityType::kOrganization) return e.metonym_of;
  return none;
}

std::vector<std::string> Gazetteer::containers(const std::string& key) const {
  std::vector<std::string> out;
  auto idx = find_key(key);
  while (idx) {
    const std::string& up = parent_of(entries_[*idx]);
    if (up.empty() || up == key || std::find(out.begin(), out.end(), up) != out.end()) break;
    out.push_back(up);
    idx = find_key(up);
  }
  if (auto self = find_key(key)) out.insert(out.end(), entries_[*self].members.begin(), entries_[*self].members.end());
  return out;
}

std::vector<OfficeTerm> Gazetteer::offices_of(const std::string& person) const {
  std::vector<OfficeTerm> out;
  auto it = offices_by_person_.find(person);
  if (it == offices_by_person_.end()) return out;
  for (std::uint32_t i : it->second) out.push_back(offices_[i]);
  return out;
}

namespace {
bool term_covers(const OfficeTerm& t, const TimeValue& date) {
  if (!date.known()) return !t.end.known();
  // Compare at the coarser of the two precisions: an office held at any time in the period counts.
  auto before = [](const TimeValue& a, const TimeValue& b) {  // a entirely before b
    return time_less(a, b) && !a.within(b) && !b.within(a);
  };
  if (t.start.known() && before(date, t.start)) return false;
  if (t.end.known() && before(t.end, date)) return false;
  return true;
}
}  // namespace

std::optional<std::string> Gazetteer::office_holder(const std::string& office, const std::string& country,
                                                    const TimeValue& date) const {
  if (office == "leader") {
    // "Pemimpin Korea Utara", "the North Korean leader": the supreme leader where the country has
    // one, else the head of state, else the head of government.
    for (const char* o : {"supreme_leader", "head_of_state", "head_of_government"})
      if (auto p = office_holder(o, country, date)) return p;
    return std::nullopt;
  }
  std::optional<std::string> found;
  auto rows = offices_by_post_.find(office + '\t' + country);
  if (rows == offices_by_post_.end()) return found;
  for (std::uint32_t i : rows->second) {
    const OfficeTerm& o = offices_[i];
    if (!term_covers(o, date)) continue;
    if (found && *found != o.person) return std::nullopt;  // ambiguous (a hand-over within the period)
    found = o.person;
  }
  return found;
}

bool Gazetteer::in_office(const std::string& person, const TimeValue& date) const {
  auto rows = offices_by_person_.find(person);
  if (rows == offices_by_person_.end()) return false;
  for (std::uint32_t i : rows->second)
    if (term_covers(offices_[i], date)) return true;
  return false;
}

}  // namespace kronik
