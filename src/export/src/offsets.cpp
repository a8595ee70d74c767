// Offsets for clients. kronik works in bytes of the document text; Python strings, NIF and the
// W3C Web Annotation model count code points. The extractor records where each evidence
// sentence starts in code points (Evidence::char_begin); everything inside the sentence is
// counted here from its text, so no document text is needed at export time.
#include "offsets.h"

#include <algorithm>

#include "kronik/core/text.h"

namespace kronik::export_detail {

namespace {

// Code points of `text` before byte `rel` (clamped to the text).
std::uint64_t chars_before(std::string_view text, std::uint64_t rel) {
  return count_code_points(text.substr(0, std::min<std::uint64_t>(rel, text.size())));
}

// Evidence whose text is exactly its span can be counted from the text; an analysis stored by an
// older kronik has no start in code points.
bool chars_known(const Evidence& ev) {
  return ev.char_begin != kUnknownCharOffset && ev.text.size() == ev.span.size();
}

// Relative byte range [rb, re) of the sentence as a TextSpan of the document.
TextSpan inside(const Evidence& ev, std::uint64_t rb, std::uint64_t re) {
  TextSpan s{ev.span.begin + rb, ev.span.begin + re, {}, {}};
  if (chars_known(ev)) {
    s.char_begin = ev.char_begin + chars_before(ev.text, rb);
    s.char_end = *s.char_begin + count_code_points(std::string_view(ev.text).substr(rb, re - rb));
  }
  return s;
}

// A letter or digit continues a word; spaces and punctuation (ASCII, Latin-1 signs, the general
// punctuation block with its curly quotes and dashes, CJK punctuation) end it.
bool word_char(std::string_view s, std::size_t at) {
  const unsigned char c = static_cast<unsigned char>(s[at]);
  if (c < 0x80) return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  while (at > 0 && (static_cast<unsigned char>(s[at]) & 0xC0) == 0x80) --at;  // the sequence's lead byte
  const char32_t cp = decode_utf8(s, at);
  return !((cp >= 0xA0 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2000 && cp <= 0x206F) ||
           (cp >= 0x3000 && cp <= 0x303F) || cp == 0xFFFD);
}

bool whole_word(std::string_view s, std::size_t pos, std::size_t len) {
  return (pos == 0 || !word_char(s, pos - 1)) && (pos + len == s.size() || !word_char(s, pos + len));
}

// First whole-word occurrence of `form` in `text`, or npos.
std::size_t find_word(std::string_view text, std::string_view form) {
  for (std::size_t pos = text.find(form); pos != std::string_view::npos; pos = text.find(form, pos + 1))
    if (whole_word(text, pos, form.size())) return pos;
  return std::string_view::npos;
}

}  // namespace

TextSpan sentence_span(const Evidence& ev) {
  TextSpan s{ev.span.begin, ev.span.end, {}, {}};
  if (chars_known(ev)) {
    s.char_begin = ev.char_begin;
    s.char_end = ev.char_begin + count_code_points(ev.text);
  }
  return s;
}

TextSpan trigger_span(const Evidence& ev) {
  if (!ev.span.contains(ev.trigger)) return TextSpan{ev.trigger.begin, ev.trigger.end, {}, {}};
  return inside(ev, ev.trigger.begin - ev.span.begin, ev.trigger.end - ev.span.begin);
}

MentionFinder::MentionFinder(const Timeline& timeline) {
  for (const EntityRecord& r : timeline.entities) {
    std::vector<std::string>& forms = forms_[r.key];
    forms = r.aliases;
    forms.push_back(r.name);
    // Longest first, then bytewise: one order whatever the aliases' order.
    std::sort(forms.begin(), forms.end(), [](const std::string& a, const std::string& b) {
      return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
    std::erase_if(forms, [](const std::string& f) { return f.size() < 2; });
  }
}

std::optional<PartyMention> MentionFinder::find(const std::string& key, const char* role, const Evidence& ev) const {
  auto it = forms_.find(key);
  if (it == forms_.end()) return std::nullopt;
  std::size_t best = std::string::npos, best_len = 0;
  for (const std::string& form : it->second) {
    const std::size_t pos = find_word(ev.text, form);
    if (pos < best) best = pos, best_len = form.size();  // longest first: a tie keeps the longer
  }
  if (best == std::string::npos) return std::nullopt;
  return PartyMention{key, role, inside(ev, best, best + best_len), ev.text.substr(best, best_len)};
}

std::vector<PartyMention> MentionFinder::operator()(const Event& event, const Evidence& ev) const {
  std::vector<PartyMention> out;
  for (const Participant& p : event.participants)
    if (auto m = find(p.entity, participant_role_name(p.role), ev)) out.push_back(std::move(*m));
  const bool place_is_party = std::any_of(event.participants.begin(), event.participants.end(),
                                          [&](const Participant& p) { return p.entity == event.location; });
  if (!event.location.empty() && !place_is_party)
    if (auto m = find(event.location, "location", ev)) out.push_back(std::move(*m));
  return out;
}

}  // namespace kronik::export_detail
