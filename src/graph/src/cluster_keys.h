// What the event merge compares, computed once per report (EventKey), and the summaries of
// whole clusters the same tests run on (a cluster is summarised by the union of its members'
// parties, the intersection of their date constraints and its places). Shared by cluster.cpp
// (candidates, scoring, merging) and explain.cpp (why a report joined).
#pragma once

#include <climits>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "intern.h"
#include "internal.h"

namespace kronik::graph_detail {

using Ids = std::vector<std::uint32_t>;  // sorted, unique

bool contains(const Ids& v, std::uint32_t x);
void add_sorted(Ids& v, std::uint32_t x);
void unite(Ids& into, const Ids& from);

/// One party and what it stands with on the event's date: a person's states (offices), an
/// organ's state, a place's containing places.
struct Party {
  std::uint32_t id = 0;
  Ids up;
  /// An organisation (a state organ) or a person (an official): the two voices of a state
  /// (`same_state_voice` in cluster_keys.cpp).
  enum class Kind : std::uint8_t { kOther, kPerson, kOrganisation } kind = Kind::kOther;
};

/// The parties of one role (directed groups: actors, targets) or of all roles (undirected).
struct Side {
  std::vector<Party> parties;  // by id
  Ids ids;                     // party ids
  Ids ups;                     // union of their ups
  void add(const Party& p);
  void absorb(const Side& other);
};

/// Dates as constraints: a year every member must share, and day intervals that must overlap
/// (explicit dates) or lie within the day gap (others). Over a cluster: the latest first day and
/// the earliest last day, so one comparison stands for every pair of members.
struct DateFit {
  int year = 0;                           // 0: no year constraint
  bool hard = false;                      // some member has a non-defaulted date
  long max_first = 0, min_last = 0;
  bool exact = false;                     // some member has an explicit date
  long x_max_first = 0, x_min_last = 0;
  int day_gap = -1;                       // the tightest day gap of the members' codes; -1: the merge's
  void absorb(const DateFit& o);
};

struct Place {
  std::uint32_t id = 0;
  Ids up;
};

struct EventKey {
  std::uint32_t group = 0, code = 0;
  std::uint32_t also = 0;      // a second group the code may join (0: none; CodeRelation::also)
  bool directed = false;
  Side side[2];                // [0] actors (or every party when undirected), [1] targets
  Place place;                 // id 0: none
  DateFit date;
  long order = 0;              // sort key of candidate lists: first day, undated last
  std::uint64_t parties_hash = 0;
  std::uint32_t doc = 0;       // index of the report's document
};

/// How two sides relate: parties found on both (exactly or through affiliation), and parties of
/// one side the other cannot account for.
struct SideMatch {
  std::vector<std::uint32_t> exact;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> affiliated;  // (a's party, b's party or up)
  std::vector<std::uint32_t> extra_a, extra_b;
};
/// A party the other side does not name still counts as found when it is the other report's
/// place or contains it (`pa`, `pb`: the reports' places; id 0 for none).
SideMatch compare_sides(const Side& a, const Side& b, const Place& pa, const Place& pb);

/// The same as counts, without allocating (the merge's hot path).
struct SideCount {
  std::size_t shared = 0, exact = 0, extra_a = 0, extra_b = 0;  // shared counts exact ones too
};
SideCount count_sides(const Side& a, const Side& b, const Place& pa, const Place& pb);

bool dates_fit(const DateFit& a, const DateFit& b, int gap);
bool places_fit(const Place& a, const Place& b);

/// What an entity stands with, read once per run from its merged record.
struct Affiliation {
  struct Office {
    std::uint32_t country = 0;
    long first = LONG_MIN, last = LONG_MAX;  // serial days of the term; open ends unbounded
  };
  Ids within;
  std::vector<Office> offices;
  Party::Kind kind = Party::Kind::kOther;
};

/// The merge's inputs for one run, and the keys of every report.
struct KeyContext {
  Interner names;   // entity keys, codes, groups
  const std::vector<EntityRecord>* entities = nullptr;  // sorted by key
  const CodeCompatibility* codes = nullptr;
  const EntityLinks* links = nullptr;  // linked entity keys (may be null)
  int max_gap = 2;
  std::unordered_map<std::uint32_t, Affiliation> affiliations;  // by entity id, filled on demand
  struct CodeGroups {
    std::uint32_t group = 0, also = 0;
    bool directed = false;
    int day_gap = -1;
  };
  std::unordered_map<std::string, CodeGroups> code_groups;  // by code
};
EventKey key_of(const Event& e, std::uint32_t doc, int doc_year, KeyContext& ctx);

/// The group two reports share, or 0: their groups, or one's second group ("010" joins a
/// "disapprove" report through its second group).
std::uint32_t shared_group(const EventKey& a, const EventKey& b);

/// The party test of pair_compatible(): some party shared, no role with extra parties on both
/// sides, and each report with its parties accounted for (two at least when it has two); two
/// reports of one document only with the same parties.
bool parties_fit(const EventKey& a, const EventKey& b);
/// Why `b` may join `a` (or not): the pairwise test of parties, codes, places and dates.
bool pair_compatible(const EventKey& a, const EventKey& b, int gap);
/// Higher for reports more likely to tell one happening: shared parties, same code, same date,
/// same place; lower per extra party.
int pair_score(const EventKey& a, const EventKey& b);

/// The text of a merge link between two reports (explain.cpp).
MergeLink explain_pair(const Event& joined, const EventKey& kj, const Event& with, const EventKey& kw, const KeyContext& ctx);

}  // namespace kronik::graph_detail
