// kronik/extract/time/narrative.h: dates for events the text gives no time of their own.
//
// A report tells its story in order: once it has named a day ("pada Selasa (4/9/2029)", "on
// Wednesday"), the happenings that follow without a time of their own took place that day,
// until another day is named. That day is the "narrative day". Not every time moves it:
//   - durations ("selama tiga hari"), future times ("akan ... Senin depan"), times opened by
//     since/sejak ("sejak 12 Juli") and times inside quotation marks do not;
//   - background does not: a day more than a week before the publication day, or after it.
// A recap sentence ("Seperti diketahui, ...", "As previously reported, ..."; lexicon kind `recap`)
// suspends it: the events from there until the next day is named are background the reader is
// reminded of, and keep the publication month.
//
// Usage (after EventExtractor::extract, with the resolved mentions):
//   date_undated_events(tagger, events, times, sentences, text, published);
// Every event the extractor left at the publication month without any cue (anchor kDefaulted,
// empty date_text: not "vague time"), outside headlines and without an `after` link, then carries
// the narrative day before its trigger (date_text "<mention> (narrative day)"), else the
// publication day (date_text "publication day"), else it is left as it was (the month). A
// headline names what happened, not when, so its events keep the month, except an asserted one
// whose party the lead (the body's first sentence) names beside a day: the headline tells the
// lead's news, so it takes that day (date_text "<mention> (lead day)"; needs `mentions`).
// The anchor stays kDefaulted: the day is the story's, not stated for this event, so when the
// graph merges reports any date another report states wins (a kReference day would outrank the
// kInferred "Rabu (18/10)" of another report), and the merge still treats it as "around then".
//
// Thread-safety: a pure function. Errors: none.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "kronik/core/model.h"
#include "kronik/extract/time/timex.h"

namespace kronik {

/// The narrative day at byte offset `at`: the last mention before it, in reading order, that
/// moves the narrative (see above); nullptr when none. `times` must be resolved and in text order.
const TimeMention* narrative_day(const TimeTagger& tagger, const std::vector<TimeMention>& times,
                                 const std::vector<Sentence>& sentences, std::string_view text, std::size_t at,
                                 const TimeValue& published);

/// Takes the extractor's time away from events dated by a time of another clause: a time after
/// the trigger inside a clause opened by a clause opener (lexicon kind `clause_opener`: sejak,
/// karena, ketika; since, because, when, who) with no comma, semicolon, colon or
/// dash in between, or inside quotation marks the trigger is not in. Those events fall back to
/// the publication month (anchor kDefaulted) and are then dated like the others.
void detach_clause_times(const TimeTagger& tagger, std::vector<Event>& events, const std::vector<TimeMention>& times,
                         const std::vector<Sentence>& sentences, std::string_view text, const TimeValue& published);

/// Dates the events that have no time of their own (anchor kDefaulted), as described above, after
/// detach_clause_times().
void date_undated_events(const TimeTagger& tagger, std::vector<Event>& events, const std::vector<TimeMention>& times,
                         const std::vector<Sentence>& sentences, std::string_view text, const TimeValue& published,
                         std::span<const Mention> mentions = {});

}  // namespace kronik
