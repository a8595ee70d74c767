// kronik/extract/pipeline.h: one article in, one DocumentAnalysis out.
//
// Usage:
//   ExtractConfig cfg;                      // cfg.data_dir = "" -> default data folder
//   auto ex = Extractor::create(cfg);       // loads lexicons and gazetteers once
//   if (!ex) { /* ex.error(): which data file, which line */ }
//   DocumentAnalysis a = ex.value()->analyze(std::move(raw_document));
//
// Stages, in order: language identification, cleaning and sentence splitting, publication
// date (metadata, dateline, then inference from the text), time expressions, entity mentions,
// events and claims. Cross-document steps (merging, dates borrowed from other documents) are the
// graph module's.
//
// Ownership and thread-safety: an Extractor is immutable after create(); analyze() is const and
// may be called from many threads at once (kronik parallelises across documents).
// Errors: create() fails on missing or malformed data files (ErrorCode::kData, with the file and
// line). analyze() never fails: problems become DocumentAnalysis::warnings.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "kronik/core/error.h"
#include "kronik/core/model.h"
#include "kronik/extract/text/budget.h"
#include "kronik/extract/text/clean.h"
#include "kronik/extract/text/token_stream.h"

namespace kronik {

struct ExtractConfig {
  /// Folder holding common/, id/, en/ lexicons. Empty: $KRONIK_DATA_DIR, then the source tree's
  /// data/ (build tree use), then the installed share/kronik.
  std::string data_dir;
  /// Extra gazetteer files (same TSV format as data/common/gazetteer/*.tsv), loaded after the
  /// bundled ones.
  std::vector<std::string> extra_gazetteers;
  /// Language used when identification is unsure (text too short).
  Language default_language = Language::kIndonesian;
  CleanConfig clean;
  /// Keep planned (future/modal) events in the output, marked modality=planned.
  bool keep_planned_events = false;
  /// Events below this confidence are dropped.
  double min_event_confidence = 0.0;
  /// Latest plausible year for inferred dates (0 = the current year). Fix it for reproducible
  /// runs over old archives.
  int latest_year = 0;
  /// Names outside the gazetteer from the statistical name tagger (data/models/names-*.bin,
  /// docs/names.md) become entities, linked within their document (docs/entities.md, "Open-world
  /// names"). Off: only gazetteer names and names after a title.
  bool open_names = true;
  /// Parse every sentence (data/models/syntax-*.bin) and code events over the dependency syntax
  /// (kronik/extract/events/syntax_coder.h) besides the trigger-window coder. Off: window coder only.
  bool syntax_events = true;
  /// The trigger-window coder (data/<lang>/events.tsv, events.h). Off with syntax_events on: only
  /// the syntax coder codes events (its tests and measurements use this).
  bool window_events = true;
  /// Per-document work limits (bytes and sentences analysed, soft time limit); see budget.h.
  DocumentBudget budget;
};

/// Finds the data folder per ExtractConfig::data_dir's rules; empty when none exists.
std::string resolve_data_dir(const std::string& configured);

/// What other documents of the run say about this one's publication date (graph module's
/// cross-document inference): used only when metadata and dateline give no date.
struct PublicationHint {
  TimeValue value;       ///< e.g. 2025-07 (month) or a year
  TimeValue not_before;  ///< the document reports an event of this day, so it is not older
  std::string how;       ///< "the same event is dated 2025-07-12 in 002.txt"
};

/// A document's linguistic layer: its sentences and their tokens with syntax, as `kronik parse`
/// prints them. The tokens' views point into `raw.text`, so a ParsedDocument stays where
/// parse() made it (neither copied nor moved; held by unique_ptr).
struct ParsedDocument {
  RawDocument raw;
  Language language = Language::kUnknown;
  std::vector<Sentence> sentences;
  TokenStream tokens;  ///< one SentenceTokens per sentence, syntax filled when a model exists
  std::vector<Warning> warnings;

  ParsedDocument() = default;
  ParsedDocument(const ParsedDocument&) = delete;
  ParsedDocument& operator=(const ParsedDocument&) = delete;
};

class SyntaxAnnotator;
class NameTagger;

class Extractor {
 public:
  static Result<std::shared_ptr<const Extractor>> create(const ExtractConfig& config);
  DocumentAnalysis analyze(RawDocument raw, const PublicationHint* hint = nullptr) const;
  /// The analysis `analyze(done.raw, &hint)` would give, without cleaning and language
  /// identification again: only the date-dependent steps run (time expressions and their
  /// resolution, entities, whose office holders depend on the date, events and their dates).
  /// `done` must come from analyze() of this Extractor. A document dated by its metadata or
  /// dateline ignores hints, so its analysis is returned unchanged. For the cross-document
  /// re-analysis (docs/dates.md).
  DocumentAnalysis redate(const DocumentAnalysis& done, const PublicationHint& hint) const;
  /// Language identification, cleaning, sentences, tokens and syntax of one document: the
  /// first stages of analyze(), without dates, entities or events. `raw.language`, when set,
  /// is used as declared.
  std::unique_ptr<ParsedDocument> parse(RawDocument raw) const;
  /// The syntax annotator loaded with the data folder (models of data/models/; never null).
  const SyntaxAnnotator& syntax() const noexcept;
  /// The name tagger loaded with the data folder (models of data/models/; never null).
  const NameTagger& names() const noexcept;
  const ExtractConfig& config() const noexcept;

  ~Extractor();
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  struct Impl;

 private:
  explicit Extractor(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace kronik
