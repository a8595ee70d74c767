// kronik/syntax/ud.h: the Universal Dependencies v2 label sets as compact enums.
//
// Usage:
//   UPos p = parse_upos("PROPN").value();          // nullopt for an unknown tag
//   DepRel r = parse_deprel("obl:agent").value();  // subtypes are kept when known
//   upos_name(p) == "PROPN"; deprel_name(r) == "obl:agent"; base_relation(r) == DepRel::kObl
//
// UPos holds the 17 universal part-of-speech tags. DepRel holds the 37 universal relations and
// the language-specific subtypes the Indonesian and English treebanks use (obl:agent,
// nmod:poss, compound:prt, flat:name, ...) in one table of stable small ids, so a label fits in
// a byte. parse_deprel() maps an unknown subtype ("nmod:xyz") to its universal base ("nmod");
// an unknown base relation is not a UD v2 label and gives nullopt.
//
// The numeric values are stored in model files: append new labels at the end of the table,
// never reorder them.
//
// Thread-safety: pure functions over constant tables.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace kronik::syntax {

/// The 17 universal part-of-speech tags, in the order of the UD documentation.
enum class UPos : std::uint8_t {
  kAdj, kAdp, kAdv, kAux, kCconj, kDet, kIntj, kNoun, kNum, kPart, kPron, kPropn, kPunct,
  kSconj, kSym, kVerb, kX,
};
inline constexpr int kUPosCount = 17;

/// UD v2 dependency relations (universal ones first, then subtypes). kNone marks "no label".
enum class DepRel : std::uint8_t {
  kNone = 0,
  kAcl, kAdvcl, kAdvmod, kAmod, kAppos, kAux, kCase, kCc, kCcomp, kClf, kCompound, kConj, kCop,
  kCsubj, kDep, kDet, kDiscourse, kDislocated, kExpl, kFixed, kFlat, kGoeswith, kIobj, kList,
  kMark, kNmod, kNsubj, kNummod, kObj, kObl, kOrphan, kParataxis, kPunct, kReparandum, kRoot,
  kVocative, kXcomp,
  // Subtypes.
  kAclRelcl, kAdvclRelcl, kAdvmodEmph, kAdvmodLmod, kAdvmodTmod, kAuxPass, kCaseAdv, kCcPreconj,
  kCompoundA, kCompoundLvc, kCompoundPrt, kCompoundRedup, kCompoundSvc, kCsubjOuter, kCsubjPass,
  kDetPoss, kDetPredet, kExplPv, kFlatForeign, kFlatName, kNmodDesc, kNmodLmod, kNmodNpmod,
  kNmodPoss, kNmodTmod, kNmodUnmarked, kNsubjOuter, kNsubjPass, kObjLvc, kOblAgent, kOblArg,
  kOblLmod, kOblNpmod, kOblTmod, kOblUnmarked,
};
inline constexpr int kDepRelCount = static_cast<int>(DepRel::kOblUnmarked) + 1;

/// "ADJ", "ADP", ... (the CoNLL-U spelling).
std::string_view upos_name(UPos p) noexcept;
std::optional<UPos> parse_upos(std::string_view s) noexcept;

/// "nsubj", "obl:agent", ...; "_" for kNone.
std::string_view deprel_name(DepRel r) noexcept;
/// Known label, or the universal base of an unknown subtype, or nullopt.
std::optional<DepRel> parse_deprel(std::string_view s) noexcept;
/// The universal relation of a subtype (obl:agent -> obl); universal relations map to themselves.
DepRel base_relation(DepRel r) noexcept;

}  // namespace kronik::syntax
