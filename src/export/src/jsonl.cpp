// events.jsonl: one self-contained JSON object per event per line. Where timeline.json is one
// document a reader must load whole, a line here is an event with everything a table needs
// (headline, names beside keys, typed interval, sources with outlet and link), so DuckDB's
// read_json, jq, Spark or pandas.read_json(lines=True) read it without joins.
#include <map>
#include <string>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "internal.h"
#include "json_out.h"
#include "kronik/export/export.h"

namespace kronik {
namespace {

using export_detail::JsonOut;
using Out = JsonOut<rapidjson::Writer<rapidjson::StringBuffer>>;

struct Lookups {
  std::map<std::string, const EntityRecord*> entities;
  std::map<std::string, const DocumentInfo*> documents;
  export_detail::MentionFinder mentions;

  explicit Lookups(const Timeline& t) : mentions(t) {
    for (const EntityRecord& e : t.entities) entities.emplace(e.key, &e);
    for (const DocumentInfo& d : t.documents) documents.emplace(d.id, &d);
  }
  std::string name(const std::string& key) const {
    auto it = entities.find(key);
    return it == entities.end() || it->second->name.empty() ? key : it->second->name;
  }
};

void entity_ref(Out& o, const Lookups& look, const std::string& key) {
  o.key("entity");
  o.str(key);
  o.key("name");
  o.str(look.name(key));
}

void write_parties(Out& o, const Event& e, const Lookups& look) {
  o.key("participants");
  o.begin_array();
  for (const Participant& p : e.participants) {
    o.begin_object();
    entity_ref(o, look, p.entity);
    o.key("role");
    o.str(participant_role_name(p.role));
    o.end_object();
  }
  o.end_array();
  o.key("location");
  if (e.location.empty()) {
    o.null();
  } else {
    o.begin_object();
    entity_ref(o, look, e.location);
    o.end_object();
  }
}

void write_sources(Out& o, const Event& e, const Lookups& look) {
  o.key("sources");
  o.begin_array();
  for (const std::string& id : e.sources) {
    auto it = look.documents.find(id);
    const DocumentInfo* d = it == look.documents.end() ? nullptr : it->second;
    o.begin_object();
    o.key("document");
    o.str(id);
    o.key("title");
    o.str_or_null(d ? d->title : std::string());
    o.key("outlet");
    o.str_or_null(d ? d->outlet : std::string());
    o.key("url");
    o.str_or_null(d ? d->url : std::string());
    o.end_object();
  }
  o.end_array();
  export_detail::write_evidence_member(o, e, look.mentions);
}

void write_line(Out& o, const Event& e, const std::string& headline, const Lookups& look) {
  o.begin_object();
  o.key("id");
  o.str(e.id);
  o.key("headline");
  o.str(headline);
  o.key("cameo");
  o.str(e.cameo);
  o.key("cameo_root");
  o.str(e.cameo.substr(0, 2));
  o.key("type");
  o.str(e.type);
  o.key("cameo_name");
  o.str(e.cameo_name);
  o.key("quad_class");
  o.i(e.quad_class);
  o.key("goldstein");
  o.num(e.goldstein);
  o.key("date");
  o.time_or_null(e.date);
  o.key("date_start");
  o.str_or_null(export_detail::interval_start(e.date));
  o.key("date_end");
  o.str_or_null(export_detail::interval_end(e.date));
  o.key("granularity");
  o.str(granularity_name(e.date.known() ? e.date.granularity : Granularity::kNone));
  o.key("anchor");
  o.str(anchor_name(e.date_anchor));
  o.key("modality");
  o.str(modality_name(e.modality));
  o.key("confidence");
  o.score(e.confidence);
  write_parties(o, e, look);
  write_sources(o, e, look);
  o.end_object();
}

}  // namespace

void export_detail::each_event_json(const Timeline& t, const std::function<void(std::string_view)>& emit,
                                    const std::vector<char>& shown) {
  const Lookups look(t);
  const HeadlineWriter headline(t);
  rapidjson::StringBuffer buf;  // one event at a time, reused
  for (std::size_t i = 0; i < t.events.size(); ++i) {
    if (!shown.empty() && !shown[i]) continue;
    const Event& e = t.events[i];
    buf.Clear();
    rapidjson::Writer<rapidjson::StringBuffer> w(buf);
    Out o(w);
    write_line(o, e, headline(e), look);
    emit(std::string_view(buf.GetString(), buf.GetSize()));
  }
}

void export_detail::write_events_jsonl(const Timeline& t, ByteSink& sink) {
  each_event_json(t, [&](std::string_view line) {
    sink.write(line);
    sink.put('\n');
  });
}

std::string events_jsonl(const Timeline& timeline) {
  return export_detail::collect([&](export_detail::ByteSink& s) { export_detail::write_events_jsonl(timeline, s); });
}

}  // namespace kronik
