// What graph.cpp, cluster.cpp and date_hints.cpp share: the stored documents and the merge steps.
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <string>
#include <vector>

#include "kronik/graph/graph.h"

namespace kronik {

namespace graph_detail {

/// The stored documents. A deque: growing it never copies (nor doubles) what is stored.
using DocStore = std::deque<DocumentAnalysis>;

/// A date in 8 bytes: year, month, day, week and granularity when there is no time of day (what
/// first/last-seen dates are: days or coarser); otherwise the high bit and an index into
/// Impl::odd_times.
using PackedTime = std::uint64_t;

/// A document's entity record, compact: what the records of one entity share across documents
/// (key, name, type, aliases, ids, offices) is stored once per run in Impl::shapes; what is
/// the document's own (mention count, first and last seen) stays here.
struct DocEntity {
  std::uint32_t shape = 0;  ///< index into Impl::shapes
  std::uint32_t mentions = 0;
  PackedTime first_seen = 0, last_seen = 0;
};

}  // namespace graph_detail

struct KnowledgeGraph::Impl {
  graph_detail::DocStore docs;  ///< trimmed (keep_for_merge); `entities` moved to doc_entities
  std::deque<std::vector<graph_detail::DocEntity>> doc_entities;  ///< per document, in key order
  std::vector<TimeValue> odd_times;  ///< first/last-seen dates PackedTime cannot hold (guarded by shapes_mutex)
  std::vector<EntityRecord> shapes;  ///< distinct shared parts (mentions 0, first/last seen unknown)
  std::unordered_map<std::string, std::uint32_t> shape_ids;  ///< shape_key() -> index into shapes
  std::mutex shapes_mutex;  ///< reanalyze() interns from several threads
  /// Per document: evidence text and trigger text were dropped because the spans give them back
  /// from raw.text (restored by build()).
  std::vector<std::uint8_t> evidence_elided;
  std::map<std::string, std::size_t> by_id;
  std::vector<Error> skipped;
};

namespace graph_detail {

/// Cross-document entity links (name_links.cpp): linked key -> the key kept for the entity.
using EntityLinks = std::unordered_map<std::string, std::string>;

/// One event of one document, as the clustering sees it.
struct EventRef {
  const Event* event = nullptr;
  std::uint32_t doc = 0;  ///< index into Impl::docs
};

/// What the event merge reads.
struct ClusterInput {
  const std::vector<EventRef>* events = nullptr;       ///< in stable order (evidence keys)
  const std::vector<EntityRecord>* entities = nullptr; ///< merged records, sorted by key (offices, containers)
  std::vector<int> doc_year;                           ///< per document: publication year, 0 unknown
  const MergeConfig* config = nullptr;
  const EntityLinks* links = nullptr;                  ///< entity keys to read as others (may be null)
};

/// Which name keys of the run's merged records (sorted by key) are one person or organisation.
EntityLinks link_entities(const std::vector<EntityRecord>& entities, const NameWords* words);
/// Folds each linked record into the kept one (name and aliases, mentions, offices, seen dates).
void fold_linked(std::vector<EntityRecord>& entities, const EntityLinks& links);
/// The key kept for `key` (itself when not linked).
const std::string& linked(const EntityLinks& links, const std::string& key);
/// Names kept keys in an event's participants (once each) and place.
void relink(Event& e, const EntityLinks& links);

/// The cells of one TSV line, and each non-empty, non-comment line of a table: `row` returns
/// why a line is malformed, and the first such answer becomes a kData error at its line.
std::vector<std::string_view> split_tabs(std::string_view line);
using RowFn = std::function<std::optional<std::string>(const std::vector<std::string_view>&)>;
std::optional<Error> for_each_row(std::string_view tsv, const std::string& name, const RowFn& row);
std::optional<std::string> read_file(const std::string& path);

/// Clusters of one happening each: member indices into `events` (ascending), clusters by first
/// member; per cluster, one link per member but the first saying why it joined.
struct ClusterResult {
  std::vector<std::vector<std::uint32_t>> members;
  std::vector<std::vector<MergeLink>> links;
};

/// Scores candidate pairs and merges them by decreasing score (cluster.cpp). The result depends
/// only on the events and their stable order, not on the order documents were added.
ClusterResult cluster_events(const ClusterInput& in);

/// Drops what neither the merge, the exports nor re-dating read (time and entity mentions,
/// evidence texts the spans restore); sets `elided` when evidence texts were dropped. `elided`
/// is read first: set, the analysis may be a copy of a trimmed one.
void keep_for_merge(DocumentAnalysis& a, std::uint8_t& elided);

/// Moves a document's entity records into the run-wide shapes (interned) and returns the
/// document's compact list. Thread-safe (locks impl.shapes_mutex).
std::vector<DocEntity> intern_entities(KnowledgeGraph::Impl& impl, std::map<std::string, EntityRecord>&& records);

/// The first/last-seen date `t` of a DocEntity, and back. Exact for every TimeValue.
PackedTime pack_time(KnowledgeGraph::Impl& impl, const TimeValue& t);
TimeValue unpack_time(const KnowledgeGraph::Impl& impl, PackedTime p);

/// Puts back the evidence texts keep_for_merge() dropped.
void restore_evidence_text(const std::string& raw_text, Evidence& ev);

inline std::string root_of(const std::string& cameo) { return cameo.substr(0, 2); }

/// Sorted, unique non-speaker participants.
std::vector<std::string> parties(const Event& e);

}  // namespace graph_detail
}  // namespace kronik
