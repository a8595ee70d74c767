// kronik/extract/entities/entities.h: entity mentions of one document.
//
// Usage:
//   EntityRecognizer rec(gazetteer);
//   EntityResult r = rec.recognize(text, sentences, Language::kIndonesian, published);
//   // or, with the document's TokenStream already built: rec.recognize(text, sentences, tokens, published)
//   // r.mentions in text order; r.entities keyed by entity key
//
// Rules (docs/entities.md): gazetteer names and demonyms (longest match); titles and roles in
// front of names ("Menteri Luar Negeri Freedonia Ana Varga", "Russian President Vladimir Putin")
// or after them ("Xi Jinping, Presiden Tiongkok"); role references resolved through the offices
// table ("Menlu Rusia" on a date = who held the office then); short forms ("Lavrov", "Kim") linked
// to the person last named in the document, else to the one named in full anywhere in it, else to
// the one gazetteer person in office; a guard against false merges ("Hunter Biden" is not Joe
// Biden, a bare "Kim" in 2005 is not Kim Jong Un); head nouns that type a name ("Kementerian ...",
// "Wilayah ...", "... region", "Pasukan Ukraina" = Ukraine); capitals and seats of government
// standing for their country when they act ("Moskow mengatakan") but not when they are places
// ("tiba di Moskow"). Sentence-initial capitals and headline case never make names on their own.
//
// Input: `sentences` index into `text` (Sentence::span); `published` may be unknown (then role
// references resolve to the current office-holders). Never fails: unknown names are skipped.
//
// Thread-safety: const methods; share one recognizer between threads.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "kronik/core/model.h"
#include "kronik/extract/entities/gazetteer.h"
#include "kronik/extract/text/token_stream.h"

namespace kronik {

struct EntityResult {
  std::vector<Mention> mentions;                 ///< text order
  std::map<std::string, EntityRecord> entities;  ///< by key
};

class EntityRecognizer {
 public:
  explicit EntityRecognizer(std::shared_ptr<const Gazetteer> gazetteer) : gz_(std::move(gazetteer)) {}
  /// Tokenises the sentences itself (TokenStream::build), then as below.
  EntityResult recognize(std::string_view text, const std::vector<Sentence>& sentences, Language lang,
                         const TimeValue& published) const;
  /// Reads the document's token stream (built over `sentences` with this recognizer's gazetteer;
  /// its language is the document's).
  EntityResult recognize(std::string_view text, const std::vector<Sentence>& sentences, const TokenStream& tokens,
                         const TimeValue& published) const;
  const Gazetteer& gazetteer() const { return *gz_; }

 private:
  std::shared_ptr<const Gazetteer> gz_;
};

}  // namespace kronik
