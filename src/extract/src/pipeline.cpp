// The per-document pipeline. Each stage is a separate module; this file only wires them and
// decides the publication date, which several stages depend on.
#include "kronik/extract/pipeline.h"

#include <chrono>
#include <cstdlib>

#include "kronik/core/text.h"
#include "kronik/extract/entities/entities.h"
#include "kronik/extract/entities/name_tagger.h"
#include "kronik/extract/entities/open_names.h"
#include "kronik/extract/events/events.h"
#include "kronik/extract/events/syntax_coder.h"
#include "kronik/extract/entities/gazetteer.h"
#include "kronik/extract/text/langid.h"
#include "kronik/extract/syntax/annotate.h"
#include "kronik/syntax/model.h"
#include "kronik/extract/time/narrative.h"
#include "kronik/extract/time/publication.h"
#include "kronik/extract/time/timex.h"
#include "kronik/extract/text/token_stream.h"
#include "lexicon/tsv.h"

#ifndef KRONIK_DEFAULT_DATA_DIR
#define KRONIK_DEFAULT_DATA_DIR "data"
#endif
#ifndef KRONIK_INSTALL_DATA_DIR
#define KRONIK_INSTALL_DATA_DIR "/usr/local/share/kronik"
#endif

namespace kronik {

struct Extractor::Impl {
  ExtractConfig config;
  std::shared_ptr<const Gazetteer> gazetteer;
  std::shared_ptr<const TimeTagger> tagger;
  std::shared_ptr<const EventLexicon> events;
  std::shared_ptr<const CameoLexicon> frames;
  std::shared_ptr<const SyntaxAnnotator> syntax;
  std::shared_ptr<const NameTagger> names;
  int latest_year = 0;
};

std::string resolve_data_dir(const std::string& configured) {
  auto ok = [](const std::string& d) { return !d.empty() && detail::file_exists(d + "/common"); };
  if (!configured.empty()) return configured;
  if (const char* env = std::getenv("KRONIK_DATA_DIR"); env && ok(env)) return env;
  if (ok(KRONIK_DEFAULT_DATA_DIR)) return KRONIK_DEFAULT_DATA_DIR;
  if (ok(KRONIK_INSTALL_DATA_DIR)) return KRONIK_INSTALL_DATA_DIR;
  return {};
}

Extractor::Extractor(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Extractor::~Extractor() = default;
const ExtractConfig& Extractor::config() const noexcept { return impl_->config; }

Result<std::shared_ptr<const Extractor>> Extractor::create(const ExtractConfig& config) {
  auto impl = std::make_unique<Impl>();
  impl->config = config;
  std::string dir = resolve_data_dir(config.data_dir);
  if (dir.empty() || !detail::file_exists(dir + "/common"))
    return Error{ErrorCode::kData, "data folder not found (set --data or KRONIK_DATA_DIR)", config.data_dir, 0};
  impl->config.data_dir = dir;
  auto gz = Gazetteer::load(dir, config.extra_gazetteers);
  if (!gz) return gz.error();
  impl->gazetteer = gz.value();
  auto tg = TimeTagger::load(dir);
  if (!tg) return tg.error();
  impl->tagger = tg.value();
  auto ev = EventLexicon::load(dir);
  if (!ev) return ev.error();
  impl->events = ev.value();
  auto fr = CameoLexicon::load(dir);
  if (!fr) return fr.error();
  impl->frames = fr.value();
  auto sx = SyntaxAnnotator::load(dir);
  if (!sx) return sx.error();
  impl->syntax = sx.value();
  auto nt = NameTagger::load(dir, impl->gazetteer);
  if (!nt) return nt.error();
  impl->names = nt.value();
  // The cleaner's page-noise lists: the data folder's copy (a caller-set table wins; without the
  // file the cleaner keeps its built-in copy).
  if (!impl->config.clean.page_noise && detail::file_exists(dir + "/common/page_noise.tsv")) {
    auto pn = PageNoise::load(dir + "/common/page_noise.tsv");
    if (!pn) return pn.error();
    impl->config.clean.page_noise = std::make_shared<const PageNoise>(std::move(pn).value());
  }
  impl->latest_year = config.latest_year;
  if (impl->latest_year == 0) {
    // Read once, at start-up: every document of a run sees the same year.
    auto now = std::chrono::system_clock::now();
    std::time_t t = std::chrono::system_clock::to_time_t(now);
    std::tm tm{};
    gmtime_r(&t, &tm);
    impl->latest_year = tm.tm_year + 1900;
  }
  return std::shared_ptr<const Extractor>(new Extractor(std::move(impl)));
}

namespace {

void add_repair_warnings(const RawDocument& raw, std::vector<Warning>& out) {
  for (const auto& e : raw.repairs) out.push_back(Warning{error_code_name(e.code), e.message, raw.id, "", e.offset});
}

// A one-word name the tagger found must be a proper noun to the part-of-speech tagger too
// ("Hari", "Layanan", "Prime" are common words written with a capital).
bool proper_noun_tag(syntax::UPos p) { return p == syntax::UPos::kPropn || p == syntax::UPos::kX; }

// The tags of a sentence the syntax annotator did not reach (the pipeline runs it only with
// syntax events on): the tagger alone, over the tokens as they are.
void tag_tokens(const syntax::SyntaxModel& model, const SentenceTokens& st, std::vector<syntax::UPos>& upos) {
  std::vector<std::string_view> words;
  for (const Token& t : st.toks) words.push_back(t.text);
  upos.assign(words.size(), syntax::UPos::kX);
  if (words.size() <= 0xFFFF) model.tag(words, upos);
}

// Reads the part of speech from the stream's syntax (the token's main word, "Jokowi" of
// "Jokowinya"); only sentences without it are tagged here, so no sentence is tagged twice.
void keep_proper_nouns(const Extractor::Impl& im, const TokenStream& tokens, std::vector<TaggedName>& tagged) {
  const syntax::SyntaxModel* model = im.syntax->model(tokens.language);
  if (!model) return;
  std::vector<syntax::UPos> upos;
  std::uint32_t tagged_sentence = UINT32_MAX;
  std::erase_if(tagged, [&](const TaggedName& n) {
    if (n.end - n.begin != 1 || n.sentence >= tokens.sentences.size()) return false;
    const SentenceTokens& st = tokens.sentences[n.sentence];
    if (!st.syntax.empty()) return !proper_noun_tag(st.syntax.host(n.begin).upos);
    if (tagged_sentence != n.sentence) {
      tag_tokens(*model, st, upos);
      tagged_sentence = n.sentence;
    }
    return !proper_noun_tag(upos[n.begin]);
  });
}

// Everything that depends on the publication date: time resolution, entities (office holders on
// the date), events and their dates. `a` holds the raw document, its info without the date,
// the warnings before the date and the sentences; `stamp_lines` are the cleaner's dateline
// candidates.
DocumentAnalysis dated(const Extractor::Impl& im, DocumentAnalysis a, const std::vector<ByteSpan>& stamp_lines,
                       const PublicationHint* hint, StageClock& clock) {
  const RawDocument& raw = a.raw;
  DocumentInfo& info = a.info;
  const Language lang = info.language;
  // Time expressions, recognised once; resolved after the publication date is known.
  std::vector<TimeMention> times = find_in_sentences(*im.tagger, raw.text, a.sentences, lang);
  // Publication date: every signal, in order of trust (kronik/extract/time/publication.h).
  const std::vector<TimeMention> body = body_time_mentions(times, a.sentences);
  PublicationInput pin;
  pin.text = raw.text;
  pin.metadata = raw.published;
  pin.url = raw.url;
  pin.sentences = &a.sentences;
  pin.mentions = &body;
  pin.stamp_lines = stamp_lines;
  pin.lang = lang;
  pin.latest_year = im.latest_year;
  pin.document = raw.id;
  if (hint) {
    pin.hint_value = hint->value;
    pin.hint_not_before = hint->not_before;
    pin.hint_how = hint->how;
  }
  PublicationChoice pc = choose_publication(*im.tagger, pin);
  for (Warning& w : pc.warnings) a.warnings.push_back(std::move(w));
  info.published = pc.value;
  info.published_anchor = pc.value.known() ? pc.anchor : Anchor::kUnknown;
  info.published_how = pc.value.known() ? pc.how : std::string();
  const TimeValue reference = pc.reference;
  TimeValue anchor = reference.known() ? reference : info.published;
  if (info.published.granularity == Granularity::kMinute) anchor = info.published.truncated(Granularity::kDay);
  im.tagger->resolve(times, anchor, a.sentences);
  // Day and month without a year, in a document whose year is unknown: keep the month and day
  // (year 0, so the value stays "unknown") for the graph to match against dated documents.
  for (auto& t : times) {
    if (t.value.known() || t.rule.rfind("date-partial", 0) != 0) continue;
    auto d = t.rule.find(" d="), m = t.rule.find(" m=");
    if (d == std::string::npos || m == std::string::npos) continue;
    t.value.day = std::atoi(t.rule.c_str() + d + 3);
    t.value.month = std::atoi(t.rule.c_str() + m + 3);
  }
  for (const auto& t : times)
    if (auto w = TimeTagger::check_weekday(t)) {
      Warning ww = *w;
      ww.document = raw.id;
      a.warnings.push_back(ww);
    }

  // Over the soft time limit, the later stages see no sentence (reported once, as "truncated").
  const std::vector<Sentence> none;
  const bool skip_entities = clock.stop_before("entities and events", raw.id, a.warnings);
  const std::vector<Sentence>& analysed = skip_entities ? none : a.sentences;
  // One token stream for every stage after the dates (the time tagger has its own scanner).
  TokenStream tokens = TokenStream::build(raw.text, analysed, *im.gazetteer, lang);
  if (im.config.syntax_events) im.syntax->annotate(raw.text, tokens);
  std::vector<TaggedName> tagged = im.config.open_names ? im.names->tag(tokens) : std::vector<TaggedName>{};
  keep_proper_nouns(im, tokens, tagged);
  EntityRecognizer rec(im.gazetteer);
  EntityResult er = rec.recognize(raw.text, analysed, tokens, info.published);
  add_open_names(raw.text, tokens, tagged, *im.gazetteer, er);
  a.mentions = std::move(er.mentions);
  a.entities = std::move(er.entities);

  EventExtractor ex(im.events, im.gazetteer);
  EventOptions eo;
  eo.keep_planned = im.config.keep_planned_events;
  const bool skip_events = clock.stop_before("events", raw.id, a.warnings);
  if (im.config.window_events)
    a.events = ex.extract(raw.id, raw.text, skip_events ? none : analysed, tokens, a.mentions, times, info.published, eo);
  if (im.config.syntax_events && !skip_events) {
    SyntaxCoder coder(im.frames, im.events, im.gazetteer);
    CoderInput in{raw.id, raw.text, &analysed, &tokens, &a.mentions, &times, info.published, eo.keep_planned};
    std::vector<std::uint32_t> withheld;
    std::vector<Event> coded = coder.code(in, &withheld);
    a.events = combine_coders(std::move(coded), coder.gate_window_events(in, std::move(a.events)), withheld);
  }
  // Events without a time of their own: the narrative day, else the publication day.
  date_undated_events(*im.tagger, a.events, times, analysed, raw.text, info.published, a.mentions);
  if (im.config.min_event_confidence > 0) {
    std::erase_if(a.events, [&](const Event& e) { return e.confidence < im.config.min_event_confidence; });
  }
  // "tahun lalu" (a year) beside the one finer explicit date of that year in the document
  // ("Juni 2024"): the text names the same happening twice, so the finer date is kept.
  for (Event& e : a.events) {
    if (e.date.granularity != Granularity::kYear || e.date_anchor == Anchor::kExplicit) continue;
    const TimeMention* finer = nullptr;
    int n = 0;
    for (const auto& t : times)
      if (t.anchor == Anchor::kExplicit && t.value.granularity > Granularity::kYear && t.value.within(e.date) && !t.duration) {
        if (!finer || !(t.value == finer->value)) ++n;
        finer = &t;
      }
    if (n == 1) {
      e.date = finer->value.granularity > Granularity::kDay ? finer->value.truncated(Granularity::kDay) : finer->value;
      e.date_anchor = Anchor::kReference;
      e.date_text += " = " + finer->text;
    }
  }
  // A past-tense report of an event dated after its own publication: flag, don't trust.
  if (info.published.known()) {
    TimeValue pub = info.published.granularity > Granularity::kDay ? info.published.truncated(Granularity::kDay) : info.published;
    for (Event& e : a.events) {
      if (!e.date.known() || e.modality != Modality::kAsserted || e.date_anchor == Anchor::kDefaulted) continue;
      if (time_less(pub, e.date) && !e.date.within(pub) && !pub.within(e.date)) {
        std::string msg = "event dated " + e.date.iso() + " after the publication date " + pub.iso();
        e.warnings.push_back(msg);
        a.warnings.push_back(Warning{"event-after-publication", msg, raw.id, "", e.evidence.empty() ? 0 : e.evidence.front().trigger.begin});
      }
    }
  }
  a.times = std::move(times);
  // Entities first/last seen: the dates of the events they take part in (as party or place),
  // and the publication date of the document that mentions them.
  auto seen = [&](const std::string& key, TimeValue when) {
    auto it = a.entities.find(key);
    if (it == a.entities.end() || !when.known()) return;
    if (when.granularity > Granularity::kDay) when = when.truncated(Granularity::kDay);
    auto& r = it->second;
    if (!r.first_seen.known() || time_less(when, r.first_seen)) r.first_seen = when;
    if (!r.last_seen.known() || time_less(r.last_seen, when)) r.last_seen = when;
  };
  for (const Event& e : a.events) {
    for (const auto& p : e.participants) seen(p.entity, e.date);
    if (!e.location.empty()) seen(e.location, e.date);
  }
  for (auto& [key, r] : a.entities) seen(key, info.published);
  set_char_offsets(a);  // character offsets beside the byte offsets (exports)
  return a;
}

// Language: declared, else identified (only then: identification reads 20 KB of text).
void choose_language(const Extractor::Impl& im, const RawDocument& raw, DocumentInfo& info) {
  Language declared = language_from_code(raw.language);
  if (declared != Language::kUnknown) {
    info.language = declared;
    info.language_confidence = 1.0;
  } else if (LanguageGuess g = identify_language(raw.text, *im.gazetteer);
             g.language != Language::kUnknown && g.confidence >= 0.6) {
    info.language = g.language;
    info.language_confidence = g.confidence;
  } else {
    info.language = im.config.default_language;
    info.language_confidence = g.confidence;
  }
}

}  // namespace

const SyntaxAnnotator& Extractor::syntax() const noexcept { return *impl_->syntax; }
const NameTagger& Extractor::names() const noexcept { return *impl_->names; }

std::unique_ptr<ParsedDocument> Extractor::parse(RawDocument raw) const {
  const Impl& im = *impl_;
  auto doc = std::make_unique<ParsedDocument>();
  apply_byte_budget(raw, im.config.budget, doc->warnings);
  DocumentInfo info;
  choose_language(im, raw, info);
  CleanedDocument cd = clean_document(raw, im.config.clean);
  doc->sentences = std::move(cd.sentences);
  apply_sentence_budget(doc->sentences, raw.id, im.config.budget, doc->warnings);
  doc->raw = std::move(raw);
  doc->language = info.language;
  doc->tokens = TokenStream::build(doc->raw.text, doc->sentences, *im.gazetteer, info.language);
  im.syntax->annotate(doc->raw.text, doc->tokens);
  im.names->tag(doc->tokens);
  return doc;
}

DocumentAnalysis Extractor::analyze(RawDocument raw, const PublicationHint* hint) const {
  const Impl& im = *impl_;
  DocumentAnalysis a;
  StageClock clock(im.config.budget.soft_time_limit_seconds);
  apply_byte_budget(raw, im.config.budget, a.warnings);
  DocumentInfo& info = a.info;
  info.id = raw.id;
  info.path = raw.path;
  info.format = raw.format;
  info.url = raw.url;
  info.outlet = raw.source;
  info.bytes = raw.text.size();
  add_repair_warnings(raw, a.warnings);

  choose_language(im, raw, info);

  CleanedDocument cd = clean_document(raw, im.config.clean);
  info.title = !cd.title.empty() ? cd.title : raw.title;
  if (info.outlet.empty()) info.outlet = cd.outlet;
  info.dateline_place = cd.dateline_place;
  info.authors = cd.authors;
  info.editors = cd.editors;
  info.credits = cd.credits;
  info.removed_noise_lines = cd.removed_noise_lines;
  info.removed_duplicate_sentences = cd.removed_duplicate_sentences;
  a.sentences = std::move(cd.sentences);
  apply_sentence_budget(a.sentences, raw.id, im.config.budget, a.warnings);
  a.raw = std::move(raw);
  return dated(im, std::move(a), cd.stamp_lines, hint, clock);
}


DocumentAnalysis Extractor::redate(const DocumentAnalysis& done, const PublicationHint& hint) const {
  // A date from metadata or a dateline wins over any hint: nothing changes.
  if (done.info.published_anchor == Anchor::kExplicit) return done;
  // Otherwise metadata and dateline gave no date the first time either, so only the steps from
  // the time expressions on are run again (the cleaner's stamp lines are not needed).
  DocumentAnalysis a;
  a.info = done.info;
  a.info.published = TimeValue{};
  a.info.published_anchor = Anchor::kUnknown;
  a.info.published_how.clear();
  a.raw = done.raw;
  a.sentences = done.sentences;
  // The budget warnings of the first run stay (those steps are not run again), in analyze()'s order.
  auto budget_warnings = [&](std::string_view marker) {
    for (const Warning& w : done.warnings)
      if (w.code == error_code_name(ErrorCode::kTruncated) && w.message.find(marker) != std::string::npos) a.warnings.push_back(w);
  };
  budget_warnings("(DocumentBudget::max_analysed_bytes ");
  add_repair_warnings(a.raw, a.warnings);
  budget_warnings("(DocumentBudget::max_sentences)");
  StageClock clock(impl_->config.budget.soft_time_limit_seconds);
  return dated(*impl_, std::move(a), {}, &hint, clock);
}

}  // namespace kronik
