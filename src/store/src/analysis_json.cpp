// The analysis JSON. Each model type is described once (`describe`) as a list of (key, member)
// pairs; a writer and a reader walk that one list, so the two directions cannot drift apart.
#include "kronik/store/analysis_json.h"

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <type_traits>

namespace kronik {

namespace {

// ---- the field lists ---------------------------------------------------------------------------
// V is JsonWriter or JsonReader; the described object is const for the writer.

template <class T, class U>
concept Is = std::is_same_v<std::remove_const_t<T>, U>;

template <class V>
void describe(V& v, Is<Error> auto& e) {
  v.field("code", e.code), v.field("message", e.message), v.field("document", e.document), v.field("offset", e.offset);
}
template <class V>
void describe(V& v, Is<RawDocument> auto& r) {
  v.field("id", r.id), v.field("path", r.path), v.field("format", r.format), v.field("text", r.text);
  v.field("title", r.title), v.field("url", r.url), v.field("source", r.source), v.field("published", r.published);
  v.field("language", r.language), v.field("repairs", r.repairs);
}
template <class V>
void describe(V& v, Is<DocumentInfo> auto& i) {
  v.field("id", i.id), v.field("path", i.path), v.field("format", i.format), v.field("language", i.language);
  v.field("language_confidence", i.language_confidence), v.field("title", i.title), v.field("url", i.url);
  v.field("outlet", i.outlet), v.field("dateline_place", i.dateline_place), v.field("published", i.published);
  v.field("published_anchor", i.published_anchor), v.field("published_how", i.published_how);
  v.field("authors", i.authors), v.field("editors", i.editors), v.field("credits", i.credits), v.field("bytes", i.bytes);
  v.field("removed_noise_lines", i.removed_noise_lines);
  v.field("removed_duplicate_sentences", i.removed_duplicate_sentences);
}
template <class V>
void describe(V& v, Is<ByteSpan> auto& s) {
  v.field("b", s.begin), v.field("e", s.end);
}
template <class V>
void describe(V& v, Is<Sentence> auto& s) {
  v.field("i", s.index), v.field("p", s.paragraph), v.field("s", s.span), v.field("r", s.role);
}
template <class V>
void describe(V& v, Is<TimeMention> auto& t) {
  v.field("s", t.span), v.field("text", t.text), v.field("value", t.value), v.field("end", t.end);
  v.field("anchor", t.anchor), v.field("rule", t.rule), v.field("future", t.future), v.field("duration", t.duration);
  v.field("sentence", t.sentence);
}
template <class V>
void describe(V& v, Is<Mention> auto& m) {
  v.field("s", m.span), v.field("sentence", m.sentence), v.field("surface", m.surface), v.field("key", m.entity_key);
  v.field("type", m.type), v.field("metonym", m.metonym), v.field("modifier", m.modifier), v.field("office", m.office);
  v.field("via", m.via);
}
template <class V>
void describe(V& v, Is<RoleHeld> auto& r) {
  v.field("office", r.office), v.field("country", r.country), v.field("start", r.start), v.field("end", r.end);
}
template <class V>
void describe(V& v, Is<EntityRecord> auto& r) {
  v.field("key", r.key), v.field("name", r.name), v.field("type", r.type), v.field("aliases", r.aliases);
  v.field("qid", r.qid), v.field("iso", r.iso), v.field("roles", r.roles), v.field("mentions", r.mentions);
  v.field("first_seen", r.first_seen), v.field("last_seen", r.last_seen), v.field("gazetteer", r.from_gazetteer);
  v.field("within", r.within);
}
template <class V>
void describe(V& v, Is<Participant> auto& p) {
  v.field("entity", p.entity), v.field("role", p.role);
}
template <class V>
void describe(V& v, Is<Evidence> auto& e) {
  v.field("document", e.document), v.field("sentence", e.sentence), v.field("s", e.span), v.field("t", e.trigger);
  v.field("text", e.text), v.field("trigger_text", e.trigger_text), v.field("c", e.char_begin);
}
template <class V>
void describe(V& v, Is<Claim> auto& c) {
  v.field("speaker", c.speaker), v.field("text", c.text), v.field("about", c.about);
  v.field("reported_by", c.reported_by), v.field("status", c.status), v.field("direct", c.direct);
}
template <class V>
void describe(V& v, Is<Event> auto& e) {
  v.field("id", e.id), v.field("cameo", e.cameo), v.field("type", e.type), v.field("cameo_name", e.cameo_name);
  v.field("quad_class", e.quad_class), v.field("goldstein", e.goldstein), v.field("participants", e.participants);
  v.field("location", e.location), v.field("date", e.date), v.field("date_anchor", e.date_anchor);
  v.field("date_text", e.date_text), v.field("modality", e.modality), v.field("has_claim", e.has_claim);
  if (e.has_claim || v.reading()) v.field("claim", e.claim);
  v.field("confidence", e.confidence), v.field("evidence", e.evidence), v.field("sources", e.sources);
  v.field("warnings", e.warnings), v.field("after", e.after), v.field("rule", e.rule);
}
template <class V>
void describe(V& v, Is<Warning> auto& w) {
  v.field("code", w.code), v.field("message", w.message), v.field("document", w.document), v.field("event", w.event);
  v.field("offset", w.offset);
}
template <class V>
void describe(V& v, Is<DocumentAnalysis> auto& a) {
  v.field("raw", a.raw), v.field("info", a.info), v.field("sentences", a.sentences), v.field("times", a.times);
  v.field("mentions", a.mentions), v.field("entities", a.entities), v.field("events", a.events);
  v.field("warnings", a.warnings);
}

// ---- writing -----------------------------------------------------------------------------------

using RapidWriter = rapidjson::Writer<rapidjson::StringBuffer, rapidjson::UTF8<>, rapidjson::UTF8<>,
                                      rapidjson::CrtAllocator, rapidjson::kWriteNanAndInfFlag>;

class JsonWriter {
 public:
  explicit JsonWriter(RapidWriter& w) : w_(w) {}
  static constexpr bool reading() { return false; }

  // Empty strings, lists and maps and false flags are left out: a reader leaves them at their
  // defaults, which are exactly those values.
  template <class T>
  void field(const char* key, const T& x) {
    if constexpr (std::is_same_v<T, bool>) {
      if (!x) return;
    } else if constexpr (requires { x.empty(); }) {
      if (x.empty()) return;
    }
    w_.Key(key);
    value(x);
  }

  void value(const std::string& s) { w_.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }
  void value(bool b) { w_.Bool(b); }
  void value(double d) { w_.Double(d); }
  void value(int i) { w_.Int(i); }
  void value(std::uint32_t u) { w_.Uint(u); }
  void value(std::uint64_t u) { w_.Uint64(u); }
  template <class E>
  void value(E e) requires std::is_enum_v<E> { w_.Uint(static_cast<unsigned>(e)); }
  void value(const TimeValue& t) {
    w_.StartArray();
    for (int x : {t.year, t.month, t.day, t.week, t.hour, t.minute}) w_.Int(x);
    if (t.utc_offset_minutes) w_.Int(*t.utc_offset_minutes);
    else w_.Null();
    w_.Uint(static_cast<unsigned>(t.granularity));
    w_.EndArray();
  }
  template <class T>
  void value(const std::vector<T>& xs) {
    w_.StartArray();
    for (const T& x : xs) value(x);
    w_.EndArray();
  }
  // Records are written as a list; the map key is repeated only when it is not the record's key.
  void value(const std::map<std::string, EntityRecord>& m) {
    w_.StartArray();
    for (const auto& [key, r] : m) {
      w_.StartObject();
      if (key != r.key) field("map_key", key);
      describe(*this, r);
      w_.EndObject();
    }
    w_.EndArray();
  }
  template <class T>
  void value(const T& x) requires(!std::is_enum_v<T>) {
    w_.StartObject();
    describe(*this, x);
    w_.EndObject();
  }

 private:
  RapidWriter& w_;
};

template <class T>
std::string to_json_line(const T& x, int format) {
  rapidjson::StringBuffer buf;
  RapidWriter w(buf);
  JsonWriter jw(w);
  w.StartObject();
  if (format) w.Key("format"), w.Int(format);
  describe(jw, x);
  w.EndObject();
  return std::string(buf.GetString(), buf.GetSize());
}

// ---- reading -----------------------------------------------------------------------------------

class JsonReader {
 public:
  static constexpr bool reading() { return true; }
  const std::string& failure() const { return failure_; }

  template <class T>
  void read_object(const rapidjson::Value& v, T& out) {
    if (!v.IsObject()) return fail("an object");
    const rapidjson::Value* saved = obj_;
    obj_ = &v;
    describe(*this, out);
    obj_ = saved;
  }

  template <class T>
  void field(const char* key, T& out) {
    if (!failure_.empty()) return;
    auto it = obj_->FindMember(key);
    if (it == obj_->MemberEnd()) return;  // left out: the default
    key_ = key;
    value(it->value, out);
  }

 private:
  void fail(const char* expected) {
    if (failure_.empty()) failure_ = "member \"" + key_ + "\" is not " + expected;
  }

  void value(const rapidjson::Value& v, std::string& s) {
    if (!v.IsString()) return fail("a string");
    s.assign(v.GetString(), v.GetStringLength());
  }
  void value(const rapidjson::Value& v, bool& b) {
    if (!v.IsBool()) return fail("a boolean");
    b = v.GetBool();
  }
  void value(const rapidjson::Value& v, double& d) {
    if (!v.IsNumber()) return fail("a number");
    d = v.GetDouble();
  }
  void value(const rapidjson::Value& v, int& i) {
    if (!v.IsInt()) return fail("an integer");
    i = v.GetInt();
  }
  void value(const rapidjson::Value& v, std::uint32_t& u) {
    if (!v.IsUint()) return fail("an unsigned integer");
    u = v.GetUint();
  }
  void value(const rapidjson::Value& v, std::uint64_t& u) {
    if (!v.IsUint64()) return fail("an unsigned integer");
    u = v.GetUint64();
  }
  template <class E>
  void value(const rapidjson::Value& v, E& e) requires std::is_enum_v<E> {
    if (!v.IsUint() || v.GetUint() > 255) return fail("an enum number");
    e = static_cast<E>(v.GetUint());
  }
  void value(const rapidjson::Value& v, TimeValue& t) {
    if (!v.IsArray() || v.Size() != 8) return fail("a time value [y, m, d, w, h, min, offset, granularity]");
    int* ints[] = {&t.year, &t.month, &t.day, &t.week, &t.hour, &t.minute};
    for (rapidjson::SizeType i = 0; i < 6; ++i) {
      if (!v[i].IsInt()) return fail("a time value (integers)");
      *ints[i] = v[i].GetInt();
    }
    if (v[6].IsInt()) t.utc_offset_minutes = v[6].GetInt();
    else if (!v[6].IsNull()) return fail("a time value (offset)");
    value(v[7], t.granularity);
  }
  template <class T>
  void value(const rapidjson::Value& v, std::vector<T>& xs) {
    if (!v.IsArray()) return fail("a list");
    xs.resize(v.Size());
    for (rapidjson::SizeType i = 0; i < v.Size() && failure_.empty(); ++i) value(v[i], xs[i]);
  }
  void value(const rapidjson::Value& v, std::map<std::string, EntityRecord>& m) {
    if (!v.IsArray()) return fail("a list of entity records");
    for (const auto& item : v.GetArray()) {
      EntityRecord r;
      read_object(item, r);
      std::string key = r.key;
      if (item.IsObject() && item.HasMember("map_key")) value(item["map_key"], key);
      m.emplace(std::move(key), std::move(r));
    }
  }
  template <class T>
  void value(const rapidjson::Value& v, T& x) requires(!std::is_enum_v<T>) {
    const std::string saved = key_;
    read_object(v, x);
    key_ = saved;
  }

  const rapidjson::Value* obj_ = nullptr;
  std::string key_;
  std::string failure_;
};

template <class T>
Status from_json_line(std::string_view json, int format, T& out) {
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseFullPrecisionFlag | rapidjson::kParseNanAndInfFlag>(json.data(), json.size());
  if (doc.HasParseError() || !doc.IsObject())
    return Error{ErrorCode::kParse, "not a JSON object", "", doc.HasParseError() ? doc.GetErrorOffset() : 0};
  if (format) {
    auto it = doc.FindMember("format");
    if (it == doc.MemberEnd() || !it->value.IsInt() || it->value.GetInt() != format)
      return Error{ErrorCode::kParse, "unknown analysis format (this kronik reads format " + std::to_string(format) + ")", "", 0};
  }
  JsonReader reader;
  reader.read_object(doc, out);
  if (!reader.failure().empty()) return Error{ErrorCode::kParse, reader.failure(), "", 0};
  return {};
}

}  // namespace

std::string analysis_to_json(const DocumentAnalysis& analysis) { return to_json_line(analysis, kAnalysisFormat); }

Result<DocumentAnalysis> analysis_from_json(std::string_view json) {
  DocumentAnalysis a;
  if (Status st = from_json_line(json, kAnalysisFormat, a); !st) return st.error();
  return a;
}

std::string error_to_json(const Error& error) { return to_json_line(error, 0); }

Status error_from_json(std::string_view json, Error& out) {
  out = Error{};
  return from_json_line(json, 0, out);
}

}  // namespace kronik
