// The merge gives the same bytes whatever the thread count (tbb::global_control limits it), and
// reanalyze() applies a parallel callback's results per document.
#include <catch2/catch.hpp>

#include <tbb/global_control.h>

#include <atomic>
#include <map>
#include <mutex>
#include <string>

#include "kronik/graph/graph.h"

using namespace kronik;

namespace {

// A few hundred documents whose events share parties over several years, some undated.
KnowledgeGraph corpus() {
  KnowledgeGraph g;
  const char* const keys[] = {"person:a", "person:b", "country:rus", "country:idn", "group:west", "org:asean"};
  for (int i = 0; i < 400; ++i) {
    DocumentAnalysis a;
    a.info.id = "doc" + std::to_string(1000 + (i * 7919) % 400) + ".txt";
    a.raw.id = a.info.id;
    if (i % 9) a.info.published = TimeValue::day_of(2020 + i % 5, 1 + i % 12, 1 + i % 27);
    for (int j = 0; j < 6; ++j) {
      const int x = (i + j) % 6, y = (i * 3 + j + 1) % 6;
      if (x == y) continue;
      Event e;
      e.cameo = j % 2 ? "040" : "112";
      e.type = "event";
      e.confidence = 0.6;
      e.participants = {{keys[x], ParticipantRole::kActor}, {keys[y], ParticipantRole::kTarget}};
      if (j % 3 == 0) e.location = "country:idn";
      if (i % 7 != 0) e.date = TimeValue::day_of(2020 + (i + j) % 5, 1 + (i / 5) % 12, 1 + (i * j) % 28);
      e.date_anchor = i % 4 == 0 ? Anchor::kExplicit : i % 4 == 1 ? Anchor::kDefaulted : Anchor::kPublication;
      Evidence ev;
      ev.document = a.info.id;
      ev.sentence = static_cast<std::uint32_t>(j);
      ev.span = {static_cast<std::uint32_t>(a.raw.text.size()), 0};
      a.raw.text += "Sentence " + std::to_string(j) + " of " + a.info.id + ". ";
      ev.span.end = static_cast<std::uint32_t>(a.raw.text.size() - 1);
      ev.trigger = {ev.span.begin, ev.span.begin + 8};
      ev.text = a.raw.text.substr(ev.span.begin, ev.span.size());
      ev.trigger_text = a.raw.text.substr(ev.trigger.begin, ev.trigger.size());
      e.evidence.push_back(ev);
      e.sources = {a.info.id};
      a.events.push_back(e);
      for (const auto& p : e.participants) a.entities[p.entity] = EntityRecord{p.entity, p.entity, EntityType::kPerson, {p.entity + std::to_string(i % 3)}, "", "", {}, 1, {}, {}, false, {}};
    }
    g.add(std::move(a));
  }
  return g;
}

// Everything of the timeline the exporters write, as text.
std::string dump(const Timeline& t) {
  std::string s;
  for (const auto& e : t.events) {
    s += e.id + " " + e.cameo + " " + e.date.iso() + " " + e.location + " " + std::to_string(e.confidence) + " [";
    for (const auto& p : e.participants) s += p.entity + ",";
    for (const auto& x : e.sources) s += x + ",";
    for (const auto& ev : e.evidence) s += ev.document + "#" + std::to_string(ev.sentence) + ":" + ev.text + "/" + ev.trigger_text + ";";
    for (const auto& w : e.warnings) s += w + ";";
    s += "]\n";
  }
  for (const auto& r : t.relations) s += r.source + ">" + r.target + " " + r.event + "\n";
  for (const auto& e : t.entities) {
    s += e.key + " " + std::to_string(e.mentions);
    for (const auto& a : e.aliases) s += " " + a;
    s += "\n";
  }
  for (const auto& d : t.documents) s += d.id + " " + d.published.iso() + "\n";
  for (const auto& w : t.warnings) s += w.code + " " + w.message + " " + w.event + "\n";
  return s;
}

std::string run(int threads) {
  tbb::global_control limit(tbb::global_control::max_allowed_parallelism, static_cast<std::size_t>(threads));
  KnowledgeGraph g = corpus();
  auto hints = g.date_hints();
  std::atomic<int> calls{0};
  g.reanalyze([&](const DocumentAnalysis& a) -> std::optional<DocumentAnalysis> {
    ++calls;
    auto it = hints.find(a.info.id);
    if (it == hints.end()) return std::nullopt;
    DocumentAnalysis r = a;
    r.info.published = it->second.value;
    return r;
  });
  CHECK(calls == 400);
  std::string s = dump(g.build(MergeConfig{}));
  for (const auto& [id, h] : hints) s += id + " " + h.value.iso() + " " + h.not_before.iso() + " " + h.how + "\n";
  return s;
}

}  // namespace

TEST_CASE("build, date_hints and reanalyze give the same bytes with 1 and 2 threads", "[graph]") {
  std::string one = run(1), two = run(2);
  CHECK(one.size() > 10000);
  CHECK(one == two);
}

TEST_CASE("evidence texts survive the graph's trimming and a reanalysis that copies", "[graph]") {
  Timeline t = corpus().build(MergeConfig{});
  REQUIRE(!t.events.empty());
  for (const auto& e : t.events)
    for (const auto& ev : e.evidence) {
      CHECK(ev.text.rfind("Sentence ", 0) == 0);
      CHECK(ev.trigger_text == "Sentence");
    }
}

TEST_CASE("progress reports every phase and ends with done == total", "[graph]") {
  KnowledgeGraph g = corpus();
  std::map<std::string, std::pair<std::uint64_t, std::uint64_t>> last;
  std::mutex m;
  ProgressFn fn = [&](std::string_view phase, std::uint64_t done, std::uint64_t total) {
    std::lock_guard<std::mutex> lock(m);
    auto& l = last[std::string(phase)];
    l = {std::max(l.first, done), total};
  };
  g.date_hints(fn);
  g.reanalyze([](const DocumentAnalysis&) { return std::optional<DocumentAnalysis>{}; }, fn);
  MergeConfig config;
  config.progress = fn;
  g.build(config);
  for (const char* phase : {"date hints", "re-date", "merge entities", "merge events"}) {
    INFO(phase);
    REQUIRE(last.count(phase));
    CHECK(last[phase].first == last[phase].second);
  }
  CHECK(last["re-date"].second == 400);
}
