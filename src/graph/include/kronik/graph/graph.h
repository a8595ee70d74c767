// kronik/graph/graph.h: merging documents into one knowledge graph.
//
// Usage:
//   KnowledgeGraph g;
//   for (auto& a : analyses) g.add(std::move(a));   // any order: the result does not depend on it
//   auto hints = g.date_hints();                     // cross-document publication dates
//   Timeline t = g.build(MergeConfig{});
//
// One node per entity key; one event per real-world happening: events reported by several
// documents (same CAMEO root, same parties, compatible dates) become one event listing every
// source and every piece of evidence. The graph is held in Boost.Graph (entities and events as
// vertices, participation as labelled edges); Boost types stay inside graph.cpp.
//
// Thread-safety: add() and build() must not run concurrently; build() and date_hints() are const.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <memory>
#include <string>
#include <vector>

#include "kronik/core/model.h"
#include "kronik/graph/timeline.h"

namespace kronik {

struct MergeConfig {
  /// Two day-precise dates of the same event may differ by this many days when at least one of
  /// them is not written out in the text (reports say "on Sunday" about a Saturday meeting).
  int max_day_gap = 2;
  /// Drop entities that no event mentions and that were seen only once (keeps diagrams clean).
  bool drop_singletons = false;
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
  /// documents date: what those dates say about them. Keyed by document id.
  std::map<std::string, DateHint> date_hints() const;

  /// Re-analyses documents: `fn` gets each document's current analysis (with its raw text) and
  /// returns a new analysis, or nullopt to keep it (used to apply date_hints()). Returns how
  /// many documents were replaced. Runs `fn` serially, in document order.
  std::size_t reanalyze(const std::function<std::optional<DocumentAnalysis>(const DocumentAnalysis&)>& fn);

  Timeline build(const MergeConfig& config) const;

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace kronik
