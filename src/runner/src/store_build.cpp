// Builds that keep their state (the store), and the build split into map (extract) and reduce
// (merge). Every variant ends the same way: the analyses join a graph in id order, then re-date,
// merge and write (stages.h), so a store build, a merge of map outputs and a build of the same
// documents give the same bytes.
#include "kronik/runner/store.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <unordered_map>

#include "kronik/core/text.h"
#include "kronik/store/analysis_json.h"
#include "kronik/store/store.h"
#include "stages.h"

namespace kronik {

namespace {

namespace fs = std::filesystem;

// Documents per store transaction: a kill loses at most this many analyses of work.
constexpr std::size_t kBatchDocuments = 256;

constexpr std::string_view kSkippedPrefix = "{\"skipped\":";

Error empty_document(const DocumentAnalysis& a) {
  return Error{ErrorCode::kEmpty, "no article text left after removing page noise", a.info.id, 0};
}

int effective_latest_year(int configured) {
  if (configured) return configured;
  const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  return static_cast<int>(std::chrono::year_month_day(today).year());
}

// Screens documents against the store (unchanged ones are not analysed again, copies of stored
// texts are skipped) and writes analyses and skips to it in batches, one transaction each.
class StoreSink : public detail::AnalysisSink {
 public:
  StoreSink(Store& store, const std::map<std::string, StoredKey>& known, BuildReport& report)
      : store_(store), known_(known), report_(report) {
    for (const auto& [id, key] : known) stored_texts_.emplace(key.text_hash, &id);
  }

  Verdict screen(const RawDocument& raw) override {
    auto it = known_.find(raw.id);
    if (it != known_.end() && it->second.content_hash == content_hash(raw)) {
      ++report_.unchanged;
      return {false, std::nullopt};
    }
    auto same = stored_texts_.find(fnv1a64(raw.text));
    if (same != stored_texts_.end() && *same->second != raw.id) {
      const std::string& first = *same->second;
      return {false, Error{ErrorCode::kDuplicate,
                           "same content as " + first + " (" + known_.at(first).path + "): skipped as a copy", raw.path, 0}};
    }
    return {};
  }
  void skip(const Error& e) override {
    skipped_.push_back(e);
    report_.problems.push_back(e);
    flush_when_full();
  }
  void add(DocumentAnalysis&& a) override {
    if (a.sentences.empty()) {
      gone_.push_back(a.info.id);  // a stored earlier version goes: a full build would skip it too
      return skip(empty_document(a));
    }
    ++report_.analysed;
    batch_.push_back(std::move(a));
    flush_when_full();
  }
  /// Writes what is pending; the first failure is kept and returned.
  Status flush() {
    if (status_ && (!batch_.empty() || !skipped_.empty() || !gone_.empty())) status_ = store_.put(batch_, skipped_, gone_);
    batch_.clear(), skipped_.clear(), gone_.clear();
    return status_;
  }

 private:
  void flush_when_full() {
    if (batch_.size() + skipped_.size() >= kBatchDocuments) (void)flush();
  }

  Store& store_;
  const std::map<std::string, StoredKey>& known_;
  std::unordered_map<std::uint64_t, const std::string*> stored_texts_;
  BuildReport& report_;
  std::vector<DocumentAnalysis> batch_;
  std::vector<Error> skipped_;
  std::vector<std::string> gone_;
  Status status_;
};

Result<Store> open_store(const BuildRequest& req) {
  const std::string file = store_file(req);
  std::error_code ec;
  fs::create_directories(fs::path(file).parent_path(), ec);  // the output folder, on a first run
  return Store::open(file, store_settings(req), StoreConfig{req.exporter.keep_text});
}

// Every stored analysis and skipped input into a graph (id order), the store closed (the
// exporter swaps the folder that may hold it), then re-date, merge and write.
Result<BuildReport> merge_store(const BuildRequest& req, detail::ExtractorPtr extractor, Store store, BuildReport report,
                                detail::Clock::time_point start) {
  KnowledgeGraph graph;
  DocumentTexts texts;
  Status st = store.for_each([&](DocumentAnalysis&& a) { detail::join_graph(req, std::move(a), graph, texts); });
  if (!st) return st.error();
  auto skipped = store.skipped();
  if (!skipped) return skipped.error();
  for (const Error& e : skipped.value()) graph.add_skipped(e);
  store.close();
  return detail::merge_and_write(req, std::move(extractor), std::move(graph), std::move(report), start, texts);
}

// Map output: one line per analysis or skipped input, in input order.
class LineSink : public detail::AnalysisSink {
 public:
  LineSink(std::ostream& out, BuildReport& report) : out_(out), report_(report) {}
  void skip(const Error& e) override {
    out_ << kSkippedPrefix << error_to_json(e) << "}\n";
    report_.problems.push_back(e);
    ++report_.summary.documents_skipped;
  }
  void add(DocumentAnalysis&& a) override {
    if (a.sentences.empty()) return skip(empty_document(a));
    out_ << analysis_to_json(a) << '\n';
    ++report_.summary.documents_read;
  }

 private:
  std::ostream& out_;
  BuildReport& report_;
};

// Reduce input: the analyses of every file, copies skipped as a build skips them (the first
// one in input order wins), kept by id so they join the graph in id order.
struct MergeInput {
  bool keep_text = false;  ///< --keep-text: every document keeps its text (documents.jsonl)
  DuplicateGuard guard;
  std::map<std::string, DocumentAnalysis> analyses;
  std::vector<Error> skipped;

  Status read_line(std::string_view line, const std::string& where) {
    if (line.substr(0, kSkippedPrefix.size()) == kSkippedPrefix && line.back() == '}') {
      Error e;
      Status st = error_from_json(line.substr(kSkippedPrefix.size(), line.size() - kSkippedPrefix.size() - 1), e);
      if (!st) return Error{ErrorCode::kParse, "not a skipped input: " + st.error().message, where, 0};
      skipped.push_back(std::move(e));
      return {};
    }
    auto a = analysis_from_json(line);
    if (!a) return Error{ErrorCode::kParse, "not an analysis: " + a.error().message, where, 0};
    DocumentAnalysis& doc = a.value();
    if (auto dup = guard.check(doc.raw)) {
      skipped.push_back(std::move(*dup));
      return {};
    }
    release_unmerged(doc, keep_text);
    analyses.emplace(doc.info.id, std::move(doc));
    return {};
  }

  Status read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error{ErrorCode::kIo, "cannot open the analyses file", path, 0};
    std::string line;
    for (std::uint64_t n = 1; std::getline(in, line); ++n) {
      if (line.empty()) continue;
      if (Status st = read_line(line, path + ":" + std::to_string(n)); !st) return st;
    }
    return {};
  }

  // What the graph would drop on add(), dropped now: the map holds every document until the end.
  static void release_unmerged(DocumentAnalysis& a, bool keep_text) {
    std::vector<TimeMention>().swap(a.times);
    std::vector<Mention>().swap(a.mentions);
    compact_analysis(a, keep_text);
  }
};

}  // namespace

std::string store_file(const BuildRequest& req) {
  return req.store_path.empty() ? (fs::path(req.out_dir) / "kronik.db").string() : req.store_path;
}

std::string store_settings(const BuildRequest& req) {
  const ExtractConfig& x = req.extract;
  std::string s = req.generator + "; data " + resolve_data_dir(x.data_dir) + "; gazetteers";
  for (const auto& g : x.extra_gazetteers) s += " " + g;
  s += "; language " + std::string(language_code(x.default_language));
  s += "; planned " + std::to_string(x.keep_planned_events) + "; min-confidence " + std::to_string(x.min_event_confidence);
  s += "; latest-year " + std::to_string(effective_latest_year(x.latest_year));
  s += "; open-names " + std::to_string(x.open_names) + "; max-sentences " + std::to_string(x.budget.max_sentences);
  s += "; max-analysed-bytes " + std::to_string(x.budget.max_analysed_bytes);
  return s;
}

Result<BuildReport> detail::build_with_store(const BuildRequest& req, ExtractorPtr extractor, Clock::time_point start) {
  auto opened = open_store(req);
  if (!opened) return opened.error();
  Store& store = opened.value();
  auto known = store.documents();
  if (!known) return known.error();
  BuildReport report;
  StoreSink sink(store, known.value(), report);
  analyse_inputs(req, *extractor, sink, report);
  if (Status st = sink.flush(); !st) return st.error();
  return_free_memory();  // the analyses' batches and temporaries, before the graph is read
  if (report.analysed + report.unchanged == 0) {  // nothing read: the previous outputs stay
    report.outputs_kept = true;
    report.summary.documents_skipped = report.problems.size();
    report.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    return report;
  }
  return merge_store(req, std::move(extractor), std::move(store), std::move(report), start);
}

Result<BuildReport> run_remove(const BuildRequest& request, const std::vector<std::string>& ids) {
  BuildRequest with_ids = request;
  if (with_ids.inputs.empty()) with_ids.inputs = ids;  // the options check wants inputs; these are ignored
  return detail::run_job(with_ids, true, [&](const BuildRequest& req, detail::ExtractorPtr extractor, detail::Clock::time_point t0)
                                            -> Result<BuildReport> {
    if (!fs::exists(store_file(req))) return Error{ErrorCode::kIo, "no store to remove documents from", store_file(req), 0};
    auto opened = open_store(req);
    if (!opened) return opened.error();
    auto known = opened.value().documents();
    if (!known) return known.error();
    BuildReport report;
    for (const auto& id : ids)
      if (!known.value().count(id)) report.problems.push_back(Error{ErrorCode::kIo, "not in the store", id, 0});
    if (Status st = opened.value().remove(ids); !st) return st.error();
    return merge_store(req, std::move(extractor), std::move(opened).value(), std::move(report), t0);
  });
}

Result<BuildReport> run_extract(const BuildRequest& request, std::ostream& out) {
  return detail::run_job(request, false, [&](const BuildRequest& req, detail::ExtractorPtr extractor, detail::Clock::time_point t0)
                                             -> Result<BuildReport> {
    BuildReport report;
    LineSink sink(out, report);
    detail::analyse_inputs(req, *extractor, sink, report);
    out.flush();
    if (!out) return Error{ErrorCode::kIo, "cannot write the analyses", "", 0};
    report.seconds = std::chrono::duration<double>(detail::Clock::now() - t0).count();
    return report;
  });
}

Result<BuildReport> run_merge(const BuildRequest& request) {
  return detail::run_job(request, true, [&](const BuildRequest& req, detail::ExtractorPtr extractor, detail::Clock::time_point t0)
                                            -> Result<BuildReport> {
    MergeInput input;
    input.keep_text = req.exporter.keep_text;
    for (const auto& path : req.inputs)
      if (Status st = input.read_file(path); !st) return st.error();
    KnowledgeGraph graph;
    BuildReport report;
    DocumentTexts texts;
    for (auto& [id, a] : input.analyses) detail::join_graph(req, std::move(a), graph, texts);
    input.analyses.clear();
    for (const Error& e : input.skipped) graph.add_skipped(e);
    report.problems = std::move(input.skipped);
    return detail::merge_and_write(req, std::move(extractor), std::move(graph), std::move(report), t0, texts);
  });
}

}  // namespace kronik
