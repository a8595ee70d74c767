// gdelt_events.tsv and gdelt_mentions.tsv: the Timeline in the shape of GDELT 2.0's event and
// mention tables, so scripts written for GDELT (column names, CAMEO codes, QuadClass, Goldstein,
// mention counts) run on kronik's output.
//
// What differs from GDELT, and why (docs/outputs.md has the column table):
//   - a header line (GDELT's raw files have none; its BigQuery tables use these names);
//   - GLOBALEVENTID is kronik's event id ("ev_..."), not a number: ids must stay derived from
//     content and identical across runs;
//   - dates of reduced precision are given by the first day they stand for (SQLDATE of "2023-09"
//     is 20230901): GDELT's date columns are days;
//   - country codes are ISO 3166-1 alpha-3 (what kronik knows), which is CAMEO's actor country
//     code but not the FIPS 10-4 code GDELT uses for *Geo_CountryCode;
//   - ActionGeo_FeatureID holds the place's Wikidata QID (GDELT: a GNS/GNIS feature id);
//   - columns kronik has no value for (actor type, religion, ethnicity and known-group codes,
//     AvgTone, actor geography, coordinates, DATEADDED, which would be a wall-clock value) are
//     empty; ActionCharOffset is a byte offset into the document (kronik's offsets are bytes).
#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "internal.h"
#include "offsets.h"
#include "kronik/export/export.h"

namespace kronik {
namespace {

using export_detail::ByteSink;

constexpr const char* kEventColumns[] = {
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL",
};
static_assert(std::size(kEventColumns) == 61, "GDELT 2.0 events have 61 columns");

constexpr const char* kMentionColumns[] = {
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
    "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
};
static_assert(std::size(kMentionColumns) == 16, "GDELT 2.0 mentions have 16 columns");

/// A TSV field: tabs and line breaks would split the record, so they become spaces.
std::string cell(std::string_view raw) {
  std::string s = export_detail::valid_utf8(raw);
  for (char& c : s)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return s;
}

/// Writes the columns of one record; `values` maps column index to text, the rest stay empty.
void record(ByteSink& out, std::size_t columns, const std::map<std::size_t, std::string>& values) {
  for (std::size_t i = 0; i < columns; ++i) {
    if (i) out.put('\t');
    auto it = values.find(i);
    if (it != values.end()) out.write(cell(it->second));
  }
  out.put('\n');
}

template <std::size_t N>
void header(ByteSink& out, const char* const (&columns)[N]) {
  for (std::size_t i = 0; i < N; ++i) {
    if (i) out.put('\t');
    out.write(columns[i]);
  }
  out.put('\n');
}

std::size_t column(std::string_view name) {
  for (std::size_t i = 0; i < std::size(kEventColumns); ++i)
    if (name == kEventColumns[i]) return i;
  return std::size(kEventColumns);  // never: names below are spelled from the table
}

/// "20230901" of the first day a date stands for; "" when unknown.
std::string compact_day(const TimeValue& t) {
  std::string s = export_detail::interval_start(t);
  std::erase(s, '-');
  return s;
}

/// GDELT's FractionDate: the year plus the share of it elapsed on the first day.
std::string fraction_date(const TimeValue& t) {
  if (!t.known()) return {};
  const TimeValue day = t.first_day();
  const long into = *day.serial_day() - *TimeValue::day_of(day.year, 1, 1).serial_day();
  return export_detail::number(day.year + static_cast<double>(into) / 365.0, 4);
}

class GdeltWriter {
 public:
  explicit GdeltWriter(const Timeline& t) : mentions_(t) {
    for (const EntityRecord& e : t.entities) entities_.emplace(e.key, &e);
    for (const DocumentInfo& d : t.documents) documents_.emplace(d.id, &d);
  }

  void event(const Event& e, ByteSink& out) const {
    std::map<std::size_t, std::string> v;
    v[column("GLOBALEVENTID")] = e.id;
    const std::string day = compact_day(e.date);
    v[column("SQLDATE")] = day;
    v[column("MonthYear")] = day.substr(0, 6);
    v[column("Year")] = day.substr(0, 4);
    v[column("FractionDate")] = fraction_date(e.date);
    actor(e, ParticipantRole::kActor, "Actor1", v);
    actor(e, ParticipantRole::kTarget, "Actor2", v);
    v[column("IsRootEvent")] = root_event(e) ? "1" : "0";
    v[column("EventCode")] = e.cameo;
    v[column("EventBaseCode")] = e.cameo.substr(0, 3);
    v[column("EventRootCode")] = e.cameo.substr(0, 2);
    v[column("QuadClass")] = std::to_string(e.quad_class);
    v[column("GoldsteinScale")] = export_detail::number(e.goldstein, 1);
    counts(e, v);
    place(e, v);
    v[column("SOURCEURL")] = source_url(e);
    record(out, std::size(kEventColumns), v);
  }

  void mentions(const Event& e, ByteSink& out) const {
    for (const Evidence& x : e.evidence) {
      const DocumentInfo* d = document(x.document);
      const std::string published = d ? compact_day(d->published) : std::string();
      record(out, std::size(kMentionColumns),
             {{0, e.id},
              {1, stamp(compact_day(e.date))},
              {2, stamp(published)},
              {3, "1"},  // WEB: kronik reads articles
              {4, d && !d->outlet.empty() ? d->outlet : x.document},
              {5, d && !d->url.empty() ? d->url : x.document},
              {6, std::to_string(x.sentence + 1)},
              {7, char_offset(mentioned(e, x, ParticipantRole::kActor))},
              {8, char_offset(mentioned(e, x, ParticipantRole::kTarget))},
              {9, char_offset(export_detail::trigger_span(x))},
              {10, "1"},
              {11, std::to_string(static_cast<int>(e.confidence * 100.0 + 0.5))}});
    }
  }

 private:
  const DocumentInfo* document(const std::string& id) const {
    auto it = documents_.find(id);
    return it == documents_.end() ? nullptr : it->second;
  }
  const EntityRecord* entity(const std::string& key) const {
    auto it = entities_.find(key);
    return it == entities_.end() ? nullptr : it->second;
  }

  /// Where the first party in `role` (GDELT's Actor1 or Actor2) is named in `x`.
  std::optional<export_detail::TextSpan> mentioned(const Event& e, const Evidence& x, ParticipantRole role) const {
    auto first = std::find_if(e.participants.begin(), e.participants.end(),
                              [&](const Participant& p) { return p.role == role && !p.entity.empty(); });
    if (first == e.participants.end()) return std::nullopt;
    for (const export_detail::PartyMention& m : mentions_(e, x))
      if (m.entity == first->entity) return m.span;
    return std::nullopt;
  }

  /// GDELT's offsets count characters; -1 when not located (or counted in bytes only).
  static std::string char_offset(const std::optional<export_detail::TextSpan>& s) {
    return s && s->char_begin ? std::to_string(*s->char_begin) : std::string("-1");
  }

  /// GDELT stamps are YYYYMMDDHHMMSS; kronik's dates are days.
  static std::string stamp(const std::string& day) { return day.empty() ? day : day + "000000"; }

  /// Actor1 / Actor2: the first participant in the role; a country gives its code.
  void actor(const Event& e, ParticipantRole role, const std::string& prefix,
             std::map<std::size_t, std::string>& v) const {
    for (const Participant& p : e.participants) {
      if (p.role != role || p.entity.empty()) continue;
      const EntityRecord* r = entity(p.entity);
      v[column(prefix + "Name")] = r && !r->name.empty() ? r->name : p.entity;
      if (r && r->type == EntityType::kCountry && !r->iso.empty()) {
        v[column(prefix + "Code")] = r->iso;
        v[column(prefix + "CountryCode")] = r->iso;
      }
      return;
    }
  }

  /// GDELT's IsRootEvent marks events of the lead paragraph: here, evidence in the title or
  /// the first sentence of a document (sentences 0 and 1).
  static bool root_event(const Event& e) {
    for (const Evidence& x : e.evidence)
      if (x.sentence <= 1) return true;
    return false;
  }

  /// NumMentions: pieces of evidence; NumArticles: documents; NumSources: distinct outlets
  /// (a document without a known outlet counts as its own source).
  void counts(const Event& e, std::map<std::size_t, std::string>& v) const {
    std::set<std::string> outlets;
    for (const std::string& id : e.sources) {
      const DocumentInfo* d = document(id);
      outlets.insert(d && !d->outlet.empty() ? "outlet:" + d->outlet : "document:" + id);
    }
    v[column("NumMentions")] = std::to_string(e.evidence.size());
    v[column("NumSources")] = std::to_string(outlets.size());
    v[column("NumArticles")] = std::to_string(e.sources.size());
  }

  /// ActionGeo: type 1 (country) or 4 (world city / place), name, country code, QID.
  void place(const Event& e, std::map<std::size_t, std::string>& v) const {
    if (e.location.empty()) return;
    const EntityRecord* r = entity(e.location);
    const bool country = r && r->type == EntityType::kCountry;
    v[column("ActionGeo_Type")] = country ? "1" : "4";
    v[column("ActionGeo_FullName")] = r && !r->name.empty() ? r->name : e.location;
    if (country) v[column("ActionGeo_CountryCode")] = r->iso;
    if (r) v[column("ActionGeo_FeatureID")] = r->qid;
  }

  /// The first source with a URL, else the first document id.
  std::string source_url(const Event& e) const {
    for (const std::string& id : e.sources) {
      const DocumentInfo* d = document(id);
      if (d && !d->url.empty()) return d->url;
    }
    return e.sources.empty() ? std::string() : e.sources.front();
  }

  std::map<std::string, const EntityRecord*> entities_;
  std::map<std::string, const DocumentInfo*> documents_;
  export_detail::MentionFinder mentions_;
};

}  // namespace

void export_detail::write_gdelt_events(const Timeline& timeline, ByteSink& sink) {
  header(sink, kEventColumns);
  const GdeltWriter w(timeline);
  for (const Event& e : timeline.events) w.event(e, sink);
}

void export_detail::write_gdelt_mentions(const Timeline& timeline, ByteSink& sink) {
  header(sink, kMentionColumns);
  const GdeltWriter w(timeline);
  for (const Event& e : timeline.events) w.mentions(e, sink);
}

GdeltTables gdelt_tables(const Timeline& timeline) {
  GdeltTables t;
  t.events = export_detail::collect([&](ByteSink& s) { export_detail::write_gdelt_events(timeline, s); });
  t.mentions = export_detail::collect([&](ByteSink& s) { export_detail::write_gdelt_mentions(timeline, s); });
  return t;
}

}  // namespace kronik
