// kronik/core/error.h: recoverable errors as values.
//
// Usage:
//   kronik::Result<Document> r = read_document(path, config);
//   if (!r) { report(r.error()); continue; }   // one bad article never stops a batch
//   Document doc = std::move(r).value();
//
// Library code never throws for bad *input*: it returns a Result whose Error names the
// code, a human-readable message, the document and the byte offset of the problem.
// Exceptions are reserved for programming errors and for the CLI boundary.
//
// Thread-safety: plain value types; no shared state.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <variant>

namespace kronik {

/// What went wrong. Values are stable: they appear in timeline.json warnings.
enum class ErrorCode : std::uint8_t {
  kOk = 0,
  kIo,            ///< file cannot be opened or read
  kInvalidUtf8,   ///< bytes that are not UTF-8 (repaired, reported as a warning)
  kEmpty,         ///< no text after cleaning
  kBinary,        ///< NUL bytes or mostly control characters: not a text document
  kTooLarge,      ///< larger than Config::max_document_bytes
  kParse,         ///< malformed JSON line, HTML or data file
  kUnsupported,   ///< format or option kronik does not know
  kData,          ///< lexicon or gazetteer file malformed
  kUsage,         ///< an option or argument out of its range
  kTruncated,     ///< over its DocumentBudget: only the first part was analysed (a warning)
  kDuplicate,     ///< same id or same content as an earlier document: the copy is skipped
};

/// Short stable name for a code ("io", "invalid-utf8", ...).
const char* error_code_name(ErrorCode code) noexcept;

/// A recoverable error: what, where (document and byte offset), and why.
struct Error {
  ErrorCode code = ErrorCode::kOk;
  std::string message;       ///< one sentence, no trailing period
  std::string document;      ///< document id or path; may be empty
  std::uint64_t offset = 0;  ///< byte offset into the document (or line number for data files)

  /// "document: message (at byte N)" for humans ("(line N)" for kData errors in data files).
  std::string to_string() const;
};

/// Minimal expected-style result (std::expected is C++23).
template <class T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}              // NOLINT(implicit)
  Result(Error error) : v_(std::move(error)) {}          // NOLINT(implicit)

  bool ok() const noexcept { return v_.index() == 0; }
  explicit operator bool() const noexcept { return ok(); }

  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  const Error& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

/// Result of an operation that produces nothing but may fail.
class Status {
 public:
  Status() = default;
  Status(Error error) : error_(std::move(error)), failed_(true) {}  // NOLINT(implicit)
  bool ok() const noexcept { return !failed_; }
  explicit operator bool() const noexcept { return ok(); }
  const Error& error() const { return error_; }

 private:
  Error error_;
  bool failed_ = false;
};

}  // namespace kronik
