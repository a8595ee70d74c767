// Event headlines: "Sergey Lavrov meets Kim Jong Un in Wonsan".
//
// A headline is actor + verb phrase + target + place. The verb phrases are English base forms
// per CAMEO code (the codebook's event names are nouns: "Make a visit", "Host a visit"); a code
// without its own phrase takes its root's (0431 -> 043 -> 04). The third person ("meets"),
// the planned ("will meet") and the negated ("does not meet") forms come from the base form, so
// the table holds each phrase once. "{t}" marks where the target goes when it is not last
// ("appeal to {t} to meet").
#include <algorithm>
#include <array>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "internal.h"
#include "kronik/export/export.h"

namespace kronik {
namespace {

struct Phrase {
  std::string_view code;
  std::string_view verb;  ///< base form; "{t}" = target slot, else the target follows
  bool place_object = false;  ///< without a target the place is the object ("visits Jakarta")
};

// Sorted by code (looked up by binary search).
constexpr std::array kPhrases = std::to_array<Phrase>({
    {"01", "make a statement about"},  {"010", "make a statement about"},
    {"011", "decline to comment on"},  {"012", "make a pessimistic comment about"},
    {"013", "make an optimistic comment about"}, {"014", "consider a policy option on"},
    {"015", "acknowledge responsibility to"}, {"016", "deny responsibility to"},
    {"017", "make a symbolic gesture to"}, {"018", "express sympathy to"},
    {"019", "express accord with"},    {"02", "appeal to"},
    {"026", "appeal to {t} to meet"},  {"027", "appeal to {t} to settle"},
    {"03", "express intent to cooperate with"}, {"036", "express intent to meet"},
    {"04", "consult"},                 {"040", "meet"},
    {"041", "phone"},                  {"042", "visit", true},
    {"043", "host"},                   {"044", "meet {t} at a third location"},
    {"045", "mediate with"},           {"046", "negotiate with"},
    {"05", "cooperate diplomatically with"}, {"051", "praise"},
    {"052", "defend"},                 {"053", "rally support for"},
    {"054", "recognize"},              {"055", "apologize to"},
    {"056", "forgive"},                {"057", "sign an agreement with"},
    {"06", "cooperate with"},          {"061", "cooperate economically with"},
    {"062", "cooperate militarily with"}, {"063", "cooperate judicially with"},
    {"064", "share intelligence with"}, {"07", "provide aid to"},
    {"071", "provide economic aid to"}, {"072", "provide military aid to"},
    {"073", "provide humanitarian aid to"}, {"074", "provide military protection to"},
    {"075", "grant asylum to"},        {"08", "yield to"},
    {"084", "release"},                {"085", "ease sanctions on"},
    {"09", "investigate"},             {"10", "demand from"},
    {"11", "disapprove of"},           {"111", "criticize"},
    {"112", "accuse"},                 {"114", "complain about"},
    {"115", "sue"},                    {"12", "reject"},
    {"128", "defy"},                   {"129", "veto"},
    {"13", "threaten"},                {"132", "threaten sanctions against"},
    {"138", "threaten force against"}, {"139", "give an ultimatum to"},
    {"14", "protest against"},         {"15", "show force against"},
    {"16", "reduce relations with"},   {"163", "sanction"},
    {"166", "expel"},                  {"17", "coerce"},
    {"171", "seize"},                  {"173", "arrest"},
    {"174", "deport"},                 {"18", "assault"},
    {"181", "abduct"},                 {"183", "bomb"},
    {"186", "assassinate"},            {"19", "fight"},
    {"191", "blockade"},               {"192", "occupy"},
    {"195", "strike from the air"},    {"20", "use mass violence against"},
});

static_assert(std::is_sorted(kPhrases.begin(), kPhrases.end(),
                             [](const Phrase& a, const Phrase& b) { return a.code < b.code; }));

/// The phrase of `code` or of its nearest listed prefix; null when none.
const Phrase* verb_phrase(std::string_view code) {
  for (std::size_t n = code.size(); n >= 2; --n) {
    const std::string_view key = code.substr(0, n);
    auto it = std::lower_bound(kPhrases.begin(), kPhrases.end(), key,
                               [](const Phrase& p, std::string_view k) { return p.code < k; });
    if (it != kPhrases.end() && it->code == key) return &*it;
  }
  return nullptr;
}

/// Third person singular of an English verb: "meet" -> "meets", "criticize" -> "criticizes",
/// "apologize" -> "apologizes", "reach" -> "reaches", "deny" -> "denies".
std::string third_person(std::string_view verb) {
  if (verb == "have") return "has";
  if (verb == "be") return "is";
  std::string out(verb);
  const auto ends = [&](std::string_view s) { return out.size() >= s.size() && out.ends_with(s); };
  if (ends("s") || ends("sh") || ends("ch") || ends("x") || ends("z") || ends("o")) return out + "es";
  if (out.size() >= 2 && out.back() == 'y' && std::string_view("aeiou").find(out[out.size() - 2]) == std::string_view::npos) {
    out.pop_back();
    return out + "ies";
  }
  return out + "s";
}

/// The verb phrase inflected for the modality and number: first word in the third person
/// singular (one actor) or plural (base form), or behind "will" (planned), "does not" / "do
/// not" (negated), "may" (hypothetical).
std::string inflect(std::string_view phrase, Modality m, bool plural) {
  const std::size_t space = phrase.find(' ');
  const std::string_view head = phrase.substr(0, space);
  const std::string_view rest = space == std::string_view::npos ? std::string_view() : phrase.substr(space);
  switch (m) {
    case Modality::kPlanned: return "will " + std::string(phrase);
    case Modality::kNegated: return (plural ? "do not " : "does not ") + std::string(phrase);
    case Modality::kHypothetical: return "may " + std::string(phrase);
    case Modality::kAsserted: break;
  }
  return plural ? std::string(phrase) : third_person(head) + std::string(rest);
}

/// "A", "A and B", "A, B and C".
std::string names_list(const std::vector<std::string>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i) out += (i + 1 == names.size()) ? " and " : ", ";
    out += names[i];
  }
  return out;
}

}  // namespace

HeadlineWriter::HeadlineWriter(const Timeline& timeline) {
  for (const EntityRecord& e : timeline.entities)
    if (!e.name.empty()) names_.emplace(e.key, e.name);  // first record of a key wins
}

std::string HeadlineWriter::name(const std::string& key) const {
  auto it = names_.find(key);
  return it == names_.end() ? key : it->second;
}

std::string HeadlineWriter::operator()(const Event& e) const {
  std::vector<std::string> actors, targets;
  for (const Participant& p : e.participants) {
    std::vector<std::string>& side = p.role == ParticipantRole::kTarget ? targets : actors;
    if (p.role == ParticipantRole::kSpeaker || p.entity.empty()) continue;
    const std::string n = name(p.entity);
    if (std::find(side.begin(), side.end(), n) == side.end()) side.push_back(n);
  }
  const Phrase* phrase = verb_phrase(e.cameo);
  std::string place = e.location.empty() ? std::string() : name(e.location);
  if (phrase && phrase->place_object && targets.empty() && !place.empty()) {
    targets.push_back(place);
    place.clear();
  }
  std::string out;
  if (!phrase || actors.empty()) {
    // No verb to conjugate or nobody doing it: the codebook's name with whoever took part.
    out = e.cameo_name.empty() ? e.type : e.cameo_name;
    actors.insert(actors.end(), targets.begin(), targets.end());
    if (!actors.empty()) out += ": " + names_list(actors);
  } else {
    out = names_list(actors) + " " + inflect(phrase->verb, e.modality, actors.size() > 1);
    const std::string who = names_list(targets);
    const std::size_t slot = out.find("{t}");
    if (slot != std::string::npos) out.replace(slot, 3, who.empty() ? "others" : who);
    else if (!who.empty()) out += " " + who;
  }
  if (!place.empty()) {
    if (std::find(actors.begin(), actors.end(), place) == actors.end() &&
        std::find(targets.begin(), targets.end(), place) == targets.end())
      out += " in " + place;
  }
  return out;
}

}  // namespace kronik
