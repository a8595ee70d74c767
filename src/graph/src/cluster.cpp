// Event clustering: one cluster per real-world happening, whatever the input order.
//
// 1. Keys: every report gets its code group, parties per role with what they stand with on its
//    date, place and date constraints (cluster_keys.cpp).
// 2. Candidates: an inverted index lists each report under (code group, entity) for every party
//    and every affiliation of a party, so two reports that could be one happening share a list.
//    A list is read in date order; a short one pairs all its reports, a long one (a popular
//    party) each report with its next kWindow neighbours: linear in the number of reports.
// 3. Scoring: every compatible candidate pair gets a score (shared parties, same code, same
//    date, same place; extra parties lower it).
// 4. Merging: pairs by decreasing score, ties by the reports' stable order (evidence keys, not
//    input order); two clusters merge only when their summaries (union of parties per role, the
//    date constraints of all members, their places) pass the same tests as a pair, so a cluster
//    is checked as a whole, never just against the report that brought it in.
// The accepted pairs form a spanning tree of each cluster: explain.cpp turns its edges into
// "why it joined" links.
#include <tbb/parallel_for.h>

#include <algorithm>
#include <numeric>
#include <tuple>
#include <unordered_map>

#include "cluster_keys.h"

namespace kronik::graph_detail {

namespace {

constexpr std::size_t kAllPairs = 24;  // lists up to this size compare every pair
constexpr std::size_t kWindow = 8;     // longer lists: each report with its next neighbours
constexpr std::size_t kSignatures = 64;  // party signatures (and places) a cluster keeps for its checks

struct Candidate {
  int score = 0;
  std::uint32_t a = 0, b = 0;  // a < b
};

struct Posting {
  std::uint64_t key;  // (group << 32) | entity
  long order;
  std::uint64_t parties_hash;
  std::uint32_t event;
  bool operator<(const Posting& o) const {
    return std::tie(key, order, parties_hash, event) < std::tie(o.key, o.order, o.parties_hash, o.event);
  }
};

std::vector<Posting> postings_of(const std::vector<EventKey>& keys) {
  std::vector<Posting> out;
  Ids anchors;
  for (std::uint32_t e = 0; e < keys.size(); ++e) {
    const EventKey& k = keys[e];
    anchors.clear();
    for (const Side& s : k.side) {
      unite(anchors, s.ids);
      unite(anchors, s.ups);
    }
    for (std::uint32_t x : anchors) {
      out.push_back(Posting{(std::uint64_t{k.group} << 32) | x, k.order, k.parties_hash, e});
      if (k.also) out.push_back(Posting{(std::uint64_t{k.also} << 32) | x, k.order, k.parties_hash, e});
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<Candidate> candidate_pairs(const std::vector<EventKey>& keys, int gap) {
  std::vector<Posting> postings = postings_of(keys);
  std::vector<Candidate> pairs;
  auto consider = [&](std::uint32_t x, std::uint32_t y) {
    if (x == y) return;
    if (x > y) std::swap(x, y);
    if (pair_compatible(keys[x], keys[y], gap)) pairs.push_back(Candidate{0, x, y});
  };
  for (std::size_t begin = 0; begin < postings.size();) {
    std::size_t end = begin;
    while (end < postings.size() && postings[end].key == postings[begin].key) ++end;
    std::size_t reach = end - begin <= kAllPairs ? end - begin : kWindow + 1;
    for (std::size_t i = begin; i < end; ++i)
      for (std::size_t j = i + 1; j < end && j < i + reach; ++j) consider(postings[i].event, postings[j].event);
    begin = end;
  }
  std::vector<Posting>().swap(postings);
  std::sort(pairs.begin(), pairs.end(), [](const Candidate& x, const Candidate& y) { return std::tie(x.a, x.b) < std::tie(y.a, y.b); });
  pairs.erase(std::unique(pairs.begin(), pairs.end(), [](const Candidate& x, const Candidate& y) { return x.a == y.a && x.b == y.b; }),
              pairs.end());
  for (auto& p : pairs) p.score = pair_score(keys[p.a], keys[p.b]);
  std::sort(pairs.begin(), pairs.end(), [](const Candidate& x, const Candidate& y) {
    return std::tie(y.score, x.a, x.b) < std::tie(x.score, y.a, y.b);
  });
  return pairs;
}

// A cluster as the merge tests see it: its members' date constraints and places, and one
// member per distinct party signature (members with the same parties pass or fail the party
// test alike), so parties are checked member against member.
struct Summary {
  DateFit date;
  std::uint32_t groups[2] = {0, 0};  // the code groups every member shares (a second one through CodeRelation::also)
  std::vector<const Place*> places;  // the members' keys hold them
  std::vector<const EventKey*> signatures;
  std::size_t parties = 0;  // most parties of a member

  Summary() = default;
  explicit Summary(const EventKey& k) : date(k.date), groups{k.group, k.also}, signatures{&k} {
    if (k.place.id) places.push_back(&k.place);
    parties = k.side[0].ids.size() + k.side[1].ids.size();
  }
  void absorb(const Summary& o) {
    date.absorb(o.date);
    for (std::uint32_t& g : groups)
      if (g && g != o.groups[0] && g != o.groups[1]) g = 0;
    // Both lists keep their first kSignatures entries: a cluster of thousands of differently
    // worded reports (a popular party's undated statements) stays linear to merge.
    for (const Place* p : o.places)
      if (places.size() < kSignatures && std::none_of(places.begin(), places.end(), [&](const Place* q) { return q->id == p->id; }))
        places.push_back(p);
    for (const EventKey* k : o.signatures)
      if (signatures.size() < kSignatures &&
          std::none_of(signatures.begin(), signatures.end(), [&](const EventKey* x) { return same_parties(*x, *k); }))
        signatures.push_back(k);
    parties = std::max(parties, o.parties);
  }
  static bool same_parties(const EventKey& a, const EventKey& b) {
    return a.side[0].ids == b.side[0].ids && a.side[1].ids == b.side[1].ids;
  }
};

bool shares_group(const Summary& a, const Summary& b) {
  for (std::uint32_t g : a.groups)
    if (g && (g == b.groups[0] || g == b.groups[1])) return true;
  return false;
}

bool summaries_fit(const Summary& a, const Summary& b, int gap) {
  if (!shares_group(a, b) || !dates_fit(a.date, b.date, gap)) return false;
  for (const EventKey* x : a.signatures)
    for (const EventKey* y : b.signatures)
      if (!parties_fit(*x, *y)) return false;
  if (a.parties >= 2 && b.parties >= 2) return true;
  for (const Place* p : a.places)
    for (const Place* q : b.places)
      if (!places_fit(*p, *q)) return false;
  return true;
}

class Merger {
 public:
  Merger(const std::vector<EventKey>& keys, int gap) : gap_(gap), parent_(keys.size()) {
    std::iota(parent_.begin(), parent_.end(), 0u);
    summaries_.reserve(keys.size());
    for (const auto& k : keys) summaries_.emplace_back(k);
  }

  void offer(const Candidate& c) {
    std::uint32_t x = find(c.a), y = find(c.b);
    if (x == y || !summaries_fit(summaries_[x], summaries_[y], gap_)) return;
    if (summaries_[x].parties < summaries_[y].parties) std::swap(x, y);
    summaries_[x].absorb(summaries_[y]);
    summaries_[y] = Summary();
    parent_[y] = x;
    edges_.push_back({c.a, c.b});
  }

  std::uint32_t find(std::uint32_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }

  const std::vector<std::pair<std::uint32_t, std::uint32_t>>& edges() const { return edges_; }

 private:
  int gap_;
  std::vector<std::uint32_t> parent_;
  std::vector<Summary> summaries_;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> edges_;
};

// Each member but the first joined through one edge: orient the tree from the first member
// (breadth first). Returns (joined, with) pairs by joined report.
std::vector<std::pair<std::uint32_t, std::uint32_t>> joins_of(const Ids& members,
                                                              const std::vector<std::pair<std::uint32_t, std::uint32_t>>& edges) {
  std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> next;
  for (auto [a, b] : edges) {
    next[a].push_back(b);
    next[b].push_back(a);
  }
  std::vector<std::pair<std::uint32_t, std::uint32_t>> out;  // (joined, with)
  std::unordered_map<std::uint32_t, bool> seen{{members.front(), true}};
  std::vector<std::uint32_t> queue{members.front()};
  for (std::size_t i = 0; i < queue.size(); ++i) {
    auto it = next.find(queue[i]);
    if (it == next.end()) continue;
    std::sort(it->second.begin(), it->second.end());
    for (std::uint32_t y : it->second)
      if (seen.emplace(y, true).second) {
        out.emplace_back(y, queue[i]);
        queue.push_back(y);
      }
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

std::vector<std::string> parties(const Event& e) {
  std::vector<std::string> v;
  for (const auto& p : e.participants)
    if (p.role != ParticipantRole::kSpeaker) v.push_back(p.entity);
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  return v;
}

namespace {

using Edges = std::vector<std::pair<std::uint32_t, std::uint32_t>>;

// Merges the scored pairs; returns the clusters (by first member) and each cluster's accepted
// pairs. The cluster summaries are freed on return, before the explanations are written.
std::vector<Edges> merge_pairs(const std::vector<EventKey>& keys, int gap, std::vector<std::vector<std::uint32_t>>& members) {
  std::vector<Candidate> pairs = candidate_pairs(keys, gap);
  Merger merger(keys, gap);
  for (const auto& c : pairs) merger.offer(c);
  std::vector<Candidate>().swap(pairs);
  const auto n = static_cast<std::uint32_t>(keys.size());
  std::vector<std::uint32_t> slot(n, UINT32_MAX);
  for (std::uint32_t e = 0; e < n; ++e) {
    std::uint32_t root = merger.find(e);
    if (slot[root] == UINT32_MAX) {
      slot[root] = static_cast<std::uint32_t>(members.size());
      members.emplace_back();
    }
    members[slot[root]].push_back(e);
  }
  std::vector<Edges> edges(members.size());
  for (const auto& edge : merger.edges()) edges[slot[merger.find(edge.first)]].push_back(edge);
  return edges;
}

}  // namespace

ClusterResult cluster_events(const ClusterInput& in) {
  const auto& events = *in.events;
  const auto n = static_cast<std::uint32_t>(events.size());
  const int gap = std::max(0, in.config->max_day_gap);
  KeyContext ctx;
  ctx.entities = in.entities;
  ctx.codes = in.config->codes.get();
  ctx.links = in.links;
  ctx.max_gap = gap;
  std::vector<EventKey> keys;
  keys.reserve(n);
  for (const auto& r : events) keys.push_back(key_of(*r.event, r.doc, in.doc_year[r.doc], ctx));
  report_progress(in.config->progress, "merge events", 0, n);
  ClusterResult out;
  std::vector<Edges> edges = merge_pairs(keys, gap, out.members);
  out.links.resize(out.members.size());
  tbb::parallel_for(tbb::blocked_range<std::size_t>(0, out.members.size(), 256), [&](const tbb::blocked_range<std::size_t>& r) {
    for (std::size_t c = r.begin(); c != r.end(); ++c) {
      for (auto [joined, with] : joins_of(out.members[c], edges[c]))
        out.links[c].push_back(explain_pair(*events[joined].event, keys[joined], *events[with].event, keys[with], ctx));
      Edges().swap(edges[c]);
    }
  });
  report_progress(in.config->progress, "merge events", n, n);
  return out;
}

}  // namespace kronik::graph_detail
