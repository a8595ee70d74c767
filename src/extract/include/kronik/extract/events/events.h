// kronik/extract/events/events.h: CAMEO-coded events and attributed claims from one document.
//
// Usage:
//   auto lex = EventLexicon::load("data");                 // data/<lang>/events.tsv + common/cameo.tsv
//   EventExtractor ex(lex.value(), gazetteer);
//   std::vector<Event> evs = ex.extract(doc_id, text, sentences, mentions, times, lang, published);
//
// A dictionary coder in the TABARI/PETRARCH tradition: trigger phrases (matched on words or, for
// Indonesian and English, on their Snowball stems) carry a CAMEO code and a frame that says where
// actor, target and location sit around the trigger (docs/events.md). Negated, planned,
// hypothetical and interrogative clauses make no asserted events.
//
// Thread-safety: const after construction; stemmers are per thread.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "kronik/core/error.h"
#include "kronik/core/model.h"
#include "kronik/extract/entities/gazetteer.h"
#include "kronik/extract/text/token_stream.h"

namespace kronik {

struct CameoInfo {
  std::string code, type, name;
  int quad_class = 0;
  double goldstein = 0.0;
};

class EventLexicon {
 public:
  static Result<std::shared_ptr<const EventLexicon>> load(const std::string& data_dir);
  /// CAMEO table entry for a code (falls back to its root); nullptr when unknown.
  const CameoInfo* cameo(const std::string& code) const;

  struct Entry;
  struct Impl;
  const Impl& impl() const { return *impl_; }
  ~EventLexicon();

 private:
  EventLexicon();
  std::unique_ptr<Impl> impl_;
};

struct EventOptions {
  bool keep_planned = false;
};

class EventExtractor {
 public:
  EventExtractor(std::shared_ptr<const EventLexicon> lexicon, std::shared_ptr<const Gazetteer> gazetteer)
      : lex_(std::move(lexicon)), gz_(std::move(gazetteer)) {}

  /// `times` must be resolved (values set) and in text order; `mentions` in text order.
  /// Tokenises the sentences itself (TokenStream::build), then as below.
  std::vector<Event> extract(const std::string& document, std::string_view text, const std::vector<Sentence>& sentences,
                             const std::vector<Mention>& mentions, const std::vector<TimeMention>& times,
                             Language lang, const TimeValue& published, const EventOptions& options) const;
  /// Reads the document's token stream (built over `sentences` with this extractor's gazetteer;
  /// its language is the document's).
  std::vector<Event> extract(const std::string& document, std::string_view text, const std::vector<Sentence>& sentences,
                             const TokenStream& tokens, const std::vector<Mention>& mentions,
                             const std::vector<TimeMention>& times, const TimeValue& published,
                             const EventOptions& options) const;

 private:
  std::shared_ptr<const EventLexicon> lex_;
  std::shared_ptr<const Gazetteer> gz_;
};

}  // namespace kronik
