// kronik/extract/events/syntax_coder.h: CAMEO events coded over dependency syntax.
//
// Usage:
//   SyntaxCoder coder(cameo_lexicon, event_lexicon, gazetteer);
//   std::vector<Event> evs = coder.code(input);   // input: one document's text, sentences, tokens
//                                                 // with syntax, mentions and resolved times
//
// The coder runs named stages per sentence (docs/events.md, "Coding over syntax"):
//   triggers  a verb (English: UD lemma; Indonesian: its form) or a noun with CAMEO frames
//             (CameoLexicon); a light verb with a nominal trigger as object ("held talks",
//             "menggelar pertemuan") takes the noun's code;
//   frames    the most specific frame whose pattern holds on the trigger's dependents;
//   roles     actor = subject (the agent of a passive: "by", "oleh"), target = object or the
//             oblique with a target preposition, location = a place oblique of that verb;
//             subjects are inherited through xcomp/conj, relative clauses bind to their head;
//   modality  negation, hypotheticals and questions make no event; plans make none unless a
//             commitment ("ready to", "siap") turns the act into a CAMEO 03 intent;
//   attribution  a speech verb's complement holding coded acts gives them a claim; without one it
//             makes a 010 statement towards the party the complement names;
//   dates     a time expression of the trigger's own clause, else the report date, else the
//             publication month with anchor kDefaulted (the pipeline's date_undated_events()
//             then gives it the narrative day or the publication day, as for every event).
// Every event records the frame that made it in Event::rule ("syntax:verb:petrarch2:7512").
// Sentences without syntax make no events.
//
// Thread-safety: const after construction.
#pragma once

#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "kronik/core/model.h"
#include "kronik/extract/entities/gazetteer.h"
#include "kronik/extract/events/cameo_lexicon.h"
#include "kronik/extract/events/events.h"
#include "kronik/extract/text/token_stream.h"

namespace kronik {

/// One document as the coder reads it; every reference must outlive the call.
struct CoderInput {
  std::string_view document;                 ///< document id, for evidence
  std::string_view text;
  const std::vector<Sentence>* sentences = nullptr;
  const TokenStream* tokens = nullptr;       ///< parallel to `sentences`, with syntax
  const std::vector<Mention>* mentions = nullptr;
  const std::vector<TimeMention>* times = nullptr;  ///< resolved, text order
  TimeValue published;
  bool keep_planned = false;                 ///< EventOptions::keep_planned
};

class SyntaxCoder {
 public:
  SyntaxCoder(std::shared_ptr<const CameoLexicon> frames, std::shared_ptr<const EventLexicon> cameo_table,
              std::shared_ptr<const Gazetteer> gazetteer)
      : frames_(std::move(frames)), table_(std::move(cameo_table)), gz_(std::move(gazetteer)) {}

  /// The document's events. `withheld`, when given, receives the indices of the sentences where
  /// the coder found an act it does not assert (negated, planned, hypothetical, a question, a
  /// participle used as an adjective), in text order: no fallback coder should assert one there.
  std::vector<Event> code(const CoderInput& in, std::vector<std::uint32_t>* withheld = nullptr) const;
  /// The events of the trigger-window coder (`window`) whose trigger the sentence's parse does
  /// not deny: dropped are triggers tagged ADJ, verbs in a participle or gerund adjunct (amod,
  /// acl, advcl) without a subject of their own, and nouns governed by a word of the `undergo`
  /// class ("kena serangan dari X": the subject was attacked). Events of sentences without
  /// syntax are kept. Pass the result to combine_coders().
  std::vector<Event> gate_window_events(const CoderInput& in, std::vector<Event> window) const;

 private:
  std::shared_ptr<const CameoLexicon> frames_;
  std::shared_ptr<const EventLexicon> table_;
  std::shared_ptr<const Gazetteer> gz_;
};

/// The events of both coders for one document. The syntax coder is the primary one: all its
/// events are kept, and a window-coder event only in a sentence where the syntax coder made none
/// and withheld none (`withheld` from SyntaxCoder::code): no parse for the language, or no frame
/// held there. Events come in sentence order, the syntax coder's first within a sentence.
std::vector<Event> combine_coders(std::vector<Event> syntax, std::vector<Event> window,
                                  std::span<const std::uint32_t> withheld = {});

}  // namespace kronik
