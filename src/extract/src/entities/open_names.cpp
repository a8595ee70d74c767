// Open-world names: the tagger's spans become mentions; persons' short forms and organisations'
// acronyms are linked to the full name within the document. Rules first, tagger second: a span
// the gazetteer or a title already explained is not touched.
#include "kronik/extract/entities/open_names.h"

#include "groups.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_set>

#include "kronik/core/text.h"
#include "kronik/extract/entities/gazetteer.h"
#include "name_shape.h"

namespace kronik {
namespace {

bool is_punct(const SentenceTokens& st, std::uint32_t k) { return !st.toks[k].word; }

// A short form that may stand in brackets for a name: one capitalised word of at most 12 bytes.
bool short_form_token(const SentenceTokens& st, std::uint32_t k) {
  const Token& t = st.toks[k];
  return t.word && t.upper && t.text.size() <= 12;
}

bool bracket(const SentenceTokens& st, std::uint32_t k, char c) {
  return k < st.size() && st.toks[k].text.size() == 1 && st.toks[k].text[0] == c;
}

// A headline written in title case ("Leaders Agree New Trade Terms") says nothing about names:
// four words or more, and every lower-case word a function word. Nor does a short line of
// capitalised words only, the way menus and buttons read ("Read Full Story", "Short Url").
bool title_case_line(const SentenceTokens& st) {
  std::size_t words = 0, lower_function = 0;
  for (std::size_t k = 0; k < st.size(); ++k) {
    const Token& t = st.toks[k];
    if (!t.word || t.digit) continue;
    ++words;
    if (!t.upper && st.classes[k] == 0) return false;
    lower_function += !t.upper;
  }
  return words >= 4 || (words >= 2 && lower_function == 0);
}

// The first word of a sentence, or the first after an opening quote or bracket, or after a
// question or exclamation mark inside a quoted sentence ("... itu? Sebab kami ..."): its capital
// letter is the sentence's, not a name's.
bool clause_initial(const SentenceTokens& st, std::uint32_t k) {
  for (std::uint32_t j = k; j-- > 0;) {
    if (st.toks[j].word) return false;
    if (st.toks[j].text == "?" || st.toks[j].text == "!") return true;
  }
  return true;
}

class Linker {
 public:
  Linker(std::string_view text, const Gazetteer& gz, Language lang, EntityResult& res)
      : text_(text), gz_(gz), lang_(lang), particle_(gz.word_class_bit("name_particle")),
        calendar_(gz.word_class_bit("calendar")), res_(res) {
    for (const Mention& m : res.mentions) {
      taken_.push_back(m.span);
      ends_[m.span.end] = m.entity_key;
    }
    for (const auto& [key, r] : res.entities) {
      if (r.type == EntityType::kPerson) full_names_.emplace_back(key, fold(r.name));
      known_.emplace(fold(r.name), key);
      for (const auto& a : r.aliases) known_.emplace(fold(a), key);
    }
  }

  void prepare(const TokenStream& ts, const std::vector<TaggedName>& names);
  bool fit_name_shape(const SentenceTokens& st, TaggedName& n) const;
  void link(const SentenceTokens& st, TaggedName n);
  void apply_title_and_head(const SentenceTokens& st, TaggedName& n) const;
  void add_acronym_mentions(const TokenStream& ts);
  void add_particle_surnames(const TokenStream& ts);
  void join_short_names();
  void contained_names(std::vector<std::pair<std::string, std::string>>& moves) const;
  void split_heads_at_persons(const TokenStream& ts, const std::vector<TaggedName>& names);
  std::unordered_set<std::string> person_first_words(const TokenStream& ts, const std::vector<TaggedName>& names) const;
  void cut_head_at(const SentenceTokens& st, std::size_t mi, std::uint32_t k);
  void finish();

 private:
  bool overlaps(ByteSpan s) const {
    return std::any_of(taken_.begin(), taken_.end(), [&](ByteSpan t) { return s.begin < t.end && t.begin < s.end; });
  }
  static bool trim(const SentenceTokens& st, TaggedName& n);
  bool inside_phrase(const SentenceTokens& st, const TaggedName& n) const;
  void extend_to_opening_quote(const SentenceTokens& st, TaggedName& n) const;
  bool plural_demonym(const std::string& surface) const;
  std::string person_key(const std::string& surface, ByteSpan at) const;
  std::string named_with_head(const std::string& head, ByteSpan at) const;
  std::string only_full_name_with(const std::string& folded_word) const;
  std::string key_by_initials(const std::string& surface, bool acronym) const;
  void rekey(const std::string& from, const std::string& to);
  std::string key_before_bracket(const SentenceTokens& st, std::uint32_t begin) const;
  void register_short_form(const SentenceTokens& st, const TaggedName& n, const std::string& key);
  void add(const SentenceTokens& st, ByteSpan span, const std::string& key, EntityType type, const char* via);

  bool common_word(const SentenceTokens& st, std::uint32_t k) const {
    return (st.classes[k] & ~particle_) != 0 || lower_words_.count(st.ids[k]) > 0;
  }

  std::string_view text_;
  const Gazetteer& gz_;
  Language lang_;
  std::uint64_t particle_ = 0;               // word-class bit of name particles ("bin", "of")
  std::uint64_t calendar_ = 0;               // weekday and month names ("Late Tuesday" is no name)
  std::unordered_set<WordId> lower_words_;   // words the document writes in lower case
  std::unordered_set<WordId> capitalised_inside_;  // words it capitalises inside a sentence
  EntityResult& res_;
  std::vector<ByteSpan> taken_;
  std::vector<std::pair<std::string, std::string>> full_names_;  // person key, folded name
  std::vector<std::pair<std::uint32_t, std::string>> seen_;      // byte where a person was named, key
  std::map<std::string, std::string> short_forms_;               // folded acronym -> key
  std::map<std::string, std::string> known_;                     // folded name or alias the rules found -> key
  std::map<std::uint32_t, std::string> ends_;                    // end byte of a linked name -> key
};

// Drops punctuation at the ends and an English possessive ("Hamas's" -> "Hamas"); false when
// nothing is left.
bool Linker::trim(const SentenceTokens& st, TaggedName& n) {
  while (n.begin < n.end && is_punct(st, n.begin)) ++n.begin;
  while (n.end > n.begin && is_punct(st, n.end - 1)) --n.end;
  return n.begin < n.end;
}

// What a name looks like in cased news text: capitalised words, with name particles ("bin",
// "of") only inside. The span is cut before the first other lower-case word (a tagger that runs
// on into "... mendukung" is wrong from there); a capitalised common word that only opens the
// sentence is dropped ("Pihak"), one word alone there needs the document to capitalise it
// inside a sentence somewhere ("Kedua"), and a span of digits is none. False when nothing is left.
bool Linker::fit_name_shape(const SentenceTokens& st, TaggedName& n) const {
  if (!trim(st, n) || title_case_line(st)) return false;
  while (n.begin < n.end && (st.classes[n.begin] & calendar_)) ++n.begin;
  std::uint32_t end = n.begin;
  while (end < n.end) {
    const Token& t = st.toks[end];
    if (st.classes[end] & calendar_) break;
    if (end > n.begin && line_break_before(text_, st, end)) break;
    if (const std::size_t c = name_continuation(st, end); c > 0 && end + c <= n.end) {
      end += static_cast<std::uint32_t>(c);
      continue;
    }
    if (t.word && !t.upper && !t.digit && !(end > n.begin && (st.classes[end] & particle_))) break;
    if (!t.word && t.text != "." && t.text != "&") break;
    ++end;
  }
  // The tagger often stops before "bin ..." or "al-...": "Abu Karim | al-Rashidi".
  if (end == n.end && end > n.begin)
    while (const std::size_t c = name_continuation(st, end)) {
      if (line_break_before(text_, st, end)) break;
      end += static_cast<std::uint32_t>(c);
    }
  // "Seok | Dong-hyeon": a Korean given name after the family name the tagger stopped at.
  if (end == n.end && n.type == EntityType::kPerson && end < st.size() && hyphenated_given_name(st.toks[end]) &&
      !line_break_before(text_, st, end))
    ++end;
  n.end = end;
  auto name_word = [&](std::uint32_t k) { return st.toks[k].word && (st.toks[k].upper || glued_article_name(st.toks[k])); };
  while (n.end > n.begin && (!name_word(n.end - 1) || article_word(st.toks[n.end - 1]))) --n.end;
  if (n.begin < n.end && clause_initial(st, n.begin) && common_word(st, n.begin)) ++n.begin;
  if (n.begin >= n.end || !name_word(n.begin)) return false;
  if (n.end - n.begin == 1 && common_word(st, n.begin)) return false;
  // One word opening a sentence is a name only if the document capitalises it elsewhere too
  // (an acronym is capitalised anywhere).
  if (n.end - n.begin == 1 && clause_initial(st, n.begin) && !st.toks[n.begin].caps &&
      !capitalised_inside_.count(st.ids[n.begin]))
    return false;
  return true;
}

// The span continues a head or title phrase that starts before it ("Kementerian | Luar Negeri",
// "Menteri | Luar Negeri"): a piece of a common phrase, no name.
bool Linker::inside_phrase(const SentenceTokens& st, const TaggedName& n) const {
  for (std::uint32_t k = n.begin > 3 ? n.begin - 3 : 0; k < n.begin; ++k)
    for (PhraseKind kind : {PhraseKind::kHead, PhraseKind::kTitle})
      if (k + gz_.match(st, k, lang_, kind).tokens > n.begin) return true;
  return false;
}

// "Indonesians", "Syrians": the plural of a country's demonym.
bool Linker::plural_demonym(const std::string& surface) const {
  if (surface.size() < 4 || surface.back() != 's' || surface.find(' ') != std::string::npos) return false;
  return gz_.country_by_adjective(fold(surface.substr(0, surface.size() - 1))).has_value();
}

// Every full (two-word or longer) person name of the document, so that a short form before the
// full name still finds it.
void Linker::prepare(const TokenStream& ts, const std::vector<TaggedName>& names) {
  for (const SentenceTokens& st : ts.sentences)
    for (std::uint32_t k = 0; k < st.size(); ++k)
      if (st.toks[k].word && !st.toks[k].upper && !st.toks[k].digit) lower_words_.insert(st.ids[k]);
      else if (st.toks[k].upper && !clause_initial(st, k)) capitalised_inside_.insert(st.ids[k]);
  for (TaggedName n : names) {
    if (n.type != EntityType::kPerson || n.sentence >= ts.sentences.size()) continue;
    const SentenceTokens& st = ts.sentences[n.sentence];
    if (n.end > st.size() || !fit_name_shape(st, n) || n.end - n.begin < 2) continue;
    const ByteSpan span{st.toks[n.begin].span.begin, st.toks[n.end - 1].span.end};
    const std::string surface(text_.substr(span.begin, span.size()));
    // "Paus Fransiskus" the gazetteer knows: its short forms ("Paus") are that person's.
    auto known = known_.find(fold(surface));
    full_names_.emplace_back(known != known_.end() ? known->second : "person:" + slug(surface), fold(surface));
  }
}

// A head word alone ("Istana", "Masjid") used as a name is the place or body the document named
// last before it with that head ("Istana Kepresidenan ... Istana"), else the only one it names
// with that head anywhere (a headline before the body), as a family name alone is a person's;
// "" when none or several.
std::string Linker::named_with_head(const std::string& head, ByteSpan at) const {
  const Mention* last = nullptr;
  std::set<std::string> anywhere;
  for (const Mention& m : res_.mentions) {
    if (m.modifier || (m.type != EntityType::kLocation && m.type != EntityType::kOrganization)) continue;
    const std::string f = fold(m.surface);
    if (f.size() <= head.size() || f.compare(0, head.size(), head) != 0 || f[head.size()] != ' ') continue;
    anywhere.insert(m.entity_key);
    if (m.span.end <= at.begin && (!last || m.span.begin > last->span.begin)) last = &m;
  }
  if (last) return last->entity_key;
  return anywhere.size() == 1 ? *anywhere.begin() : std::string();
}

// A one-word name is the person whose full name starts or ends with it: the last one named
// before it, else the only one in the document; otherwise a person of its own.
std::string Linker::person_key(const std::string& surface, ByteSpan at) const {
  const std::string f = fold(surface);
  auto has_part = [&](const std::string& full) {
    auto atoms = split(full, ' ');
    return atoms.size() > 1 && (atoms.front() == f || atoms.back() == f);
  };
  // "Al Rashidi" after "Karim al-Rashidi": the end of a longer name of the document.
  if (f.find(' ') != std::string::npos) {
    for (const auto& [key, full] : full_names_)
      if (full.size() > f.size() && full.ends_with(f) && full[full.size() - f.size() - 1] == ' ') return key;
  }
  if (f.find(' ') == std::string::npos) {
    for (auto it = seen_.rbegin(); it != seen_.rend(); ++it) {
      if (it->first > at.begin) continue;
      for (const auto& [key, full] : full_names_)
        if (key == it->second && has_part(full)) return key;
    }
    std::string only;
    for (const auto& [key, full] : full_names_) {
      if (!has_part(full) || key == only) continue;
      if (!only.empty()) return "person:" + slug(surface);  // two candidates: no guess
      only = key;
    }
    if (!only.empty()) return only;
  }
  return "person:" + slug(surface);
}

// "KPK (Komisi Pemberantasan Korupsi)": the key of the name that ends right before "(".
std::string Linker::key_before_bracket(const SentenceTokens& st, std::uint32_t begin) const {
  if (begin < 2 || !bracket(st, begin - 1, '(')) return {};
  auto it = ends_.find(st.toks[begin - 2].span.end);
  return it == ends_.end() ? std::string() : it->second;
}

// "Komisi Pemberantasan Korupsi (KPK)": the bracketed short form becomes a mention of the name.
void Linker::register_short_form(const SentenceTokens& st, const TaggedName& n, const std::string& key) {
  const std::uint32_t k = n.end + 1;
  if (!bracket(st, n.end, '(') || k >= st.size() || !short_form_token(st, k) || !bracket(st, k + 1, ')')) return;
  short_forms_[fold(st.toks[k].text)] = key;
  if (!overlaps(st.toks[k].span)) add(st, st.toks[k].span, key, res_.entities[key].type, "acronym");
}

void Linker::add(const SentenceTokens& st, ByteSpan span, const std::string& key, EntityType type, const char* via) {
  Mention m;
  m.span = span;
  m.sentence = st.sentence;
  m.surface = std::string(text_.substr(span.begin, span.size()));
  m.entity_key = key;
  m.type = type;
  m.via = via;
  EntityRecord& r = res_.entities[key];
  if (r.key.empty()) {
    r.key = key;
    r.name = m.surface;
    r.type = type;
  } else if (!r.from_gazetteer && m.surface.size() > r.name.size() && fold(m.surface).find(fold(r.name)) != std::string::npos) {
    r.name = m.surface;  // the full name is the canonical one, whichever came first ("Umar", then "Nasaruddin Umar")
  }
  ++r.mentions;
  if (std::find(r.aliases.begin(), r.aliases.end(), m.surface) == r.aliases.end()) r.aliases.push_back(m.surface);
  taken_.push_back(span);
  ends_[span.end] = key;
  res_.mentions.push_back(std::move(m));
}

// A title in front of a tagged name is not part of it ("Paus Fransiskus" -> "Fransiskus"); a head
// noun that types names decides the type ("Masjid Raya" is a place, whatever the tagger says).
void Linker::apply_title_and_head(const SentenceTokens& st, TaggedName& n) const {
  if (PhraseMatch h = gz_.match(st, n.begin, lang_, PhraseKind::kHead, n.end - n.begin); h.tokens > 0) {
    const EntityType t = gz_.head(h.payloads.front()).type;
    if (t != EntityType::kUnknown && t != EntityType::kCountry) n.type = t;
    return;
  }
  PhraseMatch t = gz_.match(st, n.begin, lang_, PhraseKind::kTitle, n.end - n.begin);
  if (t.tokens > 0 && t.tokens < n.end - n.begin) {
    n.begin += static_cast<std::uint32_t>(t.tokens);
    n.type = EntityType::kPerson;
  }
}

// A name in quotation marks is the whole quoted phrase: the tagger that read "White Cabinet" of
// “Red and White Cabinet” cut it at the particle. The span grows to the opening quote over
// capitalised words and name particles only.
void Linker::extend_to_opening_quote(const SentenceTokens& st, TaggedName& n) const {
  std::uint32_t k = n.begin;
  while (k > 0 && st.toks[k - 1].word && (st.toks[k - 1].upper || (st.classes[k - 1] & particle_))) --k;
  if (k == n.begin || k == 0 || st.toks[k].word == false || !st.toks[k].upper) return;
  const std::string_view q = st.toks[k - 1].text;
  if (q == "\"" || q == "\xE2\x80\x9C") n.begin = k;
}

void Linker::link(const SentenceTokens& st, TaggedName n) {
  if (n.end > st.size()) return;
  if (n.type != EntityType::kPerson) extend_to_opening_quote(st, n);
  if (!fit_name_shape(st, n)) return;
  {
    const std::string whole(text_.substr(st.toks[n.begin].span.begin, st.toks[n.end - 1].span.end - st.toks[n.begin].span.begin));
    if (known_.count(fold(whole)) == 0) apply_title_and_head(st, n);
  }
  const ByteSpan span{st.toks[n.begin].span.begin, st.toks[n.end - 1].span.end};
  if (overlaps(span)) return;
  const std::string surface(text_.substr(span.begin, span.size()));
  std::string key = key_before_bracket(st, n.begin);
  if (key.empty() && n.end - n.begin == 1)
    if (auto it = short_forms_.find(fold(surface)); it != short_forms_.end()) key = it->second;
  // The rules found this name elsewhere in the document (where a title or head gave it away).
  if (key.empty())
    if (auto it = known_.find(fold(surface)); it != known_.end()) key = it->second;
  if (key.empty() && n.type != EntityType::kPerson) {
    const bool acronym = n.end - n.begin == 1 && st.toks[n.begin].caps;
    if (acronym || n.end - n.begin > 1) key = key_by_initials(surface, acronym);
  }
  if (key.empty() && n.end - n.begin == 1 && gz_.match(st, n.begin, lang_, PhraseKind::kHead, 1).tokens == 1)
    key = named_with_head(fold(surface), span);
  if (key.empty()) key = n.type == EntityType::kPerson ? person_key(surface, span) : "name:" + slug(surface);
  if (slug(surface).empty() || inside_phrase(st, n)) return;
  // "Indonesians", "Syrians": the people of a country, a group (as the gazetteer's "Palestinians").
  if (plural_demonym(surface)) {
    add(st, span, "group:" + slug(surface), EntityType::kGroup, "demonym");
    return;
  }
  // A title word alone ("Imam", "Paus") is a name only as the short form of a person the
  // gazetteer knows and the document names with it ("Paus Fransiskus ... Paus").
  if (n.end - n.begin == 1 && gz_.match(st, n.begin, lang_, PhraseKind::kTitle, 1).tokens == 1 &&
      !(res_.entities.count(key) && res_.entities[key].from_gazetteer))
    return;
  const EntityType type = res_.entities.count(key) ? res_.entities[key].type : n.type;
  add(st, span, key, type, "tagger");
  if (type == EntityType::kPerson) seen_.emplace_back(span.begin, key);
  if (type != EntityType::kPerson) register_short_form(st, n, key);
}

// The tagger may miss a short form it saw once in brackets: every later capitalised token equal
// to a registered short form is a mention too.
void Linker::add_acronym_mentions(const TokenStream& ts) {
  if (short_forms_.empty()) return;
  for (const SentenceTokens& st : ts.sentences)
    for (std::uint32_t k = 0; k < st.size(); ++k) {
      if (!short_form_token(st, k) || overlaps(st.toks[k].span)) continue;
      auto it = short_forms_.find(fold(st.toks[k].text));
      if (it != short_forms_.end()) add(st, st.toks[k].span, it->second, res_.entities[it->second].type, "acronym");
    }
}

// "al-Rashidi", "el-Amin": a family name led by a lower-case particle and a hyphen, the
// particle's usual spelling in English and Indonesian news. The tagger, reading case, misses it
// alone after the full name was given ("Karim al-Rashidi ... al-Rashidi said"): a token of that
// shape equal to the last word of a person's full name in the document is a mention of them.
bool particle_surname_shape(std::string_view w) {
  const std::size_t dash = w.find('-');
  if (dash == std::string_view::npos || dash == 0 || dash > 3 || dash + 1 >= w.size()) return false;
  for (std::size_t i = 0; i < dash; ++i)
    if (w[i] < 'a' || w[i] > 'z') return false;
  if (w[dash + 1] < 'A' || w[dash + 1] > 'Z') return false;
  // Letters only: "al-Rashidi's" is the possessive the tokenizer did not split.
  return std::all_of(w.begin() + dash + 1, w.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); });
}

void Linker::add_particle_surnames(const TokenStream& ts) {
  for (const SentenceTokens& st : ts.sentences)
    for (std::uint32_t k = 0; k < st.size(); ++k) {
      if (!particle_surname_shape(st.toks[k].text) || overlaps(st.toks[k].span)) continue;
      const std::string f = fold(st.toks[k].text);
      const bool ends_a_name = std::any_of(full_names_.begin(), full_names_.end(), [&](const auto& kn) {
        return kn.second.size() > f.size() && kn.second.ends_with(f) && kn.second[kn.second.size() - f.size() - 1] == ' ';
      });
      if (!ends_a_name) continue;
      const std::string key = person_key(std::string(st.toks[k].text), st.toks[k].span);
      add(st, st.toks[k].span, key, EntityType::kPerson, "surname");
    }
}

// "Sekretaris Badan Pengelola Pelabuhan Sungai Dimas Pratama": a head noun's run of
// capitalised words swallowed the person named after the organisation. Where the run holds, past
// its second word, a word the tagger reads as a person's first word elsewhere in the document
// ("Haryo menjelaskan ..."), the organisation ends before it and the person starts there.
void Linker::split_heads_at_persons(const TokenStream& ts, const std::vector<TaggedName>& names) {
  const std::unordered_set<std::string> first_words = person_first_words(ts, names);
  // A word that starts a gazetteer name ("Israel") is no person's, whatever the tagger said.
  auto person_word = [&](const SentenceTokens& st, std::uint32_t k) {
    if (!st.toks[k].upper || !first_words.count(st.folded[k])) return false;
    const PhraseMatch g = gz_.match(st, k, lang_, PhraseKind::kEntity);
    return g.tokens == 0 || gz_.entry(g.payloads.front()).type == EntityType::kPerson;
  };
  const std::size_t count = res_.mentions.size();
  for (std::size_t mi = 0; mi < count; ++mi) {
    const Mention& m = res_.mentions[mi];
    // A place head swallows the same way: "Imam Besar Masjid Raya Ahmad Fauzi".
    const bool org_or_place = m.type == EntityType::kOrganization || m.type == EntityType::kLocation;
    if (m.via != std::string("head") || !org_or_place || m.sentence >= ts.sentences.size() ||
        ts.sentences[m.sentence].sentence != m.sentence || !res_.entities.count(m.entity_key))
      continue;
    const SentenceTokens& st = ts.sentences[m.sentence];
    std::uint32_t k = 0;
    while (k < st.size() && st.toks[k].span.begin < m.span.begin) ++k;
    for (k += 2; k < st.size() && st.toks[k].span.end <= m.span.end && !person_word(st, k);) ++k;
    if (k < st.size() && st.toks[k].span.end <= m.span.end) cut_head_at(st, mi, k);
  }
}

// Folded first words of the persons the tagger and the rules named in the document.
std::unordered_set<std::string> Linker::person_first_words(const TokenStream& ts, const std::vector<TaggedName>& names) const {
  std::unordered_set<std::string> out;
  for (const TaggedName& n : names)
    if (n.type == EntityType::kPerson && n.sentence < ts.sentences.size() && n.begin < ts.sentences[n.sentence].size())
      out.insert(ts.sentences[n.sentence].folded[n.begin]);
  for (const auto& [key, r] : res_.entities)
    if (r.type == EntityType::kPerson) out.insert(std::string(split(fold(r.name), ' ').front()));
  return out;
}

// Mention `mi` (a head's organisation) ends before token k; a person mention starts there.
void Linker::cut_head_at(const SentenceTokens& st, std::size_t mi, std::uint32_t k) {
  Mention& m = res_.mentions[mi];
  const ByteSpan whole = m.span, org{whole.begin, st.toks[k - 1].span.end}, person{st.toks[k].span.begin, whole.end};
  const std::string org_surface(text_.substr(org.begin, org.size()));
  const std::string org_key = "name:" + slug(org_surface);
  auto old = res_.entities.find(m.entity_key);
  EntityRecord moved = old->second;
  if (old->second.mentions <= 1) res_.entities.erase(old);
  else --old->second.mentions;
  m.span = org;
  m.surface = org_surface;
  m.entity_key = org_key;
  for (ByteSpan& t : taken_)
    if (t.begin == whole.begin && t.end == whole.end) t = org;
  EntityRecord& r = res_.entities[org_key];
  if (r.key.empty()) {
    r = moved;
    r.key = org_key;
    r.name = org_surface;
    r.aliases.assign(1, org_surface);
    r.mentions = 0;
  }
  ++r.mentions;
  ends_[org.end] = org_key;
  const std::string surface(text_.substr(person.begin, person.size()));
  auto known = known_.find(fold(surface));
  const bool full = surface.find(' ') != std::string::npos;
  const std::string key = known != known_.end() ? known->second : full ? "person:" + slug(surface) : person_key(surface, person);
  if (full) full_names_.emplace_back(key, fold(surface));
  add(st, person, key, EntityType::kPerson, "tagger");
  seen_.emplace_back(person.begin, key);
}

// The one full person name of the document whose first or last word is `folded_word` (the family
// name "golani" of "abu mohammed al golani"); empty when none or several.
std::string Linker::only_full_name_with(const std::string& folded_word) const {
  std::string only;
  for (const auto& [key, full] : full_names_) {
    const auto atoms = split(full, ' ');
    if (atoms.size() < 2 || (atoms.front() != folded_word && atoms.back() != folded_word) || key == only) continue;
    if (!only.empty()) return {};
    only = key;
  }
  return only;
}

// The initials of a name's capitalised words up to its first lower-case word, hyphenated parts
// counted: "Komisi Pemberantasan Korupsi" -> "KPK", "Corruption Investigation Office for
// High-ranking Officials" -> "CIO", "Anti-Graft Review Office" -> "AGRO".
std::string initials(std::string_view name) {
  std::string out;
  bool word_start = true;
  for (char c : name) {
    const bool sep = c == ' ' || c == '-';
    if (word_start && !sep) {
      if (!(c >= 'A' && c <= 'Z')) {
        if (c == ' ' || (c >= 'a' && c <= 'z')) break;
      } else {
        out += c;
      }
    }
    word_start = sep;
  }
  return out;
}

// An organisation or place of the document known by the other form: the long name of an acronym
// ("CIO"), or the acronym of a long name. Unique match only.
std::string Linker::key_by_initials(const std::string& surface, bool acronym) const {
  std::string only;
  for (const auto& [key, r] : res_.entities) {
    if (r.type == EntityType::kPerson || r.type == EntityType::kCountry) continue;
    const bool match = acronym ? r.name.find(' ') != std::string::npos && initials(r.name) == surface
                               : r.name.find(' ') == std::string::npos && r.name.size() >= 2 && initials(surface) == r.name;
    if (!match || key == only) continue;
    if (!only.empty()) return {};
    only = key;
  }
  return only;
}

// Moves every mention of `from` to `to` and folds the record in (aliases, count, roles).
void Linker::rekey(const std::string& from, const std::string& to) {
  auto it = res_.entities.find(from);
  auto target = res_.entities.find(to);
  if (it == res_.entities.end() || target == res_.entities.end()) return;
  for (Mention& m : res_.mentions)
    if (m.entity_key == from) m.entity_key = to;
  EntityRecord& r = target->second;
  for (const std::string& a : it->second.aliases)
    if (std::find(r.aliases.begin(), r.aliases.end(), a) == r.aliases.end()) r.aliases.push_back(a);
  r.mentions += it->second.mentions;
  if (r.roles.empty()) r.roles = it->second.roles;
  res_.entities.erase(it);
}

// "rebel leader Rashidi" (a new person to the title rule, read before the tagger's names) and
// "Abu Karim al-Rashidi" named in full in the same document are one person.
void Linker::join_short_names() {
  std::vector<std::pair<std::string, std::string>> moves;
  for (const auto& [key, r] : res_.entities) {
    if (r.type != EntityType::kPerson || r.from_gazetteer || r.name.find(' ') != std::string::npos) continue;
    const std::string full = only_full_name_with(fold(r.name));
    if (!full.empty() && full != key && res_.entities.count(full)) moves.emplace_back(key, full);
  }
  contained_names(moves);
  for (const auto& [from, to] : moves) rekey(from, to);
}

// "Gereja Katedral" after "Gereja Katedral Jakarta", "Majelis Rakyat" beside "Parlemen Majelis
// Rakyat Negeri Seberang": a name of two words or more that one longer name of the same type
// contains (any of its surfaces) is that entity. Names are folded once (fold() calls ICU).
void Linker::contained_names(std::vector<std::pair<std::string, std::string>>& moves) const {
  struct Folded {
    const std::string* key;
    EntityType type;
    std::string surfaces;  // " a | b | c ": every surface folded, space-delimited
  };
  std::vector<Folded> all;
  for (const auto& [key, r] : res_.entities) {
    if (r.type == EntityType::kPerson) continue;
    Folded f{&key, r.type, " "};
    for (const std::string& a : r.aliases) f.surfaces += fold(a) + " | ";
    all.push_back(std::move(f));
  }
  for (const auto& [key, r] : res_.entities) {
    if (r.type == EntityType::kPerson || r.from_gazetteer || r.name.find(' ') == std::string::npos) continue;
    const std::string inner = " " + fold(r.name) + " ";
    const std::string* only = nullptr;
    bool several = false;
    for (const Folded& f : all) {
      if (*f.key == key || f.type != r.type || f.surfaces.find(inner) == std::string::npos) continue;
      several = several || (only && *only != *f.key);
      only = f.key;
    }
    if (only && !several) moves.emplace_back(key, *only);
  }
}

void Linker::finish() {
  std::stable_sort(res_.mentions.begin(), res_.mentions.end(), [](const Mention& a, const Mention& b) {
    return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.span.end < b.span.end;
  });
  for (auto& [key, r] : res_.entities) std::sort(r.aliases.begin(), r.aliases.end());
}

}  // namespace

void add_open_names(std::string_view text, const TokenStream& tokens, const std::vector<TaggedName>& names,
                    const Gazetteer& gazetteer, EntityResult& result) {
  Linker linker(text, gazetteer, tokens.language, result);
  linker.prepare(tokens, names);
  linker.split_heads_at_persons(tokens, names);
  for (const TaggedName& n : names)
    if (n.sentence < tokens.sentences.size()) linker.link(tokens.sentences[n.sentence], n);
  linker.add_acronym_mentions(tokens);
  linker.add_particle_surnames(tokens);
  linker.join_short_names();
  linker.finish();
  add_group_mentions(text, tokens, gazetteer, result);
}

}  // namespace kronik
