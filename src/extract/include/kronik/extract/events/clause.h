// kronik/extract/events/clause.h: one sentence's dependency tree as the event coder reads it.
//
// Usage:
//   ClauseView v(text, tokens.sentences[i], mentions, gazetteer, Language::kEnglish);
//   for (std::uint16_t w = 0; w < v.size(); ++w)
//     if (v.upos(w) == syntax::UPos::kVerb) {
//       for (std::uint16_t c : v.children(w)) if (v.rel(c) == syntax::DepRel::kNsubj) ...
//       std::vector<int> who = v.entities_of(c);   // mention indices, coordination included
//     }
//
// Words are 0-based indices into SentenceTokens::syntax.words. A view needs the sentence's
// syntax (SyntaxAnnotator ran); without it size() is 0. `mentions` are the document's entity
// mentions (EntityRecognizer), of which the view keeps those inside the sentence.
//
// Ownership: the view points into its arguments, which must outlive it.
// Thread-safety: a built view is immutable.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "kronik/core/model.h"
#include "kronik/extract/entities/gazetteer.h"
#include "kronik/extract/text/token_stream.h"

namespace kronik {

/// The function-word classes of data/<lang>/words.tsv the event coder asks about. A view resolves
/// their bits once, so a question about a word is one bit test.
enum class WordClass : std::uint8_t {
  kNegation, kPurpose, kHypothetical, kFuture, kReady, kLightVerb, kAgentNoun, kRelative, kSincePrep,
  kByPrep, kWithPrep, kTargetPrep, kLocPrep, kDirPrep, kFromPrep, kDefinite, kFirstPerson, kSecondPerson,
  kVagueTime, kUndergo, kDeparture, kBetweenPrep, kPronounSg, kSpeechInv, kPossessiveSg, kSameDay, kOnset,
  kSuccessNoun, kReasonSub, kSpeechNoun, kAttemptNoun, kRoleNoun, kOffensiveNoun, kPlaceNoun, kAgeWord, kCount
};
/// The words.tsv name of a class ("negation", "light_verb", ...).
std::string_view word_class_name(WordClass c) noexcept;

class ClauseView {
 public:
  ClauseView(std::string_view text, const SentenceTokens& tokens, const std::vector<Mention>& mentions,
             const Gazetteer& gazetteer, Language lang);

  std::size_t size() const noexcept { return sx_.words.size(); }
  Language language() const noexcept { return lang_; }
  const SentenceTokens& tokens() const noexcept { return st_; }
  const SyntaxWord& word(std::uint16_t w) const noexcept { return sx_.words[w]; }
  syntax::UPos upos(std::uint16_t w) const noexcept { return sx_.words[w].upos; }
  /// The parser's relation, except that a word inside a name whose head is in the same name is
  /// `flat`: "Xi" tagged SCONJ and attached as the `case` of "Jinping" is part of the name, not a
  /// preposition (names beat the tag).
  syntax::DepRel rel(std::uint16_t w) const noexcept { return rels_[w]; }
  syntax::DepRel base_rel(std::uint16_t w) const noexcept;
  /// Head word, or -1 for the root.
  int parent(std::uint16_t w) const noexcept { return static_cast<int>(sx_.words[w].head) - 1; }
  std::span<const std::uint16_t> children(std::uint16_t w) const noexcept { return kids_[w]; }
  /// Lower-case form of the word as written ("menangkap"), and its lower-case lemma ("tangkap").
  const std::string& form(std::uint16_t w) const noexcept { return forms_[w]; }
  const std::string& lemma(std::uint16_t w) const noexcept { return lemmas_[w]; }
  /// The case marker of a nominal (its first `case` child as written, lower case: "terhadap",
  /// not its lemma "hadap"), or "".
  std::string_view case_marker(std::uint16_t w) const noexcept;
  /// True when the word's token is in the function-word class `cls` of data/<lang>/words.tsv.
  bool in_class(std::uint16_t w, WordClass cls) const;
  /// A phrase of class `cls` (up to four words: "beberapa hari setelah", "a few days after")
  /// starting among the `window` words before `w`.
  bool class_phrase_before(std::uint16_t w, WordClass cls, std::size_t window) const;
  /// The number of words of a phrase of class `cls` starting at `w` ("according to": 2), or 0.
  std::size_t class_phrase_at(std::uint16_t w, WordClass cls) const;
  /// Some child of `w` with relation base `r` whose word is in class `cls`.
  bool child_in_class(std::uint16_t w, syntax::DepRel r, WordClass cls) const;
  /// Mention index (into the document's mentions) covering the word's token, or -1.
  int mention_at(std::uint16_t w) const noexcept { return mention_of_token_[sx_.words[w].token]; }
  const Mention& mention(int m) const noexcept { return mentions_[static_cast<std::size_t>(m)]; }
  /// The number of the document's mentions (indices for mention()).
  std::size_t mention_count() const noexcept { return mentions_.size(); }

  /// The entities a nominal word stands for, as mention indices in text order, unique:
  /// its own mention; for a noun without one, the names inside it (flat, compound, appos) and,
  /// for an agent noun ("pasukan Israel", "Israeli forces", data class `agent_noun`), the
  /// country or organisation that qualifies it; then the same for every conjunct ("X and Y").
  std::vector<int> entities_of(std::uint16_t w) const;
  /// Byte span of the word's subtree (for claims and evidence).
  ByteSpan subtree_span(std::uint16_t w) const;
  /// True when `a` is `w` or an ancestor of `w`.
  bool dominates(std::uint16_t a, std::uint16_t w) const noexcept;
  /// Index of the word that holds the byte offset `byte` (the first word starting at or after it).
  int word_at(std::uint32_t byte) const noexcept;

 private:
  void collect_entities(std::uint16_t w, int depth, std::vector<int>& out, bool agent_above) const;
  void mark_name_parts();

  std::string_view text_;
  const SentenceTokens& st_;
  const SentenceSyntax& sx_;
  const std::vector<Mention>& mentions_;
  const Gazetteer& gz_;
  Language lang_;
  std::vector<std::vector<std::uint16_t>> kids_;
  std::vector<std::string> forms_, lemmas_;
  std::vector<int> mention_of_token_;
  std::vector<syntax::DepRel> rels_;
  std::uint64_t class_bits_[static_cast<int>(WordClass::kCount)] = {};
};

}  // namespace kronik
