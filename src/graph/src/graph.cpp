// The cross-document graph. Entities and events are vertices of one Boost adjacency list;
// participation is an edge labelled with the role. Merging is bucketed by (CAMEO root, parties)
// so it stays linear in the number of events.
#include "kronik/graph/graph.h"

// GCC 12 at -O2 (-Werror builds, sanitizers) reports -Wuninitialized inside Boost's
// named_graph.hpp (an empty boost::optional copied in add_vertex): a false positive in a
// third-party header that system-header suppression misses because it is found after inlining.
// Silenced for this include only; kronik's own code keeps the warning.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wuninitialized"
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
#include <boost/graph/adjacency_list.hpp>
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

#include <algorithm>
#include <cmath>
#include <set>
#include <unordered_map>

#include "kronik/core/text.h"

namespace kronik {

namespace {

struct VertexProp {
  bool is_event = false;
  std::string key;  // entity key or event id
};
struct EdgeProp {
  ParticipantRole role = ParticipantRole::kActor;
};
using BGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, VertexProp, EdgeProp>;

int anchor_rank(Anchor a) {
  switch (a) {
    case Anchor::kExplicit: return 0;
    case Anchor::kReference: return 1;
    case Anchor::kPublication: return 2;
    case Anchor::kInferred: return 3;
    case Anchor::kDefaulted: return 5;
    case Anchor::kUnknown: return 6;
  }
  return 6;
}

std::string root_of(const std::string& cameo) { return cameo.substr(0, 2); }

std::vector<std::string> parties(const Event& e) {
  std::vector<std::string> v;
  for (const auto& p : e.participants)
    if (p.role != ParticipantRole::kSpeaker) v.push_back(p.entity);
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  return v;
}

long day_gap(const TimeValue& a, const TimeValue& b) {
  auto x = a.serial_day(), y = b.serial_day();
  if (!x || !y) return 0;
  return std::labs(*x - *y);
}

bool overlap(const TimeValue& a, const TimeValue& b) {
  return a.within(b) || b.within(a) || (a.granularity == b.granularity && a == b);
}

}  // namespace

struct KnowledgeGraph::Impl {
  std::vector<DocumentAnalysis> docs;
  std::map<std::string, std::size_t> by_id;
  std::vector<Error> skipped;
};

KnowledgeGraph::KnowledgeGraph() : impl_(std::make_unique<Impl>()) {}
KnowledgeGraph::~KnowledgeGraph() = default;
KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&&) noexcept = default;
KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&&) noexcept = default;

void KnowledgeGraph::add(DocumentAnalysis a) {
  std::string id = a.info.id;
  auto it = impl_->by_id.find(id);
  if (it != impl_->by_id.end()) {
    // Two inputs with the same id: keep both, the second under a disambiguated id.
    std::string base = id;
    for (int n = 2; impl_->by_id.count(id); ++n) id = base + "#" + std::to_string(n);
    a.warnings.push_back(Warning{"duplicate-id", "document id '" + base + "' seen twice; renamed to '" + id + "'", id, "", 0});
    a.info.id = id;
    for (auto& e : a.events) {
      for (auto& ev : e.evidence) ev.document = id;
      for (auto& s : e.sources) s = id;
    }
  }
  impl_->by_id[id] = impl_->docs.size();
  impl_->docs.push_back(std::move(a));
}

std::size_t KnowledgeGraph::reanalyze(const std::function<std::optional<DocumentAnalysis>(const DocumentAnalysis&)>& fn) {
  std::size_t n = 0;
  for (auto& d : impl_->docs) {
    auto r = fn(d);
    if (!r) continue;
    ++n;
    std::string id = d.info.id;  // keep a disambiguated id
    d = std::move(*r);
    if (d.info.id != id) {
      d.info.id = id;
      for (auto& e : d.events) {
        for (auto& ev : e.evidence) ev.document = id;
        for (auto& s : e.sources) s = id;
      }
    }
  }
  return n;
}

void KnowledgeGraph::add_skipped(const Error& e) { impl_->skipped.push_back(e); }
std::size_t KnowledgeGraph::documents() const { return impl_->docs.size(); }

namespace {

// Event clusters: the same happening across documents.
struct Cluster {
  std::vector<const Event*> members;
  std::set<std::string> docs;
};

bool compatible(const Event& a, const Event& b, int max_gap) {
  if (root_of(a.cameo) != root_of(b.cameo)) return false;
  if (!a.location.empty() && !b.location.empty() && a.location != b.location && parties(a).size() < 2) return false;
  const TimeValue &x = a.date, &y = b.date;
  if (!x.known() || !y.known()) return true;
  if (x.year != y.year) return false;
  bool soft = a.date_anchor == Anchor::kDefaulted || b.date_anchor == Anchor::kDefaulted;
  if (soft) return true;  // a defaulted date only says "around publication"
  if (overlap(x, y)) return true;
  bool both_explicit = a.date_anchor == Anchor::kExplicit && b.date_anchor == Anchor::kExplicit;
  return !both_explicit && day_gap(x, y) <= max_gap && x.day && y.day;
}

// The date a merged event takes: the most precise non-defaulted one, then the best anchor, then
// the earliest (reports come after the event).
const Event* best_dated(const std::vector<const Event*>& v) {
  const Event* best = nullptr;
  auto better = [](const Event* a, const Event* b) {
    bool ad = a->date_anchor == Anchor::kDefaulted || !a->date.known();
    bool bd = b->date_anchor == Anchor::kDefaulted || !b->date.known();
    if (ad != bd) return !ad;
    if (a->date.granularity != b->date.granularity) return a->date.granularity > b->date.granularity;
    if (anchor_rank(a->date_anchor) != anchor_rank(b->date_anchor)) return anchor_rank(a->date_anchor) < anchor_rank(b->date_anchor);
    return time_less(a->date, b->date);
  };
  for (const Event* e : v)
    if (!best || better(e, best)) best = e;
  return best;
}

}  // namespace

std::map<std::string, DateHint> KnowledgeGraph::date_hints() const {
  std::map<std::string, DateHint> out;
  auto key_of = [](const Event& e) {
    std::string k = root_of(e.cameo);
    for (const auto& p : parties(e)) k += "|" + p;
    return k;
  };
  // What other documents say about an event's date: explicit or text-anchored dates from dated
  // documents, and the publication month of day-dated documents for events they only default.
  struct Dated {
    TimeValue value;
    bool day_precise = false;
    const DocumentAnalysis* doc = nullptr;
    std::string type;
  };
  std::unordered_map<std::string, std::vector<Dated>> dated;
  for (const auto& d : impl_->docs) {
    const bool pub_day = d.info.published.known() && d.info.published.granularity >= Granularity::kDay;
    for (const auto& e : d.events) {
      if (!e.date.known()) continue;
      if (e.date_anchor == Anchor::kDefaulted) {
        if (!pub_day) continue;
        dated[key_of(e)].push_back(Dated{d.info.published.truncated(Granularity::kMonth), false, &d, e.type});
        continue;
      }
      if (!d.info.published.known() && e.date_anchor != Anchor::kExplicit) continue;
      if (e.date.granularity < Granularity::kMonth) continue;
      dated[key_of(e)].push_back(Dated{e.date, e.date.granularity >= Granularity::kDay, &d, e.type});
    }
  }
  for (const auto& d : impl_->docs) {
    const TimeValue& pub = d.info.published;
    if (pub.known() && pub.granularity >= Granularity::kDay) continue;
    DateHint best;
    std::string how_day, how_month;
    for (const auto& e : d.events) {
      auto it = dated.find(key_of(e));
      if (it == dated.end()) continue;
      for (const auto& o : it->second) {
        if (o.doc == &d) continue;
        const TimeValue& v = o.value;
        if (pub.known() && !v.within(pub)) continue;  // must agree with what the document says
        if (e.date.known() && e.date_anchor != Anchor::kDefaulted && !(e.date.within(v) || v.within(e.date))) continue;
        if (!e.date.known() && e.date.month && e.date.month != v.month) continue;  // "12 Juli" without a year
        TimeValue month = v.truncated(Granularity::kMonth);
        if (!best.value.known() || time_less(best.value, month)) {
          best.value = month;
          how_month = "reports the " + o.type + " event that " + o.doc->info.id + " dates " + v.iso();
        }
        if (o.day_precise && v.within(best.value) &&
            (!best.not_before.known() || time_less(best.not_before, v.truncated(Granularity::kDay)))) {
          best.not_before = v.truncated(Granularity::kDay);
          how_day = "reports the " + o.type + " event that " + o.doc->info.id + " dates " + v.iso();
        }
      }
    }
    if (!best.value.known()) continue;
    if (best.not_before.known() && !best.not_before.within(best.value)) best.not_before = TimeValue{};
    best.how = best.not_before.known() ? how_day : how_month;
    out[d.info.id] = best;
  }
  return out;
}

Timeline KnowledgeGraph::build(const MergeConfig& config) const {
  Timeline t;
  BGraph g;
  std::map<std::string, BGraph::vertex_descriptor> vertex_of;
  // ---- entities: one node per key
  std::map<std::string, EntityRecord> entities;
  for (const auto& d : impl_->docs) {
    for (const auto& [key, r] : d.entities) {
      auto [it, fresh] = entities.emplace(key, r);
      EntityRecord& m = it->second;
      if (!fresh) {
        m.mentions += r.mentions;
        for (const auto& a : r.aliases)
          if (std::find(m.aliases.begin(), m.aliases.end(), a) == m.aliases.end()) m.aliases.push_back(a);
        for (const auto& role : r.roles) {
          bool have = false;
          for (const auto& x : m.roles) have = have || (x.office == role.office && x.country == role.country && x.start == role.start);
          if (!have) m.roles.push_back(role);
        }
        if (r.first_seen.known() && (!m.first_seen.known() || time_less(r.first_seen, m.first_seen))) m.first_seen = r.first_seen;
        if (r.last_seen.known() && (!m.last_seen.known() || time_less(m.last_seen, r.last_seen))) m.last_seen = r.last_seen;
        if (m.type == EntityType::kUnknown) m.type = r.type;
      }
    }
  }
  for (auto& [key, r] : entities) {
    std::sort(r.aliases.begin(), r.aliases.end());
    auto v = boost::add_vertex(VertexProp{false, key}, g);
    vertex_of[key] = v;
  }
  // ---- events: bucket by (root, parties), then cluster by date compatibility
  std::vector<const Event*> all;
  for (const auto& d : impl_->docs)
    for (const auto& e : d.events) all.push_back(&e);
  std::stable_sort(all.begin(), all.end(), [](const Event* a, const Event* b) {
    const auto &x = a->evidence.front(), &y = b->evidence.front();
    return std::tie(x.document, x.sentence, x.trigger.begin) < std::tie(y.document, y.sentence, y.trigger.begin);
  });
  // Affiliation: a person stands with the countries of their offices, an organ with its state.
  auto own = [&](const std::string& key) {
    std::vector<std::string> v = {key};
    auto it = entities.find(key);
    if (it != entities.end())
      for (const auto& r : it->second.roles)
        if (!r.country.empty()) v.push_back(r.country);
    return v;
  };
  auto roles_of = [](const Event& e, ParticipantRole role) {
    std::vector<std::string> v;
    for (const auto& p : e.participants)
      if (p.role == role) v.push_back(p.entity);
    std::sort(v.begin(), v.end());
    return v;
  };
  // Same happening, told with other words: the same parties; or the same target with actors on
  // the same side ("Moskow menyalahkan Barat" and "Lavrov menyalahkan Barat").
  auto same_parties = [&](const Event& a, const Event& b) {
    if (parties(a) == parties(b)) return true;
    auto ta = roles_of(a, ParticipantRole::kTarget), tb = roles_of(b, ParticipantRole::kTarget);
    if (ta.empty() || ta != tb) return false;
    std::set<std::string> side;
    for (const auto& x : roles_of(a, ParticipantRole::kActor))
      for (const auto& y : own(x)) side.insert(y);
    for (const auto& x : roles_of(b, ParticipantRole::kActor))
      for (const auto& y : own(x))
        if (side.count(y)) return true;
    return false;
  };
  std::vector<Cluster> clusters;
  std::unordered_map<std::string, std::vector<std::size_t>> by_party;  // parties or target key -> clusters
  for (const Event* e : all) {
    const std::string root = root_of(e->cameo);
    // Candidates: clusters with exactly these parties, or with the same target (the only two
    // ways same_parties() can hold), so a run with many events between the same few actors
    // stays linear.
    std::string pkey = "P|" + root, tkey = "T|" + root;
    for (const auto& p : parties(*e)) pkey += "|" + p;
    for (const auto& p : roles_of(*e, ParticipantRole::kTarget)) tkey += "|" + p;
    std::set<std::size_t> cands;
    for (const std::string* k : {&pkey, &tkey}) {
      auto it = by_party.find(*k);
      if (it != by_party.end()) cands.insert(it->second.begin(), it->second.end());
    }
    std::size_t target = clusters.size();
    for (std::size_t ci : cands) {
      bool ok = true;
      for (const Event* m : clusters[ci].members)
        ok = ok && compatible(*m, *e, config.max_day_gap) && same_parties(*m, *e);
      if (ok) {
        target = ci;
        break;
      }
    }
    if (target == clusters.size()) clusters.emplace_back();
    clusters[target].members.push_back(e);
    clusters[target].docs.insert(e->evidence.front().document);
    for (const std::string* k : {&pkey, &tkey}) {
      if (*k == "T|" + root) continue;  // no target: only exact parties can match
      auto& v = by_party[*k];
      if (v.empty() || v.back() != target) v.push_back(target);
    }
  }
  std::map<std::string, std::vector<Cluster>> buckets;
  buckets[""] = std::move(clusters);
  // Events that follow another one the same day ("Setelah tiba ..., X berpidato") and have no
  // date of their own take the date of the cluster they follow.
  std::map<std::string, const Cluster*> cluster_of_evidence;
  for (const auto& c : buckets[""])
    for (const Event* e : c.members)
      for (const auto& ev : e->evidence) cluster_of_evidence[evidence_key(ev)] = &c;
  auto date_of = [&](const Cluster& c, int depth, auto& self) -> std::pair<const Event*, bool> {
    const Event* d = best_dated(c.members);
    bool weak = d->date_anchor == Anchor::kDefaulted || !d->date.known();
    if (!weak || depth > 3) return {d, false};
    for (const Event* e : c.members) {
      if (e->after.empty()) continue;
      auto it = cluster_of_evidence.find(e->after);
      if (it == cluster_of_evidence.end() || it->second == &c) continue;
      auto [od, via] = self(*it->second, depth + 1, self);
      (void)via;
      if (od->date.known() && od->date_anchor != Anchor::kDefaulted) return {od, true};
    }
    return {d, false};
  };
  for (auto& [k, cl] : buckets) {
    for (auto& c : cl) {
      Event m;
      // CAMEO code: the most frequent, then the most specific (longest), then the smallest.
      std::map<std::string, int> codes;
      for (const Event* e : c.members) ++codes[e->cameo];
      // Ties go to the more specific code ("043 host" over "040 consult").
      int best_n = 0;
      for (const auto& [code, n] : codes)
        if (n > best_n || (n == best_n && m.cameo.back() == '0' && code.back() != '0')) {
          best_n = n;
          m.cameo = code;
        }
      const Event* typed = c.members.front();
      for (const Event* e : c.members)
        if (e->cameo == m.cameo) {
          typed = e;
          break;
        }
      m.type = typed->type;
      m.cameo_name = typed->cameo_name;
      m.quad_class = typed->quad_class;
      m.goldstein = typed->goldstein;
      m.participants = typed->participants;
      for (const Event* e : c.members)
        for (const auto& p : e->participants) {
          bool have = false;
          for (const auto& q : m.participants) have = have || q.entity == p.entity;
          if (!have) m.participants.push_back(p);
        }
      std::map<std::string, int> locs;
      for (const Event* e : c.members)
        if (!e->location.empty()) ++locs[e->location];
      int ln = 0;
      for (const auto& [l, n] : locs)
        if (n > ln) {
          ln = n;
          m.location = l;
        }
      auto [dated, via_after] = date_of(c, 0, date_of);
      m.date = dated->date;
      m.date_anchor = via_after ? Anchor::kReference : dated->date_anchor;
      m.date_text = via_after ? "same day as the " + dated->type + " event" : dated->date_text;
      m.modality = typed->modality;
      for (const Event* e : c.members)
        if (e->has_claim && !m.has_claim) {
          m.has_claim = true;
          m.claim = e->claim;
        }
      double miss = 1.0;
      for (const Event* e : c.members) miss *= (1.0 - e->confidence);
      m.confidence = std::round((1.0 - miss) * 100) / 100;
      for (const Event* e : c.members) {
        m.evidence.insert(m.evidence.end(), e->evidence.begin(), e->evidence.end());
        for (const auto& w : e->warnings) m.warnings.push_back(w);
      }
      m.sources.assign(c.docs.begin(), c.docs.end());
      // Sources that state different explicit days for the same event.
      std::set<std::string> explicit_days;
      for (const Event* e : c.members)
        if (e->date_anchor == Anchor::kExplicit && e->date.granularity >= Granularity::kDay) explicit_days.insert(e->date.iso());
      // Content-derived id: what the event is, not where it was found first.
      std::string idsrc = m.cameo.substr(0, 2);
      for (const auto& p : parties(m)) idsrc += "|" + p;
      idsrc += "|" + m.date.iso() + "|" + m.location;
      m.id = "ev_" + hex64(fnv1a64(idsrc)).substr(0, 12);
      if (explicit_days.size() > 1) {
        std::string list;
        for (const auto& d : explicit_days) list += (list.empty() ? "" : ", ") + d;
        m.warnings.push_back("sources disagree on the date: " + list);
        t.warnings.push_back(Warning{"date-disagreement", "sources disagree on the date: " + list, "", m.id, 0});
      }
      t.events.push_back(std::move(m));
    }
  }
  // Two clusters can still hash to one id (same parties and date, other CAMEO code in a root):
  // disambiguate deterministically.
  std::sort(t.events.begin(), t.events.end(), [](const Event& a, const Event& b) {
    if (time_less(a.date, b.date)) return true;
    if (time_less(b.date, a.date)) return false;
    return std::tie(a.id, a.cameo, a.evidence.front().document, a.evidence.front().sentence) <
           std::tie(b.id, b.cameo, b.evidence.front().document, b.evidence.front().sentence);
  });
  std::map<std::string, int> seen_ids;
  for (auto& e : t.events) {
    int n = ++seen_ids[e.id];
    if (n > 1) e.id += "_" + std::to_string(n);
  }
  // ---- graph: event vertices, participation edges; relations for the diagrams
  for (const auto& e : t.events) {
    auto ev = boost::add_vertex(VertexProp{true, e.id}, g);
    for (const auto& p : e.participants) {
      auto it = vertex_of.find(p.entity);
      if (it != vertex_of.end()) boost::add_edge(it->second, ev, EdgeProp{p.role}, g);
    }
  }
  std::unordered_map<std::string, std::size_t> event_index;
  for (std::size_t i = 0; i < t.events.size(); ++i) event_index.emplace(t.events[i].id, i);
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    if (!g[v].is_event) continue;
    std::vector<std::string> actors, targets;
    for (auto ed : boost::make_iterator_range(boost::in_edges(v, g))) {
      const auto& src = g[boost::source(ed, g)].key;
      if (g[ed].role == ParticipantRole::kActor) actors.push_back(src);
      else if (g[ed].role == ParticipantRole::kTarget) targets.push_back(src);
    }
    auto found = event_index.find(g[v].key);
    if (found == event_index.end()) continue;
    const Event* ev = &t.events[found->second];
    if (targets.empty() && !ev->location.empty() && vertex_of.count(ev->location)) targets.push_back(ev->location);
    for (const auto& a : actors)
      for (const auto& b : targets)
        if (a != b) t.relations.push_back(Relation{a, b, ev->id, ev->cameo, ev->type, ev->date});
  }
  // ---- entities in output
  std::set<std::string> used;
  for (const auto& e : t.events) {
    for (const auto& p : e.participants) used.insert(p.entity);
    if (!e.location.empty()) used.insert(e.location);
  }
  for (auto& [key, r] : entities) {
    if (config.drop_singletons && !used.count(key) && r.mentions < 2) continue;
    t.entities.push_back(r);
  }
  // ---- documents, warnings, summary
  std::vector<const DocumentAnalysis*> docs;
  for (const auto& d : impl_->docs) docs.push_back(&d);
  std::sort(docs.begin(), docs.end(), [](auto* a, auto* b) { return a->info.id < b->info.id; });
  for (const auto* d : docs) {
    t.documents.push_back(d->info);
    t.warnings.insert(t.warnings.end(), d->warnings.begin(), d->warnings.end());
    t.summary.bytes += d->info.bytes;
    if (!d->raw.repairs.empty()) ++t.summary.documents_repaired;
  }
  for (const auto& e : impl_->skipped) {
    ++t.summary.skipped_by_reason[error_code_name(e.code)];
    t.warnings.push_back(Warning{std::string("skipped-") + error_code_name(e.code), e.message, e.document, "", e.offset});
  }
  std::stable_sort(t.warnings.begin(), t.warnings.end(), [](const Warning& a, const Warning& b) {
    return std::tie(a.document, a.offset, a.code) < std::tie(b.document, b.offset, b.code);
  });
  t.summary.documents_read = impl_->docs.size();
  t.summary.documents_skipped = impl_->skipped.size();
  t.summary.entities = t.entities.size();
  t.summary.events = t.events.size();
  return t;
}

}  // namespace kronik
