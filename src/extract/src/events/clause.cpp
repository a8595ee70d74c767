// The dependency tree of one sentence, with the entity mentions laid over its words.
#include "kronik/extract/events/clause.h"

#include <algorithm>
#include <iterator>

#include "kronik/core/text.h"

namespace kronik {

using syntax::DepRel;
using syntax::UPos;

namespace {

// A mention ending at `mention_end` covers a token ending at `token_end` when the token ends
// inside it or only adds a possessive clitic ("Syria's", "Korea’s"): the parser splits the clitic
// off as a word of its own, the name keeps its mention.
bool covers(std::string_view text, std::uint32_t mention_end, std::uint32_t token_end) {
  if (token_end <= mention_end) return true;
  const std::string_view rest = text.substr(mention_end, token_end - mention_end);
  return rest == "'s" || rest == "\u2019s" || rest == "'";
}

}  // namespace

std::string_view word_class_name(WordClass c) noexcept {
  static constexpr std::string_view kNames[] = {
      "negation", "purpose", "hypothetical", "future", "ready", "light_verb", "agent_noun", "relative", "since_prep",
      "by_prep", "with_prep", "target_prep", "loc_prep", "dir_prep", "from_prep", "definite", "first_person",
      "second_person", "vague_time", "undergo", "departure", "between_prep", "pronoun_sg", "speech_inv",
      "possessive_sg", "same_day", "onset", "success_noun", "reason_sub", "speech_noun", "attempt_noun", "role_noun",
      "offensive_noun", "place_noun", "age_word"};
  static_assert(std::size(kNames) == static_cast<std::size_t>(WordClass::kCount));
  return kNames[static_cast<int>(c)];
}

ClauseView::ClauseView(std::string_view text, const SentenceTokens& tokens, const std::vector<Mention>& mentions,
                       const Gazetteer& gazetteer, Language lang)
    : text_(text), st_(tokens), sx_(tokens.syntax), mentions_(mentions), gz_(gazetteer), lang_(lang) {
  for (int c = 0; c < static_cast<int>(WordClass::kCount); ++c)
    class_bits_[c] = gz_.word_class_bit(word_class_name(static_cast<WordClass>(c)));
  const std::size_t n = sx_.words.size();
  kids_.resize(n);
  forms_.resize(n);
  lemmas_.resize(n);
  for (std::size_t w = 0; w < n; ++w) {
    const SyntaxWord& sw = sx_.words[w];
    if (sw.head > 0 && sw.head <= n) kids_[sw.head - 1].push_back(static_cast<std::uint16_t>(w));
    forms_[w] = token_lower(text.substr(sw.span.begin, sw.span.end - sw.span.begin));
    lemmas_[w] = sw.lemma.empty() ? forms_[w] : token_lower(sw.lemma);
  }
  // Mentions of this sentence over its tokens (a mention covers every token inside its span).
  mention_of_token_.assign(st_.toks.size(), -1);
  auto first = std::lower_bound(mentions.begin(), mentions.end(), st_.sentence,
                                [](const Mention& m, std::uint32_t s) { return m.sentence < s; });
  for (auto it = first; it != mentions.end() && it->sentence == st_.sentence; ++it) {
    const int m = static_cast<int>(it - mentions.begin());
    for (std::size_t k = 0; k < st_.toks.size(); ++k)
      if (st_.toks[k].span.begin >= it->span.begin && covers(text, it->span.end, st_.toks[k].span.end)) mention_of_token_[k] = m;
  }
  mark_name_parts();
}

// A tagger may read the first word of a name as a function word ("Xi" as SCONJ, "Win" as ADP) and
// the parser then makes it the `case` or `mark` of the next word of the name. A marker never sits
// inside a name with its head: such a word is part of the name (flat), and the phrase is unmarked.
void ClauseView::mark_name_parts() {
  const std::size_t n = sx_.words.size();
  rels_.resize(n);
  for (std::size_t w = 0; w < n; ++w) {
    const SyntaxWord& sw = sx_.words[w];
    rels_[w] = sw.rel;
    const DepRel b = syntax::base_relation(sw.rel);
    if ((b != DepRel::kCase && b != DepRel::kMark) || sw.head == 0 || sw.head > n) continue;
    const int m = mention_at(static_cast<std::uint16_t>(w));
    if (m >= 0 && mention_at(static_cast<std::uint16_t>(sw.head - 1)) == m) rels_[w] = DepRel::kFlat;
  }
}

DepRel ClauseView::base_rel(std::uint16_t w) const noexcept { return syntax::base_relation(rels_[w]); }

std::string_view ClauseView::case_marker(std::uint16_t w) const noexcept {
  for (std::uint16_t c : kids_[w])
    if (base_rel(c) == DepRel::kCase) return forms_[c];
  return {};
}

bool ClauseView::in_class(std::uint16_t w, WordClass cls) const {
  const std::uint64_t bit = class_bits_[static_cast<int>(cls)];
  if (bit == 0) return false;
  const std::uint32_t k = sx_.words[w].token;
  if (sx_.word_count(k) == 1) return st_.has_class(k, bit);
  return (gz_.word_classes(fold(forms_[w]), lang_) & bit) != 0;
}

std::size_t ClauseView::class_phrase_at(std::uint16_t w, WordClass cls) const {
  const std::uint64_t bit = class_bits_[static_cast<int>(cls)];
  if (bit == 0) return 0;
  std::string phrase;
  for (std::size_t j = w; j < size() && j < w + 4u; ++j) {
    if (!phrase.empty()) phrase += ' ';
    phrase += fold(forms_[j]);
    if ((gz_.word_classes(phrase, lang_) & bit) != 0) return j - w + 1;
    if (!gz_.starts_class_phrase(phrase)) break;
  }
  return 0;
}

bool ClauseView::class_phrase_before(std::uint16_t w, WordClass cls, std::size_t window) const {
  for (std::size_t k = w > window ? w - window : 0; k < w; ++k) {
    const std::size_t len = class_phrase_at(static_cast<std::uint16_t>(k), cls);
    if (len > 0 && k + len <= w) return true;
  }
  return false;
}

bool ClauseView::child_in_class(std::uint16_t w, DepRel r, WordClass cls) const {
  for (std::uint16_t c : kids_[w])
    if (base_rel(c) == r && in_class(c, cls)) return true;
  return false;
}

namespace {

// Relations through which a noun's own name is found: "Presiden [Yoon]", "[Partai] Demokrat",
// "partai penguasa lama, [Partai Hijau]".
bool names_inside(DepRel r) {
  switch (r) {
    case DepRel::kFlat: case DepRel::kFlatName: case DepRel::kFlatForeign: case DepRel::kCompound:
    case DepRel::kAppos: case DepRel::kNmodDesc:
      return true;
    default:
      return false;
  }
}

// Relations through which an agent noun takes the party it belongs to: "Israeli forces",
// "pasukan Israel", "the government of Israel", "Russia's foreign ministry".
bool qualifies(DepRel r) {
  switch (r) {
    case DepRel::kAmod: case DepRel::kNmod: case DepRel::kNmodPoss: case DepRel::kNmodUnmarked:
    case DepRel::kCompound: case DepRel::kFlat:
      return true;
    default:
      return false;
  }
}

void add_unique(std::vector<int>& out, int m) {
  if (m >= 0 && std::find(out.begin(), out.end(), m) == out.end()) out.push_back(m);
}

}  // namespace

void ClauseView::collect_entities(std::uint16_t w, int depth, std::vector<int>& out, bool agent_above) const {
  const int own = mention_at(w);
  // "Ruritanian ousted President Kovac": a name that qualifies a title is no argument of its
  // own, whatever the parser made of it (through a title or agent noun it still counts); the
  // name it qualifies may hang on it ("Presiden [China] Xi Jinping").
  const bool qualifier = own >= 0 && depth == 0 && mention(own).modifier;
  if (own >= 0 && !qualifier) {
    add_unique(out, own);
    // "Pemimpin Takhta Suci Vatikan Paus Fransiskus": the parser may hang the person's name on
    // the name that qualifies the title; the person is the argument (entities_of then drops the
    // qualifier beside them).
    if (mention(own).modifier && depth < 2)
      for (std::uint16_t c : kids_[w])
        if (mention_at(c) != own && names_inside(rels_[c])) collect_entities(c, depth + 1, out, false);
  } else if (depth < 2 && (upos(w) == UPos::kNoun || upos(w) == UPos::kPropn || upos(w) == UPos::kPron)) {
    // "sandera perempuan Israel" (Israeli women hostages): a bare noun stacked on an agent noun
    // passes the agent's qualifier through.
    // "keberhasilan pemberontak menguasai X" (the rebels' success in taking X): a noun of success
    // as subject stands for the party that succeeded, as an agent noun does.
    const bool agent = in_class(w, WordClass::kAgentNoun) || in_class(w, WordClass::kSuccessNoun) ||
                       (agent_above && upos(w) == UPos::kNoun);
    // "the capital of Damascus": a place noun (words class place_noun) stands for the place its
    // "of" phrase names, as it does for the name in apposition ("the capital Damascus").
    const bool place = in_class(w, WordClass::kPlaceNoun);
    for (std::uint16_t c : kids_[w]) {
      if (own >= 0 && mention_at(c) == own) continue;  // the rest of the qualifier's own name
      const DepRel r = rels_[c];
      const bool bare = case_marker(c).empty();
      const bool of = bare || case_marker(c) == "of" || r == DepRel::kNmodPoss;
      // "Presiden [Yoon Suk Yeol]": a title noun with the name as its bare nominal modifier.
      const bool titled = bare && (upos(c) == UPos::kPropn || upos(c) == UPos::kNoun) &&
                          syntax::base_relation(r) == DepRel::kNmod &&
                          mention_at(c) >= 0 && mention(mention_at(c)).type == EntityType::kPerson;
      const bool place_of = place && syntax::base_relation(r) == DepRel::kNmod && case_marker(c) == "of";
      if (names_inside(r) || titled || place_of || (agent && qualifies(r) && of))
        collect_entities(c, depth + 1, out, agent && bare);
    }
  }
  for (std::uint16_t c : kids_[w])
    if (rels_[c] == DepRel::kConj) collect_entities(c, depth, out, false);
}

std::vector<int> ClauseView::entities_of(std::uint16_t w) const {
  std::vector<int> out;
  collect_entities(w, 0, out, false);
  // "Menteri Luar Negeri Indonesia Retno Marsudi": beside the person, the country that qualifies
  // the title is no party.
  const bool person = std::any_of(out.begin(), out.end(), [&](int m) { return mention(m).type == EntityType::kPerson; });
  if (person) std::erase_if(out, [&](int m) { return mention(m).modifier; });
  std::sort(out.begin(), out.end());
  return out;
}

ByteSpan ClauseView::subtree_span(std::uint16_t w) const {
  ByteSpan s = sx_.words[w].span;
  for (std::uint16_t c : kids_[w]) {
    ByteSpan cs = subtree_span(c);
    s.begin = std::min(s.begin, cs.begin);
    s.end = std::max(s.end, cs.end);
  }
  return s;
}

bool ClauseView::dominates(std::uint16_t a, std::uint16_t w) const noexcept {
  for (int x = w, steps = 0; x >= 0 && steps <= static_cast<int>(size()); x = parent(static_cast<std::uint16_t>(x)), ++steps)
    if (x == a) return true;
  return false;
}

int ClauseView::word_at(std::uint32_t byte) const noexcept {
  for (std::size_t w = 0; w < sx_.words.size(); ++w)
    if (sx_.words[w].span.end > byte) return static_cast<int>(w);
  return -1;
}

}  // namespace kronik
