// kronik/core/model.h: the value types every module shares.
//
//   RawDocument      what ingestion read (bytes + metadata from JSONL / HTML meta)
//   Sentence         a sentence of the cleaned document, with byte offsets into RawDocument::text
//   DocumentInfo     title, dateline, publication date, bylines... of one document
//   Mention          one occurrence of an entity in a sentence
//   EntityRecord     an entity as one document (or, after merging, the whole run) knows it
//   Event            a dated, CAMEO-coded event with participants and evidence
//   DocumentAnalysis everything extraction produced for one document; the graph module merges these
//
// Offsets: every ByteSpan is a half-open [begin, end) byte range into RawDocument::text, the
// UTF-8 text kronik read (for plain text, the file's bytes after UTF-8 repair; for HTML, the text
// kronik extracted from the page; for JSONL, the `text` field). Evidence therefore always points
// back to its document and sentence.
//
// Thread-safety: plain value types.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "kronik/core/error.h"
#include "kronik/core/time.h"

namespace kronik {

struct ByteSpan {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::uint32_t size() const noexcept { return end - begin; }
  bool contains(const ByteSpan& o) const noexcept { return begin <= o.begin && o.end <= end; }
  friend bool operator==(const ByteSpan&, const ByteSpan&) = default;
};

enum class Language : std::uint8_t { kUnknown = 0, kIndonesian, kEnglish };
const char* language_code(Language l) noexcept;  ///< "id", "en", "und"
Language language_from_code(std::string_view code) noexcept;

enum class InputFormat : std::uint8_t { kText = 0, kHtml, kJsonLines };
const char* input_format_name(InputFormat f) noexcept;

/// A document as read from disk or stdin, before cleaning.
struct RawDocument {
  std::string id;         ///< stable id: file name, or the JSONL `id`
  std::string path;       ///< where it came from ("-" for stdin; "file.jsonl:17" for JSONL line 17)
  InputFormat format = InputFormat::kText;
  std::string text;       ///< UTF-8 text; all offsets point into it
  // Metadata given by the container (JSONL fields, HTML <title>/<meta>); empty when absent.
  std::string title;
  std::string url;
  std::string source;     ///< outlet name
  std::string published;  ///< raw published string from metadata
  std::string language;   ///< declared language code
  std::vector<Error> repairs;  ///< non-fatal problems fixed while reading (e.g. invalid UTF-8)
};

/// Where a sentence sits in the article layout.
enum class SentenceRole : std::uint8_t { kBody = 0, kHeadline, kCaption, kDateline, kQuote };
const char* sentence_role_name(SentenceRole r) noexcept;

struct Sentence {
  std::uint32_t index = 0;      ///< 0-based index among the kept sentences of the document
  std::uint32_t paragraph = 0;  ///< 0-based paragraph index
  ByteSpan span;                ///< into RawDocument::text
  SentenceRole role = SentenceRole::kBody;
};

/// A time expression found in the text and its normalised value.
struct TimeMention {
  ByteSpan span;
  std::string text;
  TimeValue value;              ///< normalised (may be unknown when unresolvable)
  TimeValue end;                ///< for spans ("19-20 Juni"): last day; otherwise unknown
  Anchor anchor = Anchor::kUnknown;
  std::string rule;             ///< which rule produced it (for `kronik dates`)
  bool future = false;          ///< future cue ("akan", "next", "depan")
  bool duration = false;        ///< a duration ("selama enam hari"), not a point in time
  std::uint32_t sentence = 0;
};

/// Everything known about one document besides its sentences.
struct DocumentInfo {
  std::string id;
  std::string path;
  InputFormat format = InputFormat::kText;
  Language language = Language::kUnknown;
  double language_confidence = 0.0;
  std::string title;
  std::string url;
  std::string outlet;            ///< "RIAU24.COM", from the dateline, metadata or page
  std::string dateline_place;    ///< "SEOUL", "JAKARTA"
  TimeValue published;           ///< publication date (and time when known)
  Anchor published_anchor = Anchor::kUnknown;  ///< explicit = metadata/dateline; inferred otherwise
  std::string published_how;     ///< human-readable: "dateline 'Rabu, 15/03/2028 10:20 WIB'"
  std::vector<std::string> authors;   ///< bylines
  std::vector<std::string> editors;
  std::vector<std::string> credits;   ///< wire and photo credits ("AFP", "KCNA via REUTERS")
  std::uint64_t bytes = 0;
  std::uint32_t removed_noise_lines = 0;
  std::uint32_t removed_duplicate_sentences = 0;
};

enum class EntityType : std::uint8_t { kUnknown = 0, kPerson, kCountry, kLocation, kOrganization, kGroup };
const char* entity_type_name(EntityType t) noexcept;  ///< "person", "country", ...
EntityType entity_type_from_name(std::string_view s) noexcept;

/// One occurrence of an entity.
struct Mention {
  ByteSpan span;
  std::uint32_t sentence = 0;
  std::string surface;        ///< text as written
  std::string entity_key;     ///< key of the EntityRecord it refers to
  EntityType type = EntityType::kUnknown;
  bool metonym = false;       ///< a capital/seat standing for its country ("Moskow mengatakan")
  bool modifier = false;      ///< qualifies a following title or name ("Menlu *Rusia* Lavrov")
  std::string office;         ///< office given by a title in front of the name ("foreign_minister")
  std::string via;            ///< how it was resolved: "gazetteer", "short-form", "title", "head", "office", "pronoun"
};

/// An office held, e.g. foreign minister of Russia from 2004-03-09.
struct RoleHeld {
  std::string office;     ///< "foreign_minister", "head_of_state", ...
  std::string country;    ///< entity key of the country
  std::string start, end; ///< ISO dates; empty = open
};

struct EntityRecord {
  std::string key;              ///< stable key: gazetteer id ("country:RUS") or "name:<folded>"
  std::string name;             ///< canonical (English when known) name
  EntityType type = EntityType::kUnknown;
  std::vector<std::string> aliases;  ///< every surface form seen (sorted, unique)
  std::string qid;              ///< Wikidata QID when known
  std::string iso;              ///< ISO 3166 code for countries
  std::vector<RoleHeld> roles;
  std::uint32_t mentions = 0;
  TimeValue first_seen, last_seen;
  bool from_gazetteer = false;
  /// Keys of what contains or governs it, nearest first: a city's region and country, a
  /// province's country, a capital's country, a state organ's state (gazetteer `within` and
  /// `metonym_of`), a group's member states (`members`). The merge treats an entity as compatible
  /// with these.
  std::vector<std::string> within;
};

/// actor and target per CAMEO; speaker: who states an event reported inside their speech.
enum class ParticipantRole : std::uint8_t { kActor = 0, kTarget, kSpeaker, kOther };
const char* participant_role_name(ParticipantRole r) noexcept;

struct Participant {
  std::string entity;  ///< entity key
  ParticipantRole role = ParticipantRole::kActor;
  friend bool operator==(const Participant&, const Participant&) = default;
};

/// Why one report joined a merged event (graph module): the report (`source`, an evidence key)
/// was found to describe the same happening as `with` (another report of the event).
struct MergeLink {
  std::string source;                  ///< evidence key of the report that joined
  std::string with;                    ///< evidence key of the report it was matched with
  std::vector<std::string> reasons;    ///< "shared parties: ...", "compatible codes: ...", "dates overlap: ..."
  std::vector<std::string> conflicts;  ///< "different day: ...", "extra party: ..." (also in Event::warnings)
  friend bool operator==(const MergeLink&, const MergeLink&) = default;
};

/// Evidence::char_begin of an analysis made before character offsets existed.
inline constexpr std::uint32_t kUnknownCharOffset = 0xFFFFFFFFu;

/// Pointer back to the text an event or claim comes from.
struct Evidence {
  std::string document;
  std::uint32_t sentence = 0;
  ByteSpan span;        ///< the sentence span
  ByteSpan trigger;     ///< the trigger word(s)
  std::string text;     ///< the sentence text
  std::string trigger_text;
  /// span.begin counted in Unicode code points of the document text (what Python, NIF and Web
  /// Annotation count); every other character offset follows from it and `text`. Set by
  /// set_char_offsets(); kUnknownCharOffset in analyses stored by an older kronik.
  std::uint32_t char_begin = kUnknownCharOffset;
};

enum class Modality : std::uint8_t { kAsserted = 0, kPlanned, kNegated, kHypothetical };
const char* modality_name(Modality m) noexcept;

enum class ClaimStatus : std::uint8_t { kAsserted = 0, kDenied, kSuspected };
const char* claim_status_name(ClaimStatus s) noexcept;

/// "who said what about whom, reported by whom".
struct Claim {
  std::string speaker;                 ///< entity key; empty when unattributed
  std::string text;                    ///< the quote or reported clause
  std::vector<std::string> about;      ///< entity keys mentioned in the claim
  std::vector<std::string> reported_by;///< reporting chain, nearest first (KCNA, then TASS)
  ClaimStatus status = ClaimStatus::kAsserted;
  bool direct = false;                 ///< a quotation
};

struct Event {
  std::string id;                ///< content-derived ("ev_" + hash), filled by the graph module
  std::string cameo;             ///< CAMEO code, e.g. "043"
  std::string type;              ///< readable type from the CAMEO table ("meet", "visit", "thank")
  std::string cameo_name;        ///< CAMEO description ("Host a visit")
  int quad_class = 0;            ///< 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
  double goldstein = 0.0;        ///< Goldstein scale value
  std::vector<Participant> participants;
  std::string location;          ///< entity key or empty
  TimeValue date;
  Anchor date_anchor = Anchor::kUnknown;
  std::string date_text;         ///< the time expression used, if any
  Modality modality = Modality::kAsserted;
  bool has_claim = false;
  Claim claim;
  double confidence = 0.0;       ///< 0..1
  std::vector<Evidence> evidence;  ///< one per supporting sentence, across documents after merging
  std::vector<std::string> sources;  ///< document ids (sorted, unique)
  std::vector<std::string> warnings;
  /// Filled by the graph module: one link per report beyond the first, in evidence order.
  std::vector<MergeLink> merge;
  /// Evidence key ("document#sentence#trigger_begin") of an event this one directly follows
  /// ("Setelah tiba di Hanoi, Retno berpidato ..."): without a date of its own it takes
  /// that event's date once the graph has merged and dated it.
  std::string after;
  /// Which rule or dictionary row made the event ("syntax:verb:petrarch2:7512",
  /// "syntax:noun:kronik:cameo_roots.tsv:40", "window:<trigger pattern>"), so an analyst can see why.
  std::string rule;
};

/// "document#sentence#trigger_begin": identifies one piece of evidence across modules.
std::string evidence_key(const Evidence& e);

struct Warning {
  std::string code;      ///< stable slug: "weekday-mismatch", "invalid-utf8", ...
  std::string message;
  std::string document;  ///< may be empty
  std::string event;     ///< event id when it concerns an event
  std::uint64_t offset = 0;
};

/// Everything extraction produced for one document.
/// Name of the marker file the exporter writes into every output folder ("kronik output
/// folder\n"). A directory that holds it is an output folder: ingestion never reads it as input,
/// so `kronik build dir -o dir/out` gives the same result every time. One name for both modules.
inline constexpr const char* kOutputMarkerFile = ".kronik-output";

struct DocumentAnalysis {
  RawDocument raw;
  DocumentInfo info;
  std::vector<Sentence> sentences;
  std::vector<TimeMention> times;
  std::vector<Mention> mentions;
  std::map<std::string, EntityRecord> entities;  ///< by key
  std::vector<Event> events;
  std::vector<Warning> warnings;
};

/// Sets Evidence::char_begin of every event of `a` from its raw text (one pass over the text).
/// The extractor calls it last; evidence beyond the text gets kUnknownCharOffset.
void set_char_offsets(DocumentAnalysis& a);

}  // namespace kronik
