// KnowledgeGraph::build: entity records merged by key, events clustered (cluster.cpp), one
// timeline event per cluster, relations, documents and warnings. Steps that are independent per
// key or per cluster run in parallel, each into its own slot, so the output never depends on the
// thread count.
#include <tbb/parallel_for.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <optional>
#include <set>
#include <unordered_map>

#include "internal.h"
#include "kronik/core/text.h"
#include "kronik/graph/graph.h"

namespace kronik {

using graph_detail::EventRef;

namespace {

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

template <class Fn>
void parallel_each(std::size_t n, Fn fn) {
  tbb::parallel_for(tbb::blocked_range<std::size_t>(0, n, 256), [&](const tbb::blocked_range<std::size_t>& r) {
    for (std::size_t i = r.begin(); i != r.end(); ++i) fn(i);
  });
}

// Adds one document's record of an entity (its shared shape and own counts) to the merged one.
void merge_record(const KnowledgeGraph::Impl& impl, EntityRecord& m, const EntityRecord& shape, const graph_detail::DocEntity& d) {
  struct {
    TimeValue first_seen, last_seen;
  } r{graph_detail::unpack_time(impl, d.first_seen), graph_detail::unpack_time(impl, d.last_seen)};
  m.mentions += d.mentions;
  for (const auto& a : shape.aliases)
    if (std::find(m.aliases.begin(), m.aliases.end(), a) == m.aliases.end()) m.aliases.push_back(a);
  for (const auto& role : shape.roles) {
    bool have = false;
    for (const auto& x : m.roles) have = have || (x.office == role.office && x.country == role.country && x.start == role.start);
    if (!have) m.roles.push_back(role);
  }
  if (r.first_seen.known() && (!m.first_seen.known() || time_less(r.first_seen, m.first_seen))) m.first_seen = r.first_seen;
  if (r.last_seen.known() && (!m.last_seen.known() || time_less(m.last_seen, r.last_seen))) m.last_seen = r.last_seen;
  if (m.type == EntityType::kUnknown) m.type = shape.type;
}

// One record per key, merged in document order; sorted by key.
std::vector<EntityRecord> merge_entities(const KnowledgeGraph::Impl& impl, const ProgressFn& progress) {
  const auto& shapes = impl.shapes;
  std::map<std::string_view, std::vector<const graph_detail::DocEntity*>> by_key;
  for (const auto& list : impl.doc_entities)
    for (const auto& d : list) by_key[shapes[d.shape].key].push_back(&d);
  std::vector<const std::vector<const graph_detail::DocEntity*>*> lists;
  lists.reserve(by_key.size());
  for (const auto& [key, v] : by_key) lists.push_back(&v);
  std::vector<EntityRecord> out(lists.size());
  report_progress(progress, "merge entities", 0, lists.size());
  parallel_each(lists.size(), [&](std::size_t i) {
    const auto& v = *lists[i];
    out[i] = shapes[v.front()->shape];
    out[i].mentions = v.front()->mentions;
    out[i].first_seen = graph_detail::unpack_time(impl, v.front()->first_seen);
    out[i].last_seen = graph_detail::unpack_time(impl, v.front()->last_seen);
    for (std::size_t j = 1; j < v.size(); ++j) merge_record(impl, out[i], shapes[v[j]->shape], *v[j]);
    std::sort(out[i].aliases.begin(), out[i].aliases.end());
  });
  report_progress(progress, "merge entities", lists.size(), lists.size());
  return out;
}

const EntityRecord* find_entity(const std::vector<EntityRecord>& entities, const std::string& key) {
  auto it = std::lower_bound(entities.begin(), entities.end(), key, [](const EntityRecord& r, const std::string& k) { return r.key < k; });
  return it != entities.end() && it->key == key ? &*it : nullptr;
}

// Events in clustering order: by first evidence (document, sentence, trigger).
std::vector<EventRef> events_in_order(const graph_detail::DocStore& docs) {
  std::vector<EventRef> all;
  for (std::uint32_t i = 0; i < docs.size(); ++i)
    for (const auto& e : docs[i].events) all.push_back(EventRef{&e, i});
  std::stable_sort(all.begin(), all.end(), [](const EventRef& a, const EventRef& b) {
    const auto &x = a.event->evidence.front(), &y = b.event->evidence.front();
    return std::tie(x.document, x.sentence, x.trigger.begin) < std::tie(y.document, y.sentence, y.trigger.begin);
  });
  return all;
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

struct Clusters {
  std::vector<std::vector<const Event*>> members;
  std::vector<std::vector<std::uint32_t>> member_docs;
  std::vector<std::vector<MergeLink>> links;  // per cluster: why each report joined
  std::unordered_map<std::string, std::size_t> of_evidence;  // evidence key -> cluster
  const graph_detail::EntityLinks* entity_links = nullptr;    // entity keys events name as others
};

// A statement (CAMEO 01) merged with the happening it is about (a 010 joins an accusation
// through its second code group) is dated by when it was said, on or after the happening: the
// happening's own reports date the event when one of them has a date of its own, else any
// report's own date; when every date is a default (when a report was published), the earliest
// stands, as the happening came before every report. nullptr: not such a cluster.
const Event* statement_cluster_date(const std::vector<const Event*>& members) {
  auto statement = [](const Event* e) { return e->cameo.rfind("01", 0) == 0; };
  auto own_date = [](const Event* e) { return e->date.known() && e->date_anchor != Anchor::kDefaulted; };
  const auto statements = std::count_if(members.begin(), members.end(), statement);
  if (statements == 0 || statements == static_cast<long>(members.size())) return nullptr;
  std::vector<const Event*> acts;
  for (const Event* e : members)
    if (!statement(e) && own_date(e)) acts.push_back(e);
  if (!acts.empty()) return best_dated(acts);
  if (std::any_of(members.begin(), members.end(), own_date)) return best_dated(members);
  const Event* earliest = nullptr;
  for (const Event* e : members)
    if (e->date.known() && (!earliest || time_less(e->date, earliest->date))) earliest = e;
  return earliest;
}

// Events that follow another one the same day ("Setelah tiba ..., X berpidato") and have no
// date of their own take the date of the cluster they follow.
std::pair<const Event*, bool> date_of(const Clusters& cs, std::size_t c, int depth) {
  const Event* d = statement_cluster_date(cs.members[c]);
  if (!d) d = best_dated(cs.members[c]);
  bool weak = d->date_anchor == Anchor::kDefaulted || !d->date.known();
  if (!weak || depth > 3) return {d, false};
  for (const Event* e : cs.members[c]) {
    if (e->after.empty()) continue;
    auto it = cs.of_evidence.find(e->after);
    if (it == cs.of_evidence.end() || it->second == c) continue;
    auto od = date_of(cs, it->second, depth + 1).first;
    if (od->date.known() && od->date_anchor != Anchor::kDefaulted) return {od, true};
  }
  return {d, false};
}

// CAMEO code: the most frequent; ties go to the more specific code ("043 host" over "040 consult").
std::string majority_code(const std::vector<const Event*>& members) {
  std::map<std::string, int> codes;
  for (const Event* e : members) ++codes[e->cameo];
  std::string best;
  int best_n = 0;
  for (const auto& [code, n] : codes)
    if (n > best_n || (n == best_n && best.back() == '0' && code.back() != '0')) {
      best_n = n;
      best = code;
    }
  return best;
}

std::string majority_location(const std::vector<const Event*>& members) {
  std::map<std::string, int> locs;
  for (const Event* e : members)
    if (!e->location.empty()) ++locs[e->location];
  std::string best;
  int ln = 0;
  for (const auto& [l, n] : locs)
    if (n > ln) {
      ln = n;
      best = l;
    }
  return best;
}

// True when entity `a` stands for `b`: `b` contains it, or is the state of one of its offices.
bool stands_for(const std::vector<EntityRecord>& entities, const std::string& a, const std::string& b) {
  const EntityRecord* r = find_entity(entities, a);
  if (!r) return false;
  if (std::find(r->within.begin(), r->within.end(), b) != r->within.end()) return true;
  return std::any_of(r->roles.begin(), r->roles.end(), [&](const RoleHeld& o) { return o.country == b; });
}

// The parties of the report with the event's code, then every other report's parties that are
// new: not named yet, and not a state or place a named party stands for ("North Korea" beside
// "Kim Jong Un" adds nothing; "Putin" beside "Russia" names who acted).
void take_type_and_parties(Event& m, const std::vector<const Event*>& members, const std::vector<EntityRecord>& entities) {
  const Event* typed = members.front();
  for (const Event* e : members)
    if (e->cameo == m.cameo) {
      typed = e;
      break;
    }
  m.type = typed->type;
  m.cameo_name = typed->cameo_name;
  m.quad_class = typed->quad_class;
  m.goldstein = typed->goldstein;
  m.modality = typed->modality;
  std::set<std::string> rules;
  for (const Event* e : members)
    if (!e->rule.empty()) rules.insert(e->rule);
  for (const std::string& r : rules) m.rule += (m.rule.empty() ? "" : "; ") + r;
  m.participants = typed->participants;
  for (const Event* e : members)
    for (const auto& p : e->participants) {
      bool have = false;
      for (const auto& q : m.participants)
        have = have || q.entity == p.entity ||
               (p.role != ParticipantRole::kSpeaker && q.role != ParticipantRole::kSpeaker && stands_for(entities, q.entity, p.entity));
      if (!have) m.participants.push_back(p);
    }
}

// An extra party in a report (one the others do not name) makes the merge less certain.
double extra_party_factor(const std::vector<MergeLink>& links) {
  double f = 1.0;
  for (const MergeLink& l : links)
    for (const auto& c : l.conflicts)
      if (c.rfind("extra party", 0) == 0) f *= 0.95;
  return f;
}

// The date a cluster's event takes. Worked out for every cluster before any is merged: a cluster
// may take the date of another one (date_of), and merging a cluster may free its reports.
struct ClusterDate {
  TimeValue date;
  Anchor anchor = Anchor::kUnknown;
  std::string text;
};

ClusterDate cluster_date(const Clusters& cs, std::size_t c) {
  auto [dated, via_after] = date_of(cs, c, 0);
  return {dated->date, via_after ? Anchor::kReference : dated->date_anchor,
          via_after ? "same day as the " + dated->type + " event" : dated->date_text};
}

// Consuming build: each report is freed once merged into its cluster's event (its evidence has
// moved there), and a document's list of reports once all of them are, so the graph shrinks while
// the timeline grows. Safe in parallel: each report is in exactly one cluster, and the dates,
// which read across clusters, were worked out before.
class ReportRelease {
 public:
  explicit ReportRelease(graph_detail::DocStore& docs) : docs_(docs), left_(docs.size()) {
    for (std::size_t i = 0; i < docs.size(); ++i) left_[i] = static_cast<std::uint32_t>(docs[i].events.size());
  }
  void merged(const Event* e, std::uint32_t doc) {
    Event gone;
    std::swap(gone, const_cast<Event&>(*e));
    if (left_[doc].fetch_sub(1) == 1) std::vector<Event>().swap(docs_[doc].events);
  }

 private:
  graph_detail::DocStore& docs_;
  std::vector<std::atomic<std::uint32_t>> left_;  ///< per document: reports not merged yet
};

// One timeline event from a cluster; `disagreement` gets the list of differing explicit days.
// Consuming (`release` set): the reports' evidence and the links move into the event, and the
// reports are released.
Event merge_cluster(const Clusters& cs, std::size_t c, ClusterDate&& date, const graph_detail::DocStore& docs,
                    const std::vector<EntityRecord>& entities, const std::vector<std::uint8_t>& elided,
                    ReportRelease* release, std::string& disagreement) {
  const bool consume = release != nullptr;
  const auto& members = cs.members[c];
  Event m;
  m.cameo = majority_code(members);
  take_type_and_parties(m, members, entities);
  m.location = majority_location(members);
  graph_detail::relink(m, *cs.entity_links);
  m.date = date.date;
  m.date_anchor = date.anchor;
  m.date_text = std::move(date.text);
  for (const Event* e : members)
    if (e->has_claim && !m.has_claim) {
      m.has_claim = true;
      m.claim = e->claim;
    }
  double miss = 1.0;
  for (const Event* e : members) miss *= (1.0 - e->confidence);
  m.confidence = (1.0 - miss) * extra_party_factor(cs.links[c]);  // before the links move below
  m.confidence = std::round(m.confidence * 100) / 100;
  std::set<std::string> sources, explicit_days;
  for (std::size_t i = 0; i < members.size(); ++i) {
    const Event* e = members[i];
    const std::uint32_t doc = cs.member_docs[c][i];
    sources.insert(e->evidence.front().document);
    for (const auto& ev : e->evidence) {
      // Consuming: each event is in exactly one cluster and no other step reads its evidence
      // any more (evidence keys were indexed by cluster()), so it moves.
      if (consume) m.evidence.push_back(std::move(const_cast<Evidence&>(ev)));
      else m.evidence.push_back(ev);
      if (elided[doc]) graph_detail::restore_evidence_text(docs[doc].raw.text, m.evidence.back());
    }
    m.warnings.insert(m.warnings.end(), e->warnings.begin(), e->warnings.end());
    // Sources that state different explicit days for the same event.
    if (e->date_anchor == Anchor::kExplicit && e->date.granularity >= Granularity::kDay) explicit_days.insert(e->date.iso());
  }
  m.sources.assign(sources.begin(), sources.end());
  // Content-derived id: what the event is, not where it was found first.
  std::string idsrc = m.cameo.substr(0, 2);
  for (const auto& p : graph_detail::parties(m)) idsrc += "|" + p;
  idsrc += "|" + m.date.iso() + "|" + m.location;
  m.id = "ev_" + hex64(fnv1a64(idsrc)).substr(0, 12);
  // Consuming: the links are read by nothing else, so they move.
  if (consume) m.merge = std::move(const_cast<std::vector<MergeLink>&>(cs.links[c]));
  else m.merge = cs.links[c];
  for (const MergeLink& l : m.merge)
    for (const auto& conflict : l.conflicts) m.warnings.push_back("merged with a conflict: " + conflict + " (" + l.source + ")");
  if (explicit_days.size() > 1) {
    for (const auto& d : explicit_days) disagreement += (disagreement.empty() ? "" : ", ") + d;
    m.warnings.push_back("sources disagree on the date: " + disagreement);
  }
  if (consume)
    for (std::size_t i = 0; i < members.size(); ++i) release->merged(members[i], cs.member_docs[c][i]);
  return m;
}

Clusters cluster(const graph_detail::DocStore& docs, const std::vector<EntityRecord>& entities,
                 const graph_detail::EntityLinks& links, const MergeConfig& config) {
  std::vector<EventRef> all = events_in_order(docs);
  graph_detail::ClusterInput in;
  in.events = &all;
  in.entities = &entities;
  in.links = &links;
  in.config = &config;
  in.doc_year.reserve(docs.size());
  for (const auto& d : docs) in.doc_year.push_back(d.info.published.known() ? d.info.published.year : 0);
  auto groups = graph_detail::cluster_events(in);
  Clusters cs;
  cs.entity_links = &links;
  cs.members.resize(groups.members.size());
  cs.member_docs.resize(groups.members.size());
  cs.links = std::move(groups.links);
  for (std::size_t c = 0; c < groups.members.size(); ++c)
    for (std::uint32_t i : groups.members[c]) {
      cs.members[c].push_back(all[i].event);
      cs.member_docs[c].push_back(all[i].doc);
    }
  for (std::size_t c = 0; c < cs.members.size(); ++c)
    for (const Event* e : cs.members[c])
      for (const auto& ev : e->evidence) cs.of_evidence[evidence_key(ev)] = c;
  return cs;
}

// Two clusters can still hash to one id (same parties and date, other CAMEO code in a root):
// disambiguate deterministically.
void order_and_number(std::vector<Event>& events) {
  std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
    if (time_less(a.date, b.date)) return true;
    if (time_less(b.date, a.date)) return false;
    return std::tie(a.id, a.cameo, a.evidence.front().document, a.evidence.front().sentence) <
           std::tie(b.id, b.cameo, b.evidence.front().document, b.evidence.front().sentence);
  });
  std::map<std::string, int> seen_ids;
  for (auto& e : events) {
    int n = ++seen_ids[e.id];
    if (n > 1) e.id += "_" + std::to_string(n);
  }
}

// Diagram edges: actor -> target, or actor -> place for one-party events; only known entities.
std::vector<Relation> relations_of(const Event& e, const std::vector<EntityRecord>& entities) {
  std::vector<const std::string*> actors, targets;
  for (const auto& p : e.participants) {
    if (!find_entity(entities, p.entity)) continue;
    if (p.role == ParticipantRole::kActor) actors.push_back(&p.entity);
    else if (p.role == ParticipantRole::kTarget) targets.push_back(&p.entity);
  }
  if (targets.empty() && !e.location.empty() && find_entity(entities, e.location)) targets.push_back(&e.location);
  std::vector<Relation> out;
  for (const auto* a : actors)
    for (const auto* b : targets)
      if (*a != *b) out.push_back(Relation{*a, *b, e.id, e.cameo, e.type, e.date});
  return out;
}

}  // namespace

namespace {

template <class T>
void release(T& v) {
  T().swap(v);
}

// Consuming build: the per-document entity entries and the shapes they point to are read once,
// by merge_entities().
void release_entity_entries(KnowledgeGraph::Impl& impl) {
  release(impl.doc_entities);
  release(impl.shapes);
  release(impl.shape_ids);
  release(impl.odd_times);
}

// Consuming build, at its end: what is left of the documents (raw texts, kept sentences, emptied
// infos) goes before the caller writes the timeline out.
void release_documents(KnowledgeGraph::Impl& impl) {
  release(impl.docs);
  release(impl.by_id);
  release(impl.evidence_elided);
  release(impl.skipped);
}

// build() on a const graph (`own` null) or on one it may empty (`own` = the same Impl).
Timeline build_timeline(const KnowledgeGraph::Impl& impl, KnowledgeGraph::Impl* own, const MergeConfig& config) {
  Timeline t;
  const auto& docs = impl.docs;
  std::vector<EntityRecord> entities = merge_entities(impl, config.progress);
  if (own) release_entity_entries(*own);
  const graph_detail::EntityLinks links = graph_detail::link_entities(entities, config.name_words.get());
  graph_detail::fold_linked(entities, links);
  Clusters cs = cluster(docs, entities, links, config);
  // ---- one event per cluster
  std::vector<ClusterDate> dates(cs.members.size());
  parallel_each(cs.members.size(), [&](std::size_t c) { dates[c] = cluster_date(cs, c); });
  decltype(cs.of_evidence)().swap(cs.of_evidence);  // only date_of() reads it
  std::vector<std::string> disagreements(cs.members.size());
  std::optional<ReportRelease> releaser;
  if (own) releaser.emplace(own->docs);
  // In blocks, so that the timeline's events are made (and their pages touched) as the graph's
  // reports are freed, not all at once beside them.
  constexpr std::size_t kBlock = 2048;
  t.events.reserve(cs.members.size());
  std::vector<Event> block;
  for (std::size_t b = 0; b < cs.members.size(); b += kBlock) {
    block.resize(std::min(kBlock, cs.members.size() - b));
    parallel_each(block.size(), [&](std::size_t i) {
      const std::size_t c = b + i;
      block[i] = merge_cluster(cs, c, std::move(dates[c]), docs, entities, impl.evidence_elided, releaser ? &*releaser : nullptr,
                               disagreements[c]);
    });
    std::move(block.begin(), block.end(), std::back_inserter(t.events));
    block.clear();
  }
  releaser.reset();
  if (own)
    for (auto& d : own->docs) std::vector<Event>().swap(d.events);  // any report in no cluster
  std::vector<ClusterDate>().swap(dates);
  for (std::size_t c = 0; c < cs.members.size(); ++c)
    if (!disagreements[c].empty())
      t.warnings.push_back(Warning{"date-disagreement", "sources disagree on the date: " + disagreements[c], "", t.events[c].id, 0});
  cs = Clusters{};
  order_and_number(t.events);
  // ---- relations for the diagrams
  std::vector<std::vector<Relation>> rel(t.events.size());
  parallel_each(t.events.size(), [&](std::size_t i) { rel[i] = relations_of(t.events[i], entities); });
  std::size_t relations = 0;
  for (const auto& r : rel) relations += r.size();
  t.relations.reserve(relations);
  for (auto& r : rel) {
    std::move(r.begin(), r.end(), std::back_inserter(t.relations));
    std::vector<Relation>().swap(r);
  }
  // ---- entities in output
  std::set<std::string_view> used;
  for (const auto& e : t.events) {
    for (const auto& p : e.participants) used.insert(p.entity);
    if (!e.location.empty()) used.insert(e.location);
  }
  for (auto& r : entities) {
    if (config.drop_singletons && !used.count(r.key) && r.mentions < 2) continue;
    t.entities.push_back(std::move(r));
  }
  // ---- documents, warnings, summary
  std::vector<std::uint32_t> sorted(docs.size());
  for (std::uint32_t i = 0; i < sorted.size(); ++i) sorted[i] = i;
  t.documents.reserve(docs.size());
  std::sort(sorted.begin(), sorted.end(), [&](std::uint32_t a, std::uint32_t b) { return docs[a].info.id < docs[b].info.id; });
  for (std::uint32_t i : sorted) {
    const DocumentAnalysis& d = docs[i];
    t.summary.bytes += d.info.bytes;
    if (!d.raw.repairs.empty()) ++t.summary.documents_repaired;
    if (own) {
      t.documents.push_back(std::move(own->docs[i].info));
      std::move(own->docs[i].warnings.begin(), own->docs[i].warnings.end(), std::back_inserter(t.warnings));
    } else {
      t.documents.push_back(d.info);
      t.warnings.insert(t.warnings.end(), d.warnings.begin(), d.warnings.end());
    }
  }
  for (const auto& e : impl.skipped) {
    ++t.summary.skipped_by_reason[error_code_name(e.code)];
    t.warnings.push_back(Warning{std::string("skipped-") + error_code_name(e.code), e.message, e.document, "", e.offset});
  }
  std::stable_sort(t.warnings.begin(), t.warnings.end(), [](const Warning& a, const Warning& b) {
    return std::tie(a.document, a.offset, a.code) < std::tie(b.document, b.offset, b.code);
  });
  t.summary.documents_read = docs.size();
  t.summary.documents_skipped = impl.skipped.size();
  t.summary.entities = t.entities.size();
  t.summary.events = t.events.size();
  if (own) release_documents(*own);
  return t;
}

}  // namespace

Timeline KnowledgeGraph::build(const MergeConfig& config) const& { return build_timeline(*impl_, nullptr, config); }
Timeline KnowledgeGraph::build(const MergeConfig& config) && { return build_timeline(*impl_, impl_.get(), config); }

}  // namespace kronik
