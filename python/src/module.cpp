// kronik._kronik: the C++ side of `import kronik`. It speaks strings (analysis JSON, lists of
// lines) and plain dicts; python/kronik/__init__.py turns them into Python values. The GIL is
// released while kronik works, so Python threads (and Dask's threaded workers) run it in parallel.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <map>
#include <memory>
#include <mutex>
#include <sstream>

#include "kronik/extract/pipeline.h"
#include "kronik/extract/text/ingest.h"
#include "kronik/runner/build.h"
#include "kronik/runner/store.h"
#include "kronik/store/analysis_json.h"

namespace py = pybind11;

namespace {

// Options shared by every call, as keyword arguments on the Python side.
struct Options {
  std::string data_dir;
  int latest_year = 0;
  unsigned threads = 0;
  bool svg = true;
  bool keep_planned = false;
  bool neo4j = false;
};

kronik::BuildRequest request(std::vector<std::string> inputs, std::string out, const Options& o) {
  kronik::BuildRequest r;
  r.inputs = std::move(inputs);
  r.out_dir = std::move(out);
  r.extract.data_dir = o.data_dir;
  r.extract.latest_year = o.latest_year;
  r.extract.keep_planned_events = o.keep_planned;
  r.threads = o.threads;
  r.exporter.svg = o.svg;
  r.exporter.neo4j_csv = o.neo4j;
  r.generator = std::string("kronik ") + KRONIK_VERSION;  // as the command line writes it
  return r;
}

[[noreturn]] void raise(const kronik::Error& e) {
  if (e.code == kronik::ErrorCode::kUsage) throw py::value_error(e.to_string());
  throw std::runtime_error(e.to_string());
}

py::dict report_dict(const kronik::BuildReport& r) {
  py::dict d;
  d["documents_read"] = r.summary.documents_read;
  d["documents_skipped"] = r.summary.documents_skipped;
  d["entities"] = r.summary.entities;
  d["events"] = r.summary.events;
  d["analysed"] = r.analysed;
  d["unchanged"] = r.unchanged;
  d["outputs_written"] = r.outputs_written;
  d["exit_code"] = r.exit_code();
  py::list problems;
  for (const auto& e : r.problems) problems.append(e.to_string());
  d["problems"] = problems;
  return d;
}

// One Extractor per (data folder, latest year), loaded on first use and shared (analyze is
// const and thread-safe).
std::shared_ptr<const kronik::Extractor> extractor_for(const Options& o) {
  static std::mutex mu;
  static std::map<std::pair<std::string, int>, std::shared_ptr<const kronik::Extractor>> cache;
  std::lock_guard lock(mu);
  auto& slot = cache[{o.data_dir, o.latest_year}];
  if (!slot) {
    kronik::ExtractConfig cfg;
    cfg.data_dir = o.data_dir;
    cfg.latest_year = o.latest_year;
    auto ex = kronik::Extractor::create(cfg);
    if (!ex) raise(ex.error());
    slot = ex.value();
  }
  return slot;
}

py::bytes analyze(std::string text, std::string id, std::string url, std::string title, std::string source,
                    std::string published, std::string language, const Options& o) {
  auto ex = extractor_for(o);
  kronik::IngestConfig icfg;
  auto raw = kronik::make_document(id, id, kronik::InputFormat::kText, std::move(text), icfg);
  if (!raw) raise(raw.error());
  kronik::RawDocument doc = std::move(raw).value();
  doc.url = std::move(url), doc.title = std::move(title), doc.source = std::move(source);
  doc.published = std::move(published), doc.language = std::move(language);
  std::string json;
  {
    py::gil_scoped_release release;
    json = kronik::analysis_to_json(ex->analyze(std::move(doc)));
  }
  return py::bytes(json);  // bytes: Python decodes them (json.loads), never pybind11
}

template <class Job>
py::dict run(Job&& job) {
  kronik::Result<kronik::BuildReport> r = [&] {
    py::gil_scoped_release release;
    return job();
  }();
  if (!r) raise(r.error());
  return report_dict(r.value());
}

py::list extract(std::vector<std::string> paths, const Options& o) {
  std::ostringstream out;
  auto req = request(std::move(paths), "-", o);
  run([&] { return kronik::run_extract(req, out); });
  py::list lines;
  std::istringstream in(out.str());
  for (std::string line; std::getline(in, line);) lines.append(py::bytes(line));
  return lines;
}

}  // namespace

PYBIND11_MODULE(_kronik, m) {
  m.doc() = "kronik: dated event timelines and knowledge graphs from news articles (C++ core)";
  m.attr("__version__") = KRONIK_VERSION;
  py::class_<Options>(m, "Options")
      .def(py::init<>())
      .def_readwrite("data_dir", &Options::data_dir)
      .def_readwrite("latest_year", &Options::latest_year)
      .def_readwrite("threads", &Options::threads)
      .def_readwrite("svg", &Options::svg)
      .def_readwrite("keep_planned", &Options::keep_planned)
      .def_readwrite("neo4j", &Options::neo4j);
  m.def("analyze", &analyze, "Analysis JSON of one document", py::arg("text"), py::arg("id"), py::arg("url"), py::arg("title"),
        py::arg("source"), py::arg("published"), py::arg("language"), py::arg("options"));
  m.def("build", [](std::vector<std::string> paths, std::string out, std::string store, bool use_store, const Options& o) {
    auto req = request(std::move(paths), std::move(out), o);
    req.use_store = use_store;
    req.store_path = std::move(store);
    return run([&] { return kronik::run_build(req); });
  });
  m.def("merge", [](std::vector<std::string> analyses, std::string out, const Options& o) {
    auto req = request(std::move(analyses), std::move(out), o);
    return run([&] { return kronik::run_merge(req); });
  });
  m.def("remove", [](std::vector<std::string> ids, std::string out, std::string store, const Options& o) {
    auto req = request({}, std::move(out), o);
    req.store_path = std::move(store);
    return run([&] { return kronik::run_remove(req, ids); });
  });
  m.def("extract", &extract, "Analysis JSON lines of every document of the inputs, in input order");
}
