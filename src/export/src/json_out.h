// JsonOut: the small JSON vocabulary every JSON export shares (timeline.json, events.jsonl), on
// top of a RapidJSON SAX writer. Not installed, not part of the public API.
#pragma once

#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "internal.h"
#include "offsets.h"

namespace kronik::export_detail {

template <class W>
class JsonOut {
 public:
  explicit JsonOut(W& w) : w_(w) {}

  void key(const char* k) { w_.Key(k); }
  void str(std::string_view s) {
    // RapidJSON copies bytes verbatim (escaping only '"', '\\' and controls), so invalid UTF-8
    // would make the whole file unreadable: repair it here.
    const std::string v = valid_utf8(s);
    w_.String(v.data(), static_cast<rapidjson::SizeType>(v.size()));
  }
  void str_or_null(std::string_view s) {
    if (s.empty()) w_.Null();
    else str(s);
  }
  /// Dates are written at most to the day; only documents' published_time has a time.
  void time_or_null(const TimeValue& t) { str_or_null(date_text(t)); }
  void num(double d) {
    // JSON has no NaN/Infinity; RapidJSON would silently emit nothing and break the document.
    if (!std::isfinite(d)) w_.Null();
    else w_.Double(d);
  }
  /// Scores (0..1) rounded to 4 decimals: enough to rank, and stable across compilers.
  void score(double d) { num(std::isfinite(d) ? std::round(d * 10000.0) / 10000.0 : d); }
  void u64(std::uint64_t v) { w_.Uint64(v); }
  void i(int v) { w_.Int(v); }
  void b(bool v) { w_.Bool(v); }
  void null() { w_.Null(); }
  void strings(const std::vector<std::string>& v) {
    w_.StartArray();
    for (const auto& s : v) str(s);
    w_.EndArray();
  }
  void begin_object() { w_.StartObject(); }
  void end_object() { w_.EndObject(); }
  void begin_array() { w_.StartArray(); }
  void end_array() { w_.EndArray(); }

 private:
  W& w_;
};

/// "<prefix>begin", "<prefix>end" (bytes) and "<prefix>char_begin", "<prefix>char_end" (code
/// points, null when unknown) of one span.
template <class W>
void write_span(JsonOut<W>& o, const TextSpan& s, const std::string& prefix) {
  o.key((prefix + "begin").c_str());
  o.u64(s.begin);
  o.key((prefix + "end").c_str());
  o.u64(s.end);
  for (auto [name, value] : {std::pair{"char_begin", &s.char_begin}, std::pair{"char_end", &s.char_end}}) {
    o.key((prefix + name).c_str());
    if (*value) o.u64(**value);
    else o.null();
  }
}

/// One evidence object: document, sentence, byte and code-point offsets of the sentence and of
/// the trigger, the trigger, the sentence text and the parties named in it (timeline.json and
/// events.jsonl write the same).
template <class W>
void write_evidence(JsonOut<W>& o, const Event& e, const Evidence& ev, const MentionFinder& mentions) {
  o.begin_object();
  o.key("document");
  o.str(ev.document);
  o.key("sentence");
  o.u64(ev.sentence);
  write_span(o, sentence_span(ev), "");
  write_span(o, trigger_span(ev), "trigger_");
  o.key("trigger");
  o.str(ev.trigger_text);
  o.key("text");
  o.str(ev.text);
  o.key("mentions");
  o.begin_array();
  for (const PartyMention& m : mentions(e, ev)) {
    o.begin_object();
    o.key("entity");
    o.str(m.entity);
    o.key("role");
    o.str(m.role);
    write_span(o, m.span, "");
    o.key("text");
    o.str(m.text);
    o.end_object();
  }
  o.end_array();
  o.end_object();
}

/// The "evidence" member: every evidence object of the event, in order.
template <class W>
void write_evidence_member(JsonOut<W>& o, const Event& e, const MentionFinder& mentions) {
  o.key("evidence");
  o.begin_array();
  for (const Evidence& ev : e.evidence) write_evidence(o, e, ev, mentions);
  o.end_array();
}

}  // namespace kronik::export_detail
