// kronik/graph/compat.h: which CAMEO codes may describe one happening (data/common/cameo_compat.tsv).
//
// Usage:
//   auto codes = CodeCompatibility::load(data_dir + "/common/cameo_compat.tsv");
//   if (!codes) { /* codes.error(): file and line */ }
//   MergeConfig cfg;
//   cfg.codes = std::make_shared<const CodeCompatibility>(std::move(codes.value()));
//   codes.value().of("043").group;   // "meet"
//
// Two reports can become one event only when their codes share a group. A directed group compares
// actor with actor and target with target ("A thanks B" never absorbs "B supports A"); an
// undirected one compares the parties as one set ("A visits B" = "B hosts A"). Format and rules:
// docs/merge.md.
//
// Thread-safety: immutable after load; share it freely.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "kronik/core/error.h"

namespace kronik {

struct CodeRelation {
  std::string group;      ///< codes of one group may describe one happening
  bool directed = true;   ///< actor with actor, target with target
  /// A second group the code may also join, written `group|also` in the table ("010" statement:
  /// `statement|disapprove`, a statement about an accusation may be a report of it). Same
  /// direction as `group`; empty: none.
  std::string also;
  /// Most days apart two reports of the code may be and still tell one happening; -1: the merge's
  /// `max_day_gap`. A ceremony is one day: "sworn in" on two days are two ceremonies.
  int day_gap = -1;
};

class CodeCompatibility {
 public:
  /// Every code in a group of its own root, undirected: the merge before the table existed.
  CodeCompatibility() = default;

  /// Reads the table; kData error naming the file and line on a malformed row.
  static Result<CodeCompatibility> load(const std::string& path);
  /// The same from text (`name` is used in errors).
  static Result<CodeCompatibility> parse(std::string_view tsv, const std::string& name);

  /// The row of `code`, else of its three-digit prefix, else of its root ("04" -> "040"), else
  /// a group of its own ("root:04"): directed when the table has rows, undirected when empty.
  CodeRelation of(std::string_view code) const;

  bool empty() const noexcept { return rows_.empty(); }

 private:
  std::optional<std::string> mixed_direction() const;

  std::map<std::string, CodeRelation, std::less<>> rows_;
};

}  // namespace kronik
