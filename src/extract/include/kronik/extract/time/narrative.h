// kronik/extract/time/narrative.h: dates for events the text gives no time of their own.
//
// A report tells its story in order: once it has named a day ("pada Minggu (19/1/2025)", "on
// Wednesday"), the happenings that follow without a time of their own took place that day,
// until another day is named. That day is the "narrative day". Not every time moves it:
//   - durations ("selama tiga hari"), future times ("akan ... Senin depan"), times opened by
//     since/sejak ("sejak 12 Juli") and times inside quotation marks do not;
//   - background does not: a day more than a week before the publication day, or after it.
//
// Usage (after EventExtractor::extract, with the resolved mentions):
//   date_undated_events(tagger, events, times, sentences, text, published);
// Every event with anchor kDefaulted and no `after` link then carries the narrative day before
// its trigger (anchor kReference, date_text "<mention> (narrative day)"), else the publication
// day (anchor kDefaulted: the graph still treats it as "around publication"), else it is left
// as it was (the publication month).
//
// Thread-safety: a pure function. Errors: none.
#pragma once

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

/// Dates the events that have no time of their own (anchor kDefaulted), as described above.
void date_undated_events(const TimeTagger& tagger, std::vector<Event>& events, const std::vector<TimeMention>& times,
                         const std::vector<Sentence>& sentences, std::string_view text, const TimeValue& published);

}  // namespace kronik
