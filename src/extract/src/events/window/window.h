// Internal: the trigger-window coder (events.h, docs/events.md "Window coder"), one stage a file.
//
//   match_keys.cpp   the forms a trigger word matches (Indonesian voice-insensitive forms, English
//                    Snowball stems) and the per-thread cache of them
//   sentence.cpp     the per-sentence state: tokens, mentions laid over them, class tests, and the
//                    clause helpers every stage asks (breaks, titles, obliques)
//   triggers.cpp     which lexicon patterns start where (longest, most specific, exact form)
//   modality.cpp     negation, plans, hypotheticals, hedges; which triggers govern others
//   roles.cpp        actor, target and location by token window; pronouns
//   actors.cpp       the actor of one trigger: possessor, coordination, subject, pronoun, dropped subject
//   frames.cpp       the slots each frame fills (meet, visit, arrive, host, passive, cause, act)
//   attribution.cpp  speech and report verbs: speakers, claims, reporters, statement events
//   dates.cpp        which time expression dates an event; "when"/"after" ordering
//   emit.cpp         the per-sentence driver: one event per trigger, confidence, evidence
//
// The coder is one `WindowCoder` per document: its member functions are the stages (declared
// here, defined in the files above). Its state is plain data: `DocMemory` (what carries across
// sentences), `SentenceState` (one sentence), `Candidate` (one trigger being coded).
// Not thread-safe; EventExtractor::extract makes one per call.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kronik/extract/events/events.h"

namespace kronik {

enum class Frame : std::uint8_t { kMeet, kVisit, kArrive, kHost, kAct, kSpeech, kReport, kPassive, kDeny, kCause };

struct EventLexicon::Entry {
  std::vector<std::string> words;   // lower case; "*" = gap of up to 3 tokens; "=w" exact only
  std::vector<std::vector<std::string>> keys;  // match keys of words (empty for exact-only words)
  std::string cameo;
  Frame frame = Frame::kAct;
  bool noun = false;                        // nominalisation: actor may follow as possessor
  std::vector<std::string> requires_words;  // one must follow within 6 tokens
  std::vector<std::vector<std::string>> requires_keys;
  Language lang = Language::kUnknown;
};

struct EventLexicon::Impl {
  std::uint64_t serial = 0;  // unique per loaded lexicon: tags per-thread caches built from it
  std::vector<Entry> entries;
  // first word (lower) or one of its match keys -> entries, per language
  std::unordered_map<std::string, std::vector<std::uint32_t>> index[3];
  std::map<std::string, CameoInfo> cameo;
};

namespace window {

using Entry = EventLexicon::Entry;
using LexiconImpl = EventLexicon::Impl;

// ---- match_keys.cpp
/// Match keys of a word: Indonesian voice-insensitive forms ("^" prefix), English Snowball stems
/// ("~" prefix). Two words match when they share a key.
std::vector<std::string> match_keys(const std::string& w, Language lang);
/// Indonesian voice-insensitive forms of a word (docs/events.md, "Triggers").
std::vector<std::string> id_forms(const std::string& w);
bool share_key(const std::vector<std::string>& a, const std::vector<std::string>& b);
bool ends_with(std::string_view w, std::string_view suf);

/// What the trigger search needs of a word: its match_keys() and the lexicon entries indexed
/// under the word or one of its keys (sorted, unique).
struct WordKeys {
  std::vector<std::string> keys;
  std::vector<std::uint32_t> candidates;
};

/// WordKeys of the words of a text, remembered per thread across documents (news repeats its
/// words) for one lexicon. Entries stay put until start(), which callers run only between documents.
class WordKeyCache {
 public:
  static WordKeyCache& local();
  void start(const LexiconImpl& lexicon);
  const WordKeys& get(const std::string& lower_word, Language lang, const LexiconImpl& lexicon);

 private:
  std::uint64_t serial_ = 0;
  std::unordered_map<std::string, WordKeys> by_lang_[2];
};

// ---- plain helpers shared by the stages
int root_of(const std::string& code);
bool is_participant_type(EntityType t);
bool is_quote(std::string_view t);
inline bool is_media(const std::string& key) { return key.rfind("media:", 0) == 0; }
inline bool is_speech(const Entry& e) { return e.frame == Frame::kSpeech || e.frame == Frame::kReport; }
/// Triggers whose complement is an act that did not (yet) happen (modality.cpp).
bool governs(const Entry& en);
/// The CAMEO code of a governing act made precise by the act it governs (modality.cpp).
std::string refine(const std::string& outer, const std::string& inner);

struct Trigger {
  std::uint32_t entry = 0;
  std::size_t begin = 0, end = 0;  // tokens
};

/// A speech or report verb of the sentence and the claim it carries (attribution.cpp).
struct Speech {
  std::string speaker;
  std::vector<std::string> reporters;
  std::size_t clause_begin = 0, clause_end = 0;  // tokens of the claim
  std::string addressee;
  std::string cameo;
  bool direct = false;
  std::size_t trigger = 0;
};

/// What carries from one sentence to the next: antecedents of pronouns and dropped subjects.
struct DocMemory {
  std::vector<std::string> recent_persons;  // most recent last
  std::string last_actor;                   // actor of the previous event
  std::map<std::string, int> country_counts;
  std::map<std::string, std::size_t> country_first;  // order of first mention, for ties
};

/// One sentence: its tokens with the mentions and triggers laid over them, and what the stages
/// found so far.
struct SentenceState {
  explicit SentenceState(const SentenceTokens& tokens) : st(tokens), toks(tokens.toks), folded(tokens.folded) {}
  const SentenceTokens& st;  // the document's token stream, this sentence
  const Sentence* s = nullptr;
  const std::vector<Token>& toks;
  const std::vector<std::string>& folded;
  std::vector<const WordKeys*> keys;  // match keys and trigger candidates per token (WordKeyCache)
  std::vector<int> mention_at;  // token -> index into the document mentions (or -1)
  std::vector<int> mentions;    // indices into the document mentions, this sentence
  // triggers.cpp
  std::vector<Trigger> trig;
  std::vector<char> trigger_start;  // a verb trigger starts at the token
  std::vector<char> any_trigger;    // any trigger starts at the token
  // attribution.cpp
  std::vector<Speech> speeches;
  std::vector<std::string> reporters;  // reporting chain named in the sentence
  std::string speaker_of_sentence;
  std::map<std::size_t, std::vector<std::string>> inner_actors;  // speech index -> actors of events inside
  // modality.cpp: the trigger governing each trigger (-1: none) and the end of each governing scope
  std::vector<int> governor;
  std::vector<std::size_t> scope_end;
  // emit.cpp: actors of the sentence's last event (a coordinated verb shares them)
  std::vector<std::string> sentence_actors;
};

/// One trigger being coded: its slots as the stages fill them.
struct Candidate {
  std::size_t ti = 0;  // index into SentenceState::trig
  const Trigger* tg = nullptr;
  const Entry* en = nullptr;
  const Speech* sp = nullptr;  // the speech whose claim holds the trigger
  bool passive_form = false;
  bool from_pronoun = false;
  int inner = -1;                   // the trigger it governs
  std::size_t scope = 0;            // end of its governing scope
  std::size_t clause_end = 0;       // first clause break after it
  std::size_t after_possessor = 0;  // first token after a nominal trigger's possessor
  std::string noun_agent;           // "invasion by Russia"
  std::vector<std::string> actors;
  std::string target, location;
  double conf = 0.8;
};

/// The window coder of one document.
class WindowCoder {
 public:
  WindowCoder(const EventLexicon& lexicon, const Gazetteer& gz, const std::string& document, std::string_view text,
              const std::vector<Sentence>& sentences, const TokenStream& tokens, const std::vector<Mention>& mentions,
              const std::vector<TimeMention>& times, const TimeValue& published, const EventOptions& options);
  /// Every event of the document, in sentence order, with CAMEO metadata and rule.
  std::vector<Event> code();

  // ---- sentence.cpp: state and clause helpers
  SentenceState open_sentence(std::size_t sent_i, std::size_t& mention_cursor);
  void remember_persons(const SentenceState& c);
  std::uint64_t cls_bit(const char* cls);
  bool word_is(const SentenceState& c, std::size_t k, const char* cls);
  bool phrase_is(const SentenceState& c, std::size_t k, const char* cls, std::size_t& len);
  bool is_break(const SentenceState& c, std::size_t k);
  bool inner_quote(const SentenceState& c, std::size_t k);
  std::size_t prev_word(const SentenceState& c, std::size_t k);
  std::size_t mention_first_tok(const SentenceState& c, int m);
  bool oblique(const SentenceState& c, int m);
  bool participant(int m) const;
  const Mention& mention(int m) const { return mentions_[static_cast<std::size_t>(m)]; }
  std::size_t skip_titles(const SentenceState& c, std::size_t k);
  std::size_t first_clause_break(const SentenceState& c, std::size_t from);
  std::string span_text(const SentenceState& c, std::size_t b, std::size_t e) const;

  // ---- triggers.cpp
  void find_triggers(SentenceState& c);
  bool match_pattern(const SentenceState& c, const Entry& en, std::size_t k, std::size_t& end);
  bool requirement_near(const SentenceState& c, const Entry& en, std::size_t from, std::size_t& dist);

  // ---- modality.cpp
  Modality modality_at(const SentenceState& c, std::size_t a);
  bool hedged_before(const SentenceState& c, std::size_t a);
  bool vague_before(const SentenceState& c, std::size_t a);
  void mark_governed(SentenceState& c);
  int first_governed(const SentenceState& c, std::size_t i) const;

  // ---- roles.cpp
  std::string recent_person_except(const SentenceState& c, std::size_t before, const std::vector<std::string>& exclude);
  std::size_t skip_relative_clause(const SentenceState& c, std::size_t a, std::size_t lo_min);
  int left_subject(const SentenceState& c, std::size_t a, std::size_t lo);
  std::vector<std::string> left_actors(const SentenceState& c, std::size_t a, bool stop_at_break, std::size_t lo_min = 0);
  std::vector<std::string> pronoun_actors(const SentenceState& c, std::size_t a);
  std::vector<std::string> top_two_countries();
  std::vector<std::string> last_two_persons(const SentenceState& c, std::size_t b);
  std::vector<std::string> singular_pronoun_actor();
  bool object_pronoun(const SentenceState& c, std::size_t k);
  std::string right_target(const SentenceState& c, std::size_t b, std::size_t limit, bool allow_location,
                           const std::vector<std::string>& exclude, bool through_triggers = false);
  std::string location_in(const SentenceState& c, std::size_t from, std::size_t to, bool dir_ok);
  std::string main_subject_after_comma(const SentenceState& c, std::size_t a);

  // ---- actors.cpp
  void possessor_actor(const SentenceState& c, Candidate& x);
  void find_actors(const SentenceState& c, Candidate& x);
  bool dropped_subject(const SentenceState& c, const Candidate& x);

  // ---- frames.cpp
  bool names_no_act(const SentenceState& c, Candidate& x);
  bool is_passive_form(const SentenceState& c, const Candidate& x);
  std::string object_at(const SentenceState& c, const Candidate& x, std::size_t k, const std::vector<std::string>& exclude);
  std::string verb_pronoun_object(const SentenceState& c, const Candidate& x, const std::vector<std::string>& exclude);
  std::string meet_party(const SentenceState& c, const Candidate& x, std::size_t from, const std::vector<std::string>& exclude);
  EntityType mention_type(const SentenceState& c, const std::string& key) const;
  bool fill_frame(const SentenceState& c, Candidate& x, Event& ev);
  bool fill_meet(const SentenceState& c, Candidate& x);
  bool fill_visit(const SentenceState& c, Candidate& x);
  bool fill_host(const SentenceState& c, Candidate& x);
  bool fill_passive(const SentenceState& c, Candidate& x);
  bool fill_cause(const SentenceState& c, Candidate& x);
  bool fill_act(const SentenceState& c, Candidate& x, Event& ev);
  std::string act_target(const SentenceState& c, const Candidate& x, std::size_t limit);
  bool place_of_force(const SentenceState& c, Candidate& x, std::size_t limit);

  // ---- attribution.cpp
  void find_speeches(SentenceState& c);
  bool speech_at(const SentenceState& c, const Trigger& tg, Speech& sp);
  void speaker_before(const SentenceState& c, const Trigger& tg, const std::vector<std::string>& left, Speech& sp);
  void collect_reporters(SentenceState& c);
  const Speech* claim_for(const SentenceState& c, std::size_t tok) const;
  std::vector<std::string> own_side(const std::string& key) const;
  bool third_party(const std::string& speaker, const std::vector<std::string>& actors) const;
  void claim_about(const SentenceState& c, Event& ev, std::size_t cb, std::size_t ce, const std::string* except);
  bool attach_claim(SentenceState& c, const Candidate& x, Event& ev);
  void attach_denial(const SentenceState& c, const Candidate& x, Event& ev);
  void attach_hedge(const SentenceState& c, Candidate& x, Event& ev);
  void statement_events(SentenceState& c);

  // ---- dates.cpp
  void date_for(const SentenceState& c, std::size_t a, Event& ev, bool noun_trigger = false);
  const TimeMention* own_segment_time(const SentenceState& c, std::size_t a, bool noun_trigger,
                                      const std::vector<const TimeMention*>& times);
  const TimeMention* report_time(const SentenceState& c, const std::vector<const TimeMention*>& times);
  const TimeMention* paragraph_time(const Sentence& s);
  const TimeMention* lead_time(const Sentence& s);
  bool after_since_word(const SentenceState& c, const TimeMention* t);
  bool segment_dates(const SentenceState& c, std::size_t ms, std::size_t tseg, bool adjunct, const TimeMention* t);
  const Sentence* sentence_at(std::uint32_t si) const;
  bool since_before(const TimeMention* t);
  void order_after(const SentenceState& c, const Trigger& tg, Event& ev);
  std::string trigger_key(const SentenceState& c, const Trigger& t) const;

  // ---- emit.cpp
  void code_sentence(SentenceState& c);
  bool open_candidate(const SentenceState& c, std::size_t ti, Candidate& x, Event& ev);
  bool set_participants(const Candidate& x, Event& ev) const;
  void code_trigger(SentenceState& c, std::size_t ti);
  void emit(SentenceState& c, Candidate& x, Event& ev);
  Evidence evidence_of(const SentenceState& c, ByteSpan trigger) const;

 private:
  const LexiconImpl& im_;
  const EventLexicon& lexicon_;
  const Gazetteer& gz_;
  const Language lang_;
  const std::string& document_;
  const std::string_view text_;
  const std::vector<Sentence>& sentences_;
  const TokenStream& tokens_;
  const std::vector<Mention>& mentions_;
  const TimeValue& published_;
  const EventOptions& options_;
  // Times by sentence, for event dating.
  std::map<std::uint32_t, std::vector<const TimeMention*>> times_by_sentence_;
  WordKeyCache& key_cache_;
  // Class bits by the rule's literal: a small table keyed by the literal's address instead of a
  // name search per question (the rules ask about ~35 classes, thousands of times a document).
  std::array<std::pair<const char*, std::uint64_t>, 256> class_bits_{};
  DocMemory memory_;
  std::vector<Event> out_;
};

}  // namespace window
}  // namespace kronik
