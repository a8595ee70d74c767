// Event clustering: one cluster per real-world happening.
//
// An event joins the first earlier cluster (in creation order) whose every member is compatible
// with it (same CAMEO root, compatible place and date) and names the same parties. Candidates
// come from an index keyed by (root, parties) and (root, targets), split by date so a run stays
// linear in the number of events:
//   - clusters with no dated member are kept apart ("undated"): any event may join them;
//   - dated clusters live under their year (compatible() never merges across years), and within
//     it a cluster with a day-precise, non-defaulted member sits in a bucket of nearby days;
//   - an undated event may join any cluster of its key; a dated one only clusters of its year
//     and undated ones; a day-precise one only the buckets within max_day_gap of its day.
// Every list is a superset of the clusters that can accept the event, visited in creation order,
// so the result is exactly that of comparing with every earlier cluster.
#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "intern.h"
#include "internal.h"

namespace kronik::graph_detail {

namespace {

using Ids = std::vector<std::uint32_t>;  // ascending cluster indices

constexpr long kDaysPerBucket = 8;

void insert_sorted(Ids& v, std::uint32_t x) {
  auto it = std::lower_bound(v.begin(), v.end(), x);
  if (it == v.end() || *it != x) v.insert(it, x);
}
void erase_sorted(Ids& v, std::uint32_t x) {
  auto it = std::lower_bound(v.begin(), v.end(), x);
  if (it != v.end() && *it == x) v.erase(it);
}
long floor_div(long a, long b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

bool sorted_intersect(const Ids& a, const Ids& b) {
  for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] == b[j]) return true;
    a[i] < b[j] ? ++i : ++j;
  }
  return false;
}

// Everything a comparison needs, computed once per event.
struct EventKey {
  std::uint32_t root = 0, location = 0;
  std::uint32_t pkey = 0;             // index key (root, parties)
  Ids tkeys;                          // index keys (root, targets, one entity of the side) each
  Ids parties, targets, side;         // sorted entity ids; side = actors and their countries
  bool dated = false, pinned = false; // pinned: a day-precise, non-defaulted date
  int year = 0;                       // when dated
  long day = 0;                       // serial day when pinned
};

std::vector<std::uint32_t> ids_of(Interner& in, const std::vector<std::string>& keys) {
  Ids v;
  v.reserve(keys.size());
  for (const auto& k : keys) v.push_back(in.id(k));
  std::sort(v.begin(), v.end());
  return v;
}

std::vector<std::string> with_role(const Event& e, ParticipantRole role) {
  std::vector<std::string> v;
  for (const auto& p : e.participants)
    if (p.role == role) v.push_back(p.entity);
  std::sort(v.begin(), v.end());
  return v;
}

EventKey key_of(const Event& e, Interner& names, Interner& keys,
                const std::unordered_map<std::string, std::vector<std::string>>& country_of) {
  EventKey k;
  const std::string root = root_of(e.cameo);
  k.root = names.id(root);
  k.location = names.id(e.location);
  auto ps = parties(e);
  auto ts = with_role(e, ParticipantRole::kTarget);
  std::string pkey = "P|" + root, tkey = "T|" + root;
  for (const auto& p : ps) pkey += "|" + p;
  for (const auto& p : ts) tkey += "|" + p;
  k.pkey = keys.id(pkey);
  k.parties = ids_of(names, ps);
  k.targets = ids_of(names, ts);
  std::vector<std::string> side;
  for (const auto& a : with_role(e, ParticipantRole::kActor)) {
    side.push_back(a);
    auto it = country_of.find(a);
    if (it != country_of.end()) side.insert(side.end(), it->second.begin(), it->second.end());
  }
  std::sort(side.begin(), side.end());
  side.erase(std::unique(side.begin(), side.end()), side.end());
  for (const auto& x : side) k.side.push_back(names.id(x));
  std::sort(k.side.begin(), k.side.end());
  // Same target, actors on the same side: two such events share a (target, side entity) key, so
  // a cluster is looked up under each entity of the side rather than under every cluster of the
  // target (a popular target has thousands).
  if (!ts.empty())
    for (const auto& x : side) k.tkeys.push_back(keys.id(tkey + "|@" + x));
  k.dated = e.date.known();
  k.year = e.date.year;
  auto serial = e.date.serial_day();
  k.pinned = k.dated && e.date_anchor != Anchor::kDefaulted && e.date.granularity >= Granularity::kDay && serial;
  if (k.pinned) k.day = *serial;
  return k;
}

bool overlap(const TimeValue& a, const TimeValue& b) {
  return a.within(b) || b.within(a) || (a.granularity == b.granularity && a == b);
}

long day_gap(const TimeValue& a, const TimeValue& b) {
  auto x = a.serial_day(), y = b.serial_day();
  if (!x || !y) return 0;
  return std::labs(*x - *y);
}

bool compatible_dates(const Event& a, const Event& b, int max_gap) {
  const TimeValue &x = a.date, &y = b.date;
  if (!x.known() || !y.known()) return true;
  if (x.year != y.year) return false;
  bool soft = a.date_anchor == Anchor::kDefaulted || b.date_anchor == Anchor::kDefaulted;
  if (soft) return true;  // a defaulted date only says "around publication"
  if (overlap(x, y)) return true;
  bool both_explicit = a.date_anchor == Anchor::kExplicit && b.date_anchor == Anchor::kExplicit;
  return !both_explicit && day_gap(x, y) <= max_gap && x.day && y.day;
}

// `a` is the cluster member, `b` the candidate event.
bool compatible(const Event& a, const EventKey& ka, const Event& b, const EventKey& kb, int max_gap) {
  if (ka.root != kb.root) return false;
  if (ka.location && kb.location && ka.location != kb.location && ka.parties.size() < 2) return false;
  return compatible_dates(a, b, max_gap);
}

// Same happening, told with other words: the same parties; or the same target with actors on
// the same side ("Moskow menyalahkan Barat" and "Lavrov menyalahkan Barat").
bool same_parties(const EventKey& a, const EventKey& b) {
  if (a.parties == b.parties) return true;
  if (a.targets.empty() || a.targets != b.targets) return false;
  return sorted_intersect(a.side, b.side);
}

struct YearLists {
  Ids all, loose;                          // loose: dated, but no day-precise member
  std::unordered_map<long, Ids> pinned;    // by day bucket of the first day-precise member
};
struct KeyLists {
  Ids all, undated;
  std::unordered_map<int, YearLists> years;
};

struct ClusterState {
  Ids members;
  // One member per distinct comparison signature (same_signature): a candidate is compared with
  // these only, since members of one signature accept or refuse it alike. Without it a cluster
  // that collects the undated reports of popular parties is compared member by member, which
  // grows with the archive (quadratic at a million documents).
  Ids distinct;
  Ids keys;          // index keys the cluster is listed under
  int year = 0;      // 0 = no dated member yet
  bool pinned = false;
  long bucket = 0;
};

// Visits the ascending union of a few sorted lists, each index once, until `fn` returns true.
template <class Fn>
bool visit_ascending(std::vector<const Ids*>& lists, Fn fn) {
  std::vector<std::size_t> pos(lists.size(), 0);
  std::uint32_t last = UINT32_MAX;
  for (;;) {
    std::uint32_t best = UINT32_MAX;
    for (std::size_t i = 0; i < lists.size(); ++i)
      if (pos[i] < lists[i]->size()) best = std::min(best, (*lists[i])[pos[i]]);
    if (best == UINT32_MAX) return false;
    for (std::size_t i = 0; i < lists.size(); ++i)
      if (pos[i] < lists[i]->size() && (*lists[i])[pos[i]] == best) ++pos[i];
    if (best != last && fn(best)) return true;
    last = best;
  }
}

class Clusterer {
 public:
  Clusterer(const std::vector<EventRef>& events, std::vector<EventKey> keys, std::size_t key_count, int max_gap)
      : events_(events), keys_(std::move(keys)), index_(key_count), max_gap_(std::max(0, max_gap)) {}

  void add(std::uint32_t e) {
    const EventKey& k = keys_[e];
    std::uint32_t target = static_cast<std::uint32_t>(clusters_.size());
    candidate_lists(k);
    visit_ascending(lists_, [&](std::uint32_t c) {
      if (!accepts(clusters_[c], e)) return false;
      target = c;
      return true;
    });
    if (target == clusters_.size()) clusters_.emplace_back();
    join(target, e);
  }

  std::vector<Ids> take() {
    std::vector<Ids> out;
    out.reserve(clusters_.size());
    for (auto& c : clusters_) out.push_back(std::move(c.members));
    return out;
  }

 private:
  template <class Fn>
  static void for_each_key(const EventKey& k, Fn fn) {
    fn(k.pkey);
    for (std::uint32_t t : k.tkeys) fn(t);
  }

  // Everything compatible() and same_parties() read of a member.
  bool same_signature(std::uint32_t a, std::uint32_t b) const {
    const EventKey &x = keys_[a], &y = keys_[b];
    const Event &ea = *events_[a].event, &eb = *events_[b].event;
    return x.root == y.root && x.location == y.location && ea.date_anchor == eb.date_anchor && ea.date == eb.date &&
           x.parties == y.parties && x.targets == y.targets && x.side == y.side;
  }

  bool accepts(const ClusterState& c, std::uint32_t e) const {
    const Event& ev = *events_[e].event;
    for (std::uint32_t m : c.distinct)
      if (!compatible(*events_[m].event, keys_[m], ev, keys_[e], max_gap_) || !same_parties(keys_[m], keys_[e])) return false;
    return true;
  }

  void candidate_lists(const EventKey& k) {
    lists_.clear();
    for_each_key(k, [&](std::uint32_t key) {
      KeyLists& kl = index_[key];
      if (!k.dated) {
        lists_.push_back(&kl.all);
        return;
      }
      lists_.push_back(&kl.undated);
      auto y = kl.years.find(k.year);
      if (y == kl.years.end()) return;
      if (!k.pinned) {
        lists_.push_back(&y->second.all);
        return;
      }
      lists_.push_back(&y->second.loose);
      for (long b = floor_div(k.day - max_gap_, kDaysPerBucket); b <= floor_div(k.day + max_gap_, kDaysPerBucket); ++b) {
        auto p = y->second.pinned.find(b);
        if (p != y->second.pinned.end()) lists_.push_back(&p->second);
      }
    });
  }

  // Lists `c` under `key` according to its current state.
  void list_under(std::uint32_t c, std::uint32_t key) {
    const ClusterState& s = clusters_[c];
    KeyLists& kl = index_[key];
    insert_sorted(kl.all, c);
    if (!s.year) return insert_sorted(kl.undated, c);
    YearLists& yl = kl.years[s.year];
    insert_sorted(yl.all, c);
    insert_sorted(s.pinned ? yl.pinned[s.bucket] : yl.loose, c);
  }
  void unlist_state(std::uint32_t c, std::uint32_t key) {
    const ClusterState& s = clusters_[c];
    KeyLists& kl = index_[key];
    if (!s.year) return erase_sorted(kl.undated, c);
    if (!s.pinned) erase_sorted(kl.years[s.year].loose, c);
  }

  void join(std::uint32_t c, std::uint32_t e) {
    const EventKey& k = keys_[e];
    ClusterState& s = clusters_[c];
    s.members.push_back(e);
    if (std::none_of(s.distinct.begin(), s.distinct.end(), [&](std::uint32_t m) { return same_signature(m, e); }))
      s.distinct.push_back(e);
    for_each_key(k, [&](std::uint32_t key) {
      if (std::find(s.keys.begin(), s.keys.end(), key) != s.keys.end()) return;
      s.keys.push_back(key);
      list_under(c, key);
    });
    bool dates_it = k.dated && !s.year, pins_it = k.pinned && !s.pinned;
    if (!dates_it && !pins_it) return;
    for (std::uint32_t key : s.keys) unlist_state(c, key);
    if (dates_it) s.year = k.year;
    if (pins_it) {
      s.pinned = true;
      s.bucket = floor_div(k.day, kDaysPerBucket);
    }
    for (std::uint32_t key : s.keys) list_under(c, key);
  }

  const std::vector<EventRef>& events_;
  std::vector<EventKey> keys_;
  std::vector<KeyLists> index_;
  std::vector<ClusterState> clusters_;
  std::vector<const Ids*> lists_;
  int max_gap_;
};

}  // namespace

std::vector<std::string> parties(const Event& e) {
  std::vector<std::string> v;
  for (const auto& p : e.participants)
    if (p.role != ParticipantRole::kSpeaker) v.push_back(p.entity);
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  return v;
}

std::vector<std::vector<std::uint32_t>> cluster_events(
    const std::vector<EventRef>& events, const std::unordered_map<std::string, std::vector<std::string>>& country_of,
    int max_day_gap, const ProgressFn& progress) {
  Interner names, index_keys;
  std::vector<EventKey> keys;
  keys.reserve(events.size());
  for (const auto& r : events) keys.push_back(key_of(*r.event, names, index_keys, country_of));
  Clusterer clusterer(events, std::move(keys), index_keys.size(), max_day_gap);
  const auto n = static_cast<std::uint32_t>(events.size());
  for (std::uint32_t e = 0; e < n; ++e) {
    clusterer.add(e);
    if (e % 4096 == 0) report_progress(progress, "merge events", e, n);
  }
  report_progress(progress, "merge events", n, n);
  return clusterer.take();
}

}  // namespace kronik::graph_detail
