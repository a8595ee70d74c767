// Internal: the stages of the syntax coder (syntax_coder.h), one file each.
//   frames.cpp      which CAMEO frame of a trigger holds (pattern matching on dependents)
//   roles.cpp       actor, target and location of a trigger
//   event_dates.cpp which time expression dates an event
//   antecedents.cpp the party a word stands for without a name on it (pronoun possessors)
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "kronik/extract/events/cameo_lexicon.h"
#include "kronik/extract/events/clause.h"

namespace kronik::coder {

// ---- frames
/// The most specific frame of `frames` whose pattern holds at trigger `t` (nullptr: none holds,
/// or the winner is the null code). `bound_target`/`bound_source` receive the word a pattern's
/// "@target"/"@source" matched, or -1. With `reverse_ok` a winner with only a reverse code
/// (`-:017`, CameoFrame::code_rev) is returned too (verbs: code_verb reverses the roles).
const CameoFrame* choose_frame(const ClauseView& v, const CameoLexicon& lex, std::uint16_t t, bool passive,
                               std::span<const CameoFrame> frames, int& bound_target, int& bound_source,
                               bool reverse_ok = false);
/// The verb frames of word w (English: lemma, then PETRARCH's form list; Indonesian: form).
std::span<const CameoFrame> verb_frames(const ClauseView& v, const CameoLexicon& lex, std::uint16_t w);
std::span<const CameoFrame> noun_frames(const ClauseView& v, const CameoLexicon& lex, std::uint16_t w);

// ---- roles
struct Roles {
  std::vector<int> actor, target;  ///< mention indices
  int location = -1;               ///< mention index
  bool location_oblique = false;   ///< the location came from a place oblique ("in", "di"), not an object
  std::uint16_t subject_word = 0xFFFF;  ///< the word the actor came from, if any
};
/// True when the clause of verb `t` is passive (aux:pass, nsubj:pass, an Indonesian di- form).
bool is_passive(const ClauseView& v, std::uint16_t t, bool frame_passive);
/// "..., presiding over a prayer": `t` is an English -ing participle set off by a comma (a free
/// adjunct when the parser hangs it on a noun naming no party).
bool comma_participle(const ClauseView& v, std::uint16_t t);
/// The nearest verb above word `w` (the clause a noun stands in), or -1.
int clause_verb_above(const ClauseView& v, std::uint16_t w);
/// Roles of verb trigger `t`.
Roles verb_roles(const ClauseView& v, std::uint16_t t, bool passive);
/// Roles of noun trigger `n` from its arguments ("poss:source", "with:target", "nmod:source").
Roles noun_roles(const ClauseView& v, std::uint16_t n, const CameoFrame& frame);
/// "mencium tangan X", "shook X's hand": adds to the target the parties that possess `object`
/// (a bare modifier or a possessive; places stay places).
void possessor_of_object(const ClauseView& v, std::uint16_t object, Roles& r);
/// Keeps participants that can act (persons, countries, organisations, groups) and moves places
/// to the location when it is free; drops the target equal to an actor.
void keep_parties(const ClauseView& v, Roles& r, bool material_conflict);

// ---- dates
struct DateChoice {
  const TimeMention* time = nullptr;
  bool report_date = false;  ///< the time of the speech verb above, not the event's own
};
/// The time expression of the trigger's own clause (or of the clause that reports it).
/// `t` is the predicate of the event's clause, `trigger` its trigger word (a noun for nominal events).
DateChoice own_clause_time(const ClauseView& v, std::uint16_t t, std::uint16_t trigger,
                           std::span<const TimeMention* const> sentence_times);

// ---- antecedents
/// The person named last before word `w`, in its sentence or the two before, or -1. Persons only,
/// whatever their gender (the text rarely tells it and the tagger never).
int person_before(const ClauseView& v, std::uint16_t w);
/// The person a subject pronoun ("he", "ia") stands for: the first person named in the latest
/// sentence that names one before `w` (its own, or the two before), or -1. News keeps the person
/// a paragraph is about as the subject, and English and Indonesian name the subject first.
int topic_person_before(const ClauseView& v, std::uint16_t w);
/// "spoke to their new leader, Tom Reyes": the person named right after noun `w`, set apart by a
/// comma or a quote, that the parser hung beside it (dep, appos), or -1.
int apposed_person(const ClauseView& v, std::uint16_t w);
/// "a rebel advance", "an opposition offensive": the group a bare noun labelling a side stands for,
/// the group named last before it (its sentence or up to twelve before) whose name holds the noun
/// ("Syrian rebels", "opposition forces"), or -1.
int side_group_before(const ClauseView& v, std::uint16_t w);
/// The entities of argument word `w`: its own (ClauseView::entities_of), else, for a singular
/// possessive pronoun ("her visit", "his effort", "kunjungannya"), its person (person_before),
/// else its apposed person (apposed_person), else, for a bare agent noun the recogniser left
/// untagged ("pemberontak", also under a noun of success: "keberhasilan pemberontak"), the group
/// named last before it whose name holds that noun. Subjects, objects, obliques and noun
/// arguments all ask this one entry point.
std::vector<int> argument_entities(const ClauseView& v, std::uint16_t w);

}  // namespace kronik::coder
