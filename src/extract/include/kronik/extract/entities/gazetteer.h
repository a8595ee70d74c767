// kronik/extract/entities/gazetteer.h: names, offices and function words as loaded tries.
//
// Usage:
//   auto gz = Gazetteer::load("data", {"my_people.tsv"});
//   if (!gz) { /* gz.error(): file and line */ }
//   TokenStream ts = TokenStream::build(text, sentences, *gz.value(), Language::kIndonesian);
//   auto m = gz.value()->match(ts.sentences[0], i, Language::kIndonesian, PhraseKind::kEntity);
//   // m.tokens: length of the longest name starting at token i; m.payloads: entry indices
//   bool stop = ts.sentences[0].has_class(i, gz.value()->word_class_bit("stop"));
//
// Files (formats in docs/gazetteer.md and docs/lexicons.md):
//   data/common/gazetteer/*.tsv   entities: key type name qid iso aliases demonyms metonym_of source
//   data/common/gazetteer/offices.tsv  person_key office country_key start end source
//   data/<lang>/titles.tsv        title office kind
//   data/common/titles.tsv        title office kind      (other languages' titles, any text, capitalised)
//   data/<lang>/heads.tsv         head type office english flags
//                                 (head nouns that type a name: "Kementerian", "region"; docs/entities.md)
//   data/<lang>/groups.tsv        phrase group english   (plural agent nouns: "rebels", "oposisi")
//   data/<lang>/words.tsv         word class             (prepositions, pronouns, negation, ...)
// Every fold()ed atom of these files is interned at load (word_id(); token_stream.h), and the
// phrase tries are (state, word id) -> state edges walked over the tokens' ids.
// All phrases are matched on fold()ed tokens (case, accents, hyphens ignored) unless marked
// case-sensitive ('=' prefix); an alias that starts with a capital needs a capital in the text.
// Country demonyms ("Russian", "North Korean") are matched as names of their country, except a
// demonym shared by several countries ("Congolese"). An English possessive ends a name: "Russia's"
// matches Russia.
//
// Ownership and thread-safety: immutable after load(); share one instance between threads.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "kronik/core/error.h"
#include "kronik/core/model.h"
#include "kronik/extract/text/token_stream.h"
#include "kronik/extract/text/tokens.h"

namespace kronik {

struct GazetteerEntry {
  std::string key;
  EntityType type = EntityType::kUnknown;
  std::string name;
  std::string qid, iso;
  std::vector<std::string> aliases;   ///< as written in the file (markers stripped)
  std::vector<std::string> demonyms;
  std::string metonym_of;             ///< country key a capital or seat stands for
  std::string within;                 ///< key of the enclosing area (generated place files' `within` column)
  std::vector<std::string> members;   ///< states a group is made of (groups.tsv `members` column)
  std::string source;
  bool family_name_first = false;     ///< East Asian order: "Kim Jong Un" -> short form "Kim"
  std::vector<std::string> short_forms;  ///< derived at load, folded ("kim"; "retno", "marsudi")
};

struct OfficeTerm {
  std::string person, office, country;
  TimeValue start, end;  ///< end unknown = still in office
};

/// What a phrase trie holds. kHead: head nouns written before the name ("Kementerian ...");
/// kPostHead: head nouns written after it ("... region", "... Cosmodrome"). kGroup: plural agent
/// nouns of data/<lang>/groups.tsv ("rebels", "kelompok pemberontak"). kOrgan: the heads flagged
/// `state` (a state's organ beside a country: "pasukan ...", "... forces"), matched in any case.
enum class PhraseKind : std::uint8_t { kEntity = 0, kTitle, kHead, kWord, kPostHead, kGroup, kOrgan };

struct PhraseMatch {
  std::size_t tokens = 0;               ///< tokens covered (0 = no match)
  std::vector<std::uint32_t> payloads;  ///< entry indices (kEntity), title/head/word indices
};

struct TitleInfo {
  std::string office;  ///< "foreign_minister" or ""
  std::string kind;    ///< "office", "honorific", "role"
  bool foreign = false;  ///< of data/common/titles.tsv: another language's title, quoted in any text
};

struct HeadInfo {
  EntityType type = EntityType::kUnknown;
  std::string office;  ///< ministry heads: the office whose ministry it is ("foreign_minister")
  std::string english; ///< English head for canonical names ("Foreign Ministry"); of a `state`
                       ///< head, the organ's noun ("forces": "Russian forces"), one key per noun
                       ///< and country; empty: the phrase is the country itself
  bool after = false;  ///< written after the name ("Sumy region"); flag `after` in heads.tsv
  bool state = false;  ///< with a bare country name the phrase stands for the state ("Pasukan Ukraina")
};

/// A group noun of data/<lang>/groups.tsv: people acting together who are no named body.
struct GroupInfo {
  std::string group;    ///< language-neutral concept, the key's stem ("rebels", "opposition")
  std::string english;  ///< English noun for canonical names ("rebels": "Syrian rebels")
};

/// Bytes of an English possessive ending ("'s" -> 2, "\u2019s" -> 4), 0 without one.
std::size_t possessive_suffix(std::string_view word) noexcept;
/// True for an English possessive token ("Russia's", "Kim’s").
bool is_possessive(const Token& t) noexcept;
/// The folded token without a possessive ending ("russia s" -> "russia").
std::string base_fold(const Token& t, const std::string& folded);

class Gazetteer {
 public:
  static Result<std::shared_ptr<const Gazetteer>> load(const std::string& data_dir,
                                                       const std::vector<std::string>& extra_files);

  /// fold() of every token, computed once per sentence.
  static std::vector<std::string> fold_tokens(const std::vector<Token>& toks);

  /// Longest phrase of `kind` starting at token i, at most `max_tokens` long (0 = any length).
  /// One walk of the trie over the tokens' interned atom ids (SentenceTokens::atoms).
  PhraseMatch match(const SentenceTokens& st, std::size_t i, Language lang, PhraseKind kind,
                    std::size_t max_tokens = 0) const;
  /// The same over bare tokens (interns their folded forms first; for callers without a stream).
  PhraseMatch match(const std::vector<Token>& toks, const std::vector<std::string>& folded, std::size_t i,
                    Language lang, PhraseKind kind, std::size_t max_tokens = 0) const;

  /// Interned id of a fold()ed atom (one word, no spaces) of any lexicon; kNoWord when no
  /// lexicon has it. Ids are dense, 0 .. vocabulary_size()-1, fixed at load.
  WordId word_id(std::string_view folded_atom) const;
  std::size_t vocabulary_size() const noexcept { return vocabulary_.size(); }

  const GazetteerEntry& entry(std::uint32_t i) const { return entries_[i]; }
  std::size_t size() const noexcept { return entries_.size(); }
  std::optional<std::uint32_t> find_key(const std::string& key) const;
  const TitleInfo& title(std::uint32_t i) const { return titles_[i]; }
  const HeadInfo& head(std::uint32_t i) const { return heads_[i]; }
  const GroupInfo& group(std::uint32_t i) const { return groups_[i]; }
  /// Word class of a function word ("loc_prep", "pronoun", ...), by payload index.
  const std::string& word_class(std::uint32_t i) const { return word_classes_[i]; }
  /// True when the folded word or phrase ("menurut", "according to") has `cls` in `lang`
  /// (kUnknown: in any language). One hash look-up: classes are bit sets computed at load.
  bool is_word(std::string_view folded, Language lang, std::string_view cls) const;
  /// Bit of a word class in word_classes() masks; 0 when no word has that class.
  std::uint64_t word_class_bit(std::string_view cls) const noexcept;
  /// Classes of a folded word or phrase in `lang` (kUnknown: any language), as word_class_bit()s.
  std::uint64_t word_classes(std::string_view folded, Language lang) const;
  /// The same for an interned one-atom word, without hashing (0 for kNoWord).
  std::uint64_t word_classes(WordId id, Language lang) const noexcept;
  /// True when some word-class phrase of several words (any language) begins with `folded`
  /// followed by a space ("according" for "according to"): whether a longer phrase is worth
  /// trying. One hash look-up.
  bool starts_class_phrase(std::string_view folded) const;

  /// Persons whose short form is `folded`.
  std::vector<std::uint32_t> by_short_form(const std::string& folded) const;
  /// Main short form of a person entry: the family name ("kim" for Kim Jong Un, "lavrov" for
  /// Sergey Lavrov). Family-name-first order is known from a Chinese or Korean office or from a
  /// Korean-style hyphenated given name ("Kim Yo-jong").
  std::string short_form(std::uint32_t entry) const;
  /// True when `folded` is a short form of the entry: the family name, and for Indonesian
  /// office-holders the first name too ("Retno", "Prabowo"), as the Indonesian press uses both.
  bool is_short_form(std::uint32_t entry, const std::string& folded) const;
  /// Country entry whose demonym or name is `folded` ("russian", "rusia").
  std::optional<std::uint32_t> country_by_adjective(const std::string& folded) const;
  /// The organ of `state` (a country key) that the gazetteer names `folded` ("russian military"):
  /// an organisation entry with that name or alias whose `metonym_of` is the state; nullopt else.
  std::optional<std::uint32_t> state_organ(const std::string& folded, const std::string& state) const;

  /// What contains or governs an entity (key), nearest first: its `within` chain (city, province,
  /// country), or for a capital or state organ without one, the country of `metonym_of`. Empty
  /// for unknown keys and for countries. Stops at keys the gazetteer does not hold and at cycles.
  /// A group's `members` (the states it is made of) follow the chain.
  std::vector<std::string> containers(const std::string& key) const;

  /// Offices held by a person (key), in file order.
  std::vector<OfficeTerm> offices_of(const std::string& person) const;
  /// Who held `office` for `country` on `date` (nullopt when unknown or ambiguous).
  std::optional<std::string> office_holder(const std::string& office, const std::string& country,
                                           const TimeValue& date) const;
  /// True when the person held any office on `date` (or, with an unknown date, holds one now).
  bool in_office(const std::string& person, const TimeValue& date) const;

  ~Gazetteer();
  Gazetteer(const Gazetteer&) = delete;
  Gazetteer& operator=(const Gazetteer&) = delete;

  struct Trie;

 private:
  struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view v) const noexcept { return std::hash<std::string_view>{}(v); }
  };
  Gazetteer();
  std::vector<GazetteerEntry> entries_;
  std::unordered_map<std::string, std::uint32_t> by_key_;
  std::vector<OfficeTerm> offices_;
  std::vector<TitleInfo> titles_;
  std::vector<HeadInfo> heads_;
  std::vector<GroupInfo> groups_;
  std::vector<std::string> word_classes_;
  std::vector<std::string> class_names_;  // bit i of a class mask = class_names_[i]
  struct ClassMasks {
    std::uint64_t by_lang[3] = {0, 0, 0};  // [0]: classes listed for every language
  };
  std::unordered_map<std::string, ClassMasks, StringHash, std::equal_to<>> word_masks_;  // fold()ed word or phrase -> classes
  std::unordered_map<std::string, std::vector<std::uint32_t>> offices_by_person_;   // -> offices_ rows
  std::unordered_map<std::string, std::vector<std::uint32_t>> offices_by_post_;     // office \t country -> rows
  std::vector<ClassMasks> masks_by_id_;  // one-atom words of word_masks_, by word id
  std::unordered_set<std::string, StringHash, std::equal_to<>> phrase_prefixes_;  // see starts_class_phrase
  void add_word_class(std::string_view phrase, Language lang, std::string_view cls);
  void index_word_classes();
  void index_offices();
  std::unordered_map<std::string, std::vector<std::uint32_t>> short_forms_;
  std::unordered_map<std::string, std::uint32_t> adjectives_;
  std::unordered_multimap<std::string, std::uint32_t> organs_;  // folded name of a state organ -> entry
  std::unique_ptr<Trie> tries_[7];
  std::unordered_map<std::string, WordId, StringHash, std::equal_to<>> vocabulary_;  // folded atom -> id
  WordId intern(std::string_view folded_atom);
};

}  // namespace kronik
