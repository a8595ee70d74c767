// Group entities from the closed lists of data/<lang>/groups.tsv (see groups.h).
#include "groups.h"

#include <algorithm>
#include <map>
#include <optional>

#include "kronik/core/text.h"

namespace kronik {

namespace {

// One group phrase found in a sentence, before it is resolved to a key.
struct Found {
  std::uint32_t sentence = 0;  // index into TokenStream::sentences
  std::uint32_t begin = 0, end = 0;  // tokens of the phrase
  std::uint32_t group = 0;           // Gazetteer::group index
  int qualifier = -1;                // mention index of the country beside it
  bool definite = false;
};

class GroupFinder {
 public:
  GroupFinder(std::string_view text, const Gazetteer& gz, Language lang, EntityResult& res)
      : text_(text), gz_(gz), lang_(lang), res_(res), determiner_(gz.word_class_bit("group_determiner")) {}

  void scan(const TokenStream& ts) {
    index_mentions();
    for (std::uint32_t s = 0; s < ts.sentences.size(); ++s) scan_sentence(ts.sentences[s], s);
  }

  void resolve_and_add(const TokenStream& ts) {
    // Concept -> the keys the qualified and definite phrases made (for the bare ones), and each
    // key's canonical name.
    std::map<std::string, std::vector<std::string>> keys_of;
    std::map<std::string, std::string> names;
    for (const Found& f : found_)
      if (f.qualifier >= 0 || f.definite) {
        auto& v = keys_of[gz_.group(f.group).group];
        const std::string k = key_of(f);
        if (std::find(v.begin(), v.end(), k) == v.end()) v.push_back(k);
        names.emplace(k, canonical_name(f));
      }
    for (const Found& f : found_) {
      std::string key;
      if (f.qualifier >= 0 || f.definite) {
        key = key_of(f);
      } else {
        auto it = keys_of.find(gz_.group(f.group).group);
        if (it == keys_of.end() || it->second.size() != 1) continue;  // no group, or two to choose from
        key = it->second.front();
      }
      add(ts.sentences[f.sentence], f, key, names[key]);
    }
    std::stable_sort(res_.mentions.begin(), res_.mentions.end(), [](const Mention& a, const Mention& b) {
      return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.span.end < b.span.end;
    });
  }

 private:
  void index_mentions() {
    for (std::size_t i = 0; i < res_.mentions.size(); ++i) by_sentence_[res_.mentions[i].sentence].push_back(static_cast<int>(i));
  }

  // Mention of the sentence that covers token k, or -1.
  int mention_over(const SentenceTokens& st, std::size_t k) const {
    auto it = by_sentence_.find(st.sentence);
    if (it == by_sentence_.end()) return -1;
    for (int m : it->second) {
      const ByteSpan& s = res_.mentions[static_cast<std::size_t>(m)].span;
      if (s.begin <= st.toks[k].span.begin && st.toks[k].span.end <= s.end + possessive_suffix(st.toks[k].text)) return m;
    }
    return -1;
  }

  int country_at(const SentenceTokens& st, std::size_t k) const {
    if (k >= st.size()) return -1;
    const int m = mention_over(st, k);
    return m >= 0 && res_.mentions[static_cast<std::size_t>(m)].type == EntityType::kCountry ? m : -1;
  }

  // English: "the (left-leaning) opposition": a group determiner before the phrase, with only
  // lower-case words and hyphens between. Indonesian: a classifier written in the phrase
  // ("kelompok pemberontak", two words or more) or a group determiner right after it.
  bool definite(const SentenceTokens& st, std::uint32_t begin, std::uint32_t end) const {
    if (lang_ == Language::kIndonesian) return end - begin >= 2 || st.has_class(end, determiner_);
    for (std::uint32_t k = begin, steps = 0; k > 0 && steps < 4; ++steps) {
      --k;
      if (st.has_class(k, determiner_)) return true;
      const Token& t = st.toks[k];
      if (t.word ? t.upper : t.text != "-") return false;
    }
    return false;
  }

  void scan_sentence(const SentenceTokens& st, std::uint32_t s) {
    for (std::uint32_t k = 0; k < st.size();) {
      const PhraseMatch m = gz_.match(st, k, lang_, PhraseKind::kGroup);
      if (m.tokens == 0) {
        ++k;
        continue;
      }
      const std::uint32_t end = k + static_cast<std::uint32_t>(m.tokens);
      bool free = true;
      for (std::uint32_t j = k; j < end; ++j) free = free && mention_over(st, j) < 0;
      if (free) {
        Found f{s, k, end, m.payloads.front(), -1, false};
        f.qualifier = lang_ == Language::kIndonesian ? country_at(st, end) : (k > 0 ? country_at(st, k - 1) : -1);
        f.definite = definite(st, k, end);
        found_.push_back(f);
      }
      k = end;
    }
  }

  std::string key_of(const Found& f) const {
    const std::string& g = gz_.group(f.group).group;
    if (f.qualifier < 0) return "group:" + g;
    const std::string& country = res_.mentions[static_cast<std::size_t>(f.qualifier)].entity_key;
    return "group:" + g + "_" + slug(country.substr(country.find(':') + 1));
  }

  // "Syrian rebels" whatever the language: the demonym of the qualifying country and the
  // English noun.
  std::string canonical_name(const Found& f) const {
    const std::string& noun = gz_.group(f.group).english;
    if (f.qualifier < 0) return noun;
    const std::string& country = res_.mentions[static_cast<std::size_t>(f.qualifier)].entity_key;
    if (auto e = gz_.find_key(country); e && !gz_.entry(*e).demonyms.empty()) return gz_.entry(*e).demonyms.front() + " " + noun;
    return res_.entities.count(country) ? res_.entities.at(country).name + " " + noun : noun;
  }

  void add(const SentenceTokens& st, const Found& f, const std::string& key, const std::string& name) {
    Mention m;
    m.span = {st.toks[f.begin].span.begin, st.toks[f.end - 1].span.end};
    m.sentence = st.sentence;
    m.surface = std::string(text_.substr(m.span.begin, m.span.size()));
    m.entity_key = key;
    m.type = EntityType::kGroup;
    m.via = "group";
    EntityRecord& r = res_.entities[key];
    if (r.key.empty()) {
      r.key = key;
      r.name = name;
      r.type = EntityType::kGroup;
    }
    ++r.mentions;
    std::string alias = m.surface;
    if (f.qualifier >= 0) {
      // The country is the group's qualifier, not a party of its own ("Syrian rebels").
      Mention& q = res_.mentions[static_cast<std::size_t>(f.qualifier)];
      q.modifier = true;
      const ByteSpan whole{std::min(q.span.begin, m.span.begin), std::max(q.span.end, m.span.end)};
      alias = std::string(text_.substr(whole.begin, whole.size()));
    }
    for (const std::string& a : {m.surface, alias})
      if (std::find(r.aliases.begin(), r.aliases.end(), a) == r.aliases.end()) r.aliases.push_back(a);
    std::sort(r.aliases.begin(), r.aliases.end());
    res_.mentions.push_back(std::move(m));
  }

  std::string_view text_;
  const Gazetteer& gz_;
  Language lang_;
  EntityResult& res_;
  std::uint64_t determiner_;
  std::map<std::uint32_t, std::vector<int>> by_sentence_;
  std::vector<Found> found_;
};

}  // namespace

void add_group_mentions(std::string_view text, const TokenStream& tokens, const Gazetteer& gazetteer,
                        EntityResult& result) {
  GroupFinder finder(text, gazetteer, tokens.language, result);
  finder.scan(tokens);
  finder.resolve_and_add(tokens);
}

}  // namespace kronik
