#include "kronik/extract/syntax/repair.h"

#include "kronik/core/text.h"
#include "lexicon/tsv.h"

namespace kronik {

using syntax::DepRel;
using syntax::UPos;

namespace {

// One sentence's tree as the parser left it: 0-based words, heads 1-based with 0 for the root.
struct Tree {
  std::span<const std::string_view> forms;
  std::span<UPos> upos;
  std::span<std::uint16_t> head;
  std::span<DepRel> rel;
  std::span<const std::string> lemma;

  std::size_t size() const noexcept { return forms.size(); }
  int parent(std::size_t w) const noexcept { return head[w] == 0 ? -1 : static_cast<int>(head[w]) - 1; }
  // True when `top` is `w` or one of its ancestors (bounded: a cycle cannot loop forever).
  bool dominates(std::size_t top, std::size_t w) const noexcept {
    int at = static_cast<int>(w);
    for (std::size_t steps = 0; at >= 0 && steps <= size(); ++steps) {
      if (static_cast<std::size_t>(at) == top) return true;
      at = parent(static_cast<std::size_t>(at));
    }
    return false;
  }
};

// The repairs scan a verb's dependents for each candidate preposition (quadratic in the worst
// case); a "sentence" longer than this is a list or a table, never the news clause they are for.
constexpr std::size_t kMaxWords = 256;

bool nominal(UPos p) { return p == UPos::kNoun || p == UPos::kPropn || p == UPos::kPron; }

// A clause already having a subject, an auxiliary or a subordinator is no bare verb left over.
bool clause_dependent(DepRel r) {
  const DepRel b = syntax::base_relation(r);
  return b == DepRel::kNsubj || b == DepRel::kCsubj || b == DepRel::kExpl || b == DepRel::kAux ||
         b == DepRel::kMark;
}

// "reached", "took", "reaches": an inflected verb form that can be finite. A gerund or the bare
// form ("putting", "reach") opens no clause with a subject of its own.
bool finite_looking(std::string_view form, const std::string& lemma) {
  const std::string f = ascii_lower(form);
  return !lemma.empty() && f != lemma && !f.ends_with("ing");
}

// "Crowds poured into the streets chanting slogans after an advance reached the city": the parser
// may take a participle adjunct before the preposition for the verb's clausal subject. The
// clause the preposition opens can have no subject before the preposition itself.
bool misread_clausal_subject(const Tree& t, std::size_t c, std::size_t p) {
  return c < p && syntax::base_relation(t.rel[c]) == DepRel::kCsubj && t.upos[c] == UPos::kVerb &&
         ascii_lower(t.forms[c]).ends_with("ing");
}

bool has_own_clause_dependent(const Tree& t, std::size_t v, std::size_t p) {
  for (std::size_t c = 0; c < t.size(); ++c)
    if (t.parent(c) == static_cast<int>(v) && clause_dependent(t.rel[c]) && !misread_clausal_subject(t, c, p))
      return true;
  return false;
}

// Re-hanging the verb at `at` must not make a cycle: `at` may lie under the verb only inside a
// misread clausal subject, which the repair moves away first.
bool can_hang_at(const Tree& t, std::size_t v, std::size_t at, std::size_t p) {
  if (at == v || !t.dominates(v, at)) return true;
  std::size_t x = at;
  while (t.parent(x) != static_cast<int>(v)) x = static_cast<std::size_t>(t.parent(x));
  return misread_clausal_subject(t, x, p);
}

// The last word of `w`'s phrase when the phrase is the contiguous run `from`..that word, else -1.
int phrase_end(const Tree& t, std::size_t from, std::size_t w) {
  std::size_t end = w;
  for (std::size_t k = w + 1; k < t.size() && t.dominates(w, k); ++k) end = k;
  for (std::size_t k = from; k <= end; ++k)
    if (!t.dominates(w, k)) return -1;
  return static_cast<int>(end);
}

// The noun of a clause preposition read as its noun phrase's case: "after [a rebel advance]"
// hung on a head as obl or nmod. -1 when `p` is no such preposition.
int misread_noun(const Tree& t, std::size_t p) {
  if (syntax::base_relation(t.rel[p]) != DepRel::kCase) return -1;
  const int n = t.parent(p);
  if (n <= static_cast<int>(p) || !nominal(t.upos[static_cast<std::size_t>(n)])) return -1;
  const DepRel b = syntax::base_relation(t.rel[static_cast<std::size_t>(n)]);
  return (b == DepRel::kObl || b == DepRel::kNmod) && t.parent(static_cast<std::size_t>(n)) >= 0 ? n : -1;
}

// The verb right after the noun phrase that lost its subject to the preposition: a non-root
// inflected VERB outside the phrase, with no subject, auxiliary or subordinator. -1 if none.
int subjectless_verb_after(const Tree& t, std::size_t p, std::size_t noun) {
  const int end = phrase_end(t, p + 1, noun);
  if (end < 0 || static_cast<std::size_t>(end) + 1 >= t.size()) return -1;
  const std::size_t v = static_cast<std::size_t>(end) + 1;
  if (t.upos[v] != UPos::kVerb || t.parent(v) < 0 || !finite_looking(t.forms[v], t.lemma[v])) return -1;
  if (has_own_clause_dependent(t, v, p)) return -1;
  return can_hang_at(t, v, static_cast<std::size_t>(t.parent(noun)), p) ? static_cast<int>(v) : -1;
}

bool has_object(const Tree& t, std::size_t v) {
  for (std::size_t c = 0; c < t.size(); ++c)
    if (t.parent(c) == static_cast<int>(v) && syntax::base_relation(t.rel[c]) == DepRel::kObj) return true;
  return false;
}

// "after an advance by rebels reached Tripoli", "as a rebel push reached the city": the parser may
// also read the clause's verb as a reduced relative (acl) inside the noun phrase. A participle
// that modifies a noun takes no direct object ("the town captured by rebels"); an inflected verb
// with one, ending the phrase, with nothing of the phrase after it but its own words, is the
// clause's verb. -1 if none.
int verb_read_as_relative(const Tree& t, std::size_t p, std::size_t noun) {
  const int end = phrase_end(t, p + 1, noun);
  if (end < 0) return -1;
  for (std::size_t v = noun + 1; v <= static_cast<std::size_t>(end); ++v) {
    if (t.rel[v] != DepRel::kAcl || t.upos[v] != UPos::kVerb) continue;
    if (!finite_looking(t.forms[v], t.lemma[v]) || !has_object(t, v) || has_own_clause_dependent(t, v, p)) return -1;
    for (std::size_t k = v; k <= static_cast<std::size_t>(end); ++k)
      if (!t.dominates(v, k)) return -1;
    return static_cast<int>(v);
  }
  return -1;
}

// "after a rebel advance reached the city": see the header. The clause takes the noun's place.
// A misread clausal subject goes back to where the verb was, as the adjunct it is.
void repair_clause_preposition(Tree& t, std::size_t p, std::size_t noun, std::size_t v) {
  for (std::size_t c = 0; c < t.size(); ++c)
    if (t.parent(c) == static_cast<int>(v) && misread_clausal_subject(t, c, p)) {
      t.head[c] = t.head[v];
      t.rel[c] = DepRel::kAdvcl;
    }
  const std::uint16_t at = t.head[noun];
  if (at != v + 1) {
    t.head[v] = at;
    t.rel[v] = DepRel::kAdvcl;
  }
  t.head[noun] = static_cast<std::uint16_t>(v + 1);
  t.rel[noun] = DepRel::kNsubj;
  t.head[p] = static_cast<std::uint16_t>(v + 1);
  t.rel[p] = DepRel::kMark;
  t.upos[p] = UPos::kSconj;
}

}  // namespace

Result<TreeRepairs> TreeRepairs::load(const std::string& data_dir) {
  TreeRepairs r;
  Status st = detail::for_each_language_file(
      data_dir, "tree_repairs.tsv", [&](Language lang, const std::string& path) { return r.add_rules(lang, path); });
  if (!st) return st.error();
  return r;
}

Status TreeRepairs::add_rules(Language lang, const std::string& path) {
  Rules* r = lang == Language::kIndonesian ? &id_ : lang == Language::kEnglish ? &en_ : nullptr;
  if (!r) return Error{ErrorCode::kUsage, "tree repairs are for Indonesian or English", path, 0};
  return detail::read_tsv(path, "kind", [&](const std::vector<std::string_view>& c, std::size_t) -> std::string {
    if (c.size() >= 2 && c[0] == "clause_preposition") {
      r->clause_prepositions.insert(ascii_lower(c[1]));
      return {};
    }
    return "expected 'clause_preposition <word>'";
  });
}

const TreeRepairs::Rules* TreeRepairs::rules(Language lang) const noexcept {
  if (lang == Language::kIndonesian) return &id_;
  if (lang == Language::kEnglish) return &en_;
  return nullptr;
}

void TreeRepairs::apply(Language lang, std::span<const std::string_view> forms, std::span<UPos> upos,
                        std::span<std::uint16_t> head, std::span<DepRel> rel,
                        std::span<const std::string> lemma) const {
  const Rules* r = rules(lang);
  if (!r || r->clause_prepositions.empty() || forms.size() > kMaxWords) return;
  Tree t{forms, upos, head, rel, lemma};
  for (std::size_t p = 0; p < t.size(); ++p) {
    if (!r->clause_prepositions.contains(ascii_lower(forms[p]))) continue;
    const int noun = misread_noun(t, p);
    if (noun < 0) continue;
    int v = subjectless_verb_after(t, p, static_cast<std::size_t>(noun));
    if (v < 0) v = verb_read_as_relative(t, p, static_cast<std::size_t>(noun));
    if (v >= 0) repair_clause_preposition(t, p, static_cast<std::size_t>(noun), static_cast<std::size_t>(v));
  }
}

}  // namespace kronik
