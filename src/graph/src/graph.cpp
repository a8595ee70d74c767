// The cross-document graph: documents are kept (trimmed to what the merge and the exports read),
// and build() merges them: entity records by key, events into clusters (cluster.cpp), clusters
// into timeline events. Independent steps run in parallel on oneTBB; each writes its own slot,
// so the output is the same whatever the thread count.
#include "kronik/graph/graph.h"

#include <tbb/parallel_for.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <set>
#include <string_view>
#include <unordered_map>

#include "internal.h"
#include "kronik/core/text.h"

namespace kronik {

using graph_detail::EventRef;
using graph_detail::PackedTime;

KnowledgeGraph::KnowledgeGraph() : impl_(std::make_unique<Impl>()) {}
KnowledgeGraph::~KnowledgeGraph() = default;
KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&&) noexcept = default;
KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&&) noexcept = default;

namespace {

void rename_document(DocumentAnalysis& a, const std::string& id) {
  a.info.id = id;
  for (auto& e : a.events) {
    for (auto& ev : e.evidence) ev.document = id;
    for (auto& s : e.sources) s = id;
  }
}

template <class T>
void release(T& v) {
  T().swap(v);
}

std::string_view span_text(const std::string& text, ByteSpan s) {
  if (s.begin > s.end || s.end > text.size()) return {};
  return std::string_view(text).substr(s.begin, s.size());
}

// Evidence texts are slices of the raw text: drop them only when every one can be restored.
// `was_elided`: the analysis is a copy of a trimmed one (reanalyze), whose texts are already gone.
bool evidence_restorable(const DocumentAnalysis& a, bool was_elided) {
  for (const auto& e : a.events)
    for (const auto& ev : e.evidence) {
      if (was_elided && ev.text.empty() && ev.trigger_text.empty()) continue;
      if (ev.text.empty() || ev.text != span_text(a.raw.text, ev.span) || ev.trigger_text != span_text(a.raw.text, ev.trigger))
        return false;
    }
  return true;
}

// Everything of a record but the per-document counts, as one string of length-prefixed fields:
// equal strings, equal shapes (whatever bytes the names hold).
std::string shape_key(const EntityRecord& r) {
  std::string k;
  auto field = [&k](std::string_view v) {
    k += std::to_string(v.size());
    k += ':';
    k += v;
  };
  for (std::string_view v : {std::string_view(r.key), std::string_view(r.name), std::string_view(r.qid), std::string_view(r.iso)})
    field(v);
  k += static_cast<char>('0' + static_cast<int>(r.type));
  k += r.from_gazetteer ? 'g' : '-';
  field(std::to_string(r.aliases.size()));
  for (const auto& a : r.aliases) field(a);
  field(std::to_string(r.roles.size()));
  for (const auto& role : r.roles)
    for (const std::string* v : {&role.office, &role.country, &role.start, &role.end}) field(*v);
  field(std::to_string(r.within.size()));
  for (const auto& w : r.within) field(w);
  return k;
}

// PackedTime: the high bit marks an index into Impl::odd_times.
constexpr PackedTime kOddTime = PackedTime{1} << 63;

}  // namespace

std::vector<graph_detail::DocEntity> graph_detail::intern_entities(KnowledgeGraph::Impl& impl,
                                                                   std::map<std::string, EntityRecord>&& records) {
  std::vector<DocEntity> out;
  out.reserve(records.size());
  for (auto& [key, r] : records) {
    DocEntity d{0, r.mentions, pack_time(impl, r.first_seen), pack_time(impl, r.last_seen)};
    r.mentions = 0;
    r.first_seen = r.last_seen = TimeValue{};
    std::string k = shape_key(r);
    std::lock_guard<std::mutex> lock(impl.shapes_mutex);
    auto [it, fresh] = impl.shape_ids.emplace(std::move(k), static_cast<std::uint32_t>(impl.shapes.size()));
    if (fresh) impl.shapes.push_back(std::move(r));
    d.shape = it->second;
    out.push_back(d);
  }
  records.clear();
  return out;
}

// Layout: year + 32768 (16 bits) | month (4) | day (5) | week (6) | granularity (4).
PackedTime graph_detail::pack_time(KnowledgeGraph::Impl& impl, const TimeValue& t) {
  const auto g = static_cast<unsigned>(t.granularity);
  const bool fits = t.hour == -1 && t.minute == -1 && !t.utc_offset_minutes && t.year >= -32768 && t.year < 32768 &&
                    t.month >= 0 && t.month < 16 && t.day >= 0 && t.day < 32 && t.week >= 0 && t.week < 64 && g < 16;
  if (fits)
    return PackedTime(static_cast<unsigned>(t.year + 32768)) << 19 | PackedTime(static_cast<unsigned>(t.month)) << 15 |
           PackedTime(static_cast<unsigned>(t.day)) << 10 | PackedTime(static_cast<unsigned>(t.week)) << 4 | g;
  std::lock_guard<std::mutex> lock(impl.shapes_mutex);
  impl.odd_times.push_back(t);
  return kOddTime | (impl.odd_times.size() - 1);
}

TimeValue graph_detail::unpack_time(const KnowledgeGraph::Impl& impl, PackedTime p) {
  if (p & kOddTime) return impl.odd_times[p & ~kOddTime];
  TimeValue t;
  t.year = static_cast<int>((p >> 19) & 0xFFFF) - 32768;
  t.month = static_cast<int>((p >> 15) & 0xF);
  t.day = static_cast<int>((p >> 10) & 0x1F);
  t.week = static_cast<int>((p >> 4) & 0x3F);
  t.granularity = static_cast<Granularity>(p & 0xF);
  return t;
}

void graph_detail::restore_evidence_text(const std::string& raw_text, Evidence& ev) {
  ev.text = span_text(raw_text, ev.span);
  ev.trigger_text = span_text(raw_text, ev.trigger);
}

void graph_detail::keep_for_merge(DocumentAnalysis& a, std::uint8_t& elided) {
  a.sentences.shrink_to_fit();  // kept (20 bytes each): re-dating re-runs only the steps after cleaning
  // The container's metadata lives on in `info` (title, url, outlet, path); re-dating reads only
  // the raw id, text, published string and repairs.
  release(a.raw.path), release(a.raw.title), release(a.raw.url), release(a.raw.source), release(a.raw.language);
  release(a.times);
  release(a.mentions);
  elided = evidence_restorable(a, elided) ? 1 : 0;
  for (auto& e : a.events) {
    if (elided)
      for (auto& ev : e.evidence) release(ev.text), release(ev.trigger_text);
    e.evidence.shrink_to_fit();
  }
  a.events.shrink_to_fit();
  a.warnings.shrink_to_fit();
}

void KnowledgeGraph::add(DocumentAnalysis a) {
  std::string id = a.info.id;
  if (impl_->by_id.count(id)) {
    // Two inputs with the same id: keep both, the second under a disambiguated id.
    std::string base = id;
    for (int n = 2; impl_->by_id.count(id); ++n) id = base + "#" + std::to_string(n);
    a.warnings.push_back(Warning{"duplicate-id", "document id '" + base + "' seen twice; renamed to '" + id + "'", id, "", 0});
    rename_document(a, id);
  }
  impl_->by_id[id] = impl_->docs.size();
  impl_->evidence_elided.push_back(0);
  graph_detail::keep_for_merge(a, impl_->evidence_elided.back());
  impl_->doc_entities.push_back(graph_detail::intern_entities(*impl_, std::move(a.entities)));
  impl_->docs.push_back(std::move(a));
}

std::size_t KnowledgeGraph::reanalyze(const ReanalyzeFn& fn, const ProgressFn& progress) {
  const std::size_t n = impl_->docs.size();
  std::atomic<std::size_t> replaced{0}, done{0};
  report_progress(progress, "re-date", 0, n);
  // Each document's result goes back into its own slot: no order between documents matters.
  tbb::parallel_for(tbb::blocked_range<std::size_t>(0, n, 64), [&](const tbb::blocked_range<std::size_t>& r) {
    for (std::size_t i = r.begin(); i != r.end(); ++i) {
      DocumentAnalysis& d = impl_->docs[i];
      auto result = fn(d);
      if (!result) continue;
      ++replaced;
      std::string id = d.info.id;  // keep a disambiguated id
      d = std::move(*result);
      // Always: Extractor::redate keeps info.id but numbers evidence by the raw id.
      rename_document(d, id);
      graph_detail::keep_for_merge(d, impl_->evidence_elided[i]);
      impl_->doc_entities[i] = graph_detail::intern_entities(*impl_, std::move(d.entities));
    }
    std::size_t now = done += r.size();
    report_progress(progress, "re-date", now, n);
  });
  return replaced;
}

void KnowledgeGraph::add_skipped(const Error& e) { impl_->skipped.push_back(e); }
std::size_t KnowledgeGraph::documents() const { return impl_->docs.size(); }

}  // namespace kronik
