// What graph.cpp, cluster.cpp and date_hints.cpp share: the stored documents and the merge steps.
#pragma once

#include <cstdint>
#include <map>
#include <unordered_map>
#include <string>
#include <vector>

#include "kronik/graph/graph.h"

namespace kronik {

struct KnowledgeGraph::Impl {
  std::vector<DocumentAnalysis> docs;
  /// Per document: evidence text and trigger text were dropped because the spans give them back
  /// from raw.text (restored by build()).
  std::vector<std::uint8_t> evidence_elided;
  std::map<std::string, std::size_t> by_id;
  std::vector<Error> skipped;
};

namespace graph_detail {

/// One event of one document, as the clustering sees it.
struct EventRef {
  const Event* event = nullptr;
  std::uint32_t doc = 0;  ///< index into Impl::docs
};

/// Groups events (given in clustering order) into clusters of one happening each. `country_of`
/// lists the countries an entity stands for (its offices). Returns member indices into `events`,
/// clusters in creation order, members in event order.
std::vector<std::vector<std::uint32_t>> cluster_events(
    const std::vector<EventRef>& events, const std::unordered_map<std::string, std::vector<std::string>>& country_of,
    int max_day_gap, const ProgressFn& progress);

/// Drops what neither the merge nor the exports read (sentences, time and entity mentions,
/// evidence texts the spans restore); sets `elided` when evidence texts were dropped. `elided`
/// is read first: set, the analysis may be a copy of a trimmed one.
void keep_for_merge(DocumentAnalysis& a, std::uint8_t& elided);

/// Puts back the evidence texts keep_for_merge() dropped.
void restore_evidence_text(const std::string& raw_text, Evidence& ev);

inline std::string root_of(const std::string& cameo) { return cameo.substr(0, 2); }

/// Sorted, unique non-speaker participants.
std::vector<std::string> parties(const Event& e);

}  // namespace graph_detail
}  // namespace kronik
