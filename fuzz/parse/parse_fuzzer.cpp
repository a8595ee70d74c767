// Fuzz harness: the linguistic layer, Extractor::parse (cleaning, sentences, token stream,
// clitic splitting, tagging and parsing with the bundled models) on a text ingested from the
// bytes, in the language the first byte picks (odd: English, even: Indonesian).
// Checks: every syntactic word lies inside its token on code-point boundaries, words are in
// order and cover their token, each token has at least one word, heads are in range and each
// sentence chunk has a root.
#include "../fuzz_support.h"
#include "kronik/extract/pipeline.h"
#include "kronik/extract/syntax/annotate.h"
#include "kronik/core/text.h"
#include "kronik/extract/text/ingest.h"

namespace {

using namespace kronik;

const Extractor& extractor() {
  static const std::shared_ptr<const Extractor> ex = [] {
    auto r = Extractor::create(ExtractConfig{});
    if (!r) fuzz::fuzz_fail("cannot load the data folder", r.error().to_string());
    return r.value();
  }();
  return *ex;
}

void check_sentence(std::string_view text, const SentenceTokens& st) {
  const SentenceSyntax& sx = st.syntax;
  if (sx.empty()) return;
  fuzz::fuzz_check(sx.first_word.size() == st.size() + 1, "first_word is not one per token plus one");
  int roots = 0;
  for (std::size_t w = 0; w < sx.words.size(); ++w) {
    const SyntaxWord& word = sx.words[w];
    fuzz::check_span(text, word.span.begin, word.span.end, "word span");
    fuzz::fuzz_check(word.token < st.size(), "word of no token");
    const ByteSpan tok = st.toks[word.token].span;
    fuzz::fuzz_check(word.span.begin >= tok.begin && word.span.end <= tok.end && word.span.size() > 0,
                     "word outside its token or empty");
    fuzz::fuzz_check(word.head <= sx.words.size() && word.head != w + 1, "head out of range or a self-loop");
    roots += word.head == 0;
  }
  for (std::size_t k = 0; k < st.size(); ++k) {
    fuzz::fuzz_check(sx.first_word[k] < sx.first_word[k + 1], "token without a word");
    fuzz::fuzz_check(sx.words[sx.first_word[k]].span.begin == st.toks[k].span.begin, "token's words do not start it");
    fuzz::fuzz_check(sx.words[sx.first_word[k + 1] - 1].span.end == st.toks[k].span.end, "token's words do not end it");
  }
  fuzz::fuzz_check(roots >= 1, "no root");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  RawDocument raw;
  raw.id = "fuzz.txt";
  raw.path = "fuzz.txt";
  raw.language = (data[0] & 1) ? "en" : "id";
  raw.text = repair_utf8(fuzz::as_view(data + 1, size - 1));
  auto doc = extractor().parse(std::move(raw));
  for (const SentenceTokens& st : doc->tokens.sentences) check_sentence(doc->raw.text, st);
  return 0;
}
