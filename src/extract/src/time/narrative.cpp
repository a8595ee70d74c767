// The narrative day (kronik/extract/time/narrative.h).
#include "kronik/extract/time/narrative.h"

#include <algorithm>
#include <cctype>
#include <span>

namespace kronik {
namespace {

// Background starts this many days before the publication day: a report's own story is the
// last few days; older days are context ("the 1974 agreement", "on 3 March the talks began").
constexpr long kBackgroundDays = 7;

// Inside quotation marks: an odd number of quote characters between the sentence start and `at`.
bool inside_quote(std::string_view text, std::size_t from, std::size_t at) {
  int quotes = 0;
  for (std::size_t i = from; i < at && i < text.size(); ++i) {
    if (text[i] == '"') ++quotes;
    // U+201C and U+201D (E2 80 9C / 9D)
    else if (text[i] == '\xE2' && i + 2 < text.size() && text[i + 1] == '\x80' &&
             (text[i + 2] == '\x9C' || text[i + 2] == '\x9D'))
      ++quotes;
  }
  return quotes % 2 == 1;
}

bool background(const TimeValue& v, const TimeValue& published) {
  if (published.granularity < Granularity::kDay) return false;
  const long day = *v.serial_day(), pub = *published.truncated(Granularity::kDay).serial_day();
  return day > pub || day + kBackgroundDays < pub;
}

const Sentence* sentence_of(const std::vector<Sentence>& sentences, std::uint32_t index) {
  return index < sentences.size() && sentences[index].index == index ? &sentences[index] : nullptr;
}

bool moves_narrative(const TimeTagger& tagger, const TimeMention& t, const Sentence& s, std::string_view text,
                     const TimeValue& published) {
  if (s.role == SentenceRole::kCaption || t.duration || t.future) return false;
  if (!t.value.known() || t.value.granularity < Granularity::kDay || t.end.known()) return false;
  if (tagger.since_before(text, t.span.begin) || inside_quote(text, s.span.begin, t.span.begin)) return false;
  return !background(t.value, published);
}

}  // namespace

const TimeMention* narrative_day(const TimeTagger& tagger, const std::vector<TimeMention>& times,
                                 const std::vector<Sentence>& sentences, std::string_view text, std::size_t at,
                                 const TimeValue& published) {
  const TimeMention* day = nullptr;
  for (const TimeMention& t : times) {
    if (t.span.begin >= at) break;
    const Sentence* s = sentence_of(sentences, t.sentence);
    if (s && moves_narrative(tagger, t, *s, text, published)) day = &t;
  }
  return day;
}

namespace {

bool is_alpha_byte(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

// A clause opener between text[from] and text[to] with no clause end (, ; : dash) after it: the
// span from the opener on is one subordinate clause. Relative "yang"/"which" are not openers: their
// clause often dates the trigger's own noun ("pertemuan ..., yang diadakan sehari sebelumnya").
bool opener_between(const TimeTagger& tagger, std::string_view text, std::size_t from, std::size_t to) {
  bool open = false;
  for (std::size_t i = from; i < to && i < text.size();) {
    const char c = text[i];
    if (c == ',' || c == ';' || c == ':' || (c == '-' && i > 0 && text[i - 1] == ' ')) open = false;
    if (!is_alpha_byte(c)) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < to && j < text.size() && is_alpha_byte(text[j])) ++j;
    if (tagger.clause_opener(text.substr(i, j - i))) open = true;
    i = j;
  }
  return open;
}

// The mention the extractor dated the event with: in the trigger's sentence, same text.
const TimeMention* dating_mention(const Event& e, const std::vector<TimeMention>& times) {
  if (e.evidence.empty() || e.date_text.empty()) return nullptr;
  for (const TimeMention& t : times)
    if (t.sentence == e.evidence.front().sentence && e.date_text.rfind(t.text, 0) == 0) return &t;
  return nullptr;
}

// A time after the trigger inside a clause of its own ("..., promised to serve every district, including
// those that backed her rival on Mar 3", "bersekutu sejak 2019", "karena serangan
// Senin") or inside quotation marks the trigger is not in dates that clause, not the event.
bool time_of_another_clause(const TimeTagger& tagger, const Event& e, const TimeMention& t, const Sentence& s,
                            std::string_view text) {
  const std::size_t at = e.evidence.front().trigger.begin;
  if (inside_quote(text, s.span.begin, t.span.begin) != inside_quote(text, s.span.begin, at)) return true;
  return t.span.begin > at && opener_between(tagger, text, e.evidence.front().trigger.end, t.span.begin);
}

// Only events the extractor left at the publication month with no cue at all ("vague time":
// "a few days after ..." keeps the month).
bool takes_a_day(const Event& e) {
  return e.date_anchor == Anchor::kDefaulted && !e.evidence.empty() && e.date_text.empty();
}

bool in_headline(const Event& e, const std::vector<Sentence>& sentences) {
  const Sentence* s = sentence_of(sentences, e.evidence.front().sentence);
  return s && s->role == SentenceRole::kHeadline;
}

// A sentence closed by a stop (". ! ?", perhaps before a closing quote or parenthesis).
bool ends_a_sentence(const Sentence& s, std::string_view text) {
  std::size_t end = std::min<std::size_t>(s.span.end, text.size());
  while (end > s.span.begin && std::isspace(static_cast<unsigned char>(text[end - 1]))) --end;
  if (end > s.span.begin && (text[end - 1] == '"' || text[end - 1] == ')')) --end;
  return end > s.span.begin && (text[end - 1] == '.' || text[end - 1] == '!' || text[end - 1] == '?');
}

// The lead: the body's first sentence (page furniture such as "2 hours ago" or a byline, which
// the cleaner may leave as body lines, has no closing stop). News tells the story the headline
// names there, with its day; later sentences add background and other days.
const Sentence* lead_sentence(const std::vector<Sentence>& sentences, std::string_view text) {
  for (const Sentence& s : sentences)
    if (s.role == SentenceRole::kBody && ends_a_sentence(s, text)) return &s;
  return nullptr;
}

bool names_a_party(const Event& e, const Mention& m) {
  return std::any_of(e.participants.begin(), e.participants.end(),
                     [&](const Participant& p) { return !p.entity.empty() && p.entity == m.entity_key; });
}

bool sentence_names_a_party(const Event& e, std::uint32_t sentence, std::span<const Mention> mentions) {
  return std::any_of(mentions.begin(), mentions.end(),
                     [&](const Mention& m) { return m.sentence == sentence && names_a_party(e, m); });
}

// The day of a headline's happening: the first day the lead sentence names that moves the
// narrative, when the lead names one of the event's parties ("Minister meets president" over
// "The minister met the president on Wednesday ..."). A lead that names no day, or not the
// event's parties, leaves the headline undated: a headline names what happened, not when (a
// denial the body never reports may be days old).
const TimeMention* lead_day(const TimeTagger& tagger, const Event& e, const std::vector<TimeMention>& times,
                            const std::vector<Sentence>& sentences, std::span<const Mention> mentions,
                            std::string_view text, const TimeValue& published) {
  const Sentence* lead = lead_sentence(sentences, text);
  if (!lead || !sentence_names_a_party(e, lead->index, mentions)) return nullptr;
  for (const TimeMention& t : times)
    if (t.sentence == lead->index && moves_narrative(tagger, t, *lead, text, published)) return &t;
  return nullptr;
}

}  // namespace

void detach_clause_times(const TimeTagger& tagger, std::vector<Event>& events, const std::vector<TimeMention>& times,
                         const std::vector<Sentence>& sentences, std::string_view text, const TimeValue& published) {
  for (Event& e : events) {
    if (e.date_anchor == Anchor::kDefaulted) continue;
    const TimeMention* t = dating_mention(e, times);
    const Sentence* s = t ? sentence_of(sentences, t->sentence) : nullptr;
    if (!s || !time_of_another_clause(tagger, e, *t, *s, text)) continue;
    e.date = published.known() ? published.truncated(Granularity::kMonth) : TimeValue{};
    e.date_anchor = published.known() ? Anchor::kDefaulted : Anchor::kUnknown;
    e.date_text.clear();
  }
}

namespace {

// Where the body's recap sentences start ("Seperti diketahui, ...", "As previously reported,"),
// in text order.
std::vector<std::size_t> recap_starts(const TimeTagger& tagger, const std::vector<Sentence>& sentences,
                                      std::string_view text) {
  std::vector<std::size_t> out;
  for (const Sentence& s : sentences)
    if (s.role == SentenceRole::kBody && s.span.begin < text.size() &&
        tagger.recap_opener(text.substr(s.span.begin, s.span.end - s.span.begin)))
      out.push_back(s.span.begin);
  return out;
}

// A recap opened after the narrative day was named (or before any) and before the event: the
// event is background the reader is reminded of, whose day the text does not give.
bool inside_recap(const std::vector<std::size_t>& recaps, const TimeMention* day, std::size_t at) {
  const std::size_t from = day ? day->span.begin : 0;
  auto it = std::upper_bound(recaps.begin(), recaps.end(), from);
  return it != recaps.end() && *it <= at;
}

}  // namespace

void date_undated_events(const TimeTagger& tagger, std::vector<Event>& events, const std::vector<TimeMention>& times,
                         const std::vector<Sentence>& sentences, std::string_view text, const TimeValue& published,
                         std::span<const Mention> mentions) {
  detach_clause_times(tagger, events, times, sentences, text, published);
  const std::vector<std::size_t> recaps = recap_starts(tagger, sentences, text);
  for (Event& e : events) {
    if (!takes_a_day(e)) continue;
    // A headline tells the article's main news, which the lead reports: a happening asserted in
    // it took place on the day the lead gives it; else it keeps the month (a planned or denied
    // one too: its day is not the report's).
    if (in_headline(e, sentences)) {
      const TimeMention* day = e.modality == Modality::kAsserted
                                   ? lead_day(tagger, e, times, sentences, mentions, text, published)
                                   : nullptr;
      if (day) {
        e.date = day->value.truncated(Granularity::kDay);
        e.date_text = day->text + " (lead day)";
      }
      continue;
    }
    // An event that follows another ("Setelah tiba ...") takes that event's date in the graph.
    const std::size_t at = e.evidence.front().trigger.begin;
    const TimeMention* day = e.after.empty() ? narrative_day(tagger, times, sentences, text, at, published) : nullptr;
    if (e.after.empty() && inside_recap(recaps, day, at)) continue;  // keeps the month
    // The anchor stays kDefaulted: the day is the story's, not stated for this event, so any date
    // another report states wins when the graph merges them.
    if (day) {
      e.date = day->value.truncated(Granularity::kDay);
      e.date_text = day->text + " (narrative day)";
    } else if (published.granularity >= Granularity::kDay) {
      e.date = published.truncated(Granularity::kDay);
      e.date_text = "publication day";
    }
  }
}

}  // namespace kronik
