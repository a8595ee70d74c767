// The per-sentence state of the window coder and the clause helpers every stage asks: where a
// clause breaks, which word comes before, whether a mention is governed by a preposition, where
// the head of a titled name starts. They read the token stream's class bits, never strings.
#include <algorithm>

#include "events/window/window.h"
#include "kronik/core/text.h"

namespace kronik::window {

int root_of(const std::string& code) { return code.size() >= 2 ? std::atoi(code.substr(0, 2).c_str()) : 0; }

bool is_participant_type(EntityType t) {
  return t == EntityType::kPerson || t == EntityType::kCountry || t == EntityType::kOrganization || t == EntityType::kGroup;
}

namespace {

// Quotation marks: straight, curly double and single, guillemets.
constexpr std::string_view kQuotes[] = {"\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99", "'", "\xC2\xAB", "\xC2\xBB"};

// Word classes of a preposition that governs a mention: such a mention is no subject.
constexpr const char* kObliquePreps[] = {"loc_prep", "dir_prep", "with_prep", "to_prep", "by_prep", "about_prep"};

}  // namespace

bool is_quote(std::string_view t) {
  for (std::string_view q : kQuotes)
    if (t == q) return true;
  return false;
}

WindowCoder::WindowCoder(const EventLexicon& lexicon, const Gazetteer& gz, const std::string& document,
                         std::string_view text, const std::vector<Sentence>& sentences, const TokenStream& tokens,
                         const std::vector<Mention>& mentions, const std::vector<TimeMention>& times,
                         const TimeValue& published, const EventOptions& options)
    : im_(lexicon.impl()),
      lexicon_(lexicon),
      gz_(gz),
      lang_(tokens.language),
      document_(document),
      text_(text),
      sentences_(sentences),
      tokens_(tokens),
      mentions_(mentions),
      published_(published),
      options_(options),
      key_cache_(WordKeyCache::local()) {
  key_cache_.start(im_);
  // Document memory for the pronoun "kedua negara": countries by mentions, ties by first mention.
  for (const auto& m : mentions)
    if (m.type == EntityType::kCountry) {
      ++memory_.country_counts[m.entity_key];
      memory_.country_first.emplace(m.entity_key, memory_.country_first.size());
    }
  for (const auto& t : times)
    if (!t.duration && (t.value.known() || t.value.month)) times_by_sentence_[t.sentence].push_back(&t);
}

// The tokens of sentence `sent_i` with their match keys and the mentions laid over them.
// `mention_cursor` walks the document's mentions (in text order) once over all sentences.
SentenceState WindowCoder::open_sentence(std::size_t sent_i, std::size_t& mention_cursor) {
  static const WordKeys no_keys;
  const Sentence& s = sentences_[sent_i];
  SentenceState c(tokens_.sentences[sent_i]);
  c.s = &s;
  c.keys.reserve(c.toks.size());
  for (const auto& t : c.toks) c.keys.push_back(t.word ? &key_cache_.get(t.lower, lang_, im_) : &no_keys);
  c.mention_at.assign(c.toks.size(), -1);
  std::size_t& mi = mention_cursor;
  while (mi < mentions_.size() && mentions_[mi].sentence < s.index) ++mi;
  for (std::size_t k = mi; k < mentions_.size() && mentions_[k].sentence == s.index; ++k) {
    c.mentions.push_back(static_cast<int>(k));
    for (std::size_t t = 0; t < c.toks.size(); ++t)
      // A token inside the mention, or one the mention starts ("China's": the mention is "China").
      if ((c.toks[t].span.begin >= mentions_[k].span.begin && c.toks[t].span.end <= mentions_[k].span.end) ||
          (c.toks[t].span.begin == mentions_[k].span.begin && c.mention_at[t] < 0))
        c.mention_at[t] = static_cast<int>(k);
  }
  return c;
}

// Persons named in the sentence become the latest antecedents of pronouns.
void WindowCoder::remember_persons(const SentenceState& c) {
  auto& recent = memory_.recent_persons;
  for (int k : c.mentions)
    if (mention(k).type == EntityType::kPerson) {
      const std::string& key = mention(k).entity_key;
      recent.erase(std::remove(recent.begin(), recent.end(), key), recent.end());
      recent.push_back(key);
    }
}

std::uint64_t WindowCoder::cls_bit(const char* cls) {
  const std::size_t mask = class_bits_.size() - 1;
  std::size_t h = (reinterpret_cast<std::uintptr_t>(cls) >> 3) & mask;
  for (std::size_t probe = 0; probe < class_bits_.size(); ++probe, h = (h + 1) & mask) {
    if (class_bits_[h].first == cls) return class_bits_[h].second;
    if (!class_bits_[h].first) {
      class_bits_[h] = {cls, gz_.word_class_bit(cls)};
      return class_bits_[h].second;
    }
  }
  return gz_.word_class_bit(cls);  // table full: more literals than the rules have
}

bool WindowCoder::word_is(const SentenceState& c, std::size_t k, const char* cls) {
  return k < c.toks.size() && c.toks[k].word && c.st.has_class(k, cls_bit(cls));
}

// Longest function-word phrase of class `cls` starting at k (up to 4 tokens). The one-word case
// reads the stream's class bits; longer phrases are built only while some phrase of the lexicons
// still begins with the words so far.
bool WindowCoder::phrase_is(const SentenceState& c, std::size_t k, const char* cls, std::size_t& len) {
  len = 0;
  const std::uint64_t bit = cls_bit(cls);
  if (k >= c.toks.size() || !c.toks[k].word || bit == 0) return false;
  if (c.st.has_class(k, bit)) len = 1;
  if (!gz_.starts_class_phrase(c.folded[k])) return len > 0;
  std::string acc = c.folded[k];
  for (std::size_t n = 1; n < 4 && k + n < c.toks.size() && c.toks[k + n].word; ++n) {
    acc += ' ';
    acc += c.folded[k + n];
    if (gz_.word_classes(acc, lang_) & bit) len = n + 1;
    if (!gz_.starts_class_phrase(acc)) break;
  }
  return len > 0;
}

// A clause ends at ";", ":", a quote, a parenthesis, a complementizer or a subordinator.
bool WindowCoder::is_break(const SentenceState& c, std::size_t k) {
  const Token& t = c.toks[k];
  if (!t.word) return t.text == ";" || t.text == ":" || is_quote(t.text) || t.text == "(" || t.text == ")";
  return c.st.has_class(k, cls_bit("complementizer")) || c.st.has_class(k, cls_bit("adverbial_sub"));
}

// A quotation mark inside a clause ('menghargai "dukungan teguh" Korea Utara') rather than one
// that closes a quoted sentence ('... dukungannya," kata Lavrov').
bool WindowCoder::inner_quote(const SentenceState& c, std::size_t k) {
  if (c.toks[k].word || !is_quote(c.toks[k].text)) return false;
  if (k > 0 && !c.toks[k - 1].word) {
    const std::string_view p = c.toks[k - 1].text;
    if (p == "," || p == "." || p == "!" || p == "?") return false;
  }
  return true;
}

// The first clause break at or after `from` that neither a complementizer nor an inner quote
// makes (the end of the trigger's object), or the sentence's end.
std::size_t WindowCoder::first_clause_break(const SentenceState& c, std::size_t from) {
  for (std::size_t k = from; k < c.toks.size(); ++k)
    if (is_break(c, k) && !c.st.has_class(k, cls_bit("complementizer")) && !inner_quote(c, k)) return k;
  return c.toks.size();
}

// Index of the word before token k over commas, or npos.
std::size_t WindowCoder::prev_word(const SentenceState& c, std::size_t k) {
  while (k > 0) {
    --k;
    if (c.toks[k].word) return k;
    if (c.toks[k].text != ",") return std::string::npos;
  }
  return std::string::npos;
}

std::size_t WindowCoder::mention_first_tok(const SentenceState& c, int m) {
  for (std::size_t t = 0; t < c.toks.size(); ++t)
    if (c.mention_at[t] == m) return t;
  return c.toks.size();
}

// A mention governed by a preposition is not a subject.
bool WindowCoder::oblique(const SentenceState& c, int m) {
  std::size_t f = mention_first_tok(c, m);
  if (f == 0 || f >= c.toks.size()) return false;
  std::size_t p = f - 1;
  if (!c.toks[p].word) return false;
  for (const char* cls : kObliquePreps)
    if (c.st.has_class(p, cls_bit(cls))) return true;
  return false;
}

// A mention that can act: a person, country, organisation or group that does not merely qualify
// another name.
bool WindowCoder::participant(int m) const {
  const Mention& mm = mention(m);
  return is_participant_type(mm.type) && !mm.modifier;
}

// Title words and qualifying mentions in front of a name ("Perdana Menteri Australia Anthony
// Albanese"): the name after them is the phrase's head.
std::size_t WindowCoder::skip_titles(const SentenceState& c, std::size_t k) {
  for (int guard = 0; guard < 8 && k < c.toks.size(); ++guard) {
    int m = c.mention_at[k];
    if (m >= 0) {
      if (!mention(m).modifier) break;
      while (k < c.toks.size() && c.mention_at[k] == m) ++k;
      continue;
    }
    if (word_is(c, k, "article")) {  // "met the ASEAN leaders"
      ++k;
      continue;
    }
    auto pm = gz_.match(c.st, k, lang_, PhraseKind::kTitle);
    if (pm.tokens == 0) break;
    k += pm.tokens;
  }
  return k;
}

// The trimmed text of tokens [b, e).
std::string WindowCoder::span_text(const SentenceState& c, std::size_t b, std::size_t e) const {
  return std::string(trim(text_.substr(c.toks[b].span.begin, c.toks[e - 1].span.end - c.toks[b].span.begin)));
}

}  // namespace kronik::window
