#include "kronik/core/error.h"

#include "kronik/core/text.h"

namespace kronik {

const char* error_code_name(ErrorCode code) noexcept {
  switch (code) {
    case ErrorCode::kOk: return "ok";
    case ErrorCode::kIo: return "io";
    case ErrorCode::kInvalidUtf8: return "invalid-utf8";
    case ErrorCode::kEmpty: return "empty";
    case ErrorCode::kBinary: return "binary";
    case ErrorCode::kTooLarge: return "too-large";
    case ErrorCode::kParse: return "parse";
    case ErrorCode::kUnsupported: return "unsupported";
    case ErrorCode::kData: return "data";
    case ErrorCode::kUsage: return "usage";
    case ErrorCode::kTruncated: return "truncated";
    case ErrorCode::kDuplicate: return "duplicate";
  }
  return "unknown";
}

std::string Error::to_string() const {
  std::string s;
  // Names and messages quote file names and document text: escaped so that they cannot drive
  // the terminal they are printed on.
  if (!document.empty()) s += printable(document) + ": ";
  s += message.empty() ? std::string(error_code_name(code)) : printable(message);
  // Data files are reported by line, documents by byte offset.
  if (offset != 0) s += (code == ErrorCode::kData ? " (line " : " (at byte ") + std::to_string(offset) + ")";
  return s;
}

}  // namespace kronik
