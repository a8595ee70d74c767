// Character offsets beside byte offsets, and where each party of an event is named in its
// evidence: what a client needs to highlight the text (timeline.json, events.jsonl, GDELT
// mentions). Internal to kronik_export.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kronik/graph/timeline.h"

namespace kronik::export_detail {

/// A stretch of a document's text in bytes and, when known, in code points.
struct TextSpan {
  std::uint64_t begin = 0, end = 0;
  std::optional<std::uint64_t> char_begin, char_end;
};

/// One party of an event named in one evidence sentence.
struct PartyMention {
  std::string entity;  ///< entity key
  std::string role;    ///< actor, target, speaker, other, or location
  TextSpan span;       ///< in the document text
  std::string text;    ///< as written
};

/// The trigger's span in the document, with code points when the evidence has them.
TextSpan trigger_span(const Evidence& ev);
/// The sentence's span in the document, with code points when the evidence has them.
TextSpan sentence_span(const Evidence& ev);

/// Finds the parties of an event in its evidence sentences by the names they were seen under:
/// the entity's canonical name and every surface form (EntityRecord::aliases), as whole words,
/// the earliest in the sentence (the longest form at one place). A party the sentence names only
/// through a pronoun or a title has no mention. Holds copies of the names; const calls are
/// thread-safe.
class MentionFinder {
 public:
  explicit MentionFinder(const Timeline& timeline);
  std::vector<PartyMention> operator()(const Event& event, const Evidence& evidence) const;

 private:
  std::optional<PartyMention> find(const std::string& key, const char* role, const Evidence& ev) const;
  std::map<std::string, std::vector<std::string>> forms_;  ///< entity key -> names, longest first
};

}  // namespace kronik::export_detail
