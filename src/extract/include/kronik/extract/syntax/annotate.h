// kronik/extract/syntax/annotate.h: parts of speech and dependency trees on the token stream.
//
// Usage:
//   auto annotator = SyntaxAnnotator::load(data_dir).value();   // once per run
//   TokenStream ts = TokenStream::build(text, sentences, gazetteer, lang);
//   annotator->annotate(text, ts);                             // fills st.syntax of every sentence
//   const SentenceSyntax& sx = ts.sentences[i].syntax;
//   for (std::size_t k = 0; k < ts.sentences[i].size(); ++k) {
//     const SyntaxWord& w = sx.host(k);      // the token's main word ("ayah" of "ayahnya")
//     w.upos; w.rel;                          // UPOS and relation to its head
//     int h = sx.head_token(k);               // token index of that word's head, -1 for the root
//   }
//
// Syntactic words: tokens are cut into UD's words by the CliticSplitter (words.h), so
// "rumahnya" is "rumah" (NOUN) + "nya" (PRON, nmod:poss of "rumah"), and every word keeps the
// token it came from. Punctuation tokens are words too (UD parses them).
//
// Models: data_dir/models/syntax-id.bin and syntax-en.bin (docs/syntax.md), loaded once. A
// language whose model file is absent gets no syntax (SentenceSyntax stays empty, has() is
// false); a damaged model file is a load() error (kData naming the file).
//
// Tree repairs: after parsing, the narrow repairs of data/<lang>/tree_repairs.tsv (repair.h)
// undo parser errors known to lose events; analyse() gives given words the same treatment.
//
// Thread-safety: a loaded annotator is immutable; annotate() is const and may run on many
// documents at once. Cost: about 10 microseconds per token (tagging and parsing, one core).
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "kronik/core/error.h"
#include "kronik/core/model.h"
#include "kronik/extract/syntax/tree.h"

namespace kronik {

struct TokenStream;
struct SentenceTokens;
namespace syntax { class SyntaxModel; }

class CliticSplitter;
class TreeRepairs;

/// "87-year-old", "seven-years-old": an English age epithet (the age, then "-year(s)-old"). The
/// annotator tags one standing for a noun phrase NOUN; the event coder reads it as a person.
bool is_age_epithet(std::string_view form);

class SyntaxAnnotator {
 public:
  /// Loads the clitic rules and the syntax models found under data_dir.
  static Result<std::shared_ptr<const SyntaxAnnotator>> load(const std::string& data_dir);
  /// Builds from parts (tests, front ends with their own models). Null models are allowed.
  SyntaxAnnotator(std::shared_ptr<const CliticSplitter> clitics, std::shared_ptr<const syntax::SyntaxModel> indonesian,
                  std::shared_ptr<const syntax::SyntaxModel> english,
                  std::shared_ptr<const TreeRepairs> repairs = nullptr);

  /// True when a model for `lang` is loaded.
  bool has(Language lang) const noexcept;
  /// Fills the syntax of every sentence of `ts` (built from `text`) in the stream's language.
  void annotate(std::string_view text, TokenStream& ts) const;
  /// One sentence of a stream, in `lang`.
  void annotate(std::string_view text, SentenceTokens& st, Language lang) const;
  /// The model of a language (null when absent), for front ends that parse given words.
  const syntax::SyntaxModel* model(Language lang) const noexcept;
  /// Tags, parses, lemmatises and repairs given words (spans of the words' length) as annotate()
  /// does; false, with nothing written, when `lang` has no model.
  bool analyse(Language lang, std::span<const std::string_view> forms, std::span<syntax::UPos> upos,
               std::span<std::uint16_t> head, std::span<syntax::DepRel> rel, std::span<std::string> lemma) const;

 private:
  std::shared_ptr<const CliticSplitter> clitics_;
  std::shared_ptr<const syntax::SyntaxModel> id_, en_;
  std::shared_ptr<const TreeRepairs> repairs_;
};

}  // namespace kronik
