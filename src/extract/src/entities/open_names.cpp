// Open-world names: the tagger's spans become mentions; persons' short forms and organisations'
// acronyms are linked to the full name within the document. Rules first, tagger second: a span
// the gazetteer or a title already explained is not touched.
#include "kronik/extract/entities/open_names.h"

#include <algorithm>
#include <map>
#include <unordered_set>

#include "kronik/core/text.h"
#include "kronik/extract/entities/gazetteer.h"

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

// The first word of a sentence, or the first after an opening quote or bracket: its capital
// letter is the sentence's, not a name's.
bool clause_initial(const SentenceTokens& st, std::uint32_t k) {
  for (std::uint32_t j = 0; j < k; ++j)
    if (st.toks[j].word) return false;
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
  void finish();

 private:
  bool overlaps(ByteSpan s) const {
    return std::any_of(taken_.begin(), taken_.end(), [&](ByteSpan t) { return s.begin < t.end && t.begin < s.end; });
  }
  static bool trim(const SentenceTokens& st, TaggedName& n);
  std::string person_key(const std::string& surface, ByteSpan at) const;
  std::string key_before_bracket(const SentenceTokens& st, std::uint32_t begin) const;
  void register_short_form(const SentenceTokens& st, const TaggedName& n, const std::string& key);
  void add(const SentenceTokens& st, ByteSpan span, const std::string& key, EntityType type, const char* via);

  // A name never runs across lines: the segmenter may join a line without a full stop to the next.
  bool line_break_before(const SentenceTokens& st, std::uint32_t k) const {
    const std::uint32_t from = st.toks[k - 1].span.end, to = st.toks[k].span.begin;
    return text_.substr(from, to - from).find('\n') != std::string_view::npos;
  }
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
    if (t.word && !t.upper && !t.digit && !(end > n.begin && (st.classes[end] & particle_))) break;
    if (!t.word && t.text != "." && t.text != "&") break;
    if (end > n.begin && line_break_before(st, end)) break;
    ++end;
  }
  n.end = end;
  while (n.end > n.begin && (!st.toks[n.end - 1].word || !st.toks[n.end - 1].upper)) --n.end;
  if (n.begin < n.end && clause_initial(st, n.begin) && common_word(st, n.begin)) ++n.begin;
  if (n.begin >= n.end || !st.toks[n.begin].upper) return false;
  if (n.end - n.begin == 1 && common_word(st, n.begin)) return false;
  // One word opening a sentence is a name only if the document capitalises it elsewhere too
  // (an acronym is capitalised anywhere).
  if (n.end - n.begin == 1 && clause_initial(st, n.begin) && !st.toks[n.begin].caps &&
      !capitalised_inside_.count(st.ids[n.begin]))
    return false;
  return true;
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
    full_names_.emplace_back("person:" + slug(surface), fold(surface));
  }
}

// A one-word name is the person whose full name starts or ends with it: the last one named
// before it, else the only one in the document; otherwise a person of its own.
std::string Linker::person_key(const std::string& surface, ByteSpan at) const {
  const std::string f = fold(surface);
  auto has_part = [&](const std::string& full) {
    auto atoms = split(full, ' ');
    return atoms.size() > 1 && (atoms.front() == f || atoms.back() == f);
  };
  // "Al Assad" after "Bashar al-Assad": the end of a longer name of the document.
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
// noun that types names decides the type ("Masjid Istiqlal" is a place, whatever the tagger says).
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

void Linker::link(const SentenceTokens& st, TaggedName n) {
  if (n.end > st.size() || !fit_name_shape(st, n)) return;
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
  if (key.empty()) key = n.type == EntityType::kPerson ? person_key(surface, span) : "name:" + slug(surface);
  if (slug(surface).empty()) return;
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
  for (const TaggedName& n : names)
    if (n.sentence < tokens.sentences.size()) linker.link(tokens.sentences[n.sentence], n);
  linker.add_acronym_mentions(tokens);
  linker.finish();
}

}  // namespace kronik
