// Fuzz harness: the whole per-document pipeline, Extractor::analyze, on a document ingested from
// the bytes (plain text, or HTML when the bytes look like a page), then the one-document graph
// and its timeline.json.
// Checks: every sentence, time, mention and evidence span lies in the document text on
// code-point boundaries; evidence text is its sentence; timeline.json parses as UTF-8 JSON.
#include "../fuzz_support.h"
#include "../output_checks.h"
#include "kronik/export/export.h"
#include "kronik/extract/text/ingest.h"
#include "kronik/extract/pipeline.h"
#include "kronik/graph/graph.h"

namespace {

using namespace kronik;

const Extractor& extractor() {
  static const std::shared_ptr<const Extractor> ex = [] {
    ExtractConfig cfg;
    cfg.latest_year = 2025;  // reproducible: no dependence on the clock
    auto r = Extractor::create(cfg);
    if (!r) fuzz::fuzz_fail("cannot load the lexicons", r.error().to_string());
    return r.value();
  }();
  return *ex;
}

void check_analysis(const DocumentAnalysis& a) {
  const std::string_view text = a.raw.text;
  for (const Sentence& s : a.sentences) fuzz::check_span(text, s.span.begin, s.span.end, "sentence span");
  for (const TimeMention& t : a.times) fuzz::check_span(text, t.span.begin, t.span.end, "time span");
  for (const Mention& m : a.mentions) fuzz::check_span(text, m.span.begin, m.span.end, "mention span");
  for (const Event& e : a.events) {
    for (const Evidence& ev : e.evidence) {
      fuzz::check_span(text, ev.span.begin, ev.span.end, "evidence span");
      fuzz::check_span(text, ev.trigger.begin, ev.trigger.end, "trigger span");
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(fuzz::as_view(data, size));
  const InputFormat format = detect_format("fuzz", bytes) == InputFormat::kHtml ? InputFormat::kHtml : InputFormat::kText;
  Result<RawDocument> raw = make_document("fuzz", "fuzz", format, bytes, IngestConfig{});
  if (!raw) return 0;
  DocumentAnalysis analysis = extractor().analyze(std::move(raw).value());
  check_analysis(analysis);

  KnowledgeGraph graph;
  graph.add(std::move(analysis));
  const Timeline timeline = graph.build(MergeConfig{});
  ExportConfig cfg;
  cfg.pretty = false;
  const std::string error = fuzz::json_error(timeline_json(timeline, cfg));
  fuzz::fuzz_check(error.empty(), "timeline.json does not parse", error);
  return 0;
}
