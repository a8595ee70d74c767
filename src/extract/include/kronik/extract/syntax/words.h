// kronik/extract/syntax/words.h: kronik's tokens as Universal Dependencies' syntactic words.
//
// kronik's tokenizer keeps a word with its clitics ("ayahnya", "Russia's", "don't"); UD, and so
// the syntax models trained on it, writes the clitics as words of their own ("ayah" + "nya",
// "Russia" + "'s", "do" + "n't"). A CliticSplitter cuts a token into those pieces following the
// rules of data/<lang>/clitics.tsv (docs/linguistic-layer.md):
//
//   auto splitter = CliticSplitter::load(data_dir).value();
//   std::size_t n = splitter.split("rumahnya", Language::kIndonesian, /*sentence_start=*/false, cuts);
//   // n == 2, cuts == {0, 5, 8}: "rumah" [0,5) and "nya" [5,8) (byte offsets in the token)
//
// Rules (one per line of clitics.tsv, tab-separated; '#' starts a comment):
//   suffix <clitic> any    cut <clitic> off any word whose remaining stem has >= 3 letters
//   suffix <clitic> host   cut it only when the stem is listed as a `host` ("inilah" = "ini"+"lah")
//   host   <word>          a stem that takes the `host` clitics
//   keep   <word>          a word that only looks like stem + clitic ("hanya", "adalah")
//   keep-confix <prefix> <suffix>  words prefix...suffix stay whole (Indonesian se-...-nya
//                          adverbs: "sebelumnya", "setidaknya")
//   contraction <word> <cut>   a whole word cut at a fixed byte offset ("can't" -> "ca" + "n't")
// Matching is on the lower-cased token with ’ read as '. A capitalised token inside a sentence is
// a name ("Kenya", "Sonya"): only clitics with an apostrophe are cut from it ("Russia's").
//
// Thread-safety: a loaded splitter is immutable; split() is const and reentrant.
// Errors: load() returns kData naming the file and line for a malformed rule; a language without
// a clitics.tsv simply has no clitics.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "kronik/core/error.h"
#include "kronik/core/model.h"

namespace kronik {

class CliticSplitter {
 public:
  /// Reads data_dir/id/clitics.tsv and data_dir/en/clitics.tsv (each optional).
  static Result<CliticSplitter> load(const std::string& data_dir);
  /// Adds the rules of one language from a clitics.tsv file (kIo when it cannot be read).
  Status add_rules(Language lang, const std::string& path);

  /// Cuts `token` (its surface text) into syntactic words. Writes the cut offsets to `cuts`
  /// (first 0, last token.size()) and returns the number of words (>= 1).
  std::size_t split(std::string_view token, Language lang, bool sentence_start, std::vector<std::uint32_t>& cuts) const;

 private:
  struct Suffix {
    std::string clitic;  ///< lower case, ASCII apostrophe
    bool host_only = false;
  };
  struct Rules {
    std::vector<Suffix> suffixes;  ///< longest first
    std::unordered_set<std::string> hosts, keep;
    std::vector<std::pair<std::string, std::string>> confixes;
    std::unordered_map<std::string, std::uint32_t> contractions;
  };
  const Rules* rules(Language lang) const noexcept;
  static std::size_t suffix_cut(const Rules& r, std::string_view lower, bool name_like);

  Rules id_, en_;
};

}  // namespace kronik
