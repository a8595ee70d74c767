// kronik/graph/graph.h: merging documents into one knowledge graph.
//
// Usage:
//   KnowledgeGraph g;
//   for (auto& a : analyses) g.add(std::move(a));   // any order: the result does not depend on it
//   auto hints = g.date_hints();                     // cross-document publication dates
//   Timeline t = g.build(MergeConfig{});
//
// One node per entity key; one event per real-world happening: events reported by several
// documents become one event listing every source and every piece of evidence when their codes
// may describe one happening (MergeConfig::codes), their parties are compatible role by role (a
// person with the state they represent on that date, an organ with its state, a place with the
// places that contain it; an extra party lowers confidence but does not forbid), and their date
// intervals overlap or lie within max_day_gap. Every pair of candidate reports is scored and
// pairs are merged by decreasing score, each merge checked against both whole clusters, so the
// result does not depend on input order. Each merged event says per report why it joined and
// what conflicts it carries (Event::merge; conflicts also in Event::warnings); docs/merge.md.
// The merge is linear in the number of events: candidates come from an inverted index of
// (code group, party) keys, read in date order.
//
// What the graph keeps of a document: raw (for re-analysis), info, sentences (20 bytes each, so
// that re-dating re-runs only the steps after cleaning), events and warnings. Time and entity
// mentions are dropped by add(); evidence texts are kept as spans into raw.text (build() puts
// them back); entity records are interned: what the records of one entity share across
// documents (name, aliases, offices) is stored once per run, each document keeps only its
// mention count and first/last seen dates. Memory stays near the text size.
//
// Threads: build() and reanalyze() use oneTBB internally (the caller's task arena and
// tbb::global_control limits apply); the output is byte-identical whatever the thread count.
// add(), reanalyze() and build() must not run concurrently; build() (on an lvalue) and date_hints()
// are const.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <memory>
#include <string>
#include <vector>

#include "kronik/core/model.h"
#include "kronik/core/progress.h"
#include "kronik/graph/compat.h"
#include "kronik/graph/name_links.h"
#include "kronik/graph/timeline.h"

namespace kronik {

struct MergeConfig {
  /// Two day-precise dates of the same event may differ by this many days when at least one of
  /// them is not written out in the text (reports say "on Sunday" about a Saturday meeting).
  int max_day_gap = 2;
  /// Which CAMEO codes may describe one happening (data/common/cameo_compat.tsv, loaded by the
  /// caller). Null: every code in a group of its own root, parties compared as one set.
  std::shared_ptr<const CodeCompatibility> codes;
  /// Organisation words across languages (data/common/org_heads.tsv, loaded by the caller) for
  /// linking entity records across documents (kronik/graph/name_links.h). Null: organisation
  /// names link only when spelled alike; one-word person names link either way.
  std::shared_ptr<const NameWords> name_words;
  /// Drop entities that no event mentions and that were seen only once (keeps diagrams clean).
  bool drop_singletons = false;
  /// Reports the phases "merge entities" (entity keys) and "merge events" (events). Empty: silent.
  ProgressFn progress;
};

/// A publication date one document gets from others that report the same events.
struct DateHint {
  TimeValue value;       ///< month (or day) the document is from
  TimeValue not_before;  ///< the latest event day it reports, from the other documents
  std::string how;
};

class KnowledgeGraph {
 public:
  KnowledgeGraph();
  ~KnowledgeGraph();
  KnowledgeGraph(KnowledgeGraph&&) noexcept;
  KnowledgeGraph& operator=(KnowledgeGraph&&) noexcept;

  void add(DocumentAnalysis analysis);
  /// Records a document that could not be read (for the summary).
  void add_skipped(const Error& error);
  std::size_t documents() const;

  /// Documents without a day-precise publication date that report an event which other
  /// documents date: what those dates say about them. Keyed by document id. Linear in the
  /// number of events. `progress` gets the phase "date hints" (documents).
  std::map<std::string, DateHint> date_hints(const ProgressFn& progress = {}) const;

  using ReanalyzeFn = std::function<std::optional<DocumentAnalysis>(const DocumentAnalysis&)>;
  /// Re-analyses documents: `fn` gets each document's analysis as the graph keeps it (raw text,
  /// info, sentences, events whose evidence texts may be empty, warnings; no entity records,
  /// time or entity mentions: what Extractor::redate reads) and returns a new, complete
  /// analysis, or nullopt to keep it (used to apply date_hints()).
  /// Returns how many documents were replaced.
  /// `fn` is called in parallel, from several threads at once: it must be thread-safe
  /// (Extractor::analyze is). Each result replaces its own document, so the outcome does not
  /// depend on scheduling. `progress` gets the phase "re-date" (documents).
  std::size_t reanalyze(const ReanalyzeFn& fn, const ProgressFn& progress = {});

  Timeline build(const MergeConfig& config) const&;
  /// The same timeline, moving what it can out of the graph instead of copying it (evidence,
  /// document infos, warnings) and freeing the documents' events once merged: lower peak memory.
  /// Use it on a graph that is not needed afterwards (`std::move(graph).build(config)`); the
  /// graph is left valid but unspecified.
  Timeline build(const MergeConfig& config) &&;

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace kronik
