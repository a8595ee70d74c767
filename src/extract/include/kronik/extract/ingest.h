// kronik/extract/ingest.h: turning paths into RawDocuments.
//
// Usage:
//   IngestConfig cfg;                                  // defaults documented below
//   std::vector<Error> problems;
//   auto sources = list_inputs({"articles/", "-"}, &problems);   // directories recursive, sorted
//   for (const auto& src : sources)
//     read_source(src, cfg, [&](Result<RawDocument> doc) { ... });  // called once per document
//
// Formats: plain text (.txt and anything unrecognised), HTML (.html/.htm, or content that
// starts like HTML; body text extracted with gumbo, <title> and published-time meta tags kept),
// JSON Lines (.jsonl/.ndjson: one article per line with `id`, `text` and optional `title`, `url`,
// `source`, `published`, `language`).
//
// Errors: a document that cannot be used is passed to the sink as an Error (kIo, kEmpty,
// kBinary, kTooLarge, kParse) naming the document and byte offset; the caller counts it and goes
// on. Invalid UTF-8 is repaired (U+FFFD) and reported in RawDocument::repairs.
// Offsets name bytes of the input as read: of the file (a UTF-8 BOM counts), of the JSONL file for
// a malformed line, of the decoded `text` field for a problem inside a JSONL document. A JSONL
// error's `document` is "file.jsonl:LINE". Bytes are kept as they are (CRLF too), except that a
// leading UTF-8 BOM is dropped; for HTML, RawDocument::text is the extracted text.
// The full rules (HTML extraction, metadata tags) are in docs/ingestion.md.
// Thread-safety: free functions without shared state; sinks are called on the caller's thread.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "kronik/core/error.h"
#include "kronik/core/model.h"

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
};

/// One thing to read: a file, or stdin.
struct InputSource {
  std::string path;   ///< as given, or found under a directory; "-" for stdin
  InputFormat format = InputFormat::kText;
};

/// Expands inputs: files as given, directories recursively (regular files only, hidden files and
/// directories skipped, sorted by path for determinism), "-" for stdin. Inputs that do not exist
/// are reported in `problems` (kIo) and left out.
std::vector<InputSource> list_inputs(const std::vector<std::string>& inputs, std::vector<Error>* problems);

/// Format from the file name (extension), falling back to sniffing `head` (first bytes).
InputFormat detect_format(const std::string& path, std::string_view head);

/// Reads one source and calls `sink` once per document it holds (one for text/HTML, one per
/// non-blank line for JSONL). Never throws for bad input.
void read_source(const InputSource& source, const IngestConfig& config,
                 const std::function<void(Result<RawDocument>)>& sink);

/// Builds a RawDocument from bytes already in memory (used by read_source and by tests).
/// `id` is the document id, `path` its origin. For kJsonLines, `bytes` is one JSON line and the id
/// comes from its `id` field (`id` is ignored).
Result<RawDocument> make_document(std::string id, std::string path, InputFormat format,
                                  std::string bytes, const IngestConfig& config);

}  // namespace kronik
