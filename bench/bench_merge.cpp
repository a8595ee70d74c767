// kronik_bench_merge: time and memory of the cross-document merge alone, on synthetic analyses.
//
//   kronik_bench_merge [--sizes 10000,100000,1000000] [--seed N] [--no-text]
//
// For each size, generates DocumentAnalysis values in memory (no extraction): ~200k entities
// with Zipf popularity, happenings between popular parties spread over ten years, each reported
// by several documents with day offsets, defaulted or missing dates, 5-10 events per document,
// some documents without a publication date. Each document gets a raw text of one short line per
// event that its evidence spans point into (--no-text leaves texts empty). Then it times
// KnowledgeGraph::add for every document, date_hints() and build(), and prints seconds, the
// growth per 10x documents, the resident memory the graph holds per document after add, and the
// process's peak RSS (getrusage; a high-water mark, so read it for the largest size so far).
//
// This is a program, not a test: it prints and exits, which library code never does.
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "kronik/core/model.h"
#include "kronik/graph/graph.h"
#include "kronik/graph/timeline.h"

namespace {

using Clock = std::chrono::steady_clock;

constexpr std::size_t kEntities = 200000;
constexpr int kFirstYear = 2015, kYears = 10;
const char* const kRoots[] = {"040", "043", "036", "051", "057", "112", "111", "173", "190", "042"};
const char* const kTypes[] = {"meet", "host", "express intent", "praise", "sign", "accuse", "criticise", "arrest", "fight", "visit"};

struct Rng {
  std::uint64_t s;
  std::uint64_t next() {
    std::uint64_t z = (s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  std::uint64_t below(std::uint64_t n) { return next() % n; }
  double unit() { return static_cast<double>(next() >> 11) / 9007199254740992.0; }
};

// Zipf(1) over entity ranks: a few entities take part in most events.
struct Zipf {
  std::vector<double> cdf;
  explicit Zipf(std::size_t n) : cdf(n) {
    double sum = 0;
    for (std::size_t i = 0; i < n; ++i) cdf[i] = sum += 1.0 / static_cast<double>(i + 1);
    for (auto& c : cdf) c /= sum;
  }
  std::size_t draw(Rng& r) const { return std::lower_bound(cdf.begin(), cdf.end(), r.unit()) - cdf.begin(); }
};

std::string entity_key(std::size_t i) {
  static const char* const kinds[] = {"person:", "country:", "org:", "name:", "location:"};
  return kinds[i % 5] + std::to_string(i);
}

kronik::EntityType entity_type(std::size_t i) {
  static const kronik::EntityType t[] = {kronik::EntityType::kPerson, kronik::EntityType::kCountry, kronik::EntityType::kOrganization,
                                         kronik::EntityType::kGroup, kronik::EntityType::kLocation};
  return t[i % 5];
}

// A happening: what several documents report.
struct Happening {
  int root;
  std::size_t actor, target, place;
  long day;  // serial day
};

Happening happening(std::uint64_t h, std::uint64_t total, const Zipf& zipf, std::uint64_t seed) {
  Rng r{seed * 1000003 + h};
  Happening x;
  x.root = static_cast<int>(r.below(10));
  x.actor = zipf.draw(r);
  do x.target = zipf.draw(r);
  while (x.target == x.actor);
  x.place = r.below(3) == 0 ? 4 + 5 * r.below(2000) : SIZE_MAX;  // a third happen at a named place
  const long first = *kronik::TimeValue::day_of(kFirstYear, 1, 1).serial_day();
  x.day = first + static_cast<long>((h * 365 * kYears) / total) + static_cast<long>(r.below(3));
  return x;
}

kronik::EntityRecord record(std::size_t i, const kronik::TimeValue& seen, Rng& r) {
  kronik::EntityRecord e;
  e.key = entity_key(i);
  e.name = "Entity " + std::to_string(i);
  e.type = entity_type(i);
  e.aliases = {e.name};
  if (r.below(4) == 0) e.aliases.push_back("E. " + std::to_string(i));
  if (e.type == kronik::EntityType::kPerson && i % 10 == 0) e.roles.push_back({"foreign_minister", entity_key(1 + 5 * (i % 200)), "", ""});
  e.mentions = 1 + static_cast<std::uint32_t>(r.below(3));
  e.first_seen = e.last_seen = seen;
  return e;
}

// One report of happening `x` in document `id`, as sentence `sentence` of `text`.
kronik::Event report(const Happening& x, const std::string& id, std::uint32_t sentence, std::string& text,
                     const kronik::TimeValue& pub, Rng& r) {
  kronik::Event e;
  e.cameo = kRoots[x.root];
  e.type = kTypes[x.root];
  e.cameo_name = e.type;
  e.confidence = 0.5 + 0.05 * static_cast<double>(r.below(8));
  e.participants = {{entity_key(x.actor), kronik::ParticipantRole::kActor}, {entity_key(x.target), kronik::ParticipantRole::kTarget}};
  if (x.place != SIZE_MAX) e.location = entity_key(x.place);
  auto day = kronik::TimeValue::from_serial_day(x.day);
  std::uint64_t how = r.below(100);
  if (how < 55) {
    e.date = day, e.date_anchor = kronik::Anchor::kExplicit;
  } else if (how < 80) {
    e.date = day.plus_days(static_cast<long>(r.below(3)) - 1), e.date_anchor = kronik::Anchor::kPublication;
  } else if (how < 92 && pub.known()) {
    e.date = pub.truncated(kronik::Granularity::kMonth), e.date_anchor = kronik::Anchor::kDefaulted;
  } else {
    e.date_anchor = kronik::Anchor::kUnknown;
  }
  kronik::Evidence ev;
  ev.document = id;
  ev.sentence = sentence;
  auto begin = static_cast<std::uint32_t>(text.size());
  text += "Entity " + std::to_string(x.actor) + " " + e.type + " Entity " + std::to_string(x.target) + " on day " + std::to_string(x.day) + ". ";
  ev.span = {begin, static_cast<std::uint32_t>(text.size() - 1)};
  ev.trigger = {begin + 7 + static_cast<std::uint32_t>(std::to_string(x.actor).size()) + 1, 0};
  ev.trigger.end = ev.trigger.begin + static_cast<std::uint32_t>(e.type.size());
  e.evidence.push_back(ev);
  e.sources = {id};
  return e;
}

// Document i reports happenings near its own position in time; ids are shuffled against dates.
kronik::DocumentAnalysis document(std::uint64_t i, std::uint64_t n, const Zipf& zipf, std::uint64_t seed, bool with_text) {
  Rng r{seed ^ (i * 0x2545F4914F6CDD1Dull)};
  kronik::DocumentAnalysis a;
  char id[32];
  std::snprintf(id, sizeof id, "%016llx.txt", static_cast<unsigned long long>(Rng{i + seed}.next()));
  a.info.id = a.raw.id = id;
  const std::uint64_t happenings = 2 * n, centre = 2 * i;
  const Happening lead = happening(centre, happenings, zipf, seed);
  if (r.below(20) != 0) a.info.published = kronik::TimeValue::from_serial_day(lead.day + 1), a.info.published_anchor = kronik::Anchor::kExplicit;
  const int events = 5 + static_cast<int>(r.below(6));
  std::string text;
  for (int j = 0; j < events; ++j) {
    std::uint64_t h = centre + r.below(41);
    h = h < 20 ? 0 : std::min(h - 20, happenings - 1);
    const Happening x = happening(h, happenings, zipf, seed);
    a.events.push_back(report(x, a.info.id, static_cast<std::uint32_t>(j), text, a.info.published, r));
    for (std::size_t k : {x.actor, x.target, x.place})
      if (k != SIZE_MAX) a.entities.emplace(entity_key(k), record(k, a.info.published, r));
  }
  a.info.bytes = text.size();
  if (with_text) a.raw.text = std::move(text);
  else
    for (auto& e : a.events) e.evidence.front().text = "sentence", e.evidence.front().trigger_text = e.type;
  if (with_text)
    for (auto& e : a.events) {
      auto& ev = e.evidence.front();
      ev.text = a.raw.text.substr(ev.span.begin, ev.span.size());
      ev.trigger_text = a.raw.text.substr(ev.trigger.begin, ev.trigger.size());
    }
  return a;
}

long rss_kb() {
  long pages = 0, resident = 0;
  if (std::FILE* f = std::fopen("/proc/self/statm", "r")) {
    if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = 0;
    std::fclose(f);
  }
  return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

long peak_rss_kb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;
}

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

struct Row {
  std::uint64_t docs;
  double add, hints, build;
  std::size_t events, merged, hinted;
  double graph_bytes_per_doc;
  long peak_kb;
};

Row run(std::uint64_t n, const Zipf& zipf, std::uint64_t seed, bool with_text, const kronik::MergeConfig& config) {
  Row row{};
  row.docs = n;
  long before = rss_kb();
  kronik::KnowledgeGraph g;
  double generate = 0;
  for (std::uint64_t i = 0; i < n; ++i) {
    auto t0 = Clock::now();
    auto a = document(i, n, zipf, seed, with_text);
    generate += seconds_since(t0);
    row.events += a.events.size();
    t0 = Clock::now();
    g.add(std::move(a));
    row.add += seconds_since(t0);
  }
  row.graph_bytes_per_doc = static_cast<double>(rss_kb() - before) * 1024.0 / static_cast<double>(n);
  auto t0 = Clock::now();
  row.hinted = g.date_hints().size();
  row.hints = seconds_since(t0);
  t0 = Clock::now();
  kronik::Timeline t = std::move(g).build(config);  // as kronik build does
  row.build = seconds_since(t0);
  row.merged = t.events.size();
  row.peak_kb = peak_rss_kb();
  (void)generate;
  return row;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::uint64_t> sizes = {10000, 100000, 1000000};
  std::uint64_t seed = 7;
  bool with_text = true;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--sizes" && i + 1 < argc) {
      sizes.clear();
      for (char* p = std::strtok(argv[++i], ","); p; p = std::strtok(nullptr, ",")) sizes.push_back(std::strtoull(p, nullptr, 10));
    } else if (a == "--seed" && i + 1 < argc) {
      seed = std::strtoull(argv[++i], nullptr, 10);
    } else if (a == "--no-text") {
      with_text = false;
    } else {
      std::fputs("usage: kronik_bench_merge [--sizes 10000,100000,1000000] [--seed N] [--no-text]\n", stderr);
      return a == "--help" ? 0 : 2;
    }
  }
  // The CAMEO compatibility table kronik build loads (data/common/cameo_compat.tsv).
  kronik::MergeConfig config;
  auto codes = kronik::CodeCompatibility::load(KRONIK_BENCH_DATA_DIR "/common/cameo_compat.tsv");
  if (!codes) {
    std::fprintf(stderr, "kronik_bench_merge: %s\n", codes.error().to_string().c_str());
    return 4;
  }
  config.codes = std::make_shared<const kronik::CodeCompatibility>(std::move(codes.value()));
  const Zipf zipf(kEntities);
  std::printf("%10s %10s %8s %8s %8s %8s %7s %10s %9s %10s\n", "documents", "events", "add s", "hints s", "build s", "total s",
              "x/10x", "merged", "B/doc", "peak MB");
  double previous = 0;
  for (std::uint64_t n : sizes) {
    Row r = run(n, zipf, seed, with_text, config);
    double total = r.add + r.hints + r.build;
    char growth[16] = "-";
    if (previous > 0) std::snprintf(growth, sizeof growth, "%.1f", total / previous);
    std::printf("%10llu %10zu %8.2f %8.2f %8.2f %8.2f %7s %10zu %9.0f %10.0f\n", static_cast<unsigned long long>(n), r.events, r.add,
                r.hints, r.build, total, growth, r.merged, r.graph_bytes_per_doc, static_cast<double>(r.peak_kb) / 1024.0);
    std::fflush(stdout);
    previous = total;
  }
  return 0;
}
