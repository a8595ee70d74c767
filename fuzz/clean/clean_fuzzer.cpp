// Fuzz harness: cleaning and sentence splitting (kronik/extract/text/clean.h) on any UTF-8 text.
// Checks: every sentence, title and stamp span lies in the text on code-point boundaries;
// sentences are numbered in order and never empty; split_sentences() spans are inside the
// range, in order, disjoint and trimmed.
#include "../fuzz_support.h"
#include "kronik/core/text.h"
#include "kronik/extract/text/clean.h"

namespace {

using namespace kronik;

void check_cleaned(const RawDocument& raw, const CleanedDocument& c) {
  fuzz::check_span(raw.text, c.title_span.begin, c.title_span.end, "title span");
  for (const ByteSpan& s : c.stamp_lines) fuzz::check_span(raw.text, s.begin, s.end, "stamp line");
  for (std::size_t i = 0; i < c.sentences.size(); ++i) {
    const Sentence& s = c.sentences[i];
    fuzz::check_span(raw.text, s.span.begin, s.span.end, "sentence span");
    fuzz::fuzz_check(s.span.size() > 0, "empty sentence");
    fuzz::fuzz_check(s.index == i, "sentence index out of order");
  }
}

void check_split(std::string_view text, ByteSpan range, const std::vector<ByteSpan>& spans) {
  std::uint32_t last_end = range.begin;
  for (const ByteSpan& s : spans) {
    fuzz::check_span(text, s.begin, s.end, "split_sentences span");
    fuzz::fuzz_check(s.begin >= last_end && s.end <= range.end, "split_sentences span outside range or overlapping");
    fuzz::fuzz_check(s.size() > 0, "split_sentences returned an empty span");
    std::string_view piece = slice(text, s);
    fuzz::fuzz_check(trim(piece).size() == piece.size(), "split_sentences span not trimmed", piece);
    last_end = s.end;
  }
}

// A second range that starts at a line inside the text, so splitting mid-document is covered.
ByteSpan inner_range(std::string_view text) {
  std::size_t nl = text.find('\n', text.size() / 3);
  std::uint32_t begin = nl == std::string_view::npos ? 0 : static_cast<std::uint32_t>(nl + 1);
  return ByteSpan{begin, static_cast<std::uint32_t>(text.size())};
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  RawDocument raw;
  raw.id = "fuzz.txt";
  raw.text = repair_utf8(fuzz::as_view(data, size));  // ingestion's guarantee: valid UTF-8
  check_cleaned(raw, clean_document(raw, CleanConfig{}));
  const std::string_view text = raw.text;
  const ByteSpan whole{0, static_cast<std::uint32_t>(text.size())};
  check_split(text, whole, split_sentences(text, whole));
  const ByteSpan inner = inner_range(text);
  check_split(text, inner, split_sentences(text, inner));
  return 0;
}
