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
  build->add_option("--graphviz", o.exporter.graphviz_program,
                    "Graphviz program that lays graph.svg out, looked up on PATH (\"\": lay out inside kronik)")
      ->capture_default_str();
  build->add_option("--svg-nodes", o.exporter.max_svg_nodes, "Most entities graph.svg draws (0 = all)")->capture_default_str();
  build->add_option("--svg-edges", o.exporter.max_svg_edges, "Most edges graph.svg draws (0 = all)")->capture_default_str();
  build->add_option("--html-events", o.exporter.max_html_events,
                    "Most events timeline.html shows, the most reported first (0 = all)")->capture_default_str();
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

// Everything the command line fills in: the options of each subcommand, and the subcommands to
// ask which one was given.
struct CommandLine {
  kronik::BuildRequest o;
  bool quiet = false;
  std::string stdin_format;  // empty: sniffed from the content
  std::string data_dir;
  bool no_store = false;
  std::vector<std::string> remove_ids;
  std::string dates_input, dates_pub, dates_lang, dates_format = "text";
  kronik::ParseRequest parse_req;
  kronik::ExplainRequest explain_req;
  CLI::App* build = nullptr;
  CLI::App* extract = nullptr;
  CLI::App* merge = nullptr;
  CLI::App* remove = nullptr;
  CLI::App* dates = nullptr;
  CLI::App* parse = nullptr;
  CLI::App* explain = nullptr;
};

// The jobs that read articles or write the outputs: build, extract, merge, remove.
void add_job_commands(CLI::App& app, CommandLine& c) {
  kronik::BuildRequest& o = c.o;
  c.build = app.add_subcommand("build", "Read articles and write timeline.json, graph.dot, graph.svg, graph.graphml");
  c.build->add_option("inputs", o.inputs, "Files, directories (read recursively) or - for stdin")->required();
  add_build_options(c.build, o, c.data_dir, c.stdin_format, c.quiet);
  c.build->add_option("--store", o.store_path, "Store of analysed documents (default: OUTPUT/kronik.db; docs/store.md)");
  c.build->add_flag("--no-store", c.no_store, "Keep no store: analyse every input, replace the outputs");

  c.extract = app.add_subcommand("extract", "Map: analyse documents into one JSON line each (docs/scale-out.md)");
  c.extract->add_option("inputs", o.inputs, "Files, directories (read recursively) or - for stdin")->required();
  add_build_options(c.extract, o, c.data_dir, c.stdin_format, c.quiet);  // -o names the analyses file ("-" = stdout)
  c.merge = app.add_subcommand("merge", "Reduce: merge analyses of `kronik extract` and write the outputs");
  c.merge->add_option("analyses", o.inputs, "Analyses files of kronik extract, in input order")->required();
  add_build_options(c.merge, o, c.data_dir, c.stdin_format, c.quiet);
  c.remove = app.add_subcommand("remove", "Remove documents from the store, re-merge and rewrite the outputs");
  c.remove->add_option("ids", c.remove_ids, "Document ids")->required();
  add_build_options(c.remove, o, c.data_dir, c.stdin_format, c.quiet);
  c.remove->add_option("--store", o.store_path, "Store of analysed documents (default: OUTPUT/kronik.db)");
}

// The commands that print how one document or event was read: dates, parse, explain.
void add_report_commands(CLI::App& app, CommandLine& c) {
  c.dates = app.add_subcommand("dates", "Print every publication-date signal and time expression of a document, and how each was read");
  c.dates->add_option("input", c.dates_input, "File, directory or - for stdin")->required();
  c.dates->add_option("--published", c.dates_pub, "Publication date to anchor relative expressions (ISO 8601)");
  c.dates->add_option("--lang", c.dates_lang, "Language: id or en (default: identified)");
  c.dates->add_option("--format", c.dates_format, "Format of stdin: text, html or jsonl")->capture_default_str();
  c.dates->add_option("--data", c.data_dir, "Data folder");

  kronik::ParseRequest& parse_req = c.parse_req;
  c.parse = app.add_subcommand("parse", "Print sentences with parts of speech and dependency trees as CoNLL-U");
  c.parse->add_option("input", parse_req.input, "File or - for stdin (a .conllu file keeps its sentences and words)")->required();
  c.parse->add_option("--lang", parse_req.language, "Language: id or en (default: declared or identified; required for CoNLL-U)");
  c.parse->add_option("--format", parse_req.format, "text, html, jsonl or conllu (default: from the file name, else sniffed)");
  c.parse->add_option("--data", c.data_dir, "Data folder");

  c.explain = app.add_subcommand("explain", "Print why the reports of one merged event were taken for one happening");
  c.explain->add_option("event", c.explain_req.event_id, "Event id as written in timeline.json (ev_...)")->required();
  c.explain->add_option("out_dir", c.explain_req.out_dir, "Folder kronik build wrote")->required();
}

// --stdin-format into the ingest options; false (after the message) when it names no format.
bool read_stdin_format(CommandLine& c) {
  c.o.ingest.sniff_stdin = c.stdin_format.empty();
  if (!c.o.ingest.sniff_stdin && !parse_format(c.stdin_format, c.o.ingest.stdin_format)) {
    std::cerr << "kronik: --stdin-format must be text, html or jsonl\n";
    return false;
  }
  return true;
}

// Runs the subcommand given; its exit code.
int run_command(CommandLine& c) {
  kronik::BuildRequest& o = c.o;
  if (*c.build) {
    if (!read_stdin_format(c)) return kExitUsage;
    o.use_store = !c.no_store;
    return run_build(o, c.quiet);
  }
  if (*c.extract || *c.merge || *c.remove) {
    if (!read_stdin_format(c)) return kExitUsage;
    if (*c.extract) return run_extract(o, c.extract->get_option("-o")->count() ? o.out_dir : std::string("-"));
    if (*c.remove) o.inputs = c.remove_ids;  // what the options check sees; the store holds the documents
    return run_build(o, c.quiet, *c.merge ? Job::kMerge : Job::kRemove, c.remove_ids);
  }
  if (*c.parse) {
    c.parse_req.extract = o.extract;
    return run_parse(c.parse_req);
  }
  if (*c.explain) {
    auto st = kronik::run_explain(c.explain_req, std::cout);
    return st ? kExitOk : report_failure(st.error());
  }
  if (*c.dates) return run_dates(kronik::DatesRequest{c.dates_input, c.dates_pub, c.dates_lang, c.dates_format, o.extract, {}});
  return kExitUsage;
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

  CommandLine c;
  c.o.generator = std::string("kronik ") + KRONIK_VERSION;
  add_job_commands(app, c);
  add_report_commands(app, c);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? kExitOk : kExitUsage;
  }
  c.o.extract.data_dir = c.data_dir.empty() ? data_beside_binary() : c.data_dir;
  try {
    return run_command(c);
  } catch (const std::exception& e) {
    std::cerr << "kronik: internal error: " << e.what() << "\n";
    return kExitNothing;
  }
}
