// Name tables for the UD enums. The order of kDepRelNames follows the DepRel enum exactly.
#include "kronik/syntax/ud.h"

#include <array>

namespace kronik::syntax {
namespace {

constexpr std::array<std::string_view, kUPosCount> kUPosNames = {
    "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
    "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"};

constexpr std::array<std::string_view, kDepRelCount> kDepRelNames = {
    "_",
    "acl", "advcl", "advmod", "amod", "appos", "aux", "case", "cc", "ccomp", "clf", "compound",
    "conj", "cop", "csubj", "dep", "det", "discourse", "dislocated", "expl", "fixed", "flat",
    "goeswith", "iobj", "list", "mark", "nmod", "nsubj", "nummod", "obj", "obl", "orphan",
    "parataxis", "punct", "reparandum", "root", "vocative", "xcomp",
    "acl:relcl", "advcl:relcl", "advmod:emph", "advmod:lmod", "advmod:tmod", "aux:pass",
    "case:adv", "cc:preconj", "compound:a", "compound:lvc", "compound:prt", "compound:redup",
    "compound:svc", "csubj:outer", "csubj:pass", "det:poss", "det:predet", "expl:pv",
    "flat:foreign", "flat:name", "nmod:desc", "nmod:lmod", "nmod:npmod", "nmod:poss",
    "nmod:tmod", "nmod:unmarked", "nsubj:outer", "nsubj:pass", "obj:lvc", "obl:agent", "obl:arg",
    "obl:lmod", "obl:npmod", "obl:tmod", "obl:unmarked"};

constexpr int kFirstSubtype = static_cast<int>(DepRel::kAclRelcl);

std::optional<DepRel> find_deprel(std::string_view s) noexcept {
  for (int i = 1; i < kDepRelCount; ++i)
    if (kDepRelNames[static_cast<std::size_t>(i)] == s) return static_cast<DepRel>(i);
  return std::nullopt;
}

}  // namespace

std::string_view upos_name(UPos p) noexcept {
  const auto i = static_cast<std::size_t>(p);
  return i < kUPosNames.size() ? kUPosNames[i] : std::string_view("X");
}

std::optional<UPos> parse_upos(std::string_view s) noexcept {
  for (std::size_t i = 0; i < kUPosNames.size(); ++i)
    if (kUPosNames[i] == s) return static_cast<UPos>(i);
  return std::nullopt;
}

std::string_view deprel_name(DepRel r) noexcept {
  const auto i = static_cast<std::size_t>(r);
  return i < kDepRelNames.size() ? kDepRelNames[i] : std::string_view("_");
}

std::optional<DepRel> parse_deprel(std::string_view s) noexcept {
  if (auto r = find_deprel(s)) return r;
  const auto colon = s.find(':');
  if (colon == std::string_view::npos) return std::nullopt;
  auto base = find_deprel(s.substr(0, colon));
  if (base && static_cast<int>(*base) < kFirstSubtype) return base;
  return std::nullopt;
}

DepRel base_relation(DepRel r) noexcept {
  if (static_cast<int>(r) < kFirstSubtype) return r;
  const std::string_view name = deprel_name(r);
  return find_deprel(name.substr(0, name.find(':'))).value_or(DepRel::kDep);
}

}  // namespace kronik::syntax
