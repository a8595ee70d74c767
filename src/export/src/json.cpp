// timeline.json: RapidJSON's SAX Writer straight into a string buffer (no DOM: the timeline can
// be large and the field order must be fixed for byte-determinism).
//
// Conventions (docs/timeline.schema.json):
//   - optional text that is empty is written as null ("unknown"), never as "";
//   - dates are ISO 8601 reduced precision, null when unknown;
//   - no wall-clock values (RunSummary::seconds is left out) so two runs give the same bytes.
#include <cmath>
#include <string>

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "internal.h"
#include "json_out.h"
#include "kronik/export/export.h"

namespace kronik {
namespace {

using export_detail::JsonOut;
using export_detail::valid_utf8;

template <class W>
void write_summary(JsonOut<W>& o, const Timeline& t) {
  const RunSummary& s = t.summary;
  o.begin_object();
  o.key("documents_read");
  o.u64(s.documents_read);
  o.key("documents_skipped");
  o.u64(s.documents_skipped);
  o.key("skipped_by_reason");
  o.begin_object();
  for (const auto& [reason, n] : s.skipped_by_reason) {  // std::map: sorted keys
    o.key(valid_utf8(reason).c_str());
    o.u64(n);
  }
  o.end_object();
  o.key("documents_repaired");
  o.u64(s.documents_repaired);
  // Counted from what is written, so the summary always agrees with the arrays below.
  o.key("entities");
  o.u64(t.entities.size());
  o.key("events");
  o.u64(t.events.size());
  o.end_object();
}

template <class W>
void write_document(JsonOut<W>& o, const DocumentInfo& d) {
  o.begin_object();
  o.key("id");
  o.str(d.id);
  o.key("path");
  o.str(d.path);
  o.key("format");
  o.str(input_format_name(d.format));
  o.key("language");
  o.str(language_code(d.language));
  o.key("language_confidence");
  o.score(d.language_confidence);
  o.key("title");
  o.str_or_null(d.title);
  o.key("url");
  o.str_or_null(d.url);
  o.key("outlet");
  o.str_or_null(d.outlet);
  o.key("dateline_place");
  o.str_or_null(d.dateline_place);
  // Scorers compare `published` as a date: the full stamp goes into published_time.
  o.key("published");
  o.str_or_null(d.published.known() ? d.published.iso_date() : std::string());
  o.key("published_time");
  o.str_or_null(d.published.known() && d.published.granularity == Granularity::kMinute
                    ? d.published.iso()
                    : std::string());
  o.key("published_anchor");
  o.str(anchor_name(d.published_anchor));
  o.key("published_how");
  o.str_or_null(d.published_how);
  o.key("authors");
  o.strings(d.authors);
  o.key("editors");
  o.strings(d.editors);
  o.key("credits");
  o.strings(d.credits);
  o.key("bytes");
  o.u64(d.bytes);
  o.key("removed_noise_lines");
  o.u64(d.removed_noise_lines);
  o.key("removed_duplicate_sentences");
  o.u64(d.removed_duplicate_sentences);
  o.end_object();
}

template <class W>
void write_entity(JsonOut<W>& o, const EntityRecord& e) {
  o.begin_object();
  o.key("id");
  o.str(e.key);
  o.key("name");
  o.str(e.name);
  o.key("type");
  o.str(entity_type_name(e.type));
  o.key("aliases");
  o.strings(e.aliases);
  o.key("qid");
  o.str_or_null(e.qid);
  o.key("iso");
  o.str_or_null(e.iso);
  o.key("roles");
  o.begin_array();
  for (const RoleHeld& r : e.roles) {
    o.begin_object();
    o.key("office");
    o.str(r.office);
    o.key("country");
    o.str_or_null(r.country);
    o.key("start");
    o.str_or_null(r.start);
    o.key("end");
    o.str_or_null(r.end);
    o.end_object();
  }
  o.end_array();
  o.key("mentions");
  o.u64(e.mentions);
  o.key("first_seen");
  o.time_or_null(e.first_seen);
  o.key("last_seen");
  o.time_or_null(e.last_seen);
  o.end_object();
}

// timeline.json never shows an ISO week as a value: readers and databases parse YYYY-MM; a week
// is shown at the month of its Thursday (the ISO rule for which month a week belongs to), and its
// exact days are in start/end.
TimeValue shown_value(const TimeValue& v) {
  if (v.granularity != Granularity::kWeek || !v.known()) return v;
  const TimeValue thursday = v.first_day().plus_days(3);
  return thursday.known() ? TimeValue::month_of(thursday.year, thursday.month) : v;
}

template <class W>
void write_date(JsonOut<W>& o, const Event& e) {
  const TimeValue value = shown_value(e.date);
  o.begin_object();
  o.key("value");
  o.time_or_null(value);
  o.key("granularity");
  o.str(granularity_name(value.known() ? value.granularity : Granularity::kNone));
  // The interval the value stands for, so month- and year-precision dates sort and filter.
  o.key("start");
  o.time_or_null(e.date.first_day());
  o.key("end");
  o.time_or_null(e.date.last_day());
  o.key("anchor");
  o.str(anchor_name(e.date_anchor));
  o.key("text");
  o.str_or_null(e.date_text);
  o.end_object();
}

template <class W>
void write_event(JsonOut<W>& o, const Event& e, const std::string& headline, const export_detail::MentionFinder& mentions) {
  o.begin_object();
  o.key("id");
  o.str(e.id);
  o.key("cameo");
  o.str(e.cameo);
  o.key("type");
  o.str(e.type);
  o.key("cameo_name");
  o.str(e.cameo_name);
  o.key("headline");
  o.str(headline);
  o.key("quad_class");
  o.i(e.quad_class);
  o.key("goldstein");
  o.num(e.goldstein);
  o.key("participants");
  o.begin_array();
  for (const Participant& p : e.participants) {
    o.begin_object();
    o.key("entity");
    o.str(p.entity);
    o.key("role");
    o.str(participant_role_name(p.role));
    o.end_object();
  }
  o.end_array();
  o.key("location");
  o.str_or_null(e.location);
  o.key("date");
  write_date(o, e);
  o.key("modality");
  o.str(modality_name(e.modality));
  o.key("confidence");
  o.score(e.confidence);
  o.key("rule");
  o.str_or_null(e.rule);
  o.key("claim");
  if (!e.has_claim) {
    o.null();
  } else {
    const Claim& c = e.claim;
    o.begin_object();
    o.key("speaker");
    o.str_or_null(c.speaker);
    o.key("text");
    o.str(c.text);
    o.key("about");
    o.strings(c.about);
    o.key("reported_by");
    o.strings(c.reported_by);
    o.key("status");
    o.str(claim_status_name(c.status));
    o.key("direct");
    o.b(c.direct);
    o.end_object();
  }
  o.key("sources");
  o.begin_array();
  for (const std::string& s : e.sources) {
    o.begin_object();
    o.key("document");
    o.str(s);
    o.end_object();
  }
  o.end_array();
  export_detail::write_evidence_member(o, e, mentions);
  o.key("warnings");
  o.strings(e.warnings);
  // Why each report beyond the first joined the event (graph module; `kronik explain` prints it).
  o.key("merge");
  o.begin_array();
  for (const MergeLink& l : e.merge) {
    o.begin_object();
    for (auto [key, value] : {std::pair{"source", &l.source}, std::pair{"with", &l.with}}) {
      o.key(key);
      o.str(*value);
    }
    for (auto [key, list] : {std::pair{"reasons", &l.reasons}, std::pair{"conflicts", &l.conflicts}}) {
      o.key(key);
      o.strings(*list);
    }
    o.end_object();
  }
  o.end_array();
  o.end_object();
}

template <class W>
void write_timeline(W& w, const Timeline& t) {
  JsonOut<W> o(w);
  o.begin_object();
  o.key("generator");
  o.str(t.generator);
  o.key("schema_version");
  o.i(1);
  o.key("summary");
  write_summary(o, t);
  o.key("documents");
  o.begin_array();
  for (const DocumentInfo& d : t.documents) write_document(o, d);
  o.end_array();
  o.key("entities");
  o.begin_array();
  for (const EntityRecord& e : t.entities) write_entity(o, e);
  o.end_array();
  o.key("events");
  o.begin_array();
  const HeadlineWriter headline(t);
  const export_detail::MentionFinder mentions(t);
  for (const Event& e : t.events) write_event(o, e, headline(e), mentions);
  o.end_array();
  o.key("warnings");
  o.begin_array();
  for (const Warning& wa : t.warnings) {
    o.begin_object();
    o.key("code");
    o.str(wa.code);
    o.key("message");
    o.str(wa.message);
    o.key("document");
    o.str_or_null(wa.document);
    o.key("event");
    o.str_or_null(wa.event);
    o.key("offset");
    o.u64(wa.offset);
    o.end_object();
  }
  o.end_array();
  o.end_object();
}

/// Writes with RapidJSON's Writer or PrettyWriter into any output stream (Put / Flush).
template <class Stream>
void write_timeline_to(Stream& stream, const Timeline& timeline, const ExportConfig& config) {
  if (config.pretty) {
    rapidjson::PrettyWriter<Stream> w(stream);
    w.SetIndent(' ', 2);
    write_timeline(w, timeline);
  } else {
    rapidjson::Writer<Stream> w(stream);
    write_timeline(w, timeline);
  }
  stream.Put('\n');  // a text file ends with a newline (diff, cat, POSIX tools)
}

/// RapidJSON output stream over a ByteSink.
struct SinkStream {
  using Ch = char;
  export_detail::ByteSink& sink;
  void Put(char c) { sink.put(c); }
  void Flush() {}
};

}  // namespace

std::string timeline_json(const Timeline& timeline, const ExportConfig& config) {
  rapidjson::StringBuffer buf;
  write_timeline_to(buf, timeline, config);
  return std::string(buf.GetString(), buf.GetSize());
}

void export_detail::write_timeline_json(const Timeline& t, const ExportConfig& config, ByteSink& sink) {
  SinkStream stream{sink};
  write_timeline_to(stream, t, config);
}

}  // namespace kronik
