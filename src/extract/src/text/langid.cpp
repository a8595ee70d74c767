#include "kronik/extract/text/langid.h"

#include "kronik/core/text.h"
#include "kronik/extract/text/token_stream.h"
#include "kronik/extract/text/tokens.h"

namespace kronik {

LanguageGuess identify_language(std::string_view text, const Gazetteer& gz) {
  // The first 20 KB are plenty: function words are frequent.
  std::size_t n = std::min<std::size_t>(text.size(), 20000);
  while (n < text.size() && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) ++n;
  auto toks = tokenize(text, ByteSpan{0, static_cast<std::uint32_t>(n)});
  const std::uint64_t stop = gz.word_class_bit("stop");
  // One look-up per token: the word's id, then its class bits per language (phrases such as a
  // hyphenated token, folded to two atoms, go through the phrase table).
  auto classes = [&](const std::string& f, Language lang) {
    return f.find(' ') == std::string::npos ? gz.word_classes(gz.word_id(f), lang) : gz.word_classes(f, lang);
  };
  double id = 0, en = 0;
  for (const auto& t : toks) {
    if (!t.word) continue;
    std::string f = token_fold(t.text);
    if (classes(f, Language::kIndonesian) & stop) id += 1;
    if (classes(f, Language::kEnglish) & stop) en += 1;
  }
  LanguageGuess g;
  double total = id + en;
  if (total < 3) return g;
  g.language = id >= en ? Language::kIndonesian : Language::kEnglish;
  g.confidence = std::max(id, en) / total;
  return g;
}

}  // namespace kronik
