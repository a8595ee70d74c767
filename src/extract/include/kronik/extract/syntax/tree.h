// kronik/extract/syntax/tree.h: the syntax of one sentence as the token stream carries it.
//
// SentenceTokens::syntax (token_stream.h) holds a SentenceSyntax, filled by SyntaxAnnotator
// (annotate.h): the sentence's syntactic words in UD's sense (a token with a clitic is two words),
// each with its UPOS tag, its head and its relation, and for every token the first of its words.
// Read-only for every stage after annotation; see annotate.h for an example.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "kronik/core/model.h"
#include "kronik/syntax/ud.h"

namespace kronik {

/// One syntactic word of a sentence.
struct SyntaxWord {
  std::uint32_t token = 0;             ///< index of the token it is part of
  ByteSpan span;                       ///< bytes of the word in the document text
  syntax::UPos upos = syntax::UPos::kX;
  std::uint16_t head = 0;              ///< 0 = root, else 1-based index into SentenceSyntax::words
  syntax::DepRel rel = syntax::DepRel::kNone;
  std::string lemma;                   ///< UD lemma ("menangkap" -> "tangkap", "met" -> "meet")
};

/// The syntax of one sentence: its words, and for each token the first of its words.
struct SentenceSyntax {
  std::vector<SyntaxWord> words;
  std::vector<std::uint32_t> first_word;  ///< per token, plus one past the end; empty = no syntax

  bool empty() const noexcept { return words.empty(); }
  /// Token k's main word: its first (the host of a suffix clitic). Requires !empty().
  const SyntaxWord& host(std::size_t k) const noexcept { return words[first_word[k]]; }
  /// Number of words token k was cut into (1 for most tokens).
  std::size_t word_count(std::size_t k) const noexcept { return first_word[k + 1] - first_word[k]; }
  /// Token of the head of token k's main word; -1 for the root (or without syntax).
  int head_token(std::size_t k) const noexcept;
  /// Token of word w's head (w 0-based); -1 for the root.
  int head_token_of_word(std::size_t w) const noexcept;
};

}  // namespace kronik
