// One short document run through the pipeline (syntax coder off), with a window coder over it
// whose stages the test_window_*.cpp files call one at a time (src/extract/src/events/window/).
#pragma once

#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "events/window/window.h"
#include "kronik/extract/pipeline.h"
#include "test_paths.h"

namespace kronik::test {

struct WindowShared {
  std::shared_ptr<const Extractor> extractor;
  std::shared_ptr<const EventLexicon> lexicon;
  std::shared_ptr<const Gazetteer> gazetteer;
};

inline const WindowShared& window_shared() {
  static WindowShared s = [] {
    WindowShared w;
    ExtractConfig cfg;
    cfg.data_dir = data_dir();
    cfg.syntax_events = false;
    cfg.latest_year = 2025;
    auto ex = Extractor::create(cfg);
    REQUIRE(ex);
    w.extractor = ex.value();
    auto lex = EventLexicon::load(data_dir());
    REQUIRE(lex);
    w.lexicon = lex.value();
    auto gz = Gazetteer::load(data_dir(), {});
    REQUIRE(gz);
    w.gazetteer = gz.value();
    return w;
  }();
  return s;
}

/// A document of our own sentences and a window coder over it. Not movable: the coder and the
/// sentence states refer into it.
class WindowDoc {
 public:
  WindowDoc(const std::string& lang, const std::string& text, const std::string& published = "2024-07-15") {
    const WindowShared& w = window_shared();
    RawDocument raw;
    raw.id = "window-test.txt";
    raw.path = raw.id;
    raw.text = text + "\n";
    raw.published = published;
    raw.language = lang;
    a_ = w.extractor->analyze(std::move(raw));
    tokens_ = TokenStream::build(a_.raw.text, a_.sentences, *w.gazetteer, a_.info.language);
    coder_ = std::make_unique<window::WindowCoder>(*w.lexicon, *w.gazetteer, a_.raw.id, a_.raw.text, a_.sentences,
                                                   tokens_, a_.mentions, a_.times, a_.info.published, options_);
  }
  WindowDoc(const WindowDoc&) = delete;
  WindowDoc& operator=(const WindowDoc&) = delete;

  window::WindowCoder& coder() { return *coder_; }
  const DocumentAnalysis& analysis() const { return a_; }
  /// Sentence i with its triggers found (and, when `attribution`, its speeches), after the
  /// coder has coded the sentences before it (pronouns and dropped subjects look back).
  window::SentenceState sentence(std::size_t i, bool attribution = false) {
    std::size_t cursor = 0;
    for (; coded_ < i; ++coded_) {
      window::SentenceState before = coder_->open_sentence(coded_, cursor);
      if (before.toks.empty()) continue;
      coder_->code_sentence(before);
      coder_->remember_persons(before);
    }
    window::SentenceState c = coder_->open_sentence(i, cursor);
    coder_->find_triggers(c);
    if (attribution) coder_->find_speeches(c);
    coder_->mark_governed(c);
    return c;
  }
  /// The last sentence (the ones before it coded) and the first token `word` in it.
  std::pair<window::SentenceState, std::size_t> last_sentence_at(const std::string& word) {
    window::SentenceState c = sentence(a_.sentences.size() - 1);
    const std::size_t k = token_of(c, word);
    REQUIRE(k != std::string::npos);
    return {c, k};
  }
  /// The text of tokens [b, e) of a sentence.
  std::string tokens_text(const window::SentenceState& c, std::size_t b, std::size_t e) const {
    return b < e ? coder_->span_text(c, b, e) : std::string();
  }
  /// The first token of sentence c whose lower-case text is `word` (npos when none).
  static std::size_t token_of(const window::SentenceState& c, const std::string& word) {
    for (std::size_t k = 0; k < c.toks.size(); ++k)
      if (c.toks[k].lower == word) return k;
    return std::string::npos;
  }

 private:
  EventOptions options_;
  DocumentAnalysis a_;
  TokenStream tokens_;
  std::unique_ptr<window::WindowCoder> coder_;
  std::size_t coded_ = 0;
};

}  // namespace kronik::test
