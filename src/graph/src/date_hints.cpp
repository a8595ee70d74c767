// Cross-document publication dates (see docs/dates.md, "Dates across documents").
//
// What other documents say about an event's date is collected per (root, parties) key and grouped
// by value: every report of one value behaves the same for a query, except that a document never
// learns from itself, so a group keeps its first report and its first report from another
// document. Groups are sorted by month, latest first; a query walks the months down and stops
// at the first month with a usable report. The cost is bounded by the months a key spans, not by
// how many documents report it.
#include <algorithm>
#include <unordered_map>

#include "intern.h"
#include "internal.h"

namespace kronik {

namespace {

using graph_detail::Interner;

constexpr std::uint32_t kNone = UINT32_MAX;

struct Report {
  std::uint32_t order = kNone;  // position in the order reports were collected
  std::uint32_t doc = kNone;
  const std::string* type = nullptr;
};

// Every report of one value for one key.
struct Group {
  TimeValue value;
  TimeValue month;  // value.truncated(kMonth)
  bool day_precise = false;
  Report first, first_other;  // first report, and the first from another document than `first`
  const Report* from_other_than(std::uint32_t doc) const {
    if (first.doc != doc) return &first;
    return first_other.order == kNone ? nullptr : &first_other;
  }
};

struct KeyGroups {
  std::vector<Group> groups;                       // latest month first once sorted
  std::unordered_map<std::string, std::uint32_t> by_value;  // iso-like value key -> group
};

std::string key_of(const Event& e) {
  std::string k = graph_detail::root_of(e.cameo);
  for (const auto& p : graph_detail::parties(e)) k += "|" + p;
  return k;
}

std::string value_key(const TimeValue& v, bool day_precise) {
  return v.iso() + (v.utc_offset_minutes ? "@" + std::to_string(*v.utc_offset_minutes) : "") + "#" +
         std::to_string(static_cast<int>(v.granularity)) + (day_precise ? "d" : "") + std::to_string(v.week) + "/" +
         std::to_string(v.month) + "/" + std::to_string(v.day) + "/" + std::to_string(v.hour) + ":" + std::to_string(v.minute);
}

void add_report(KeyGroups& kg, const TimeValue& v, bool day_precise, Report r) {
  auto [it, fresh] = kg.by_value.emplace(value_key(v, day_precise), static_cast<std::uint32_t>(kg.groups.size()));
  if (fresh) {
    kg.groups.push_back(Group{v, v.truncated(Granularity::kMonth), day_precise, r, Report{}});
    return;
  }
  Group& g = kg.groups[it->second];
  if (g.first_other.order == kNone && r.doc != g.first.doc) g.first_other = r;
}

// Collects what other documents say about an event's date: explicit or text-anchored dates from
// dated documents, and the publication month of day-dated documents for events they only default.
struct Index {
  Interner keys;
  std::vector<KeyGroups> by_key;

  KeyGroups* find(const std::string& key) {
    auto n = keys.size();
    auto id = keys.id(key);
    if (id >= n) return nullptr;  // never reported (the new id is harmless)
    return id < by_key.size() ? &by_key[id] : nullptr;
  }
};

Index collect(const graph_detail::DocStore& docs) {
  Index ix;
  std::uint32_t order = 0;
  auto add = [&](const Event& e, const TimeValue& v, bool day_precise, std::uint32_t doc) {
    auto id = ix.keys.id(key_of(e));
    if (id >= ix.by_key.size()) ix.by_key.resize(id + 1);
    add_report(ix.by_key[id], v, day_precise, Report{order++, doc, &e.type});
  };
  for (std::uint32_t i = 0; i < docs.size(); ++i) {
    const auto& d = docs[i];
    const bool pub_day = d.info.published.known() && d.info.published.granularity >= Granularity::kDay;
    for (const auto& e : d.events) {
      if (!e.date.known()) continue;
      if (e.date_anchor == Anchor::kDefaulted) {
        if (pub_day) add(e, d.info.published.truncated(Granularity::kMonth), false, i);
        continue;
      }
      if (!d.info.published.known() && e.date_anchor != Anchor::kExplicit) continue;
      if (e.date.granularity < Granularity::kMonth) continue;
      add(e, e.date, e.date.granularity >= Granularity::kDay, i);
    }
  }
  for (auto& kg : ix.by_key) {
    kg.by_value.clear();
    std::stable_sort(kg.groups.begin(), kg.groups.end(),
                     [](const Group& a, const Group& b) { return time_less(b.month, a.month); });
  }
  return ix;
}

// Whether a report of `v` can date document `pub`'s event `e`.
bool usable(const TimeValue& v, const TimeValue& pub, const Event& e) {
  if (pub.known() && !v.within(pub)) return false;  // must agree with what the document says
  if (e.date.known() && e.date_anchor != Anchor::kDefaulted && !(e.date.within(v) || v.within(e.date))) return false;
  if (!e.date.known() && e.date.month && e.date.month != v.month) return false;  // "12 Juli" without a year
  return true;
}

// The best a document's events learn: the latest month, and the latest day in it.
struct Found {
  const Group* month_group = nullptr;
  const Report* month_report = nullptr;
  const Group* day_group = nullptr;
  const Report* day_report = nullptr;
};

bool later_day(const Group& a, const Group& b) {
  return time_less(b.value.truncated(Granularity::kDay), a.value.truncated(Granularity::kDay));
}

// What one event learns: the latest month with a usable report (its earliest report), and the
// latest day reported in that month (its earliest report).
Found learn(const KeyGroups& kg, const TimeValue& pub, const Event& e, std::uint32_t doc) {
  Found f;
  for (std::size_t i = 0; i < kg.groups.size() && !f.month_group;) {
    std::size_t end = i;
    while (end < kg.groups.size() && kg.groups[end].month == kg.groups[i].month) ++end;
    for (std::size_t j = i; j < end; ++j) {
      const Group& g = kg.groups[j];
      const Report* r = g.from_other_than(doc);
      if (!r || !usable(g.value, pub, e)) continue;
      if (!f.month_group || r->order < f.month_report->order) f.month_group = &g, f.month_report = r;
      if (!g.day_precise || !g.value.within(g.month)) continue;
      if (!f.day_group || later_day(g, *f.day_group) ||
          (!later_day(*f.day_group, g) && r->order < f.day_report->order))
        f.day_group = &g, f.day_report = r;
    }
    i = end;
  }
  return f;
}

// Events are visited in document order: a later event wins only with a strictly later value.
void combine(Found& doc, const Found& ev) {
  if (!ev.month_group) return;
  if (!doc.month_group || time_less(doc.month_group->month, ev.month_group->month)) {
    doc = ev;
    return;
  }
  if (!(doc.month_group->month == ev.month_group->month) || !ev.day_group) return;
  if (!doc.day_group || later_day(*ev.day_group, *doc.day_group)) doc.day_group = ev.day_group, doc.day_report = ev.day_report;
}

}  // namespace

std::map<std::string, DateHint> KnowledgeGraph::date_hints(const ProgressFn& progress) const {
  std::map<std::string, DateHint> out;
  Index ix = collect(impl_->docs);
  const auto n = static_cast<std::uint64_t>(impl_->docs.size());
  for (std::uint32_t i = 0; i < impl_->docs.size(); ++i) {
    if (i % 4096 == 0) report_progress(progress, "date hints", i, n);
    const auto& d = impl_->docs[i];
    const TimeValue& pub = d.info.published;
    if (pub.known() && pub.granularity >= Granularity::kDay) continue;
    Found f;
    for (const auto& e : d.events)
      if (KeyGroups* kg = ix.find(key_of(e))) combine(f, learn(*kg, pub, e, i));
    if (!f.month_group) continue;
    DateHint best;
    best.value = f.month_group->month;
    auto how = [&](const Group& g, const Report& r) {
      return "reports the " + *r.type + " event that " + impl_->docs[r.doc].info.id + " dates " + g.value.iso();
    };
    if (f.day_group) best.not_before = f.day_group->value.truncated(Granularity::kDay);
    if (best.not_before.known() && !best.not_before.within(best.value)) best.not_before = TimeValue{};
    best.how = best.not_before.known() ? how(*f.day_group, *f.day_report) : how(*f.month_group, *f.month_report);
    out[d.info.id] = best;
  }
  report_progress(progress, "date hints", n, n);
  return out;
}

}  // namespace kronik
