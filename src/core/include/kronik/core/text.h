// kronik/core/text.h: UTF-8 and name-normalisation helpers shared by every stage.
//
// Usage:
//   auto bad = first_invalid_utf8(bytes);         // nullopt when valid
//   std::string fixed = repair_utf8(bytes);        // invalid bytes -> U+FFFD
//   fold("Kim Jong-un") == fold("kim jong un")    // "kim jong un": case, accents, hyphens, spaces
//
// fold() is the matching key for names everywhere (gazetteer, alias merging): NFKD, combining
// marks removed, case-folded, every run of non-alphanumerics collapsed to one space. It uses ICU
// and is thread-safe (per-thread ICU objects).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kronik {

/// Byte offset of the first invalid UTF-8 sequence, or nullopt.
std::optional<std::size_t> first_invalid_utf8(std::string_view s) noexcept;
/// Replaces every invalid sequence by U+FFFD; returns the count through `replaced`.
std::string repair_utf8(std::string_view s, std::size_t* replaced = nullptr);
/// Decodes one code point at `i` (advancing it). Invalid bytes decode as U+FFFD.
char32_t decode_utf8(std::string_view s, std::size_t& i) noexcept;
void append_utf8(std::string& out, char32_t cp);
/// Number of code points in valid UTF-8 (bytes that do not continue a sequence).
std::size_t count_code_points(std::string_view s) noexcept;

/// Name matching key (see above).
std::string fold(std::string_view s);
/// Lower-cases ASCII letters only (cheap, for lexicon look-ups of ASCII words).
std::string ascii_lower(std::string_view s);
/// Lower-case with ICU (full Unicode).
std::string lower(std::string_view s);

bool is_upper_initial(std::string_view word) noexcept;  ///< first code point is an upper-case letter
bool is_all_caps(std::string_view word) noexcept;       ///< >= 2 letters, all upper case
std::string_view trim(std::string_view s) noexcept;     ///< ASCII and Unicode spaces trimmed
std::vector<std::string_view> split(std::string_view s, char sep);

/// 64-bit FNV-1a: stable content hashes for ids (same bytes -> same id, on every platform).
std::uint64_t fnv1a64(std::string_view s, std::uint64_t seed = 14695981039346656037ULL) noexcept;
/// 16 lower-case hex digits.
std::string hex64(std::uint64_t v);
/// "a-z0-9_" slug of a name ("Kim Jong-un" -> "kim_jong_un").
std::string slug(std::string_view s);

/// Safe for a terminal or a log line: C0 controls (tab and newline too), DEL and bytes of invalid
/// UTF-8 become "\xNN", C1 controls (U+0080..U+009F) and the bidirectional overrides and
/// isolates (U+202A..U+202E, U+2066..U+2069) become "\u{NN}", a backslash becomes "\\"; every
/// other character is kept. Use it for file names and any text from a document in a message.
std::string printable(std::string_view s);

}  // namespace kronik
