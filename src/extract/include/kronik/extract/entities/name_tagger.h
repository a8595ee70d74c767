// kronik/extract/entities/name_tagger.h: the statistical name tagger on the token stream.
//
// Usage:
//   auto tagger = NameTagger::load(data_dir, gazetteer).value();   // once per run
//   std::vector<TaggedName> names = tagger->tag(tokens);           // fills st.names per sentence
//   add_open_names(text, tokens, names, entity_result);            // open_names.h
//
// For every sentence of the stream, the words are the stream's tokens (case kept, punctuation
// apart) and the hints are computed from the run's gazetteer the way the models were trained
// (docs/names.md): the entity type of every token of a gazetteer match (person, organisation,
// place; countries and cities are places), the begin bit on its first token, and title_before on
// the token right after a title of data/<lang>/titles.tsv. SentenceTokens::names receives one
// BIO tag per token (kronik/names/model.h); the returned names are the tagged persons,
// organisations and places (MISC is dropped: kronik has no entity type for it).
//
// Models: data_dir/models/names-id.bin and names-en.bin, loaded once. A language without a model
// file gets no tags (`names` stays empty); a damaged file is a load() error (kData, the file).
//
// Thread-safety: a loaded tagger is immutable; tag() is const and runs on many documents at once.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "kronik/core/error.h"
#include "kronik/core/model.h"
#include "kronik/extract/entities/open_names.h"
#include "kronik/extract/text/token_stream.h"

namespace kronik {

class Gazetteer;
namespace names { class NameModel; }

class NameTagger {
 public:
  static Result<std::shared_ptr<const NameTagger>> load(const std::string& data_dir,
                                                        std::shared_ptr<const Gazetteer> gazetteer);
  NameTagger(std::shared_ptr<const Gazetteer> gazetteer, std::shared_ptr<const names::NameModel> indonesian,
             std::shared_ptr<const names::NameModel> english);

  bool has(Language lang) const noexcept;
  /// Tags every sentence of `ts` in the stream's language; returns the names found, in order.
  std::vector<TaggedName> tag(TokenStream& ts) const;

 private:
  const names::NameModel* model(Language lang) const noexcept;

  std::shared_ptr<const Gazetteer> gz_;
  std::shared_ptr<const names::NameModel> id_, en_;
};

}  // namespace kronik
