// Roles by token window: the actor is the participant to the left of the trigger in its clause
// (or the possessor after a nominal trigger, a pronoun's antecedent, a dropped subject), the
// target the first participant to its right, the location a place after a locative preposition.
// The frames (frames.cpp) decide which of these a trigger takes.
#include <algorithm>
#include <tuple>

#include "events/window/window.h"

namespace kronik::window {

// Who an object pronoun ("him", "kepadanya", "menjamunya") stands for: the person named last
// before it, this sentence first, who is not the actor.
std::string WindowCoder::recent_person_except(const SentenceState& c, std::size_t before,
                                              const std::vector<std::string>& exclude) {
  auto ok = [&](const std::string& key) { return std::find(exclude.begin(), exclude.end(), key) == exclude.end(); };
  for (std::size_t t = std::min(before, c.toks.size()); t > 0; --t) {
    int m = c.mention_at[t - 1];
    if (m >= 0 && mention(m).type == EntityType::kPerson && ok(mention(m).entity_key)) return mention(m).entity_key;
  }
  for (auto it = memory_.recent_persons.rbegin(); it != memory_.recent_persons.rend(); ++it)
    if (ok(*it)) return *it;
  return {};
}

// "X, yang didukung China, mengecam ...", "X, who was backed by Y, criticised ...": a relative
// clause between subject and verb is skipped; the subject is the head before it.
std::size_t WindowCoder::skip_relative_clause(const SentenceState& c, std::size_t a, std::size_t lo_min) {
  std::size_t p = a;
  while (p > lo_min && word_is(c, p - 1, "adverb")) --p;
  if (p > lo_min + 3 && !c.toks[p - 1].word && c.toks[p - 1].text == ",")
    for (std::size_t q = p - 1; q > lo_min + 1 && q + 16 > p; --q)
      if (!c.toks[q - 1].word && c.toks[q - 1].text == ",") {
        if (word_is(c, q, "relative")) a = q - 1;
        break;
      }
  return a;
}

// The subject mention to the left of token `a` in [lo, a): the nearest participant (an oblique
// one only right before the verb), or the head noun before a relative pronoun; -1 when a
// pronoun or nothing stands there.
int WindowCoder::left_subject(const SentenceState& c, std::size_t a, std::size_t lo) {
  for (std::size_t k = a; k > lo; --k) {
    std::size_t t = k - 1;
    int m = c.mention_at[t];
    if (m < 0) {
      if (c.toks[t].word && (word_is(c, t, "pronoun_sg") || word_is(c, t, "pronoun_pair"))) return -1;  // "ketika ia tiba"
      if (c.toks[t].word && word_is(c, t, "relative")) {
        // the head noun is right before "yang" (a comma may sit between)
        std::size_t h = t;
        while (h > lo && !c.toks[h - 1].word && c.toks[h - 1].text == ",") --h;
        if (h == lo || c.mention_at[h - 1] < 0 || !participant(c.mention_at[h - 1])) return -1;
        return c.mention_at[h - 1];
      }
      continue;
    }
    if (!participant(m)) continue;
    if (oblique(c, m)) {
      // "dengan Pyongyang mengerahkan ...": a mention right before the verb is its subject
      // whatever governs it.
      bool adjacent = true;
      for (std::size_t j = t + 1; j < a && adjacent; ++j) adjacent = c.mention_at[j] == m || word_is(c, j, "adverb");
      if (!adjacent) continue;
    }
    return m;
  }
  return -1;
}

// Subject to the left of token `a`, within the clause; with coordination.
std::vector<std::string> WindowCoder::left_actors(const SentenceState& c, std::size_t a, bool stop_at_break,
                                                  std::size_t lo_min) {
  std::vector<std::string> r;
  a = skip_relative_clause(c, a, lo_min);
  std::size_t lo = lo_min;
  if (stop_at_break)
    for (std::size_t k = a; k > lo_min; --k)
      if (is_break(c, k - 1)) {
        lo = k;
        break;
      }
  const int chosen = left_subject(c, a, lo);
  if (chosen < 0) return r;
  r.push_back(mention(chosen).entity_key);
  // "X dan Y", "Baik X maupun Y", "X and Y": walk left over a coordinator.
  std::size_t p = prev_word(c, mention_first_tok(c, chosen));
  while (p != std::string::npos && word_is(c, p, "article")) p = prev_word(c, p);  // "X and the Y"
  if (p != std::string::npos && c.st.has_class(p, cls_bit("coord"))) {
    for (std::size_t k = p; k > lo; --k) {
      int m = c.mention_at[k - 1];
      if (m >= 0 && m != chosen && participant(m)) {
        r.insert(r.begin(), mention(m).entity_key);
        break;
      }
      if (c.mention_at[k - 1] < 0 && c.toks[k - 1].word && !c.toks[k - 1].upper && !word_is(c, k - 1, "article")) break;
    }
  }
  return r;
}

// The two most mentioned countries of the document (ties: the first named).
std::vector<std::string> WindowCoder::top_two_countries() {
  std::vector<std::tuple<int, std::size_t, std::string>> v;
  for (auto& [k, n] : memory_.country_counts) v.emplace_back(-n, memory_.country_first[k], k);
  std::sort(v.begin(), v.end());
  std::vector<std::string> r;
  for (std::size_t i = 0; i < v.size() && i < 2; ++i) r.push_back(std::get<2>(v[i]));
  return r;
}

// "Keduanya", "the two leaders": the last two persons named, this sentence's up to `b` last.
std::vector<std::string> WindowCoder::last_two_persons(const SentenceState& c, std::size_t b) {
  std::vector<std::string> persons = memory_.recent_persons;
  for (std::size_t q = 0; q < b; ++q) {
    int m = c.mention_at[q];
    if (m < 0 || mention(m).type != EntityType::kPerson) continue;
    const std::string& key = mention(m).entity_key;
    persons.erase(std::remove(persons.begin(), persons.end(), key), persons.end());
    persons.push_back(key);
  }
  if (persons.size() >= 2) return {persons[persons.size() - 2], persons.back()};
  return {};
}

// "Ia"/"He": the person who acted last, else the person named last.
std::vector<std::string> WindowCoder::singular_pronoun_actor() {
  bool actor_is_person = false;
  for (const auto& m : mentions_)
    if (m.entity_key == memory_.last_actor && m.type == EntityType::kPerson) actor_is_person = true;
  if (actor_is_person) return {memory_.last_actor};
  if (!memory_.recent_persons.empty()) return {memory_.recent_persons.back()};
  return {};
}

// Pronoun subjects ("Ia", "Keduanya", "mereka", "kedua negara").
std::vector<std::string> WindowCoder::pronoun_actors(const SentenceState& c, std::size_t a) {
  std::size_t lo = 0;
  for (std::size_t k = a; k > 0; --k)
    if (is_break(c, k - 1)) {
      lo = k;
      break;
    }
  // Only a pronoun in subject position: right before the verb, adverbs aside.
  std::size_t near = a;
  while (near > lo && word_is(c, near - 1, "adverb")) --near;
  if (near < a) lo = std::max(lo, near >= 5 ? near - 5 : 0);
  else lo = std::max(lo, a >= 5 ? a - 5 : 0);
  for (std::size_t k = near; k > lo && k + 4 >= near; --k) {
    std::size_t len = 0;
    std::size_t start = k - 1;
    // multi-word pronouns ("kedua belah pihak", "the two countries") start further left
    for (std::size_t b = (start >= 3 ? start - 3 : 0); b <= start; ++b)
      if (phrase_is(c, b, "pronoun_country_pair", len) && b + len == k) return top_two_countries();
      else if (phrase_is(c, b, "pronoun_pair", len) && b + len == k) return last_two_persons(c, b);
    if (word_is(c, start, "pronoun_sg")) return singular_pronoun_actor();
  }
  return {};
}

// An object pronoun at token k: "-nya" on a preposition ("kepadanya", "dengannya") or
// "him"/"her".
bool WindowCoder::object_pronoun(const SentenceState& c, std::size_t k) {
  if (!c.toks[k].word) return false;
  const std::string& w = c.folded[k];
  bool nya = w.size() > 5 && ends_with(w, "nya") &&
             (gz_.is_word(w.substr(0, w.size() - 3), lang_, "to_prep") || gz_.is_word(w.substr(0, w.size() - 3), lang_, "with_prep"));
  return nya || word_is(c, k, "pronoun_obj");
}

// The first participant in [b, limit) that is not excluded, up to the clause's end. Places are
// taken only when `allow_location` (never after "from"); otherwise a place after "di"/"in" is
// skipped. The next verb trigger ends the search unless `through_triggers` (a governed act:
// "menuduh Rusia menyerang ..." finds the accused across it).
std::string WindowCoder::right_target(const SentenceState& c, std::size_t b, std::size_t limit, bool allow_location,
                                      const std::vector<std::string>& exclude, bool through_triggers) {
  for (std::size_t k = b; k < limit && k < c.toks.size(); ++k) {
    // Quotation marks do not end the object: a quoted phrase is often its first words
    // ('menghargai "dukungan teguh" Korea Utara').
    if (k > b && is_break(c, k) && !c.st.has_class(k, cls_bit("complementizer")) && !inner_quote(c, k)) break;
    if (k > b && c.trigger_start[k] && !through_triggers) break;
    if (!c.toks[k].word && c.toks[k].text == "," && k + 1 < c.toks.size() && word_is(c, k + 1, "speech_inv")) break;
    int m = c.mention_at[k];
    if (m < 0) {
      if (k == b && object_pronoun(c, k)) {
        std::string who = recent_person_except(c, b, exclude);
        if (!who.empty()) return who;
      }
      continue;
    }
    const Mention& mm = mention(m);
    if (mm.modifier) continue;
    if (!is_participant_type(mm.type) && !(allow_location && mm.type == EntityType::kLocation)) continue;
    std::size_t f = mention_first_tok(c, m);
    if (!allow_location && f > 0 && word_is(c, f - 1, "loc_prep")) continue;
    if (allow_location && f > 0 && word_is(c, f - 1, "from_prep")) continue;
    if (std::find(exclude.begin(), exclude.end(), mm.entity_key) != exclude.end()) continue;
    return mm.entity_key;
  }
  return {};
}

// A place (or a country not standing for its government) after a locative preposition in
// [from, to), up to four lower-case words after it ("di kota pelabuhan utara Haiphong"); directional
// prepositions count when `dir_ok`, "from Poland" never (where a traveller came from).
std::string WindowCoder::location_in(const SentenceState& c, std::size_t from, std::size_t to, bool dir_ok) {
  for (std::size_t k = from; k < to && k < c.toks.size(); ++k) {
    bool prep = word_is(c, k, "loc_prep") || (dir_ok && word_is(c, k, "dir_prep") && !word_is(c, k, "from_prep"));
    if (!prep) continue;
    for (std::size_t j = k + 1; j < c.toks.size() && j <= k + 5; ++j) {
      if (word_is(c, j, "not_place") || c.any_trigger[j]) break;  // "di tengah serangan Rusia"
      int m = c.mention_at[j];
      if (m >= 0) {
        const Mention& mm = mention(m);
        if (mm.type == EntityType::kLocation || (mm.type == EntityType::kCountry && !mm.metonym)) return mm.entity_key;
        break;
      }
      if (!c.toks[j].word || c.toks[j].upper) break;
    }
  }
  return std::string();
}

// Leading adverbial clause ("Setelah tiba di Hanoi, Retno ...") takes the main subject. So
// does a leading prepositional adjunct holding the trigger ("Dalam lawatannya ke Tokyo, Prabowo
// ...", "During his visit to Hanoi, Putin ...").
std::string WindowCoder::main_subject_after_comma(const SentenceState& c, std::size_t a) {
  if (!word_is(c, 0, "adverbial_sub") && !word_is(c, 0, "loc_prep") && !word_is(c, 0, "time_prep")) return {};
  for (std::size_t k = a; k < c.toks.size(); ++k)
    if (c.toks[k].text == ",") {
      for (std::size_t j = k + 1; j < c.toks.size() && j < k + 8; ++j) {
        int m = c.mention_at[j];
        if (m >= 0 && participant(m)) return mention(m).entity_key;
      }
      break;
    }
  return {};
}

}  // namespace kronik::window
