// kronik_bench_scan: the throughput ceiling of dictionary tagging, a plain multi-pattern scan.
//
//   kronik_bench_scan --corpus FILE [--repeat K] [--limit N] [--data-dir DIR]
//
// Every word and phrase of kronik's lexicons (all data/**/*.tsv: gazetteer names, aliases and
// demonyms, titles, heads, function words, event triggers, time words, page-noise phrases,
// abbreviations) is lower-cased and ASCII-folded and compiled into one Aho-Corasick automaton
// (a full DFA over byte classes). Each pass folds every document's text the same way and runs
// it through the automaton, counting every match and the matches that are whole words. This is
// the least work any tool that looks those words up in raw text must do; kronik's end-to-end
// throughput is compared against it (issue 8: kronik per core >= 10% of the scan).
//
// The corpus is read once through kronik's ingest API, like kronik_bench, so that both measure
// the same text bytes (RawDocument::text, after JSON/HTML decoding). MB = 10^6 bytes of that
// text. One thread: the figures are per core.
//
// The last line is machine-readable for bench/run_scale.sh:
//   RESULT best_mbps=... median_mbps=... matches=... whole_words=... patterns=... states=...
//
// This is a program, not a test: it prints and exits, which library code never does.
#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "kronik/core/error.h"
#include "kronik/core/model.h"
#include "kronik/extract/text/ingest.h"

#ifndef KRONIK_BENCH_DATA_DIR
#define KRONIK_BENCH_DATA_DIR "data"
#endif

namespace {

using Clock = std::chrono::steady_clock;

// --- folding ----------------------------------------------------------------------------------

// Base letters of U+00C0..U+00FF and U+0100..U+017F (Unicode NFKD, first ASCII letter); '*'
// keeps the character as it is (multiplication and division signs).
constexpr std::string_view kLatin1Fold = "aaaaaaaceeeeiiiidnooooo*ouuuuytsaaaaaaaceeeeiiiidnooooo*ouuuuyty";
constexpr std::string_view kLatinAFold =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrsssss"
    "sssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

/// Appends `text` lower-cased, with Latin letters carrying accents folded to their ASCII base
/// ("Tiranë" -> "tirane"); every other byte is copied.
void fold_into(std::string_view text, std::string& out) {
  out.clear();
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      out.push_back(static_cast<char>(c | ((static_cast<unsigned>(c - 'A') < 26u) << 5)));  // 'A'..'Z' -> 'a'..'z'
      continue;
    }
    if (c >= 0xC3 && c <= 0xC5 && i + 1 < text.size()) {
      auto c2 = static_cast<unsigned char>(text[i + 1]);
      unsigned cp = ((c & 0x1Fu) << 6) | (c2 & 0x3Fu);
      char base = '*';
      if (cp >= 0xC0 && cp < 0x100) base = kLatin1Fold[cp - 0xC0];
      else if (cp >= 0x100 && cp < 0x180) base = kLatinAFold[cp - 0x100];
      if (base != '*' && (c2 & 0xC0) == 0x80) {
        out.push_back(base);
        ++i;
        continue;
      }
    }
    out.push_back(static_cast<char>(c));
  }
}

std::string fold(std::string_view text) {
  std::string out;
  fold_into(text, out);
  return out;
}

/// Letters, digits and UTF-8 bytes are word characters; a whole-word match has none on either side.
bool is_word_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
}

// --- Aho-Corasick -----------------------------------------------------------------------------

/// Aho-Corasick automaton compiled to a full DFA: every state has a transition for every byte
/// class, so the scan is one table look-up per byte. Bytes that occur in no pattern share class 0.
class AhoCorasick {
 public:
  explicit AhoCorasick(const std::vector<std::string>& patterns) {
    assign_classes(patterns);
    build_trie(patterns);
    link_failures();
  }

  struct Counts {
    std::uint64_t all = 0;          ///< every occurrence of every pattern
    std::uint64_t whole_words = 0;  ///< occurrences with no word character on either side
  };

  Counts scan(std::string_view text) const {
    Counts n;
    std::uint32_t row = 0;  // the current state's first cell in cells_
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    for (std::size_t i = 0; i < text.size(); ++i) {
      std::uint32_t cell = cells_[row + class_of_[bytes[i]]];
      row = cell >> 1;
      if ((cell & 1u) == 0) continue;
      std::int32_t s = old_id_[row / classes_];
      n.all += outputs_[s];
      if (i + 1 < text.size() && is_word_byte(bytes[i + 1])) continue;
      for (std::int32_t t = terminal_[s] ? s : dict_[s]; t > 0; t = dict_[t]) {
        std::size_t len = depth_[t];
        if (len > i || !is_word_byte(bytes[i - len])) ++n.whole_words;
      }
    }
    return n;
  }

  std::size_t states() const { return depth_.size(); }
  std::size_t table_bytes() const { return cells_.size() * sizeof(cells_[0]); }
  unsigned classes() const { return classes_; }

 private:
  void assign_classes(const std::vector<std::string>& patterns) {
    std::array<bool, 256> used{};
    for (const auto& p : patterns)
      for (unsigned char c : p) used[c] = true;
    class_of_.fill(0);
    classes_ = 1;
    for (unsigned b = 0; b < 256; ++b)
      if (used[b]) class_of_[b] = static_cast<std::uint8_t>(classes_++);
  }

  std::int32_t add_state(std::uint32_t depth) {
    next_.resize(next_.size() + classes_, -1);
    depth_.push_back(depth);
    terminal_.push_back(0);
    return static_cast<std::int32_t>(depth_.size() - 1);
  }

  void build_trie(const std::vector<std::string>& patterns) {
    add_state(0);
    for (const auto& p : patterns) {
      std::int32_t s = 0;
      for (unsigned char c : p) {
        std::int32_t& t = next_[static_cast<std::size_t>(s) * classes_ + class_of_[c]];
        if (t < 0) {
          std::int32_t fresh = add_state(depth_[s] + 1);  // may reallocate next_: no reference kept
          next_[static_cast<std::size_t>(s) * classes_ + class_of_[c]] = fresh;
          s = fresh;
        } else {
          s = t;
        }
      }
      terminal_[s] = 1;
    }
  }

  // Breadth-first: a state's failure target is shallower, so it is complete when it is used.
  void link_failures() {
    std::vector<std::int32_t> fail(states(), 0);
    dict_.assign(states(), 0);
    outputs_.assign(states(), 0);
    std::vector<std::int32_t> queue;
    for (unsigned c = 0; c < classes_; ++c) {
      std::int32_t& t = next_[c];
      if (t < 0) t = 0;
      else queue.push_back(t);
    }
    for (std::size_t head = 0; head < queue.size(); ++head) {
      std::int32_t s = queue[head];
      std::int32_t f = fail[s];
      dict_[s] = terminal_[f] ? f : dict_[f];
      outputs_[s] = terminal_[s] + outputs_[f];
      for (unsigned c = 0; c < classes_; ++c) {
        std::int32_t& t = next_[static_cast<std::size_t>(s) * classes_ + c];
        std::int32_t via_fail = next_[static_cast<std::size_t>(f) * classes_ + c];
        if (t < 0) {
          t = via_fail;
        } else {
          fail[t] = via_fail;
          queue.push_back(t);
        }
      }
    }
    queue.insert(queue.begin(), 0);
    compile_cells(queue);
  }

  // The scan's table: each transition holds the target's row offset, shifted left, with the low
  // bit set when a pattern ends there, so the common byte costs one look-up and no multiply.
  // Rows are laid out in breadth-first order: the shallow states, where the scan spends most of
  // its time, share the first cache lines.
  void compile_cells(const std::vector<std::int32_t>& bfs_order) {
    if (states() * classes_ >= (1u << 30)) {
      std::fprintf(stderr, "kronik_bench_scan: automaton too large\n");
      std::exit(3);
    }
    old_id_ = bfs_order;
    std::vector<std::uint32_t> new_id(states());
    for (std::size_t n = 0; n < bfs_order.size(); ++n) new_id[bfs_order[n]] = static_cast<std::uint32_t>(n);
    cells_.resize(next_.size());
    for (std::size_t old = 0; old < states(); ++old)
      for (unsigned c = 0; c < classes_; ++c) {
        auto t = static_cast<std::uint32_t>(next_[old * classes_ + c]);
        cells_[new_id[old] * classes_ + c] = ((new_id[t] * classes_) << 1) | (outputs_[t] ? 1u : 0u);
      }
  }

  std::array<std::uint8_t, 256> class_of_{};
  unsigned classes_ = 1;
  std::vector<std::int32_t> next_;       // states x classes transitions
  std::vector<std::uint32_t> depth_;     // length of the state's string
  std::vector<std::uint8_t> terminal_;   // a pattern ends exactly here
  std::vector<std::int32_t> dict_;       // nearest terminal proper suffix (0: none)
  std::vector<std::uint32_t> outputs_;   // patterns ending here, suffixes included
  std::vector<std::uint32_t> cells_;     // next_ compiled for the scan (see compile_cells)
  std::vector<std::int32_t> old_id_;     // cells_ row -> state id of the arrays above
};

// --- lexicons ---------------------------------------------------------------------------------

/// Which columns of a data file hold words or phrases, keyed by the file's name.
struct LexiconColumns {
  std::string_view file;     ///< file name ("titles.tsv"); "*" = any gazetteer entity file
  std::vector<int> columns;  ///< 0-based columns holding text
  std::vector<int> lists;    ///< of those, the columns holding '|'-separated lists
};

// Read from the loaders in src/extract (gazetteer.cpp, events.cpp, timex.cpp, clean.cpp,
// segment.cpp). cameo.tsv (codes), name_order.tsv and offices.tsv (keys) hold no text words.
const std::vector<LexiconColumns>& lexicon_columns() {
  static const std::vector<LexiconColumns> table = {
      {"*", {2, 5, 6}, {5, 6}},        // gazetteer: name, aliases, demonyms
      {"titles.tsv", {0}, {}},
      {"heads.tsv", {0}, {}},
      {"words.tsv", {0}, {}},
      {"timex.tsv", {1}, {}},          // kind, form, value
      {"events.tsv", {0}, {}},         // pattern ('*' gaps split it)
      {"page_noise.tsv", {1}, {}},     // list, entry, language
      {"abbreviations.tsv", {0}, {}},
      {"cameo.tsv", {}, {}},
      {"name_order.tsv", {}, {}},
      {"offices.tsv", {}, {}},
  };
  return table;
}

const LexiconColumns* columns_for(const std::filesystem::path& file) {
  std::string name = file.filename().string();
  for (const auto& lc : lexicon_columns())
    if (lc.file == name) return &lc;
  if (file.parent_path().filename() == "gazetteer") return &lexicon_columns().front();
  return nullptr;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  for (std::size_t start = 0;;) {
    std::size_t end = s.find(sep, start);
    out.push_back(s.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) return out;
    start = end + 1;
  }
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

/// The text an entry stands for, without kronik's markers: "=RI@id" -> "RI", "=kata" -> "kata",
/// "gabung\s" -> "gabung ". Event patterns split at their '*' gaps into several phrases.
std::vector<std::string> entry_phrases(std::string_view cell) {
  std::vector<std::string> out;
  for (std::string_view part : split(cell, '*')) {
    std::string text;
    for (std::string_view word : split(trim(part), ' ')) {
      if (!word.empty() && word.front() == '=') word.remove_prefix(1);
      if (auto at = word.find('@'); at != std::string_view::npos && at > 0) word = word.substr(0, at);
      if (word.empty()) continue;
      if (!text.empty()) text += ' ';
      text += word;
    }
    for (std::size_t p; (p = text.find("\\s")) != std::string::npos;) text.replace(p, 2, " ");
    if (!text.empty()) out.push_back(fold(text));
  }
  return out;
}

struct Lexicon {
  std::vector<std::string> patterns;  // folded, sorted, unique
  std::size_t files = 0;
};

void read_lexicon_file(const std::filesystem::path& file, const LexiconColumns& lc, std::set<std::string>& out) {
  std::ifstream in(file);
  std::string line;
  bool header_seen = false;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string_view> cells = split(line, '\t');
    if (!header_seen) {  // the first row of most files names its columns
      header_seen = true;
      static const std::set<std::string_view> headers = {"key", "title", "head", "word", "kind", "pattern",
                                                         "code", "country_key", "person_key"};
      if (headers.count(trim(cells[0]))) continue;
    }
    for (int col : lc.columns) {
      if (static_cast<std::size_t>(col) >= cells.size()) continue;
      bool list = std::find(lc.lists.begin(), lc.lists.end(), col) != lc.lists.end();
      for (std::string_view item : list ? split(cells[col], '|') : std::vector<std::string_view>{cells[col]})
        for (auto& p : entry_phrases(item)) out.insert(std::move(p));
    }
  }
}

Lexicon load_lexicon(const std::string& data_dir) {
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::recursive_directory_iterator(data_dir))
    if (e.is_regular_file() && e.path().extension() == ".tsv") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::set<std::string> phrases;
  Lexicon lex;
  for (const auto& f : files) {
    const LexiconColumns* lc = columns_for(f);
    if (!lc) {
      std::fprintf(stderr, "note: %s: unknown data file, no words taken\n", f.string().c_str());
      continue;
    }
    if (lc->columns.empty()) continue;
    read_lexicon_file(f, *lc, phrases);
    ++lex.files;
  }
  lex.patterns.assign(phrases.begin(), phrases.end());
  return lex;
}

// --- command line and corpus ------------------------------------------------------------------

struct Options {
  std::string corpus;
  std::string data_dir;
  unsigned repeat = 5;
  std::size_t limit = 0;  // 0 = every document
  std::string dump_patterns;  // write the folded patterns here, one a line (for checking)
};

void usage(std::FILE* out) {
  std::fputs(
      "usage: kronik_bench_scan --corpus FILE [--repeat K] [--limit N] [--data-dir DIR]\n"
      "  --corpus FILE    corpus to scan (any kronik input: JSONL, file or directory)\n"
      "  --repeat K       timed passes; best and median are reported (default 5)\n"
      "  --limit N        scan only the first N documents\n"
      "  --data-dir DIR   kronik data folder (default: $KRONIK_DATA_DIR, then the source tree)\n"
      "  --dump-patterns FILE  also write the folded patterns, one a line\n",
      out);
}

bool parse_options(int argc, char** argv, Options& opt) {
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "-h" || a == "--help") {
      usage(stdout);
      std::exit(0);
    }
    if (i + 1 >= argc) return false;
    const char* v = argv[++i];
    if (a == "--corpus") opt.corpus = v;
    else if (a == "--data-dir") opt.data_dir = v;
    else if (a == "--repeat") opt.repeat = static_cast<unsigned>(std::max(1L, std::strtol(v, nullptr, 10)));
    else if (a == "--dump-patterns") opt.dump_patterns = v;
    else if (a == "--limit") opt.limit = static_cast<std::size_t>(std::strtoull(v, nullptr, 10));
    else return false;
  }
  if (opt.data_dir.empty()) {
    const char* env = std::getenv("KRONIK_DATA_DIR");
    opt.data_dir = env && *env ? env : KRONIK_BENCH_DATA_DIR;
  }
  return !opt.corpus.empty();
}

std::vector<std::string> read_corpus(const Options& opt) {
  std::vector<kronik::Error> problems;
  std::vector<std::string> texts;
  kronik::IngestConfig cfg;
  for (const auto& src : kronik::list_inputs({opt.corpus}, &problems)) {
    kronik::read_source(src, cfg, [&](kronik::Result<kronik::RawDocument> doc) {
      if (doc && (opt.limit == 0 || texts.size() < opt.limit)) texts.push_back(std::move(doc.value().text));
    });
  }
  return texts;
}

double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

}  // namespace

int main(int argc, char** argv) {
  Options opt;
  if (!parse_options(argc, argv, opt)) {
    usage(stderr);
    return 2;
  }
  auto t0 = Clock::now();
  Lexicon lex = load_lexicon(opt.data_dir);
  AhoCorasick ac(lex.patterns);
  if (!opt.dump_patterns.empty()) {
    std::ofstream dump(opt.dump_patterns);
    for (const auto& p : lex.patterns) dump << p << '\n';
  }
  std::printf("automaton: %zu patterns from %zu lexicon files, %zu states, %u byte classes, built in %.2f s\n",
              lex.patterns.size(), lex.files, ac.states(), ac.classes(), seconds_since(t0));

  std::vector<std::string> texts = read_corpus(opt);
  std::uint64_t bytes = 0;
  for (const auto& t : texts) bytes += t.size();
  if (texts.empty()) {
    std::fprintf(stderr, "kronik_bench_scan: no document read from %s\n", opt.corpus.c_str());
    return 3;
  }
  std::printf("corpus: %zu documents, %.2f MB of text\n", texts.size(), static_cast<double>(bytes) / 1e6);

  std::vector<double> wall_mbps, cpu_mbps;
  AhoCorasick::Counts counts;
  std::string folded;
  const double mb = static_cast<double>(bytes) / 1e6;
  for (unsigned pass = 0; pass <= opt.repeat; ++pass) {  // pass 0 warms caches, untimed
    AhoCorasick::Counts n;
    auto start = Clock::now();
    std::clock_t cpu_start = std::clock();
    for (const auto& t : texts) {
      fold_into(t, folded);
      AhoCorasick::Counts d = ac.scan(folded);
      n.all += d.all;
      n.whole_words += d.whole_words;
    }
    double cpu = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
    double wall = seconds_since(start);
    if (pass > 0) {
      wall_mbps.push_back(mb / wall);
      cpu_mbps.push_back(mb / std::max(cpu, 1e-6));
    }
    counts = n;
  }
  std::sort(wall_mbps.begin(), wall_mbps.end());
  std::sort(cpu_mbps.begin(), cpu_mbps.end());
  // CPU time is what a busy machine distorts least: wall time also counts waiting for a core.
  std::printf("scan (fold + Aho-Corasick), one thread, %u passes, %zu KB table:\n", opt.repeat, ac.table_bytes() / 1024);
  std::printf("  per wall second: best %.1f MB/s, median %.1f MB/s\n", wall_mbps.back(), wall_mbps[wall_mbps.size() / 2]);
  std::printf("  per CPU second:  best %.1f MB/s, median %.1f MB/s\n", cpu_mbps.back(), cpu_mbps[cpu_mbps.size() / 2]);
  std::printf("matches per pass: %llu (whole words %llu)\n", static_cast<unsigned long long>(counts.all),
              static_cast<unsigned long long>(counts.whole_words));
  std::printf("RESULT best_mbps=%.2f median_mbps=%.2f best_cpu_mbps=%.2f median_cpu_mbps=%.2f matches=%llu "
              "whole_words=%llu patterns=%zu states=%zu\n",
              wall_mbps.back(), wall_mbps[wall_mbps.size() / 2], cpu_mbps.back(), cpu_mbps[cpu_mbps.size() / 2],
              static_cast<unsigned long long>(counts.all), static_cast<unsigned long long>(counts.whole_words),
              lex.patterns.size(), ac.states());
  return 0;
}
