// kronik/extract/text/token_stream.h: the tokens of one document, made once and read by every stage.
//
// Usage:
//   TokenStream ts = TokenStream::build(text, sentences, gazetteer, Language::kIndonesian);
//   for (const SentenceTokens& st : ts.sentences)        // one per Sentence, same order
//     for (std::size_t k = 0; k < st.size(); ++k) {
//       st.toks[k].span;        // byte offsets into `text`; st.chars[k]: code-point offset
//       st.toks[k].lower;       // lower case ("bertemu"); st.folded[k]: fold() ("kim jong un")
//       st.shape[k] & kShapeUpper;
//       st.ids[k];              // interned word id of folded[k] (see below)
//       st.classes[k] & gazetteer.word_class_bit("stop");
//     }
//
// What a token is: tokenize() in tokens.h (words are runs of letters and digits with inner
// hyphens, apostrophes and dots between capitals; every other non-space character is its own
// token). Building the stream costs one pass over the sentences: ASCII tokens are lower-cased
// and folded byte by byte, ICU is called only for tokens with non-ASCII characters.
//
// Word ids: the Gazetteer interns every fold()ed atom of its lexicons (names, titles, heads,
// function words, calendar words) at load time, ids 0 .. vocabulary_size()-1; these ids are the
// same for every document of a run. A folded word the lexicons do not know gets a per-document
// id from vocabulary_size() upward, in order of first appearance (stable for a given document,
// not across documents). Non-word tokens (punctuation) have kNoWord.
// `atoms(k)` are the lexicon ids of the space-separated pieces of folded[k] ("jong-un" folds to
// "jong un": two atoms), kNoWord for a piece no lexicon has; `base_atoms(k)` the same for an
// English possessive without its ending ("Russia's" -> "russia"). The phrase tries walk these
// integer ids (Gazetteer::match), never strings.
// Word classes: `classes[k]` is the set of function-word classes of folded[k] in the document's
// language (Gazetteer::word_classes), as bits from Gazetteer::word_class_bit().
//
// Syntax: `syntax` holds the sentence's UD words with part of speech, head and relation
// (kronik/extract/syntax/tree.h), filled in place by SyntaxAnnotator (syntax/annotate.h) when the
// pipeline runs it; readers never re-tokenise. `names` holds the statistical name tagger's BIO tag
// per token (kronik/extract/entities/name_tagger.h).
//
// Ownership: views (Token::text) point into the document text, which must outlive the stream.
// Thread-safety: a built stream is immutable; build() is a pure function of its arguments.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kronik/core/model.h"
#include "kronik/extract/syntax/tree.h"
#include "kronik/extract/text/tokens.h"
#include "kronik/names/model.h"

namespace kronik {

class Gazetteer;

using WordId = std::uint32_t;
inline constexpr WordId kNoWord = 0xFFFFFFFFu;

/// Shape bits of a token (SentenceTokens::shape).
enum TokenShape : std::uint8_t {
  kShapeWord = 1,    ///< letters/digits
  kShapeUpper = 2,   ///< starts with an upper-case letter
  kShapeCaps = 4,    ///< all capitals, >= 2 letters
  kShapeDigit = 8,   ///< starts with a digit
  kShapePunct = 16,  ///< not a word
  kShapeAscii = 32,  ///< only ASCII bytes
};

/// The tokens of one sentence, as parallel arrays (index k = token k of the sentence).
struct SentenceTokens {
  std::uint32_t sentence = 0;   ///< Sentence::index
  std::uint32_t paragraph = 0;  ///< Sentence::paragraph
  std::vector<Token> toks;
  std::vector<std::string> folded;     ///< fold() of words, "" for punctuation
  std::vector<std::uint32_t> chars;    ///< code-point offset of the token's first byte in the text
  std::vector<std::uint8_t> shape;     ///< TokenShape bits
  std::vector<WordId> ids;             ///< interned folded word (see the file comment)
  std::vector<std::uint64_t> classes;  ///< word-class bits in the document's language
  std::vector<WordId> atom_ids;        ///< flat; token k: [atom_begin[k], atom_begin[k+1])
  std::vector<std::uint32_t> atom_begin;
  std::vector<WordId> base_ids;        ///< flat; possessive base atoms, same layout
  std::vector<std::uint32_t> base_begin;
  SentenceSyntax syntax;               ///< words, tags and tree; empty until SyntaxAnnotator ran
  std::vector<names::NameTag> names;   ///< BIO name tag per token; empty until NameTagger ran

  std::size_t size() const noexcept { return toks.size(); }
  bool has_class(std::size_t k, std::uint64_t bit) const noexcept { return k < classes.size() && (classes[k] & bit) != 0; }
  struct Atoms {
    const WordId* b;
    const WordId* e;
    const WordId* begin() const noexcept { return b; }
    const WordId* end() const noexcept { return e; }
    bool empty() const noexcept { return b == e; }
  };
  Atoms atoms(std::size_t k) const noexcept { return {atom_ids.data() + atom_begin[k], atom_ids.data() + atom_begin[k + 1]}; }
  Atoms base_atoms(std::size_t k) const noexcept { return {base_ids.data() + base_begin[k], base_ids.data() + base_begin[k + 1]}; }

  /// Tokens of `range` of `text` with ids and classes from `gazetteer`, for callers that read one
  /// span only (unseen words are numbered as if the span were the whole document).
  static SentenceTokens build(std::string_view text, ByteSpan range, const Gazetteer& gazetteer, Language lang);
};

/// Every sentence's tokens, made once per document after cleaning.
struct TokenStream {
  Language language = Language::kUnknown;
  std::vector<SentenceTokens> sentences;  ///< parallel to the Sentence list it was built from

  static TokenStream build(std::string_view text, const std::vector<Sentence>& sentences, const Gazetteer& gazetteer,
                           Language lang);
};

/// Lower case of a token: byte-wise for ASCII, ICU (kronik::lower) otherwise.
std::string token_lower(std::string_view token);
/// fold() of a token: byte-wise for ASCII, ICU (kronik::fold) otherwise.
std::string token_fold(std::string_view token);

}  // namespace kronik
