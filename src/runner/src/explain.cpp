// `kronik explain`: reads the event back from timeline.json (RapidJSON, private to this file)
// and prints its merge links as text.
#include "kronik/runner/explain.h"

#include <rapidjson/document.h>

#include <fstream>
#include <sstream>

#include "kronik/core/text.h"

namespace kronik {

namespace {

using Json = rapidjson::Value;

std::string text_of(const Json& v, const char* key) {
  auto it = v.FindMember(key);
  if (it == v.MemberEnd() || !it->value.IsString()) return "";
  return printable(it->value.GetString());
}

void print_list(std::ostream& out, const Json& v, const char* key, const char* prefix) {
  auto it = v.FindMember(key);
  if (it == v.MemberEnd() || !it->value.IsArray()) return;
  for (const auto& s : it->value.GetArray())
    if (s.IsString()) out << prefix << printable(s.GetString()) << "\n";
}

void print_header(std::ostream& out, const Json& e) {
  out << "event " << text_of(e, "id") << ": " << text_of(e, "type") << " (CAMEO " << text_of(e, "cameo") << ")\n";
  auto date = e.FindMember("date");
  if (date != e.MemberEnd() && date->value.IsObject())
    out << "  date: " << (text_of(date->value, "value").empty() ? "unknown" : text_of(date->value, "value")) << " ("
        << text_of(date->value, "anchor") << ")\n";
  out << "  place: " << (text_of(e, "location").empty() ? "-" : text_of(e, "location")) << "\n";
  if (auto p = e.FindMember("participants"); p != e.MemberEnd() && p->value.IsArray())
    for (const auto& x : p->value.GetArray()) out << "  " << text_of(x, "role") << ": " << text_of(x, "entity") << "\n";
  if (auto c = e.FindMember("confidence"); c != e.MemberEnd() && c->value.IsNumber())
    out << "  confidence: " << c->value.GetDouble() << "\n";
}

void print_reports(std::ostream& out, const Json& e) {
  auto ev = e.FindMember("evidence");
  if (ev == e.MemberEnd() || !ev->value.IsArray()) return;
  out << "reports (" << ev->value.Size() << "):\n";
  for (const auto& x : ev->value.GetArray()) {
    std::uint64_t sentence = x.HasMember("sentence") && x["sentence"].IsUint64() ? x["sentence"].GetUint64() : 0;
    out << "  " << text_of(x, "document") << " sentence " << sentence << ", trigger '" << text_of(x, "trigger") << "'\n"
        << "    " << text_of(x, "text") << "\n";
  }
}

void print_links(std::ostream& out, const Json& e) {
  auto m = e.FindMember("merge");
  if (m == e.MemberEnd() || !m->value.IsArray() || m->value.Empty()) {
    out << "one report: nothing was merged\n";
    return;
  }
  out << "why the reports are one happening:\n";
  for (const auto& l : m->value.GetArray()) {
    out << "  " << text_of(l, "source") << " joined with " << text_of(l, "with") << "\n";
    print_list(out, l, "reasons", "    because: ");
    print_list(out, l, "conflicts", "    conflict: ");
  }
}

Result<std::string> read_timeline(const std::string& dir) {
  std::string path = dir + "/timeline.json";
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{ErrorCode::kIo, "cannot read timeline.json (run kronik build first)", path, 0};
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

Status run_explain(const ExplainRequest& req, std::ostream& out) {
  auto text = read_timeline(req.out_dir);
  if (!text) return text.error();
  rapidjson::Document doc;
  doc.Parse(text.value().data(), text.value().size());
  const std::string path = req.out_dir + "/timeline.json";
  if (doc.HasParseError() || !doc.IsObject() || !doc.HasMember("events") || !doc["events"].IsArray())
    return Error{ErrorCode::kParse, "not a kronik timeline", path, doc.HasParseError() ? doc.GetErrorOffset() : 0};
  for (const auto& e : doc["events"].GetArray()) {
    if (!e.IsObject() || text_of(e, "id") != req.event_id) continue;
    print_header(out, e);
    if (auto s = e.FindMember("sources"); s != e.MemberEnd() && s->value.IsArray())
      for (const auto& x : s->value.GetArray()) out << "  source: " << text_of(x, "document") << "\n";
    print_reports(out, e);
    print_links(out, e);
    print_list(out, e, "warnings", "warning: ");
    return {};
  }
  return Error{ErrorCode::kUsage, "no event '" + printable(req.event_id) + "' in timeline.json", path, 0};
}

}  // namespace kronik
