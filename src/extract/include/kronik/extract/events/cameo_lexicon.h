// kronik/extract/events/cameo_lexicon.h: CAMEO verb and noun frames over dependency syntax.
//
// Usage:
//   auto lex = CameoLexicon::load("data");   // data/<lang>/cameo_verbs.tsv, cameo_nouns.tsv, cameo_classes.tsv
//   for (const CameoFrame& f : lex.value()->verbs(Language::kEnglish, "accuse")) ...
//   for (const CameoFrame& f : lex.value()->verbs(Language::kIndonesian, "menangkap")) ...
//
// The files and their pattern language are documented in docs/cameo-lexicon.md. English verbs are
// keyed by UD lemma, Indonesian verbs and all nouns by their lower-case form (the Indonesian forms
// are generated with their morphology, so no lemmatiser decides the sense). A frame's pattern is a
// list of conditions on the trigger's dependents; the coder (syntax_coder.h) applies the most
// specific frame whose conditions hold. Code "-" is the null code: a known trigger that makes no
// event in that frame.
//
// Errors: load() returns kData naming file and line for a malformed row; a missing file of one
// language leaves that language without frames (the coder then makes no events from syntax).
// Thread-safety: immutable after load().
#pragma once

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "kronik/core/error.h"
#include "kronik/core/model.h"

namespace kronik {

/// Which dependents of the trigger a pattern element looks at.
enum class PatternSlot : std::uint8_t { kObj, kSubj, kParticle, kOblique, kXcomp, kAdvmod, kAux, kCompound, kModifier };

/// One condition of a pattern: "obj:protest", "obl:with:murder", "prt:down", "nsubj:&military".
struct PatternElement {
  PatternSlot slot = PatternSlot::kObj;
  std::string marker;              ///< the case marker of an oblique ("with"); empty otherwise
  std::vector<std::string> words;  ///< alternatives; a word may be "a_b" (a phrase) or "&class"; empty = any
  bool binds_target = false;       ///< "@target": the target actor is this dependent
  bool binds_source = false;       ///< "@source"
};

/// What an argument of a nominal trigger gives: "poss:source", "with:target", "nmod:source".
struct NounArgument {
  std::string marker;  ///< "poss", "nmod" (no preposition), or a preposition ("with", "terhadap")
  enum Role : std::uint8_t { kSource, kTarget, kBoth } role = kSource;
};

/// Kind of a verb frame (Indonesian rows say it; English rows are "act" except speech verbs).
enum class FrameKind : std::uint8_t { kAct, kSpeech, kReport, kMeet, kVisit, kHost, kArrive, kDeny };

struct CameoFrame {
  std::string code;        ///< CAMEO code, "-" for the null code
  std::string code_rev;    ///< the reverse event's code (the subject is the target), or empty
  std::vector<PatternElement> pattern;  ///< all must hold; empty = "*"
  std::vector<NounArgument> args;       ///< nouns only
  FrameKind kind = FrameKind::kAct;
  bool passive = false;    ///< Indonesian di-/ter- forms: the subject is the patient
  std::string source;      ///< provenance of the row ("petrarch2:7512", "kronik:cameo_roots.tsv:15")
  bool null() const noexcept { return code == "-"; }
};

class CameoLexicon {
 public:
  static Result<std::shared_ptr<const CameoLexicon>> load(const std::string& data_dir);

  /// Frames of a verb: English by lemma, Indonesian by lower-case form. Empty when unknown.
  std::span<const CameoFrame> verbs(Language lang, std::string_view key) const;
  /// Frames of a noun by lower-case form (English also by lemma). Empty when unknown.
  std::span<const CameoFrame> nouns(Language lang, std::string_view key) const;
  /// True when `word` (lower case) belongs to the pattern class `cls` ("&military" without '&').
  bool in_class(Language lang, std::string_view cls, std::string_view word) const;
  /// The English lemma PETRARCH lists for an inflected form ("sped" -> "speed"), or empty.
  std::string_view verb_lemma(std::string_view form) const;

  /// Parses one pattern ("obj:police+obl:to:border", "*"); false on a malformed element.
  static bool parse_pattern(std::string_view text, std::vector<PatternElement>& out);

 private:
  struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
  };
  using StringMap = std::unordered_map<std::string, std::uint32_t, StringHash, std::equal_to<>>;
  struct Table {
    std::vector<CameoFrame> frames;  // grouped by key
    std::unordered_map<std::string, std::pair<std::uint32_t, std::uint32_t>, StringHash, std::equal_to<>> by_key;
    std::span<const CameoFrame> find(std::string_view key) const;
  };
  Table verbs_[3], nouns_[3];
  // Pattern classes ("&military") interned to ids, and per word the ids of its classes (English
  // only today): a question is two look-ups without building a key.
  StringMap class_ids_;
  std::unordered_map<std::string, std::vector<std::uint32_t>, StringHash, std::equal_to<>> word_classes_[3];
  std::unordered_map<std::string, std::string, StringHash, std::equal_to<>> verb_lemmas_;
};

}  // namespace kronik
