// Why a report joined a merged event, in words an analyst can check: the parties both reports
// name (or name through an office, a state organ or a containing place), the codes, the dates
// and places; and what they disagree on (another day, an extra party, another place), which
// also becomes a warning on the event.
#include <algorithm>

#include "cluster_keys.h"

namespace kronik::graph_detail {

namespace {

std::string join_names(const std::vector<std::uint32_t>& ids, const KeyContext& ctx) {
  std::string out;
  for (std::uint32_t id : ids) out += (out.empty() ? "" : ", ") + ctx.names.name(id);
  return out;
}

void explain_parties(const EventKey& kj, const EventKey& kw, const KeyContext& ctx, MergeLink& link) {
  std::vector<std::uint32_t> exact, extra;
  std::string affiliated;
  for (int r = 0; r < 2; ++r) {
    SideMatch m = compare_sides(kj.side[r], kw.side[r], kj.place, kw.place);
    exact.insert(exact.end(), m.exact.begin(), m.exact.end());
    extra.insert(extra.end(), m.extra_a.begin(), m.extra_a.end());
    extra.insert(extra.end(), m.extra_b.begin(), m.extra_b.end());
    for (auto [x, y] : m.affiliated)
      affiliated += (affiliated.empty() ? "" : ", ") + ctx.names.name(x) + " ~ " + ctx.names.name(y);
  }
  const char* roles = kj.directed ? " (same roles)" : "";
  if (!exact.empty()) link.reasons.push_back("shared parties" + std::string(roles) + ": " + join_names(exact, ctx));
  if (!affiliated.empty()) link.reasons.push_back("affiliated parties: " + affiliated);
  std::sort(extra.begin(), extra.end());
  extra.erase(std::unique(extra.begin(), extra.end()), extra.end());
  for (std::uint32_t x : extra) link.conflicts.push_back("extra party: " + ctx.names.name(x));
}

void explain_codes(const Event& j, const Event& w, const EventKey& kj, const EventKey& kw, const KeyContext& ctx,
                   MergeLink& link) {
  const std::uint32_t shared = shared_group(kj, kw);
  std::string group = ctx.names.name(shared ? shared : kj.group).substr(6);  // "group:meet" -> "meet"
  if (j.cameo == w.cameo) link.reasons.push_back("same code: " + j.cameo);
  else link.reasons.push_back("compatible codes: " + j.cameo + " ~ " + w.cameo + " (" + group + ")");
}

void explain_dates(const Event& j, const Event& w, const EventKey& kj, const EventKey& kw, MergeLink& link) {
  const TimeValue &a = j.date, &b = w.date;
  if (!a.known() || !b.known()) {
    int year = kj.date.year ? kj.date.year : kw.date.year;
    link.reasons.push_back(year ? "undated, same year: " + std::to_string(year) : std::string("undated"));
    return;
  }
  if (j.date_anchor == Anchor::kDefaulted || w.date_anchor == Anchor::kDefaulted) {
    link.reasons.push_back("defaulted date, same year: " + a.iso() + " ~ " + b.iso());
    return;
  }
  bool overlap = kj.date.max_first <= kw.date.min_last && kw.date.max_first <= kj.date.min_last;
  if (a == b) link.reasons.push_back("same date: " + a.iso());
  else if (overlap) link.reasons.push_back("dates overlap: " + a.iso() + " ~ " + b.iso());
  else link.reasons.push_back("dates within the day gap: " + a.iso() + " ~ " + b.iso());
  if (a.granularity >= Granularity::kDay && b.granularity >= Granularity::kDay && a.iso_date() != b.iso_date())
    link.conflicts.push_back("different day: " + a.iso_date() + " vs " + b.iso_date());
}

void explain_places(const EventKey& kj, const EventKey& kw, const KeyContext& ctx, MergeLink& link) {
  if (!kj.place.id || !kw.place.id) return;
  const std::string &a = ctx.names.name(kj.place.id), &b = ctx.names.name(kw.place.id);
  if (kj.place.id == kw.place.id) link.reasons.push_back("same place: " + a);
  else if (contains(kj.place.up, kw.place.id)) link.reasons.push_back("place within: " + a + " in " + b);
  else if (contains(kw.place.up, kj.place.id)) link.reasons.push_back("place within: " + b + " in " + a);
  else link.conflicts.push_back("different place: " + a + " vs " + b);
}

}  // namespace

MergeLink explain_pair(const Event& joined, const EventKey& kj, const Event& with, const EventKey& kw, const KeyContext& ctx) {
  MergeLink link;
  link.source = evidence_key(joined.evidence.front());
  link.with = evidence_key(with.evidence.front());
  explain_parties(kj, kw, ctx, link);
  explain_codes(joined, with, kj, kw, ctx, link);
  explain_dates(joined, with, kj, kw, link);
  explain_places(kj, kw, ctx, link);
  return link;
}

}  // namespace kronik::graph_detail
