// Private: the ASCII-fast case functions of token_stream.h, for files that cannot include the
// public Token type (clean.cpp has its own whitespace tokens).
#pragma once

#include <string>
#include <string_view>

namespace kronik {
std::string token_lower(std::string_view token);  // = lower(), byte-wise for ASCII
std::string token_fold(std::string_view token);   // = fold(), byte-wise for ASCII
}  // namespace kronik
