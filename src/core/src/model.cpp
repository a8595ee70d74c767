#include "kronik/core/model.h"

#include <algorithm>

#include "kronik/core/text.h"

namespace kronik {

const char* language_code(Language l) noexcept {
  switch (l) {
    case Language::kIndonesian: return "id";
    case Language::kEnglish: return "en";
    case Language::kUnknown: break;
  }
  return "und";
}

Language language_from_code(std::string_view code) noexcept {
  if (code == "id" || code == "ind" || code == "in") return Language::kIndonesian;
  if (code == "en" || code == "eng") return Language::kEnglish;
  return Language::kUnknown;
}

const char* input_format_name(InputFormat f) noexcept {
  switch (f) {
    case InputFormat::kText: return "text";
    case InputFormat::kHtml: return "html";
    case InputFormat::kJsonLines: return "jsonl";
  }
  return "text";
}

const char* sentence_role_name(SentenceRole r) noexcept {
  switch (r) {
    case SentenceRole::kBody: return "body";
    case SentenceRole::kHeadline: return "headline";
    case SentenceRole::kCaption: return "caption";
    case SentenceRole::kDateline: return "dateline";
    case SentenceRole::kQuote: return "quote";
  }
  return "body";
}

const char* entity_type_name(EntityType t) noexcept {
  switch (t) {
    case EntityType::kPerson: return "person";
    case EntityType::kCountry: return "country";
    case EntityType::kLocation: return "location";
    case EntityType::kOrganization: return "organization";
    case EntityType::kGroup: return "group";
    case EntityType::kUnknown: break;
  }
  return "unknown";
}

EntityType entity_type_from_name(std::string_view s) noexcept {
  if (s == "person") return EntityType::kPerson;
  if (s == "country") return EntityType::kCountry;
  if (s == "location" || s == "city" || s == "place") return EntityType::kLocation;
  if (s == "organization" || s == "organisation") return EntityType::kOrganization;
  if (s == "group") return EntityType::kGroup;
  return EntityType::kUnknown;
}

const char* participant_role_name(ParticipantRole r) noexcept {
  switch (r) {
    case ParticipantRole::kActor: return "actor";
    case ParticipantRole::kTarget: return "target";
    case ParticipantRole::kSpeaker: return "speaker";
    case ParticipantRole::kOther: return "other";
  }
  return "other";
}

const char* modality_name(Modality m) noexcept {
  switch (m) {
    case Modality::kAsserted: return "asserted";
    case Modality::kPlanned: return "planned";
    case Modality::kNegated: return "negated";
    case Modality::kHypothetical: return "hypothetical";
  }
  return "asserted";
}

const char* claim_status_name(ClaimStatus s) noexcept {
  switch (s) {
    case ClaimStatus::kAsserted: return "asserted";
    case ClaimStatus::kDenied: return "denied";
    case ClaimStatus::kSuspected: return "suspected";
  }
  return "asserted";
}

std::string evidence_key(const Evidence& e) {
  return e.document + "#" + std::to_string(e.sentence) + "#" + std::to_string(e.trigger.begin);
}

// One pass: the evidence in text order, code points counted from one sentence start to the next.
void set_char_offsets(DocumentAnalysis& a) {
  std::vector<Evidence*> order;
  for (Event& e : a.events)
    for (Evidence& ev : e.evidence) order.push_back(&ev);
  std::stable_sort(order.begin(), order.end(), [](const Evidence* x, const Evidence* y) { return x->span.begin < y->span.begin; });
  const std::string_view text = a.raw.text;
  std::size_t byte = 0, chars = 0;
  for (Evidence* ev : order) {
    if (ev->span.begin > text.size()) {
      ev->char_begin = kUnknownCharOffset;
      continue;
    }
    chars += count_code_points(text.substr(byte, ev->span.begin - byte));
    byte = ev->span.begin;
    ev->char_begin = static_cast<std::uint32_t>(chars);
  }
}

}  // namespace kronik
