// kronik/runner/parse.h: the `kronik parse` job: sentences, parts of speech and dependency trees
// of documents as CoNLL-U, as one library call.
//
// Usage:
//   kronik::ParseRequest req;
//   req.input = "article.html";           // or "-" for stdin, or a .conllu file
//   req.language = "id";                  // optional for documents, required for CoNLL-U input
//   kronik::Result<kronik::ParseReport> r = kronik::run_parse(req, std::cout);
//   if (!r) { /* r.error(): a usage error (kUsage) or a data/model problem (kData) */ }
//   r.value().exit_code();                // 0 all read, 1 some documents skipped
//
// Output (https://universaldependencies.org/format.html): per document a "# newdoc id = ID"
// line, per sentence "# sent_id = ID-N" and "# text = ...", then one line per syntactic word
// with ID, FORM, LEMMA, UPOS, HEAD and DEPREL filled ("_" in XPOS, FEATS and DEPS). A token cut into several words ("rumahnya" = "rumah" +
// "nya") gets a multiword-token range line before its words. MISC holds "SpaceAfter=No" where
// the text has no space after a token, and the name tagger's tag ("NE=B-PER", "NE=I-ORG"; on
// the first word of a token, none for O). Forms and text are printed through kronik::printable() (control characters escaped).
//
// Inputs: text, HTML and JSON Lines documents go through kronik's own cleaning, sentence
// splitting and tokenisation (the first stages of `kronik build`). A CoNLL-U file (format
// "conllu", or a .conllu name) keeps its sentences and syntactic words (multiword-token lines
// and empty nodes are ignored), so the output can be scored against the file: only the analysis
// columns are replaced.
//
// Errors: validate() (kUsage) for an unknown format or language, or CoNLL-U without a language;
// run_parse() returns kData when the data folder or a model cannot be loaded, kIo or kParse
// when a CoNLL-U input cannot be read; unreadable documents are ParseReport::problems.
// Thread-safety: run_parse may be called from several threads with different streams.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include "kronik/core/error.h"
#include "kronik/extract/pipeline.h"
#include "kronik/extract/text/ingest.h"

namespace kronik {

struct ParseRequest {
  std::string input;      ///< a file or "-" (stdin)
  std::string language;   ///< "" (declared or identified), "id" or "en"
  std::string format;     ///< "" (from the name, else sniffed), "text", "html", "jsonl" or "conllu"
  ExtractConfig extract;
  IngestConfig ingest;
};

struct ParseReport {
  std::size_t documents = 0;
  std::size_t sentences = 0;
  std::size_t words = 0;
  std::vector<Error> problems;  ///< skipped documents, in input order

  int exit_code() const noexcept { return problems.empty() ? 0 : 1; }
};

Status validate(const ParseRequest& request);
Result<ParseReport> run_parse(const ParseRequest& request, std::ostream& out);

}  // namespace kronik
