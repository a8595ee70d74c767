// Merge keys: parties with their affiliations on the event's date, code groups, places with
// their containers, dates as intervals. The pairwise tests here are the same ones cluster.cpp
// runs on whole-cluster summaries (Side::absorb, DateFit::absorb), so a cluster never holds two
// reports the tests would keep apart on the party, date or place it summarises.
#include "cluster_keys.h"

#include <algorithm>
#include <limits>
#include <optional>

namespace kronik::graph_detail {

bool contains(const Ids& v, std::uint32_t x) { return std::binary_search(v.begin(), v.end(), x); }

void add_sorted(Ids& v, std::uint32_t x) {
  auto it = std::lower_bound(v.begin(), v.end(), x);
  if (it == v.end() || *it != x) v.insert(it, x);
}

void unite(Ids& into, const Ids& from) {
  Ids out;
  out.reserve(into.size() + from.size());
  std::set_union(into.begin(), into.end(), from.begin(), from.end(), std::back_inserter(out));
  into.swap(out);
}

void Side::add(const Party& p) {
  auto it = std::lower_bound(parties.begin(), parties.end(), p.id, [](const Party& q, std::uint32_t id) { return q.id < id; });
  if (it != parties.end() && it->id == p.id) unite(it->up, p.up);
  else parties.insert(it, p);
  add_sorted(ids, p.id);
  unite(ups, p.up);
}

void Side::absorb(const Side& other) {
  for (const Party& p : other.parties) add(p);
}

void DateFit::absorb(const DateFit& o) {
  if (!year) year = o.year;
  if (o.day_gap >= 0) day_gap = day_gap >= 0 ? std::min(day_gap, o.day_gap) : o.day_gap;
  if (o.hard) {
    max_first = hard ? std::max(max_first, o.max_first) : o.max_first;
    min_last = hard ? std::min(min_last, o.min_last) : o.min_last;
    hard = true;
  }
  if (o.exact) {
    x_max_first = exact ? std::max(x_max_first, o.x_max_first) : o.x_max_first;
    x_min_last = exact ? std::min(x_min_last, o.x_min_last) : o.x_min_last;
    exact = true;
  }
}

namespace {

// An official and an organ of the state they serve on the event's date ("Lavrov" and "the
// Russian foreign ministry") speak for one state: a ministry's statement and its minister's are
// one voice. Two persons (two officials may meet separately) or two organs are not.
bool same_state_voice(const Party& x, const Party& y) {
  using K = Party::Kind;
  const bool pair = (x.kind == K::kPerson && y.kind == K::kOrganisation) || (x.kind == K::kOrganisation && y.kind == K::kPerson);
  return pair && std::any_of(x.up.begin(), x.up.end(), [&](std::uint32_t u) { return contains(y.up, u); });
}

// A party is accounted for by a side when the side names it, names what it stands with, stands
// with it ("Putin" and "Russia", "Pyongyang" and "North Korea"), or speaks for its state with it.
bool accounted(const Party& x, const Side& s) {
  if (contains(s.ids, x.id) || contains(s.ups, x.id)) return true;
  if (std::any_of(x.up.begin(), x.up.end(), [&](std::uint32_t u) { return contains(s.ids, u); })) return true;
  return std::any_of(s.parties.begin(), s.parties.end(), [&](const Party& p) { return same_state_voice(x, p); });
}

// A party that is the other report's place, or contains it ("visits North Korea" and "arrives
// in Pyongyang"), is where that report happened rather than someone missing from it.
bool at_place(const Party& x, const Place& p) { return p.id && (x.id == p.id || contains(p.up, x.id)); }

// The party of `s` that accounts for x (for explanations): x's affiliation or the party whose
// affiliation x is.
std::uint32_t accounting_party(const Party& x, const Side& s) {
  for (std::uint32_t u : x.up)
    if (contains(s.ids, u)) return u;
  for (const Party& p : s.parties)
    if (contains(p.up, x.id) || same_state_voice(x, p)) return p.id;
  return 0;
}

const EntityRecord* find_record(const std::vector<EntityRecord>& v, const std::string& key) {
  auto it = std::lower_bound(v.begin(), v.end(), key, [](const EntityRecord& r, const std::string& k) { return r.key < k; });
  return it != v.end() && it->key == key ? &*it : nullptr;
}

long serial_or(const std::string& iso, bool last, long fallback) {
  auto v = TimeValue::parse_iso(iso);
  if (!v || !v->known()) return fallback;
  auto d = last ? v->last_day().serial_day() : v->first_day().serial_day();
  return d ? *d : fallback;
}

const Affiliation& affiliation_of(std::uint32_t id, KeyContext& ctx) {
  auto [it, fresh] = ctx.affiliations.try_emplace(id);
  if (!fresh) return it->second;
  const EntityRecord* r = ctx.entities ? find_record(*ctx.entities, ctx.names.name(id)) : nullptr;
  if (!r) return it->second;
  Affiliation a;
  if (r->type == EntityType::kPerson) a.kind = Party::Kind::kPerson;
  if (r->type == EntityType::kOrganization) a.kind = Party::Kind::kOrganisation;
  for (const auto& w : r->within) add_sorted(a.within, ctx.names.id(w));
  for (const auto& role : r->roles)
    if (!role.country.empty())
      a.offices.push_back({ctx.names.id(role.country), serial_or(role.start, false, LONG_MIN), serial_or(role.end, true, LONG_MAX)});
  it->second = std::move(a);  // map nodes never move: `it` is still valid
  return it->second;
}

// What an entity stands with on the event's date: its containers, and the states of the offices
// whose term touches the event's interval (every office for an undated event).
Ids ups_of(const std::string& key, const TimeValue& date, KeyContext& ctx) {
  const Affiliation& a = affiliation_of(ctx.names.id(key), ctx);
  Ids up = a.within;
  std::optional<long> first, last;
  if (date.known()) first = date.first_day().serial_day(), last = date.last_day().serial_day();
  for (const auto& o : a.offices)
    if (!first || !last || (o.first <= *last && o.last >= *first)) add_sorted(up, o.country);
  return up;
}

DateFit date_fit(const Event& e, int doc_year) {
  DateFit f;
  const TimeValue& d = e.date;
  if (!d.known()) {
    f.year = doc_year;  // an undated report joins only events of its document's year
    return f;
  }
  TimeValue a = d.first_day(), b = d.last_day();
  if (a.year == b.year) f.year = a.year;
  if (e.date_anchor == Anchor::kDefaulted) return f;  // "around publication": the year only
  auto first = a.serial_day(), last = b.serial_day();
  if (!first || !last) return f;
  f.hard = true;
  f.max_first = *first;
  f.min_last = *last;
  if (e.date_anchor == Anchor::kExplicit) {
    f.exact = true;
    f.x_max_first = *first;
    f.x_min_last = *last;
  }
  return f;
}

long order_of(const Event& e) {
  if (!e.date.known()) return std::numeric_limits<long>::max();
  auto first = e.date.first_day().serial_day();
  return first ? *first : std::numeric_limits<long>::max();
}

}  // namespace

SideCount count_sides(const Side& a, const Side& b, const Place& pa, const Place& pb) {
  SideCount c;
  for (const Party& x : a.parties) {
    if (contains(b.ids, x.id)) ++c.exact, ++c.shared;
    else if (accounted(x, b) || at_place(x, pb)) ++c.shared;
    else ++c.extra_a;
  }
  for (const Party& y : b.parties)
    if (!accounted(y, a) && !at_place(y, pa)) ++c.extra_b;
  return c;
}

SideMatch compare_sides(const Side& a, const Side& b, const Place& pa, const Place& pb) {
  SideMatch m;
  for (const Party& x : a.parties) {
    if (contains(b.ids, x.id)) m.exact.push_back(x.id);
    else if (accounted(x, b)) m.affiliated.emplace_back(x.id, accounting_party(x, b));
    else if (at_place(x, pb)) m.affiliated.emplace_back(x.id, pb.id);
    else m.extra_a.push_back(x.id);
  }
  for (const Party& y : b.parties)
    if (!accounted(y, a) && !at_place(y, pa)) m.extra_b.push_back(y.id);
  return m;
}

bool dates_fit(const DateFit& a, const DateFit& b, int gap) {
  for (int g : {a.day_gap, b.day_gap})
    if (g >= 0) gap = std::min(gap, g);
  if (a.year && b.year && a.year != b.year) return false;
  if (a.hard && b.hard && (a.max_first > b.min_last + gap || b.max_first > a.min_last + gap)) return false;
  if (a.exact && b.exact && (a.x_max_first > b.x_min_last || b.x_max_first > a.x_min_last)) return false;
  return true;
}

bool places_fit(const Place& a, const Place& b) {
  return !a.id || !b.id || a.id == b.id || contains(a.up, b.id) || contains(b.up, a.id);
}

EventKey key_of(const Event& e, std::uint32_t doc, int doc_year, KeyContext& ctx) {
  EventKey k;
  k.doc = doc;
  auto cached = ctx.code_groups.find(e.cameo);
  if (cached == ctx.code_groups.end()) {
    CodeRelation rel = ctx.codes ? ctx.codes->of(e.cameo) : CodeRelation{"root:" + e.cameo.substr(0, 2), false, {}};
    KeyContext::CodeGroups g{ctx.names.id("group:" + rel.group), 0, rel.directed, rel.day_gap};
    if (!rel.also.empty()) g.also = ctx.names.id("group:" + rel.also);
    cached = ctx.code_groups.emplace(e.cameo, g).first;
  }
  k.group = cached->second.group;
  k.also = cached->second.also;
  k.code = ctx.names.id(e.cameo);
  k.directed = cached->second.directed;
  for (const auto& p : e.participants) {
    if (p.role == ParticipantRole::kSpeaker) continue;
    int side = k.directed && p.role == ParticipantRole::kTarget ? 1 : 0;
    if (k.directed && p.role == ParticipantRole::kOther) continue;
    const std::string& key = ctx.links ? linked(*ctx.links, p.entity) : p.entity;
    const std::uint32_t id = ctx.names.id(key);
    k.side[side].add(Party{id, ups_of(key, e.date, ctx), affiliation_of(id, ctx).kind});
  }
  if (!e.location.empty()) {
    const std::string& key = ctx.links ? linked(*ctx.links, e.location) : e.location;
    k.place = Place{ctx.names.id(key), ups_of(key, e.date, ctx)};
  }
  k.date = date_fit(e, doc_year);
  k.date.day_gap = cached->second.day_gap;
  k.order = order_of(e);
  std::uint64_t h = 1469598103934665603ull;
  for (const Side& s : k.side)
    for (std::uint32_t id : s.ids) h = (h ^ id) * 1099511628211ull;
  k.parties_hash = h;
  return k;
}

namespace {

std::size_t party_count(const EventKey& k) { return k.side[0].ids.size() + k.side[1].ids.size(); }

}  // namespace

// In a directed group a role one report leaves empty is unspecified rather than absent: "Yoon
// accused" and "Yoon accused North Korea" may be one accusation, so that role is not compared.
// An undirected group has one role, and there an empty side is no report at all.
bool role_unspecified(const EventKey& a, const EventKey& b, int r) {
  return a.directed && (a.side[r].ids.empty() || b.side[r].ids.empty());
}

// Parties fit when no role has extra parties on both sides ("A meets B" and "A meets C" are two
// meetings) and each report has its parties accounted for, two at least when it has two: "A
// meets B" and "A, B and C meet" may be one meeting, "A arrives" and "A meets B" are two events.
bool parties_fit(const EventKey& a, const EventKey& b) {
  // Two undated moments of one article with other parties (the welcome, then the talks): nothing
  // says they are one happening but the article, which tells a sequence.
  bool same_parties = a.side[0].ids == b.side[0].ids && a.side[1].ids == b.side[1].ids;
  if (a.doc == b.doc && !same_parties && (!a.date.hard || !b.date.hard)) return false;
  std::size_t found_a = 0, found_b = 0, named_a = 0, named_b = 0;
  for (int r = 0; r < 2; ++r) {
    if (role_unspecified(a, b, r)) continue;
    SideCount m = count_sides(a.side[r], b.side[r], a.place, b.place);
    if (m.extra_a && m.extra_b) return false;
    named_a += a.side[r].ids.size();
    named_b += b.side[r].ids.size();
    found_a += a.side[r].ids.size() - m.extra_a;
    found_b += b.side[r].ids.size() - m.extra_b;
  }
  return found_a > 0 && found_a >= std::min<std::size_t>(2, named_a) && found_b >= std::min<std::size_t>(2, named_b);
}

std::uint32_t shared_group(const EventKey& a, const EventKey& b) {
  for (std::uint32_t g : {a.group, a.also})
    if (g && (g == b.group || g == b.also)) return g;
  return 0;
}

bool pair_compatible(const EventKey& a, const EventKey& b, int gap) {
  if (!shared_group(a, b) || !parties_fit(a, b) || !dates_fit(a.date, b.date, gap)) return false;
  // Different places forbid only one-party reports ("X visits Beijing", "X visits Seoul").
  return places_fit(a.place, b.place) || (party_count(a) >= 2 && party_count(b) >= 2);
}

int pair_score(const EventKey& a, const EventKey& b) {
  int s = 0;
  for (int r = 0; r < 2; ++r) {
    SideCount m = count_sides(a.side[r], b.side[r], a.place, b.place);
    s += static_cast<int>(4 * m.exact + 2 * (m.shared - m.exact)) - static_cast<int>(m.extra_a + m.extra_b);
  }
  if (a.code == b.code) s += 3;
  if (a.date.hard && b.date.hard) {
    bool same = a.date.max_first == b.date.max_first && a.date.min_last == b.date.min_last;
    bool overlap = a.date.max_first <= b.date.min_last && b.date.max_first <= a.date.min_last;
    s += same ? 3 : overlap ? 2 : 0;
  }
  if (a.place.id && a.place.id == b.place.id) s += 1;
  else if (!places_fit(a.place, b.place)) s -= 2;
  return s;
}

}  // namespace kronik::graph_detail
