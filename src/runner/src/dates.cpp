// The dates job: every publication-date signal of a document and every time expression, with
// what kronik made of them. Dating itself is the extract module's (time/publication.h); this
// file reads the inputs and prints.
#include "kronik/runner/dates.h"

#include <cstdio>

#include "kronik/core/text.h"
#include "kronik/extract/text/clean.h"
#include "kronik/extract/time/publication.h"

namespace kronik {
namespace {

std::optional<InputFormat> format_named(std::string_view name) {
  if (name == "text") return InputFormat::kText;
  if (name == "html") return InputFormat::kHtml;
  if (name == "jsonl") return InputFormat::kJsonLines;
  return std::nullopt;
}

std::string value_or_mark(const TimeValue& v) { return v.known() ? v.iso() : "?"; }

// The signals as the pipeline weighed them: the document is cleaned again for its stamp lines.
PublicationChoice signals_of(const Extractor& ex, const TimeTagger& tagger, const DocumentAnalysis& a) {
  const CleanedDocument cd = clean_document(a.raw, ex.config().clean);
  const std::vector<TimeMention> found = find_in_sentences(tagger, a.raw.text, a.sentences, a.info.language);
  const std::vector<TimeMention> body = body_time_mentions(found, a.sentences);
  PublicationInput in;
  in.text = a.raw.text;
  in.metadata = a.raw.published;
  in.url = a.raw.url;
  in.sentences = &a.sentences;
  in.mentions = &body;
  in.stamp_lines = cd.stamp_lines;
  in.lang = a.info.language;
  in.latest_year = ex.config().latest_year;
  in.document = a.raw.id;
  return choose_publication(tagger, in);
}

void write_document(std::ostream& out, const DocumentAnalysis& a, const PublicationChoice& c) {
  out << "# " << printable(a.info.id) << "  language " << language_code(a.info.language) << "  published "
      << (a.info.published.known() ? a.info.published.iso() : "unknown") << " ("
      << anchor_name(a.info.published_anchor) << ": " << printable(a.info.published_how) << ")\n";
  for (const DateEvidence& e : c.considered)
    out << "signal\t" << date_signal_name(e.signal) << '\t' << value_or_mark(e.value) << '\t' << printable(e.verdict)
        << '\t' << printable(e.source) << '\n';
  out << "sentence\tbegin\tend\ttext\tvalue\tgranularity\tanchor\trule\n";
  for (const TimeMention& t : a.times) {
    std::string v = value_or_mark(t.value);
    if (t.end.known()) v += "/" + t.end.iso();
    if (t.duration) v = "duration";
    out << t.sentence << '\t' << t.span.begin << '\t' << t.span.end << '\t' << printable(t.text) << '\t' << v << '\t'
        << granularity_name(t.value.granularity) << '\t' << anchor_name(t.anchor) << '\t' << t.rule
        << (t.future ? " future" : "") << '\n';
  }
  for (const Warning& w : a.warnings) out << "warning\t" << w.code << '\t' << printable(w.message) << '\n';
}

}  // namespace

Status validate(const DatesRequest& r) {
  auto usage = [](std::string m) { return Error{ErrorCode::kUsage, std::move(m), "", 0}; };
  if (r.input.empty()) return usage("no input given");
  if (!r.format.empty() && !format_named(r.format))
    return usage("--format must be text, html or jsonl, not '" + printable(r.format) + "'");
  if (!r.language.empty() && r.language != "id" && r.language != "en")
    return usage("--lang must be id or en, not '" + printable(r.language) + "'");
  if (!r.published.empty() && !TimeValue::parse_iso(r.published))
    return usage("--published must be an ISO 8601 date, not '" + printable(r.published) + "'");
  return {};
}

Result<DatesReport> run_dates(const DatesRequest& req, std::ostream& out) {
  if (Status st = validate(req); !st) return st.error();
  auto ex = Extractor::create(req.extract);
  if (!ex) return ex.error();
  auto tagger = TimeTagger::load(ex.value()->config().data_dir);
  if (!tagger) return tagger.error();
  IngestConfig icfg = req.ingest;
  const auto forced = format_named(req.format);
  if (forced) icfg.stdin_format = *forced;
  DatesReport report;
  std::vector<Error> missing;
  auto sources = list_inputs({req.input}, &missing);
  if (!missing.empty()) return missing.front();
  for (const InputSource& src : sources) {
    read_source(src, icfg, [&](Result<RawDocument> r) {
      if (!r) {
        report.problems.push_back(r.error());
        return;
      }
      RawDocument raw = std::move(r).value();
      if (!req.published.empty()) raw.published = req.published;
      if (!req.language.empty()) raw.language = req.language;
      const DocumentAnalysis a = ex.value()->analyze(std::move(raw));
      write_document(out, a, signals_of(*ex.value(), *tagger.value(), a));
      ++report.documents;
    });
  }
  out.flush();
  return report;
}

}  // namespace kronik
