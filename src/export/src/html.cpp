// timeline.html: one self-contained page (its own CSS and JS, no CDN, no network) that shows the
// events in time order with headline, participants, place, date interval and sources (outlet and
// link), filtered by actor and CAMEO family. The data is the events.jsonl objects as one JSON
// array in a <script type="application/json"> block; the script renders it with DOM calls
// (textContent only, never innerHTML), so no text from an article can become markup.
#include <algorithm>
#include <string>
#include <vector>

#include "internal.h"
#include "kronik/export/export.h"

namespace kronik {
namespace {

using export_detail::ByteSink;

constexpr const char* kStyle = R"CSS(
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;margin:0;color:#212121;background:#fafafa}
header{background:#263238;color:#fff;padding:14px 24px}
header h1{margin:0;font-size:20px}
header p{margin:4px 0 0;color:#cfd8dc;font-size:13px}
form{display:flex;gap:16px;flex-wrap:wrap;padding:12px 24px;background:#eceff1;border-bottom:1px solid #cfd8dc}
label{font-size:13px;color:#455a64}
select{margin-left:6px;font:inherit;max-width:320px}
ol{list-style:none;margin:0;padding:12px 24px}
li.event{background:#fff;border:1px solid #e0e0e0;border-left:6px solid #616161;border-radius:4px;margin:0 0 10px;padding:10px 14px}
li.q1{border-left-color:#2e7d32}li.q2{border-left-color:#1565c0}li.q3{border-left-color:#ef6c00}li.q4{border-left-color:#c62828}
.when{font-weight:600;color:#37474f;margin-right:8px}
.code{font-size:12px;color:#607d8b}
.headline{font-size:16px;margin:2px 0 4px}
.meta{font-size:13px;color:#546e7a}
.meta span{margin-right:12px}
.sources{font-size:13px;margin:4px 0 0;padding-left:18px}
.empty{padding:24px;color:#78909c}
)CSS";

constexpr const char* kScript = R"JS(
"use strict";
(function () {
  const FAMILIES = {"01": "Make public statement", "02": "Appeal", "03": "Express intent to cooperate",
    "04": "Consult", "05": "Engage in diplomatic cooperation", "06": "Engage in material cooperation",
    "07": "Provide aid", "08": "Yield", "09": "Investigate", "10": "Demand", "11": "Disapprove",
    "12": "Reject", "13": "Threaten", "14": "Protest", "15": "Exhibit military posture",
    "16": "Reduce relations", "17": "Coerce", "18": "Assault", "19": "Fight", "20": "Use mass violence"};
  const events = JSON.parse(document.getElementById("kronik-data").textContent);
  const actorSelect = document.getElementById("actor");
  const familySelect = document.getElementById("family");
  const list = document.getElementById("events");

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function option(select, value, text) {
    const o = el("option", "", text);
    o.value = value;
    select.appendChild(o);
  }
  function interval(e) {
    if (!e.date) return "undated";
    if (e.date_start === e.date_end) return e.date_start;
    return e.date + " (" + e.date_start + " \u2013 " + e.date_end + ")";
  }

  const actors = new Map();
  const families = new Set();
  for (const e of events) {
    for (const p of e.participants) actors.set(p.entity, p.name);
    if (e.cameo_root) families.add(e.cameo_root);
  }
  [...actors.entries()].sort((a, b) => a[1].localeCompare(b[1])).forEach(([k, n]) => option(actorSelect, k, n));
  [...families].sort().forEach((f) => option(familySelect, f, f + " " + (FAMILIES[f] || "")));

  function card(e) {
    const li = el("li", "event q" + e.quad_class);
    li.id = e.id;
    const top = el("div");
    top.appendChild(el("span", "when", interval(e)));
    top.appendChild(el("span", "code", e.cameo + " " + e.cameo_name + " \u00b7 " + e.id));
    li.appendChild(top);
    li.appendChild(el("div", "headline", e.headline));
    const meta = el("div", "meta");
    const who = e.participants.map((p) => p.name + " (" + p.role + ")").join(", ");
    if (who) meta.appendChild(el("span", "", "Participants: " + who));
    if (e.location) meta.appendChild(el("span", "", "Place: " + e.location.name));
    if (e.modality !== "asserted") meta.appendChild(el("span", "", e.modality));
    li.appendChild(meta);
    const sources = el("ul", "sources");
    for (const s of e.sources) {
      const item = el("li");
      const name = (s.outlet ? s.outlet + ": " : "") + (s.title || s.document);
      if (s.url && /^https?:\/\//.test(s.url)) {
        const a = el("a", "", name);
        a.href = s.url;
        a.rel = "noopener noreferrer";
        item.appendChild(a);
      } else {
        item.appendChild(document.createTextNode(name));
      }
      sources.appendChild(item);
    }
    li.appendChild(sources);
    return li;
  }

  function render() {
    const actor = actorSelect.value, family = familySelect.value;
    list.replaceChildren();
    let shown = 0;
    for (const e of events) {
      if (actor && !e.participants.some((p) => p.entity === actor)) continue;
      if (family && e.cameo_root !== family) continue;
      list.appendChild(card(e));
      ++shown;
    }
    if (!shown) list.appendChild(el("li", "empty", "No event matches the filters."));
    document.getElementById("count").textContent = shown + " of " + events.length + " events";
    document.body.dataset.shown = String(shown);
  }
  // The filters live in the address too (#actor=KEY&family=04), so a view can be linked.
  const wanted = new URLSearchParams(location.hash.slice(1));
  if (actors.has(wanted.get("actor"))) actorSelect.value = wanted.get("actor");
  if (families.has(wanted.get("family"))) familySelect.value = wanted.get("family");
  function changed() {
    const p = new URLSearchParams();
    if (actorSelect.value) p.set("actor", actorSelect.value);
    if (familySelect.value) p.set("family", familySelect.value);
    history.replaceState(null, "", "#" + p.toString());
    render();
  }
  actorSelect.addEventListener("change", changed);
  familySelect.addEventListener("change", changed);
  render();
})();
)JS";

/// Text for HTML element content.
std::string html_text(std::string_view raw) {
  const std::string s = export_detail::valid_utf8(raw);
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

/// The events.jsonl objects as one JSON array that is safe inside <script>, one event at a
/// time: '<' can only occur inside JSON strings, where "\u003c" is the same character to the
/// parser, so no value can close the element or open a comment.
void write_embedded_json(const Timeline& t, const std::vector<char>& shown, ByteSink& sink) {
  sink.put('[');
  bool first = true;
  export_detail::each_event_json(t, [&](std::string_view object) {
    if (!first) sink.write(",\n");
    first = false;
    for (const char c : object) {
      if (c == '<') sink.write("\\u003c");
      else sink.put(c);
    }
  }, shown);
  sink.put(']');
}

/// The events the page shows, one flag per event: none set aside (empty) when they fit in
/// `limit` (0 = no limit); otherwise the `limit` events most sources report, ties by confidence
/// and then id, so the choice is a pure function of the timeline. A browser renders tens of
/// thousands of cards; an archive of a million articles gives a million events and gigabytes of
/// page, which no browser opens (every event stays in timeline.json and events.jsonl).
std::vector<char> events_shown(const Timeline& t, std::size_t limit) {
  if (limit == 0 || t.events.size() <= limit) return {};
  std::vector<std::size_t> order(t.events.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  const auto more_reported = [&](std::size_t a, std::size_t b) {
    const Event& x = t.events[a];
    const Event& y = t.events[b];
    if (x.sources.size() != y.sources.size()) return x.sources.size() > y.sources.size();
    if (x.confidence != y.confidence) return x.confidence > y.confidence;
    return x.id < y.id;
  };
  std::nth_element(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(limit), order.end(), more_reported);
  std::vector<char> shown(t.events.size(), 0);
  for (std::size_t k = 0; k < limit; ++k) shown[order[k]] = 1;
  return shown;
}

/// "12 events from 5 documents, 2023-09-01 – 2024-11-30".
std::string date_range(const Timeline& t) {
  const auto [first, last] = export_detail::date_span(t);
  std::string s = std::to_string(t.events.size()) + " events from " + std::to_string(t.documents.size()) + " documents";
  if (!first.empty()) s += ", " + first + " \u2013 " + last;
  return s;
}

}  // namespace

void export_detail::write_timeline_html(const Timeline& timeline, const ExportConfig& config, ByteSink& sink) {
  const std::string title = config.graph_name.empty() ? std::string("kronik") : config.graph_name;
  sink.write(
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
      "script-src 'unsafe-inline'\">\n<title>");
  sink.write(html_text(title) + " timeline</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n<header><h1>");
  const std::vector<char> shown = events_shown(timeline, config.max_html_events);
  std::string about = date_range(timeline);
  if (!shown.empty())
    about += " \u00b7 this page shows the " + std::to_string(config.max_html_events) +
             " most reported; every event is in timeline.json and events.jsonl";
  sink.write(html_text(title) + " timeline</h1><p>" + html_text(about) + " \u00b7 " + html_text(timeline.generator));
  sink.write(
      "</p></header>\n<form><label>Actor<select id=\"actor\"><option value=\"\">all</option>"
      "</select></label><label>CAMEO family<select id=\"family\"><option value=\"\">all</option></select></label>"
      "<label id=\"count\"></label></form>\n<ol id=\"events\"></ol>\n<script type=\"application/json\" id=\"kronik-data\">");
  write_embedded_json(timeline, shown, sink);
  sink.write("</script>\n<script>");
  sink.write(kScript);
  sink.write("</script>\n</body>\n</html>\n");
}

std::string timeline_html(const Timeline& timeline, const ExportConfig& config) {
  return export_detail::collect([&](export_detail::ByteSink& s) { export_detail::write_timeline_html(timeline, config, s); });
}

}  // namespace kronik
