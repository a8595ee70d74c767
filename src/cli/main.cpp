// kronik command line: parses flags into config structs, calls the libraries, maps errors to
// exit codes. All printing happens here; the libraries never print.
//
// Exit codes (README "Exit codes"):
//   0  every document was read and the outputs were written
//   1  outputs written, but some documents were skipped (see the summary and timeline.json warnings)
//   2  usage error (bad flags or arguments)
//   3  nothing usable: no document could be read, or an output could not be written
//   4  data error: a lexicon or gazetteer file is missing or malformed
#include <CLI/CLI.hpp>
#include <unistd.h>

#include <cctype>
#include <chrono>
#include <fstream>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <string_view>

#include "kronik/core/text.h"
#include "kronik/extract/text/ingest.h"
#include "kronik/extract/pipeline.h"
#include "kronik/runner/build.h"
#include "kronik/runner/dates.h"
#include "kronik/runner/explain.h"
#include "kronik/runner/parse.h"
#include "kronik/runner/store.h"

#ifndef KRONIK_VERSION
#define KRONIK_VERSION "0.0.0"
#endif
#ifndef KRONIK_DATA_FROM_BIN
#define KRONIK_DATA_FROM_BIN "../share/kronik"
#endif

namespace {

constexpr int kExitOk = 0, kExitPartial = 1, kExitUsage = 2, kExitNothing = 3, kExitData = 4;

bool parse_format(const std::string& s, kronik::InputFormat& f) {
  if (s == "text" || s == "txt") f = kronik::InputFormat::kText;
  else if (s == "html") f = kronik::InputFormat::kHtml;
  else if (s == "jsonl") f = kronik::InputFormat::kJsonLines;
  else return false;
  return true;
}

// --rdf-base must be an absolute IRI ("scheme:..."): every IRI of graph.ttl is made from it.
std::string absolute_iri(std::string& value) {
  const std::size_t colon = value.find(':');
  const bool scheme = colon != std::string::npos && colon > 0 && std::isalpha(static_cast<unsigned char>(value[0])) &&
                      value.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+.-") >= colon;
  if (!scheme) return "must be an absolute IRI such as https://data.example.org/kronik/, not '" + value + "'";
  if (value.find_first_of(" <>\"{}|\\^`") != std::string::npos) return "must not contain spaces or <>\"{}|\\^`";
  return {};
}

// The data folder of an installed kronik: beside the binary (P/bin/kronik -> P/share/kronik,
// wherever P is; `cmake --install --prefix` may differ from the configured prefix). Empty when
// the user chose one ($KRONIK_DATA_DIR) or the binary has none beside it (a build tree: the
// library then finds the source tree's data/).
std::string data_beside_binary() {
  if (std::getenv("KRONIK_DATA_DIR")) return {};
  std::error_code ec;
  const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) return {};
  const std::filesystem::path dir = (exe.parent_path() / KRONIK_DATA_FROM_BIN).lexically_normal();
  return std::filesystem::is_directory(dir / "common", ec) ? dir.string() : std::string();
}

// The terminal progress line: the latest count of every phase with its rate, redrawn at most
// five times a second. Only drawn when stderr is a terminal and --quiet is off.
class ProgressLine {
 public:
  kronik::ProgressFn listener() {
    return [this](std::string_view phase, std::uint64_t done, std::uint64_t total) { update(phase, done, total); };
  }
  void clear() {
    std::lock_guard lock(mu_);
    if (drawn_) std::fprintf(stderr, "\r\033[K");
    drawn_ = false;
  }

 private:
  struct Phase {
    std::string name;
    std::uint64_t done = 0, total = 0;
    std::chrono::steady_clock::time_point start;
  };
  void update(std::string_view phase, std::uint64_t done, std::uint64_t total) {
    std::lock_guard lock(mu_);
    auto now = std::chrono::steady_clock::now();
    if (current_.name != phase) current_ = Phase{std::string(phase), 0, 0, now};
    current_.done = done;
    current_.total = total;
    if (now - last_draw_ < std::chrono::milliseconds(200) && done != total) return;
    last_draw_ = now;
    double secs = std::chrono::duration<double>(now - current_.start).count();
    std::string line = "kronik: " + current_.name + " " + std::to_string(done);
    if (total) line += "/" + std::to_string(total);
    if (secs > 0.5) line += " (" + std::to_string(static_cast<long long>(done / secs)) + "/s)";
    std::fprintf(stderr, "\r\033[K%s", line.c_str());
    drawn_ = true;
  }
  std::mutex mu_;
  Phase current_;
  std::chrono::steady_clock::time_point last_draw_{};
  bool drawn_ = false;
};

void print_summary(const kronik::BuildReport& r, const std::string& out_dir) {
  const auto& s = r.summary;
  std::string reasons;
  for (const auto& [reason, n] : s.skipped_by_reason) reasons += (reasons.empty() ? " (" : ", ") + reason + " " + std::to_string(n);
  if (!reasons.empty()) reasons += ")";
  // Repairs (invalid UTF-8 replaced, nesting cut) are counted here too, as the README promises.
  if (s.documents_repaired) reasons += ", " + std::to_string(s.documents_repaired) + " repaired";
  if (r.analysed || r.unchanged)
    reasons += " (" + std::to_string(r.analysed) + " analysed, " + std::to_string(r.unchanged) + " unchanged)";
  const std::string dir = kronik::printable(out_dir);
  std::string where = r.outputs_kept ? "nothing written, previous outputs in " + dir + " kept" : "-> " + dir;
  std::fprintf(stderr, "kronik: %llu documents read, %llu skipped%s, %llu entities, %llu events, %.2f s %s\n",
               static_cast<unsigned long long>(s.documents_read), static_cast<unsigned long long>(s.documents_skipped),
               reasons.c_str(), static_cast<unsigned long long>(s.entities), static_cast<unsigned long long>(s.events),
               r.seconds, where.c_str());
}

// A job that could not run: the message, and the exit code of its kind.
int report_failure(const kronik::Error& e) {
  std::cerr << "kronik: " << e.to_string() << "\n";
  switch (e.code) {
    case kronik::ErrorCode::kData: return kExitData;
    case kronik::ErrorCode::kUsage: return kExitUsage;
    default: return kExitNothing;
  }
}

int run_parse(const kronik::ParseRequest& req) {
  auto result = kronik::run_parse(req, std::cout);
  if (!result) return report_failure(result.error());
  for (const auto& p : result.value().problems) std::cerr << "kronik: skipped " << p.to_string() << "\n";
  return result.value().exit_code() ? kExitPartial : kExitOk;
}

enum class Job { kBuild, kMerge, kRemove };

kronik::Result<kronik::BuildReport> run_job(const kronik::BuildRequest& req, Job job, const std::vector<std::string>& ids) {
  if (job == Job::kMerge) return kronik::run_merge(req);
  if (job == Job::kRemove) return kronik::run_remove(req, ids);
  return kronik::run_build(req);
}

int run_build(kronik::BuildRequest& req, bool quiet, Job job = Job::kBuild, const std::vector<std::string>& ids = {}) {
  if (auto st = kronik::validate(req); !st) {
    std::cerr << "kronik: " << st.error().to_string() << "\n";
    return kExitUsage;
  }
  ProgressLine line;
  if (!quiet && isatty(STDERR_FILENO)) req.progress = line.listener();
  auto result = run_job(req, job, ids);
  line.clear();
  if (!result) return report_failure(result.error());
  const kronik::BuildReport& r = result.value();
  for (const auto& n : r.notices) std::cerr << "kronik: note: " << n.to_string() << "\n";
  for (const auto& p : r.problems) std::cerr << "kronik: skipped " << p.to_string() << "\n";
  for (const auto& e : r.write_errors) std::cerr << "kronik: cannot write " << e.to_string() << "\n";
  print_summary(r, req.out_dir);
  return r.exit_code();
}

int run_dates(const kronik::DatesRequest& req) {
  auto result = kronik::run_dates(req, std::cout);
  if (!result) return report_failure(result.error());
  for (const auto& p : result.value().problems) std::cerr << "kronik: skipped " << p.to_string() << "\n";
  return result.value().exit_code() ? kExitPartial : kExitOk;
}

// The map of a split build: analyses as JSON lines to `path` (written whole, then renamed into
// place, so a reduce never reads half a file), or to stdout when `path` is empty or "-".
int run_extract(kronik::BuildRequest& req, const std::string& path) {
  if (auto st = kronik::validate(req); !st) {
    std::cerr << "kronik: " << st.error().to_string() << "\n";
    return kExitUsage;
  }
  const bool to_stdout = path.empty() || path == "-";
  const std::string tmp = path + ".kronik-tmp";
  std::ofstream file;
  if (!to_stdout) file.open(tmp, std::ios::binary | std::ios::trunc);
  if (!to_stdout && !file) {
    std::cerr << "kronik: cannot write " << kronik::printable(tmp) << "\n";
    return kExitNothing;
  }
  auto result = kronik::run_extract(req, to_stdout ? std::cout : file);
  if (!result) return report_failure(result.error());
  for (const auto& p : result.value().problems) std::cerr << "kronik: skipped " << p.to_string() << "\n";
  if (!to_stdout) {
    file.close();
    if (!file || std::rename(tmp.c_str(), path.c_str()) != 0) {
      std::cerr << "kronik: cannot write " << kronik::printable(path) << "\n";
      return kExitNothing;
    }
  }
  const auto& s = result.value().summary;
  std::fprintf(stderr, "kronik: %llu documents analysed, %llu skipped -> %s\n", static_cast<unsigned long long>(s.documents_read),
               static_cast<unsigned long long>(s.documents_skipped), to_stdout ? "stdout" : kronik::printable(path).c_str());
  return s.documents_read == 0 ? kExitNothing : (s.documents_skipped ? kExitPartial : kExitOk);
}

// The options of every job that reads articles or writes the outputs (build, extract, merge, remove).
void add_build_options(CLI::App* build, kronik::BuildRequest& o, std::string& data_dir, std::string& stdin_format, bool& quiet) {
  build->add_option("-o,--output", o.out_dir, "Output directory (created if missing)")->capture_default_str();
  build->add_option("--data", data_dir, "Data folder with lexicons and gazetteers (default: built-in location or $KRONIK_DATA_DIR)");
  build->add_option("--gazetteer", o.extract.extra_gazetteers, "Extra gazetteer TSV file (repeatable; format in docs/gazetteer.md)");
  build->add_option("-j,--threads", o.threads, "Worker threads, 1-1024 (default: all cores)")
      ->check(CLI::Range(1u, kronik::BuildRequest::kMaxThreads));
  build->add_option("--max-bytes", o.ingest.max_document_bytes, "Skip documents larger than this many bytes")->capture_default_str();
  build->add_option("--stdin-format", stdin_format,
                    "Format of stdin when '-' is an input: text, html or jsonl (default: from the content)")
      ->check(CLI::IsMember({"text", "txt", "html", "jsonl"}));
  build->add_option("--latest-year", o.extract.latest_year, "Latest plausible year for inferred dates (default: this year)");
  build->add_flag("--keep-planned", o.extract.keep_planned_events, "Keep planned/future events (marked modality=planned)");
  build->add_option("--min-confidence", o.extract.min_event_confidence, "Drop events below this confidence (0-1)")
      ->check(CLI::Range(0.0, 1.0));
  build->add_flag("--no-svg", [&](std::int64_t) { o.exporter.svg = false; }, "Do not render graph.svg");
  build->add_option("--layout", o.exporter.layout, "Graphviz layout for graph.svg (dot, neato, fdp, sfdp, circo, twopi)")
      ->check(CLI::IsMember({"dot", "neato", "fdp", "sfdp", "circo", "twopi"}))
      ->capture_default_str();
  build->add_option("--svg-nodes", o.exporter.max_svg_nodes, "Most entities graph.svg draws (0 = all)")->capture_default_str();
  build->add_option("--svg-edges", o.exporter.max_svg_edges, "Most edges graph.svg draws (0 = all)")->capture_default_str();
  build->add_flag("--draw-isolated", o.exporter.draw_isolated, "Also draw entities that take part in no relation");
  build->add_flag("--neo4j", o.exporter.neo4j_csv, "Also write neo4j_*.csv for neo4j-admin database import (docs/outputs.md)");
  build->add_flag("--kuzu", o.exporter.kuzu_csv, "Also write kuzu_*.csv and kuzu_load.cypher for Kuzu's COPY FROM (docs/outputs.md)");
  build->add_flag("--gdelt", o.exporter.gdelt, "Also write gdelt_events.tsv and gdelt_mentions.tsv (GDELT 2.0 columns)");
  build->add_flag("--rdf", o.exporter.rdf, "Also write graph.ttl and graph.nt (RDF: SEM and PROV, docs/outputs.md)");
  build->add_flag("--keep-text", o.exporter.keep_text,
                  "Also write documents.jsonl: each document's text, which every offset points into (docs/outputs.md)");
  build->add_option("--rdf-base", o.exporter.rdf_base, "Base IRI of the RDF export (default: urn:kronik:)")
      ->check(CLI::Validator(absolute_iri, "IRI"));
  build->add_flag("--compact", [&](std::int64_t) { o.exporter.pretty = false; }, "Write timeline.json on one line");
  build->add_flag("-q,--quiet", quiet, "No progress indicator");
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"kronik: dated event timelines and knowledge graphs from news articles (Indonesian and English)"};
  app.set_version_flag("--version", std::string("kronik ") + KRONIK_VERSION);
  app.require_subcommand(1);
  // Every message names the program, as the library errors printed below do.
  app.failure_message([](const CLI::App*, const CLI::Error& e) {
    return std::string("kronik: ") + e.what() + "\nkronik: run with --help for the options\n";
  });

  kronik::BuildRequest o;
  o.generator = std::string("kronik ") + KRONIK_VERSION;
  bool quiet = false;
  std::string stdin_format;  // empty: sniffed from the content
  std::string data_dir;
  auto* build = app.add_subcommand("build", "Read articles and write timeline.json, graph.dot, graph.svg, graph.graphml");
  build->add_option("inputs", o.inputs, "Files, directories (read recursively) or - for stdin")->required();
  add_build_options(build, o, data_dir, stdin_format, quiet);
  bool no_store = false;
  build->add_option("--store", o.store_path, "Store of analysed documents (default: OUTPUT/kronik.db; docs/store.md)");
  build->add_flag("--no-store", no_store, "Keep no store: analyse every input, replace the outputs");

  auto* extract = app.add_subcommand("extract", "Map: analyse documents into one JSON line each (docs/scale-out.md)");
  extract->add_option("inputs", o.inputs, "Files, directories (read recursively) or - for stdin")->required();
  add_build_options(extract, o, data_dir, stdin_format, quiet);  // -o names the analyses file ("-" = stdout)
  auto* merge = app.add_subcommand("merge", "Reduce: merge analyses of `kronik extract` and write the outputs");
  merge->add_option("analyses", o.inputs, "Analyses files of kronik extract, in input order")->required();
  add_build_options(merge, o, data_dir, stdin_format, quiet);
  std::vector<std::string> remove_ids;
  auto* remove = app.add_subcommand("remove", "Remove documents from the store, re-merge and rewrite the outputs");
  remove->add_option("ids", remove_ids, "Document ids")->required();
  add_build_options(remove, o, data_dir, stdin_format, quiet);
  remove->add_option("--store", o.store_path, "Store of analysed documents (default: OUTPUT/kronik.db)");

  std::string dates_input, dates_pub, dates_lang, dates_format = "text";
  auto* dates = app.add_subcommand("dates", "Print every publication-date signal and time expression of a document, and how each was read");
  dates->add_option("input", dates_input, "File, directory or - for stdin")->required();
  dates->add_option("--published", dates_pub, "Publication date to anchor relative expressions (ISO 8601)");
  dates->add_option("--lang", dates_lang, "Language: id or en (default: identified)");
  dates->add_option("--format", dates_format, "Format of stdin: text, html or jsonl")->capture_default_str();
  dates->add_option("--data", data_dir, "Data folder");

  kronik::ParseRequest parse_req;
  auto* parse = app.add_subcommand("parse", "Print sentences with parts of speech and dependency trees as CoNLL-U");
  parse->add_option("input", parse_req.input, "File or - for stdin (a .conllu file keeps its sentences and words)")->required();
  parse->add_option("--lang", parse_req.language, "Language: id or en (default: declared or identified; required for CoNLL-U)");
  parse->add_option("--format", parse_req.format, "text, html, jsonl or conllu (default: from the file name, else sniffed)");
  parse->add_option("--data", data_dir, "Data folder");

  kronik::ExplainRequest explain_req;
  auto* explain = app.add_subcommand("explain", "Print why the reports of one merged event were taken for one happening");
  explain->add_option("event", explain_req.event_id, "Event id as written in timeline.json (ev_...)")->required();
  explain->add_option("out_dir", explain_req.out_dir, "Folder kronik build wrote")->required();

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? kExitOk : kExitUsage;
  }
  o.extract.data_dir = data_dir.empty() ? data_beside_binary() : data_dir;
  try {
    if (*build) {
      o.ingest.sniff_stdin = stdin_format.empty();
      if (!o.ingest.sniff_stdin && !parse_format(stdin_format, o.ingest.stdin_format)) {
        std::cerr << "kronik: --stdin-format must be text, html or jsonl\n";
        return kExitUsage;
      }
      o.use_store = !no_store;
      return run_build(o, quiet);
    }
    if (*extract || *merge || *remove) {
      o.ingest.sniff_stdin = stdin_format.empty();
      if (!o.ingest.sniff_stdin && !parse_format(stdin_format, o.ingest.stdin_format)) {
        std::cerr << "kronik: --stdin-format must be text, html or jsonl\n";
        return kExitUsage;
      }
      if (*extract) return run_extract(o, extract->get_option("-o")->count() ? o.out_dir : std::string("-"));
      if (*remove) o.inputs = remove_ids;  // what the options check sees; the store holds the documents
      return run_build(o, quiet, *merge ? Job::kMerge : Job::kRemove, remove_ids);
    }
    if (*parse) {
      parse_req.extract = o.extract;
      return run_parse(parse_req);
    }
    if (*explain) {
      auto st = kronik::run_explain(explain_req, std::cout);
      return st ? kExitOk : report_failure(st.error());
    }
    if (*dates) return run_dates(kronik::DatesRequest{dates_input, dates_pub, dates_lang, dates_format, o.extract, {}});
  } catch (const std::exception& e) {
    std::cerr << "kronik: internal error: " << e.what() << "\n";
    return kExitNothing;
  }
  return kExitUsage;
}
