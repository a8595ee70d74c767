// kronik/extract/text/ingest.h: turning paths into RawDocuments.
//
// Usage:
//   IngestConfig cfg;                                  // defaults documented below
//   if (Status st = validate(cfg); !st) { /* st.error(): which field */ }
//   std::vector<Error> problems;                       // inputs left out, each with its reason
//   auto sources = list_inputs({"articles/", "-"}, &problems);   // directories recursive, sorted
//   DuplicateGuard dups;
//   for (const auto& src : sources) {
//     SourceReader reader(src, cfg);                   // pull one document at a time
//     while (auto doc = reader.next()) {               // std::optional<Result<RawDocument>>
//       if (*doc) if (auto dup = dups.check(doc->value())) { /* skip: *dup names both */ }
//     }
//   }
//   // or, push style: read_source(src, cfg, [&](Result<RawDocument> doc) { ... });
//
// Formats: plain text (.txt and anything unrecognised), HTML (.html/.htm, or content that
// starts like HTML; body text extracted with gumbo, <title> and published-time meta tags kept),
// JSON Lines (.jsonl/.ndjson: one article per line with `id`, `text` and optional `title`, `url`,
// `source`, `published`, `language`).
//
// Streams are read once: a FIFO, a process substitution (/dev/fd/N) or stdin is never re-opened;
// its format is sniffed from the first bytes read, which are then part of the document. JSON
// Lines are streamed line by line, so memory stays bounded by the longest line.
//
// Errors: a document that cannot be used is passed to the sink as an Error (kIo, kEmpty,
// kBinary, kTooLarge, kParse) naming the document and byte offset; the caller counts it and goes
// on. Invalid UTF-8 is repaired (U+FFFD) and reported in RawDocument::repairs, as is HTML nested
// deeper than the budget allows (kTruncated).
// Offsets name bytes of the input as read: of the file (a UTF-8 BOM counts), of the JSONL file for
// a malformed line, of the decoded `text` field for a problem inside a JSONL document. A JSONL
// error's `document` is "file.jsonl:LINE". Bytes are kept as they are (CRLF too), except that a
// leading UTF-8 BOM is dropped; for HTML, RawDocument::text is the extracted text.
// The full rules (HTML extraction, metadata tags, skipped inputs) are in docs/ingestion.md.
// Thread-safety: free functions without shared state; sinks are called on the caller's thread.
// A SourceReader or a DuplicateGuard is used by one thread at a time.
#pragma once

#include <cstdint>
#include <fstream>
#include <functional>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kronik/core/error.h"
#include "kronik/core/model.h"
#include "kronik/extract/text/budget.h"

namespace kronik {

struct IngestConfig {
  /// Documents (files, or JSONL `text` fields) larger than this are skipped (kTooLarge).
  std::uint64_t max_document_bytes = 8u << 20;  // 8 MiB
  /// A document whose share of control characters (other than \t \n \r \f) exceeds this, or that
  /// contains a NUL byte, is binary and skipped (kBinary).
  double max_control_ratio = 0.05;
  /// Stdin is read as this format when "-" is given (text, html or jsonl); InputSource::format is
  /// ignored for "-". Stdin documents have id and path "-" (JSONL: path "-:LINE").
  InputFormat stdin_format = InputFormat::kText;
  /// Sniff stdin's format from its first bytes instead (HTML markup, JSON Lines objects, else
  /// text), as for other streams; stdin_format is then ignored. `kronik build -` does this
  /// unless --stdin-format is given.
  bool sniff_stdin = false;
  /// Only DocumentBudget::max_html_depth is applied here (deeper elements are flattened with a
  /// kTruncated repair note); give the Extractor the same budget for the rest.
  DocumentBudget budget;
};

/// Range checks for the numbers a user may set: max_document_bytes > 0, max_control_ratio in
/// [0, 1], the budget valid. The Error (kUnsupported) names the field.
Status validate(const IngestConfig& config);

// kOutputMarkerFile (kronik/core/model.h): a directory that holds it is an output folder of
// kronik and is never read as input.

/// One thing to read: a file, or stdin.
struct InputSource {
  std::string path;   ///< as given, or found under a directory; "-" for stdin
  InputFormat format = InputFormat::kText;
  /// A stream that can be read only once (FIFO, /dev/fd/N, character device): `format` comes
  /// from the extension only, and the reader sniffs the content from the bytes it reads.
  bool stream = false;
};

/// Expands inputs: files as given, directories recursively (regular files and links to them,
/// hidden files and directories skipped, sorted by path for determinism), "-" for stdin. A FIFO
/// or other stream given directly is listed (and read once); nothing is read from it here.
/// Every input left out is reported in `problems` (kIo) with its reason: no such file,
/// permission denied, symbolic link loop, dangling symbolic link, link to a directory (not
/// followed), special file (FIFO, socket, device) inside a directory, unreadable directory,
/// kronik output folder (holds kOutputMarkerFile). Problems come in input order, then path order.
std::vector<InputSource> list_inputs(const std::vector<std::string>& inputs, std::vector<Error>* problems);

/// Format from the file name (extension), falling back to sniffing `head` (first bytes).
InputFormat detect_format(const std::string& path, std::string_view head);

/// Pull-style reading of one source: next() returns each document (or the Error that replaced
/// it) in order, then nullopt. Text and HTML give one result; JSON Lines one per non-blank line,
/// read as they are asked for (memory: one line, at most max_document_bytes). The source is
/// opened on the first next() and read once. Never throws for bad input.
class SourceReader {
 public:
  SourceReader(InputSource source, IngestConfig config);
  ~SourceReader();
  SourceReader(const SourceReader&) = delete;
  SourceReader& operator=(const SourceReader&) = delete;

  std::optional<Result<RawDocument>> next();
  /// Format in use: known after the first next() (sniffed for streams and unknown extensions).
  InputFormat format() const noexcept { return format_; }

 private:
  enum class State { kStart, kLines, kDone };
  std::optional<Error> open();
  Result<RawDocument> read_whole();
  std::optional<Result<RawDocument>> next_line();
  Result<RawDocument> skip_long_line();
  bool fill();  // reads one more chunk into pending_; false at the end of the stream
  void sniff_format();  // format_ from the first bytes of a stream (kept in pending_)

  InputSource source_;
  IngestConfig config_;
  InputFormat format_;
  State state_ = State::kStart;
  std::unique_ptr<std::ifstream> file_;
  std::istream* in_ = nullptr;
  std::string pending_;      // bytes read and not yet handed out (the sniffed head, the next lines)
  std::size_t pos_ = 0;      // first byte of pending_ not yet used
  std::size_t scan_ = 0;     // where the search for the next newline resumes in pending_
  std::uint64_t line_no_ = 0;
  std::uint64_t offset_ = 0;  // offset in the stream of pending_[0]
};

/// Reads one source and calls `sink` once per document it holds (one for text/HTML, one per
/// non-blank line for JSONL), through a SourceReader. Never throws for bad input.
void read_source(const InputSource& source, const IngestConfig& config,
                 const std::function<void(Result<RawDocument>)>& sink);

/// Finds documents that repeat an earlier one of the run. Give it every RawDocument in input
/// order: check() returns a kDuplicate Error naming the later document when its id was seen
/// before ("duplicate id X (first seen at path P)") or when its text is byte-identical to an
/// earlier document's ("same content as Y (P)"); nullopt for a new document, which is
/// remembered. The caller skips the duplicate with that message, so identical copies count as
/// one source. Content is compared through a 64-bit FNV-1a hash of RawDocument::text (a false
/// match needs ~2^32 documents). Memory: one entry per distinct id and per distinct text.
class DuplicateGuard {
 public:
  std::optional<Error> check(const RawDocument& doc);

 private:
  struct Seen {
    std::string id, path;
  };
  std::unordered_map<std::string, std::string> paths_by_id_;
  std::unordered_map<std::uint64_t, Seen> by_content_;
};

/// Builds a RawDocument from bytes already in memory (used by read_source and by tests).
/// `id` is the document id, `path` its origin. For kJsonLines, `bytes` is one JSON line and the id
/// comes from its `id` field (`id` is ignored).
Result<RawDocument> make_document(std::string id, std::string path, InputFormat format,
                                  std::string bytes, const IngestConfig& config);

}  // namespace kronik
