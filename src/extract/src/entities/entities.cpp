// Entity recognition. The scan is left to right, one sentence at a time, with a little document
// state (persons already named, the country of each office last mentioned) so that short forms
// and bare role words resolve the way a reader resolves them. The rules are described, with an
// example each, in docs/entities.md.
#include "kronik/extract/entities/entities.h"

#include <algorithm>
#include <optional>
#include <set>

#include "kronik/core/text.h"
#include "kronik/extract/text/clean.h"
#include "name_shape.h"

namespace kronik {

namespace {

int type_rank(EntityType t) {
  switch (t) {
    case EntityType::kCountry: return 0;
    case EntityType::kPerson: return 1;
    case EntityType::kOrganization: return 2;
    case EntityType::kLocation: return 3;
    case EntityType::kGroup: return 4;
    case EntityType::kUnknown: break;
  }
  return 5;
}

// Indonesian verbs carry a prefix (meN-, ber-, di-, ter-) and English finite verbs an ending; a
// capital followed by one is the subject of a clause, which is how a city acts for its country.
bool looks_like_verb(const Token& t, Language lang, bool headline = false) {
  // Headline case capitalises verbs too ("Kremlin Says ..."), so there a capital is no objection.
  if (!t.word || (t.upper && !headline) || t.digit || t.caps) return false;
  const std::string& w = t.lower;
  if (lang == Language::kEnglish) {
    auto ends = [&](std::string_view s) { return w.size() > s.size() + 2 && w.compare(w.size() - s.size(), s.size(), s) == 0; };
    return ends("ed") || ends("s") || w == "says" || w == "said" || w == "sent" || w == "has" || w == "will";
  }
  // Copulas describe the city rather than make it act: "Beijing menjadi tujuan pertama".
  if (w == "menjadi" || w == "merupakan" || w == "terletak" || w == "berada" || w == "adalah" || w == "ialah") return false;
  for (std::string_view p : {"mem", "men", "meng", "meny", "me", "ber", "di", "ter"})
    if (w.size() > p.size() + 3 && w.compare(0, p.size(), p) == 0) return true;
  return w == "akan" || w == "telah" || w == "sudah" || w == "juga" || w == "kirim" || w == "tepis" || w == "tuding";
}

// The bytes of tokens [i, i+n), without a possessive ending: "Russia's" is mentioned as "Russia".
// A dotted abbreviation keeps its final dot, which the tokenizer leaves apart: "U.N." not "U.N".
ByteSpan name_span(const std::vector<Token>& toks, std::size_t i, std::size_t n) {
  const Token& last = toks[i + n - 1];
  ByteSpan sp{toks[i].span.begin, last.span.end};
  sp.end -= static_cast<std::uint32_t>(possessive_suffix(last.text));
  if (i + n < toks.size() && toks[i + n].text == "." && toks[i + n].span.begin == last.span.end &&
      last.text.find('.') != std::string_view::npos)
    sp.end = toks[i + n].span.end;
  return sp;
}

// The function-word classes the rules ask about, as Gazetteer::word_class_bit()s.
struct WordClassBits {
  std::uint64_t stop, loc_prep, dir_prep, place_noun, to_prep, about_prep, coord, speech_inv, by_prep, time_prep, calendar,
      particle;
  explicit WordClassBits(const Gazetteer& gz)
      : stop(gz.word_class_bit("stop")), loc_prep(gz.word_class_bit("loc_prep")), dir_prep(gz.word_class_bit("dir_prep")),
        place_noun(gz.word_class_bit("place_noun")), to_prep(gz.word_class_bit("to_prep")),
        about_prep(gz.word_class_bit("about_prep")), coord(gz.word_class_bit("coord")),
        speech_inv(gz.word_class_bit("speech_inv")), by_prep(gz.word_class_bit("by_prep")),
        time_prep(gz.word_class_bit("time_prep")), calendar(gz.word_class_bit("calendar")),
        particle(gz.word_class_bit("name_particle")) {}
};

struct DocState {
  std::vector<std::string> persons;                   // keys of persons named so far, most recent last
  std::vector<std::string> named_in_full;             // gazetteer persons named in full anywhere in the document
  std::map<std::string, std::string> office_country;  // office -> country key last seen with it
  std::set<std::string> home_offices;                  // offices whose home-country holder was named
};

// The gazetteer entity of type `type` written in brackets at token k: "(ICRC)", "(KPK)"; empty
// when there is none.
std::string bracketed_gazetteer_name(const Gazetteer& gz, const SentenceTokens& st, std::size_t k, Language lang,
                                     EntityType type) {
  if (k + 2 >= st.size() || st.toks[k].text != "(") return {};
  const PhraseMatch m = gz.match(st, k + 1, lang, PhraseKind::kEntity);
  if (m.tokens == 0 || k + 1 + m.tokens >= st.size() || st.toks[k + 1 + m.tokens].text != ")") return {};
  const GazetteerEntry& e = gz.entry(m.payloads.front());
  return e.type == type ? e.key : std::string();
}

// Tokens [k, end) are exactly one country name.
bool qualified_by_country(const Gazetteer& gz, const SentenceTokens& st, std::size_t k, std::size_t end, Language lang) {
  if (k >= end) return false;
  const PhraseMatch m = gz.match(st, k, lang, PhraseKind::kEntity, end - k);
  return k + m.tokens == end && gz.entry(m.payloads.front()).type == EntityType::kCountry;
}

bool leader_office(const std::string& office) {
  return office == "supreme_leader" || office == "head_of_state" || office == "head_of_government";
}

// The sentence being read: its tokens, where its first word is, which tokens are inside a
// mention already, and the person named last in it.
struct SentenceCursor {
  const Sentence* sentence = nullptr;
  const SentenceTokens* tokens = nullptr;
  bool headline = false;
  std::size_t first_word = 0;
  std::vector<char> covered;              // token -> inside a mention already
  std::size_t last_person = SIZE_MAX;      // index into the mentions of the last person in this sentence
  std::size_t last_person_end = SIZE_MAX;  // token right after that person's name
};

// The title read last in the sentence, which the name, country or phrase end after it resolves.
struct TitleState {
  bool active = false;          // a title was just read and nothing else since
  std::string office;           // office of the title just read
  std::string country;          // country that qualifies that title
  std::size_t begin = 0;        // token where the title (or the country before it) starts
  std::size_t after = 0;        // token right after title (+country)
  bool appositive = false;      // the title follows a person: "Xi Jinping, Presiden Tiongkok"
  bool foreign = false;         // another language's title (data/common/titles.tsv)
  std::string pre_country;      // English country right before a title ("Russian President")
  std::size_t pre_country_begin = 0, pre_country_end = SIZE_MAX;
};

// What follows a head noun: the capitalised words it types, a country among them and the
// gazetteer name right after the head.
struct HeadPhrase {
  std::size_t name_begin = 0;  // first token after the head
  std::size_t end = 0;         // end of the name the head types (name_begin when none follows)
  std::string country;
  std::string inner_key;       // the gazetteer name right after the head, if any
  EntityType inner_type = EntityType::kUnknown;
  std::size_t inner_len = 0;
};

// A gazetteer name found at a token, and what it is mentioned as (a capital may stand for its state).
struct GazetteerName {
  const GazetteerEntry* entry = nullptr;
  std::size_t tokens = 0;  // tokens of the match
  ByteSpan span;
  std::size_t next = 0;    // token right after the match
  std::string key;
  EntityType type = EntityType::kUnknown;
  bool metonym = false;
};

// Where the scan goes on after a step, or nothing when the step did not apply.
using Next = std::optional<std::size_t>;

// One recognition over one document: owns the document state, the sentence being read and its
// title state; each member function decides one thing.
class Recognition {
 public:
  Recognition(const Gazetteer& gz, std::string_view text, const std::vector<Sentence>& sentences,
              const TokenStream& tokens, const TimeValue& published)
      : gz_(gz),
        lang_(tokens.language),
        wc_(gz),
        text_(text),
        sentences_(sentences),
        doc_(tokens.sentences),
        published_(published),
        // The Indonesian press calls its own ministries by the bare head ("Kementerian Luar Negeri"),
        // foreign ones with the country; English has no such home.
        home_(lang_ == Language::kIndonesian ? "country:idn" : "") {}

  EntityResult run() {
    collect_persons_named_in_full();
    for (std::size_t si = 0; si < sentences_.size(); ++si) scan_sentence(si);
    mark_country_modifiers();
    for (auto& [key, r] : res_.entities) std::sort(r.aliases.begin(), r.aliases.end());
    return std::move(res_);
  }

 private:
  const Gazetteer& gz_;
  const Language lang_;
  const WordClassBits wc_;
  const std::string_view text_;
  const std::vector<Sentence>& sentences_;
  const std::vector<SentenceTokens>& doc_;
  const TimeValue& published_;
  const std::string home_;
  EntityResult res_;
  DocState st_;
  SentenceCursor cur_;
  TitleState title_;

  const SentenceTokens& stt() const { return *cur_.tokens; }
  const std::vector<Token>& toks() const { return cur_.tokens->toks; }
  const std::vector<std::string>& folded() const { return cur_.tokens->folded; }
  bool word_is(std::size_t k, std::uint64_t cls) const { return stt().has_class(k, cls); }
  bool stop(std::size_t k) const { return word_is(k, wc_.stop); }
  PhraseMatch match(std::size_t k, PhraseKind kind) const { return gz_.match(stt(), k, lang_, kind); }

  // ---- document state ----

  // Persons named in full anywhere: a headline or a lead that says "Kim" before the body names
  // "Kim Jong Un" still refers to him.
  void collect_persons_named_in_full() {
    for (const auto& t : doc_)
      for (std::size_t i = 0; i < t.toks.size(); ++i) {
        PhraseMatch m = gz_.match(t, i, lang_, PhraseKind::kEntity);
        if (m.tokens == 0) continue;
        const auto& e = gz_.entry(m.payloads.front());
        if (e.type == EntityType::kPerson &&
            std::find(st_.named_in_full.begin(), st_.named_in_full.end(), e.key) == st_.named_in_full.end())
          st_.named_in_full.push_back(e.key);
        i += m.tokens - 1;
      }
  }

  // The name of an entity of this document ("" for a key it has no record of): a read that
  // never inserts an empty record.
  const std::string& name_of(const std::string& key) const {
    static const std::string kNone;
    auto it = res_.entities.find(key);
    return it == res_.entities.end() ? kNone : it->second.name;
  }

  EntityRecord& record_for(const std::string& key) {
    auto it = res_.entities.find(key);
    if (it != res_.entities.end()) return it->second;
    EntityRecord r;
    r.key = key;
    if (auto idx = gz_.find_key(key)) {
      const auto& e = gz_.entry(*idx);
      r.name = e.name;
      r.type = e.type;
      r.qid = e.qid;
      r.iso = e.iso;
      r.from_gazetteer = true;
      for (const auto& o : gz_.offices_of(key)) r.roles.push_back(RoleHeld{o.office, o.country, o.start.iso(), o.end.iso()});
      r.within = gz_.containers(key);
    }
    return res_.entities.emplace(key, std::move(r)).first->second;
  }

  std::size_t add_mention(ByteSpan span, const std::string& key, EntityType type, const char* via,
                          bool alias_surface = true) {
    Mention m;
    m.span = span;
    m.sentence = cur_.sentence->index;
    m.surface = std::string(slice(text_, span));
    m.entity_key = key;
    m.type = type;
    m.via = via;
    EntityRecord& r = record_for(key);
    if (r.type == EntityType::kUnknown) r.type = type;
    if (r.name.empty()) r.name = m.surface;
    ++r.mentions;
    if (alias_surface && std::find(r.aliases.begin(), r.aliases.end(), m.surface) == r.aliases.end())
      r.aliases.push_back(m.surface);
    for (std::size_t k = 0; k < toks().size(); ++k)
      if (toks()[k].span.begin >= span.begin && toks()[k].span.end <= span.end) cur_.covered[k] = 1;
    res_.mentions.push_back(std::move(m));
    return res_.mentions.size() - 1;
  }

  void person_seen(const std::string& key) {
    st_.persons.erase(std::remove(st_.persons.begin(), st_.persons.end(), key), st_.persons.end());
    st_.persons.push_back(key);
    for (const auto& o : gz_.offices_of(key))
      if (gz_.in_office(key, published_)) {
        st_.office_country[o.office] = o.country;
        if (o.country == home_) st_.home_offices.insert(o.office);
      }
  }

  // An organ of a state named by its head: a ministry ("Kementerian Luar Negeri [Rusia]", one key
  // per office and country) or a state organ ("pasukan Rusia", "Russian forces": one key per noun
  // and country, linked to the state so that the merge takes it as the state's voice). The
  // gazetteer's own organ of that name wins ("Russian military" is the Russian Armed Forces).
  std::string organ_key(const HeadInfo& h, const std::string& country) {
    auto cidx = gz_.find_key(country);
    const std::string adj = cidx && !gz_.entry(*cidx).demonyms.empty() ? gz_.entry(*cidx).demonyms.front()
                                                                       : (cidx ? gz_.entry(*cidx).name : country);
    const bool organ = h.office.empty();
    if (organ)
      if (auto known = gz_.state_organ(fold(adj + " " + h.english), country)) return gz_.entry(*known).key;
    std::string iso = cidx ? ascii_lower(gz_.entry(*cidx).iso) : std::string();
    if (iso.empty()) iso = slug(country.substr(country.find(':') + 1));
    std::string prefix = organ                               ? "org:" + slug(h.english) + "_"
                         : h.office == "defence_minister" ? "org:mod_"
                         : h.office == "foreign_minister" ? "org:mfa_"
                                                          : "org:" + h.office + "_";
    std::string key = prefix + iso;
    if (!gz_.find_key(key) && !res_.entities.count(key)) {
      EntityRecord& r = record_for(key);
      r.name = adj + " " + (h.english.empty() ? "Ministry" : h.english);
      r.type = EntityType::kOrganization;
      if (organ) r.within = {country};
    }
    return key;
  }

  // Does the title in front of a short form fit the person? "Pemimpin Kim" wants a leader,
  // "Menlu Lavrov" a foreign minister; persons outside the gazetteer have no record to contradict.
  bool fits_title(const std::string& key, const std::string& office, const std::string& country, bool at_date) const {
    if (office.empty()) return true;
    if (!gz_.find_key(key)) return true;
    for (const auto& o : gz_.offices_of(key)) {
      bool office_ok = office == "leader" ? leader_office(o.office) : o.office == office;
      if (!office_ok || (!country.empty() && o.country != country)) continue;
      // On the date, "leader" means the top office of the country (supreme leader, else head
      // of state, else of government), so a Korean prime minister named Kim is no "Pemimpin Kim".
      if (!at_date || gz_.office_holder(office == "leader" ? office : o.office, o.country, published_) == key) return true;
    }
    return false;
  }

  bool doc_person_has_form(const std::string& key, const std::string& f) {
    if (auto idx = gz_.find_key(key)) return gz_.is_short_form(*idx, f);
    const std::string name = fold(name_of(key));
    auto atoms = split(name, ' ');
    return atoms.size() > 1 && (atoms.back() == f || atoms.front() == f);
  }

  // A short form: the person of that name seen last in the document, else the one person named
  // in full anywhere in it, else the one gazetteer person in office on the publication date.
  std::string resolve_short_form(const std::string& f, const std::string& office, const std::string& country) {
    for (auto it = st_.persons.rbegin(); it != st_.persons.rend(); ++it)
      if (doc_person_has_form(*it, f) && fits_title(*it, office, country, false)) return *it;
    std::vector<std::string> found;
    for (const auto& key : st_.named_in_full)
      if (doc_person_has_form(key, f) && fits_title(key, office, country, false)) found.push_back(key);
    if (found.size() == 1) return found.front();
    if (found.size() > 1) return std::string();
    for (auto c : gz_.by_short_form(f)) {
      const std::string& key = gz_.entry(c).key;
      if (gz_.in_office(key, published_) && fits_title(key, office, country, true)) found.push_back(key);
    }
    return found.size() == 1 ? found.front() : std::string();
  }

  std::string new_person(const std::string& surface) {
    std::string key = "person:" + slug(surface);
    for (const auto& p : st_.persons)
      if (!gz_.find_key(p) && fold(name_of(p)) == fold(surface)) key = p;
    return key;
  }

  // A person mentioned: seen in the document, and the last one of the sentence.
  void person_named(std::size_t mention, const std::string& key, std::size_t end_tok) {
    person_seen(key);
    cur_.last_person = mention;
    cur_.last_person_end = end_tok;
  }

  // A person outside the gazetteer mentioned by name over tokens [i, end); the mention's index.
  std::size_t add_new_person(std::size_t i, std::size_t end, const char* via) {
    ByteSpan span = name_span(toks(), i, end - i);
    std::string key = new_person(std::string(slice(text_, span)));
    return add_mention(span, key, EntityType::kPerson, via);
  }

  // ---- the scan of one sentence ----

  void scan_sentence(std::size_t si) {
    start_sentence(si);
    std::size_t i = 0;
    while (i < toks().size()) i = scan_at(i);
    // End of sentence: a dangling "title + country" is a role reference too.
    resolve_role(toks().size());
  }

  void start_sentence(std::size_t si) {
    cur_ = SentenceCursor{};
    cur_.sentence = &sentences_[si];
    cur_.tokens = &doc_[si];
    cur_.covered.assign(toks().size(), 0);
    cur_.headline = cur_.sentence->role == SentenceRole::kHeadline;
    while (cur_.first_word < toks().size() && !toks()[cur_.first_word].word) ++cur_.first_word;
    title_ = TitleState{};
  }

  // Where a capital says nothing about names: the first word of the sentence, of a line (the
  // segmenter may join a line without a final stop to the next), or after an opening quote,
  // bracket, colon or dash.
  bool clause_start(std::size_t k) const {
    const auto& tk = toks();
    if (k <= cur_.first_word) return true;
    if (text_.substr(tk[k - 1].span.end, tk[k].span.begin - tk[k - 1].span.end).find('\n') != std::string_view::npos)
      return true;
    if (tk[k - 1].word) return false;
    std::string_view p = tk[k - 1].text;
    return p == "\"" || p == "(" || p == "[" || p == ":" || p == "-" || p == "'" || p == "\xE2\x80\x9C" ||
           p == "\xE2\x80\x94" || p == "\xE2\x80\x93" || p == "\xE2\x80\x98";
  }

  // The steps at token i, first that applies; returns the token the scan goes on from.
  std::size_t scan_at(std::size_t i) {
    const Token& t = toks()[i];
    if (!t.word) return end_phrase(i);
    // 1. A title or role word ("Menteri Luar Negeri", "Presiden", "diplomat tertinggi").
    PhraseMatch tm = match(i, PhraseKind::kTitle);
    PhraseMatch em = match(i, PhraseKind::kEntity);
    PhraseMatch hm = match(i, PhraseKind::kHead);
    // 1a. A state organ before its country ("pasukan Rusia", "Pemerintah Korea Selatan").
    if (lang_ != Language::kEnglish && tm.tokens == 0) mark_organ_before_country(i, em);
    if (tm.tokens > 0 && tm.tokens >= em.tokens && tm.tokens >= hm.tokens) return read_title(i, tm);
    // 2. A head noun that types the name after it ("Kementerian Luar Negeri Rusia", "Wilayah Kursk").
    if (hm.tokens > 0 && hm.tokens >= em.tokens)
      if (Next next = read_head_phrase(i, hm, em)) return *next;
    // 3. A gazetteer name.
    if (em.tokens > 0) return read_gazetteer_name(i, em);
    // 4. A capitalised word that is not in the gazetteer.
    if (t.upper)
      if (Next next = read_unknown_capital(i)) return *next;
    // 5. A title (+ country) with no name: the office holder on that date ("Menlu Rusia").
    return end_phrase(i);
  }

  std::size_t end_phrase(std::size_t i) {
    resolve_role(i);
    title_.active = false;
    return i + 1;
  }

  // "title + country" with no name after it: the office holder on the date, or, as an
  // appositive, the office of the person just named.
  void resolve_role(std::size_t end_tok) {
    if (!title_.active || title_.office.empty() || title_.country.empty() || end_tok != title_.after) return;
    if (title_.appositive && cur_.last_person != SIZE_MAX) {
      Mention& pm = res_.mentions[cur_.last_person];
      if (pm.office.empty()) pm.office = title_.office;
      EntityRecord& r = res_.entities.at(pm.entity_key);
      if (!r.from_gazetteer && r.roles.empty()) r.roles.push_back(RoleHeld{title_.office, title_.country, "", ""});
      return;
    }
    if (auto holder = gz_.office_holder(title_.office, title_.country, published_)) {
      ByteSpan span{toks()[title_.begin].span.begin, toks()[end_tok - 1].span.end};
      std::size_t m = add_mention(span, *holder, EntityType::kPerson, "office", false);
      res_.mentions[m].office = title_.office;
      person_named(m, *holder, end_tok);
    }
  }

  // ---- 1. titles ----

  std::size_t read_title(std::size_t i, const PhraseMatch& tm) {
    const TitleInfo& ti = gz_.title(tm.payloads.front());
    title_.active = true;
    title_.office = ti.office;
    title_.foreign = ti.foreign;
    title_.country.clear();
    title_.begin = i;
    if (i == title_.pre_country_end) {
      title_.country = title_.pre_country;
      title_.begin = title_.pre_country_begin;
      if (!title_.office.empty()) st_.office_country[title_.office] = title_.pre_country;
    }
    title_.appositive = cur_.last_person_end != SIZE_MAX && cur_.last_person_end == appositive_start(title_.begin);
    title_.after = i + tm.tokens;
    return title_.after;
  }

  // "Xi Jinping, Presiden Tiongkok", "To Lam, the Vietnamese president": the title describes
  // the person just named (a comma and an article may stand between). The token such a person
  // would end at.
  std::size_t appositive_start(std::size_t k) const {
    const auto& tk = toks();
    if (k > 0 && tk[k - 1].word && !tk[k - 1].upper && stop(k - 1) && k - 1 > 0 && tk[k - 2].text == ",") --k;
    if (k > 0 && tk[k - 1].text == ",") --k;
    return k;
  }

  // ---- 2. head nouns ----

  Next read_head_phrase(std::size_t i, const PhraseMatch& hm, const PhraseMatch& em) {
    const HeadInfo& h = gz_.head(hm.payloads.front());
    const HeadPhrase p = read_head_name(i + hm.tokens);
    const std::size_t j = p.name_begin;
    ByteSpan span = p.end > j ? name_span(toks(), i, p.end - i) : name_span(toks(), i, j - i);
    // (A bare head that is itself a gazetteer name, "Kemlu", is read as that name below.)
    if (!h.office.empty() && !(p.end == j && em.tokens == hm.tokens)) return read_ministry_head(h, p, span);
    if (p.end > j) return read_typed_name(h, p, span);
    return std::nullopt;
  }

  // The capitalised words after a head, from token j.
  HeadPhrase read_head_name(std::size_t j) const {
    const auto& tk = toks();
    HeadPhrase p;
    p.name_begin = j;
    std::size_t& end = p.end;
    end = j;
    while (end < tk.size() && tk[end].word && (tk[end].upper || tk[end].digit || particle_reads_on(end, end > j)) &&
           !(end > j && (line_break_before(text_, stt(), end) || tagger_starts_person(stt(), end)))) {
      PhraseMatch inner = match(end, PhraseKind::kEntity);
      if (inner.tokens > 0) {
        const auto& e = gz_.entry(inner.payloads.front());
        if (e.type == EntityType::kCountry) p.country = e.key;
        if (end == j) {
          p.inner_key = e.key;
          p.inner_type = e.type;
          p.inner_len = inner.tokens;
        }
        end += inner.tokens;
      } else if (match(end, PhraseKind::kTitle).tokens > 0) {
        break;  // a title starts the next phrase ("Pasukan Rusia Presiden ...")
      } else {
        ++end;
      }
    }
    return p;
  }

  // "Gerakan Pemuda untuk Perdamaian Nusantara", "Council of Europe": a name particle that is no
  // coordinator ("dan" would join two names) reads on to the capitalised word after it.
  bool particle_reads_on(std::size_t k, bool inside_name) const {
    const auto& tk = toks();
    return inside_name && word_is(k, wc_.particle) && !word_is(k, wc_.coord) && tk[k].lower != "the" &&
           k + 1 < tk.size() && tk[k + 1].word && tk[k + 1].upper;
  }

  // "pasukan Rusia", "Angkatan Udara Ukraina": a state organ noun (any case) and a whole country
  // name after it. A capitalised word after the country makes a longer name ("Tentara Pembebasan
  // ..."), unless it is a title (or, after a lower-case organ, a day or a month); a gazetteer
  // name as long ("Militer Rusia", an alias of the Russian Armed Forces) is that entity. The scan
  // then reads the words as before.
  void mark_organ_before_country(std::size_t i, const PhraseMatch& em) {
    const PhraseMatch om = match(i, PhraseKind::kOrgan);
    if (om.tokens == 0) return;
    const HeadInfo& h = gz_.head(om.payloads.front());
    const std::size_t j = i + om.tokens;
    if (h.after || h.english.empty()) return;
    const std::string country = country_at(j);
    if (country.empty()) return;
    const std::size_t end = j + match(j, PhraseKind::kEntity).tokens;
    const auto& tk = toks();
    if (em.tokens >= end - i) return;
    // (A capitalised head reads a day into its name: "Pemerintah X Senin" stays that name.)
    if (end < tk.size() && tk[end].word && tk[end].upper && (tk[i].upper || !word_is(end, wc_.calendar)) &&
        match(end, PhraseKind::kTitle).tokens == 0 && !line_break_before(text_, stt(), end))
      return;
    add_state_organ(i, j, name_span(tk, i, end - i), h, country);
  }

  // "Russian forces", "Ukraine's air force": a state organ noun after a country.
  void mark_organ_after_country(std::size_t i, const GazetteerName& n) {
    const PhraseMatch om = match(n.next, PhraseKind::kOrgan);
    if (om.tokens == 0 || n.type != EntityType::kCountry) return;
    const HeadInfo& h = gz_.head(om.payloads.front());
    if (!h.after || h.english.empty()) return;
    const std::size_t end = n.next + om.tokens;
    add_state_organ(n.next, end, name_span(toks(), i, end - i), h, n.key);
  }

  // A state organ: the state still acts (the phrase is its metonym, as the CAMEO codes of state
  // actors want: docs/events.md), and the organ noun, tokens [begin, end), is mentioned as a
  // modifier naming the organ's own entity (linked to the state), with the whole phrase as its
  // alias, so that "pasukan Rusia" and "Russian forces" are one node whatever the language.
  void add_state_organ(std::size_t begin, std::size_t end, ByteSpan phrase, const HeadInfo& h, const std::string& country) {
    const std::string key = organ_key(h, country);
    const std::size_t m = add_mention(name_span(toks(), begin, end - begin), key, EntityType::kOrganization, "head", false);
    res_.mentions[m].modifier = true;
    EntityRecord& r = res_.entities.at(key);
    const std::string surface(slice(text_, phrase));
    if (std::find(r.aliases.begin(), r.aliases.end(), surface) == r.aliases.end()) r.aliases.push_back(surface);
  }

  // The country a gazetteer name at token k names ("" when none does).
  std::string country_at(std::size_t k) const {
    const PhraseMatch cm = match(k, PhraseKind::kEntity);
    for (std::uint32_t p : cm.payloads)
      if (gz_.entry(p).type == EntityType::kCountry) return gz_.entry(p).key;
    return std::string();
  }

  // A ministry head: the country named in it, else the one of the office last seen, else home.
  Next read_ministry_head(const HeadInfo& h, const HeadPhrase& p, ByteSpan span) {
    std::string country = p.country;
    if (country.empty()) {
      auto it = st_.office_country.find(h.office);
      if (st_.home_offices.count(h.office)) country = home_;
      else if (it != st_.office_country.end()) country = it->second;
    }
    if (country.empty()) return std::nullopt;
    add_mention(span, organ_key(h, country), EntityType::kOrganization, "head");
    return std::max(p.end, p.name_begin);
  }

  // A head with a name after it, typed by the head.
  std::size_t read_typed_name(const HeadInfo& h, const HeadPhrase& p, ByteSpan span) {
    const std::size_t j = p.name_begin;
    bool whole = p.inner_len == p.end - j && !p.inner_key.empty();
    if (whole && p.inner_type == h.type) {
      add_mention(span, p.inner_key, p.inner_type, "head");  // "Wilayah Kursk" is Kursk
    } else if (whole && h.state && p.inner_type == EntityType::kCountry) {
      // "Pasukan Ukraina", "Pemerintah Rusia": an organ of the state acting for it.
      res_.mentions[add_mention(span, p.inner_key, EntityType::kCountry, "head", false)].metonym = true;
    } else if (cur_.headline ||
               (p.end - j == 1 && p.inner_key.empty() && !gz_.by_short_form(base_fold(toks()[j], folded()[j])).empty())) {
      // "Pemerintah Kim": a family name after the head; the name is read on its own below.
      // In headline case every word is capitalised, so the head cannot tell where a name ends.
      return j;
    } else {
      std::string surface(slice(text_, span));
      // "Dana Moneter Internasional (IMF)": the gazetteer knows the short form.
      const std::string known = bracketed_gazetteer_name(gz_, stt(), p.end, lang_, h.type);
      add_mention(span, known.empty() ? "name:" + slug(surface) : known, h.type, "head");
    }
    return p.end;
  }

  // ---- 3. gazetteer names ----

  std::size_t read_gazetteer_name(std::size_t i, const PhraseMatch& em) {
    std::vector<std::uint32_t> cands = em.payloads;
    std::stable_sort(cands.begin(), cands.end(), [&](std::uint32_t a, std::uint32_t b) {
      return type_rank(gz_.entry(a).type) < type_rank(gz_.entry(b).type);
    });
    const GazetteerEntry& e = gz_.entry(cands.front());
    GazetteerName n{&e, em.tokens, name_span(toks(), i, em.tokens), i + em.tokens, e.key, e.type, false};
    if (!e.metonym_of.empty() && e.type == EntityType::kLocation && capital_stands_for_state(i, n.next, e)) {
      n.key = e.metonym_of;
      n.type = EntityType::kCountry;
      n.metonym = true;
    }
    if (Next next = read_title_qualifier(i, n)) return *next;
    if (lang_ == Language::kEnglish && e.type == EntityType::kCountry && !n.metonym)
      if (Next next = read_country_before_head_or_title(i, n)) return *next;
    const std::size_t next = add_gazetteer_name(i, n);
    if (lang_ == Language::kEnglish && next == n.next) mark_organ_after_country(i, n);
    return next;
  }

  // A capital for its state: as the subject of a verb, a speaker, an agent, the one addressed or
  // an owner, unless a locative makes it the place.
  bool capital_stands_for_state(std::size_t i, std::size_t next, const GazetteerEntry& e) const {
    const auto& tk = toks();
    bool after_prep = i > 0 && (word_is(i - 1, wc_.loc_prep) || word_is(i - 1, wc_.dir_prep) ||
                                word_is(i - 1, wc_.place_noun));
    // A capital addressed or opposed ("kepada Pyongyang", "terhadap Moskow") is the state.
    // (English "to Moscow" is mostly a destination, so Indonesian only.)
    bool addressed = i > 0 && lang_ != Language::kEnglish && (word_is(i - 1, wc_.to_prep) || word_is(i - 1, wc_.about_prep));
    bool acts = capital_acts(next);
    // "kata Seoul", "according to Moscow": the speech word may be two words long.
    bool speaker = (i > 0 && word_is(i - 1, wc_.speech_inv)) ||
                   (i > 1 && tk[i - 2].word && gz_.is_word(folded()[i - 2] + " " + folded()[i - 1], lang_, "speech_inv"));
    if (speaker) after_prep = false;
    // The agent of a passive ("yang diambil Moskow", "oleh Moskow", "by Moscow") acts too.
    bool agent = i > 0 && (word_is(i - 1, wc_.by_prep) ||
                           (lang_ != Language::kEnglish && tk[i - 1].word && !tk[i - 1].upper &&
                            tk[i - 1].lower.size() > 5 && tk[i - 1].lower.compare(0, 2, "di") == 0));
    // "Pyongyang's missile tests", "the Kremlin's position": what a capital owns, its state owns.
    bool owner = is_possessive(tk[next - 1]);
    // "ally Moscow", "sekutu Moskow": an apposition naming a relation between states.
    bool ally = i > 0 && tk[i - 1].word && gz_.is_word(folded()[i - 1], lang_, "ally_noun");
    // After a locative the capital is the place, whatever verb follows ("Talks in Beijing ended").
    return !after_prep && (acts || speaker || agent || addressed || owner || ally) && gz_.find_key(e.metonym_of);
  }

  // The capital ending before token `next` is the subject of a verb.
  bool capital_acts(std::size_t next) const {
    const auto& tk = toks();
    if (next < tk.size() && looks_like_verb(tk[next], lang_, cur_.headline)) return true;
    // "Washington dan Seoul menggelar ...": both subjects of the verb act.
    if (next + 1 < tk.size() && word_is(next, wc_.coord)) {
      PhraseMatch m2 = match(next + 1, PhraseKind::kEntity);
      if (m2.tokens > 0) {
        const auto& e2 = gz_.entry(m2.payloads.front());
        std::size_t after2 = next + 1 + m2.tokens;
        return (!e2.metonym_of.empty() || e2.type == EntityType::kCountry) && after2 < tk.size() &&
               looks_like_verb(tk[after2], lang_, cur_.headline);
      }
    }
    return false;
  }

  // A country or an organisation right after a title qualifies it.
  Next read_title_qualifier(std::size_t i, const GazetteerName& n) {
    if (!title_.active || i != title_.after) return std::nullopt;
    const GazetteerEntry& e = *n.entry;
    if (e.type == EntityType::kCountry && title_.country.empty()) {
      // "Menteri Luar Negeri Rusia ..." : the country qualifies the title.
      title_.country = e.key;
      if (!title_.office.empty()) st_.office_country[title_.office] = e.key;
    } else if (e.type == EntityType::kOrganization && n.next < toks().size() && toks()[n.next].word &&
               toks()[n.next].upper) {
      // "juru bicara Kemlu RI Roy Soemirat", "NATO Secretary General ..." is the other order:
      // an organisation between a title and a name qualifies the title.
      if (title_.country.empty() && !e.metonym_of.empty()) title_.country = e.metonym_of;
    } else {
      return std::nullopt;
    }
    res_.mentions[add_mention(n.span, n.key, n.type, "gazetteer")].modifier = true;
    title_.after = n.next;
    return n.next;
  }

  // An English country in front of a ministry head names the ministry; in front of a title it
  // qualifies the title.
  Next read_country_before_head_or_title(std::size_t i, const GazetteerName& n) {
    const std::size_t next = n.next;
    // "Iranian Foreign Ministry": a country in front of a ministry head names the ministry.
    PhraseMatch h2 = match(next, PhraseKind::kHead);
    if (h2.tokens > 0 && !gz_.head(h2.payloads.front()).office.empty() &&
        h2.tokens >= match(next, PhraseKind::kEntity).tokens) {
      const HeadInfo& h = gz_.head(h2.payloads.front());
      add_mention(name_span(toks(), i, n.tokens + h2.tokens), organ_key(h, n.entry->key), EntityType::kOrganization,
                  "head");
      title_.active = false;
      return next + h2.tokens;
    }
    // "Russian President ...", "Russia's foreign minister ...": the country qualifies the title.
    PhraseMatch t2 = match(next, PhraseKind::kTitle);
    if (t2.tokens > 0) {
      title_.pre_country = n.entry->key;
      title_.pre_country_begin = i;
      title_.pre_country_end = next;
      res_.mentions[add_mention(n.span, n.key, n.type, "gazetteer")].modifier = true;
      title_.active = false;
      return next;
    }
    return std::nullopt;
  }

  // The gazetteer name as itself (or as the state of its capital), with the organisations nested in it.
  std::size_t add_gazetteer_name(std::size_t i, GazetteerName& n) {
    const GazetteerEntry& e = *n.entry;
    const std::size_t name_end = extend_by_place_head(i, n);
    const std::vector<std::pair<ByteSpan, std::uint32_t>> nested = nested_organisations(i, n);
    std::size_t mi = add_mention(n.span, n.key, n.type, n.metonym ? "metonym" : "gazetteer", !n.metonym);
    res_.mentions[mi].metonym = n.metonym;
    if (title_.active && n.type == EntityType::kPerson && i == title_.after) res_.mentions[mi].office = title_.office;
    for (const auto& [nspan, nidx] : nested)
      res_.mentions[add_mention(nspan, gz_.entry(nidx).key, EntityType::kOrganization, "nested")].modifier = true;
    if (e.type == EntityType::kPerson) person_named(mi, e.key, name_end);
    title_.active = false;
    return name_end;
  }

  // "Sumy region", "Crimea peninsula": a place head after a place name belongs to it. Returns
  // where the name ends.
  std::size_t extend_by_place_head(std::size_t i, GazetteerName& n) const {
    if (n.entry->type != EntityType::kLocation || n.metonym || is_possessive(toks()[n.next - 1])) return n.next;
    PhraseMatch ph = match(n.next, PhraseKind::kPostHead);
    if (ph.tokens == 0 || gz_.head(ph.payloads.front()).type != EntityType::kLocation) return n.next;
    const std::size_t name_end = n.next + ph.tokens;
    n.span = name_span(toks(), i, name_end - i);
    return name_end;
  }

  // An organisation named inside a longer one ("Komisi Kebudayaan *Organisasi Kerjasama
  // Shanghai*", "Dewan Keamanan *PBB*", "*UN* Security Council") is mentioned too,
  // as a modifier.
  std::vector<std::pair<ByteSpan, std::uint32_t>> nested_organisations(std::size_t i, const GazetteerName& n) const {
    std::vector<std::pair<ByteSpan, std::uint32_t>> nested;
    if (n.tokens <= 1 || n.entry->type != EntityType::kOrganization) return nested;
    const std::size_t next = n.next;
    for (std::size_t k = i; k < next; ++k) {
      std::size_t limit = k == i ? n.tokens - 1 : next - k;
      PhraseMatch inner = gz_.match(stt(), k, lang_, PhraseKind::kEntity, limit);
      if (inner.tokens == 0) continue;
      const auto& ie = gz_.entry(inner.payloads.front());
      if (ie.type != EntityType::kOrganization || ie.key == n.entry->key) continue;
      // "Kemlu Rusia": a generic ministry word qualified by a country names that country's
      // ministry, not the home one the bare word stands for.
      if (qualified_by_country(gz_, stt(), k + inner.tokens, next, lang_)) continue;
      nested.emplace_back(name_span(toks(), k, inner.tokens), inner.payloads.front());
      k += inner.tokens - 1;
    }
    return nested;
  }

  // ---- 4. capitals outside the gazetteer ----

  Next read_unknown_capital(std::size_t i) {
    const std::string f = base_fold(toks()[i], folded()[i]);
    const bool titled = title_.active && i == title_.after;
    if (!cur_.headline)
      if (Next next = read_named_in_full_again(i, titled)) return next;
    const bool time_like = calendar_word_as_time(i, f);
    const bool known_form = known_short_form(f);
    if (!time_like && known_form)
      if (Next next = read_short_form(i, f, titled)) return next;
    if (!cur_.headline && titled)
      if (Next next = read_name_after_title(i, known_form)) return next;
    if (!cur_.headline && !titled && !stop(i)) {
      const std::size_t end = capital_run_end(i);
      if (Next next = read_name_before_title(i, end)) return next;
      if (Next next = read_name_before_place_head(i, end)) return next;
    }
    return std::nullopt;
  }

  // 4a. a person outside the gazetteer named in full again ("Ardi Wicaksono ... Ardi Wicaksono").
  Next read_named_in_full_again(std::size_t i, bool titled) {
    const auto& tk = toks();
    std::string again;
    std::size_t again_len = 0;
    for (auto it = st_.persons.rbegin(); it != st_.persons.rend() && again.empty(); ++it) {
      if (gz_.find_key(*it)) continue;
      std::string name = fold(name_of(*it));
      std::string joined;
      for (std::size_t n = 1; n <= 5 && i + n <= tk.size() && tk[i + n - 1].word; ++n) {
        joined += (n > 1 ? " " : "") + base_fold(tk[i + n - 1], folded()[i + n - 1]);
        if (n > 1 && joined == name) {
          again = *it;
          again_len = n;
        }
      }
    }
    if (again.empty()) return std::nullopt;
    std::size_t m = add_mention(name_span(tk, i, again_len), again, EntityType::kPerson, "title");
    if (titled) res_.mentions[m].office = title_.office;
    person_named(m, again, i + again_len);
    title_.active = false;
    return i + again_len;
  }

  // 4b. a short form. Not a month or a day ("in May", "May 5"), and not the family name of
  // someone else ("Hunter Biden" is not Joe Biden).
  bool calendar_word_as_time(std::size_t i, const std::string& f) const {
    const auto& tk = toks();
    return gz_.is_word(f, lang_, "calendar") &&
           ((i > 0 && (word_is(i - 1, wc_.time_prep) || word_is(i - 1, wc_.loc_prep) || tk[i - 1].digit)) ||
            (i + 1 < tk.size() && tk[i + 1].digit));
  }

  bool known_short_form(const std::string& f) {
    bool known_form = !gz_.by_short_form(f).empty();
    for (const auto& p : st_.persons) known_form = known_form || doc_person_has_form(p, f);
    return known_form;
  }

  Next read_short_form(std::size_t i, const std::string& f, bool titled) {
    const auto& tk = toks();
    if (given_name_before(i, f, titled)) {
      std::size_t m = add_new_person(i - 1, i + 1, "name");
      const std::string key = res_.mentions[m].entity_key;
      person_named(m, key, i + 1);
      return i + 1;
    }
    std::string found = resolve_short_form(f, titled ? title_.office : std::string(), titled ? title_.country : std::string());
    if (found.empty()) return std::nullopt;
    // "Al Rashidi": the article written apart belongs to the family name.
    const bool article = i > cur_.first_word && article_word(tk[i - 1]) && !cur_.covered[i - 1];
    std::size_t m = add_mention(article ? name_span(tk, i - 1, 2) : name_span(tk, i, 1), found, EntityType::kPerson,
                                "short-form");
    if (titled) res_.mentions[m].office = title_.office;
    person_named(m, found, i + 1);
    title_.active = false;
    return i + 1;
  }

  // The capital before a known family name is a given name: a new person named in full.
  bool given_name_before(std::size_t i, const std::string& f, bool titled) {
    const auto& tk = toks();
    return western_family_name(f) && !noun_before(i) && !cur_.headline && !titled && i > cur_.first_word &&
           tk[i - 1].word && tk[i - 1].upper && !article_word(tk[i - 1]) && !clause_start(i - 1) && !tk[i - 1].caps &&
           !cur_.covered[i - 1] && !stop(i - 1) && match(i - 1, PhraseKind::kTitle).tokens == 0 &&
           !(i >= 2 && word_is(i - 2, wc_.time_prep));
  }

  // The guard needs a Western-order family name ("Biden" of Joe Biden): a word in front of a
  // Korean family name or of an Indonesian given name ("Kabinet Prabowo") is no given name.
  bool western_family_name(const std::string& f) {
    bool western = false;
    for (auto c : gz_.by_short_form(f)) western = western || family_name_last(gz_.entry(c).key, f);
    for (const auto& p : st_.persons) western = western || (doc_person_has_form(p, f) && family_name_last(p, f));
    return western;
  }

  bool family_name_last(const std::string& key, const std::string& f) {
    std::string name;
    if (auto idx = gz_.find_key(key)) {
      if (gz_.entry(*idx).family_name_first) return false;
      name = fold(gz_.entry(*idx).name);
    } else {
      name = fold(name_of(key));
    }
    auto atoms = split(name, ' ');
    return atoms.size() > 1 && atoms.back() == f && atoms.front() != f;
  }

  // Indonesian nouns in -an ("Pemerintahan Putin") and head nouns ("Rezim Putin") are not names.
  bool noun_before(std::size_t i) const {
    const auto& tk = toks();
    return i == 0 ||
           (lang_ == Language::kIndonesian && tk[i - 1].lower.size() > 4 &&
            tk[i - 1].lower.compare(tk[i - 1].lower.size() - 2, 2, "an") == 0) ||
           match(i - 1, PhraseKind::kHead).tokens > 0 || word_is(i - 1, wc_.calendar);
  }

  // 4c. a name after a title: "Menteri Perikanan Chile Tomas Herrera".
  Next read_name_after_title(std::size_t i, bool known_form) {
    const std::size_t end = name_after_title_end(i);
    // A lone family name we could not resolve ("Presiden Kim" with two Kims) is nobody new.
    if (end <= i || (end - i == 1 && known_form)) return std::nullopt;
    if (title_.foreign)
      if (Next next = read_foreign_form(i, end)) return next;
    std::size_t m = add_new_person(i, end, "title");
    res_.mentions[m].office = title_.office;
    const std::string key = res_.mentions[m].entity_key;
    EntityRecord& r = res_.entities.at(key);
    if (!title_.office.empty() && !title_.country.empty() && r.roles.empty())
      r.roles.push_back(RoleHeld{title_.office, title_.country, "", ""});
    person_named(m, key, end);
    title_.active = false;
    return end;
  }

  // "Papa Francesco" in an article that names Pope Francis: after another language's title, a
  // name is that language's form of the name of the one person of the document holding the
  // office whose name has a word beginning alike (four letters: Francesco, Francis, Fransiskus).
  Next read_foreign_form(std::size_t i, std::size_t end) {
    std::string found;
    for (const auto* keys : {&st_.persons, &st_.named_in_full})
      for (const auto& key : *keys)
        if (key != found && fits_title(key, title_.office, title_.country, false) && cognate_name(key, i, end)) {
          if (!found.empty()) return std::nullopt;  // two persons fit: nobody
          found = key;
        }
    if (found.empty()) return std::nullopt;
    std::size_t m = add_mention(name_span(toks(), i, end - i), found, EntityType::kPerson, "title");
    res_.mentions[m].office = title_.office;
    person_named(m, found, end);
    title_.active = false;
    return end;
  }

  // Whether a word of tokens [i, end) and a word of the person's names (four letters or more)
  // share their first four letters.
  bool cognate_name(const std::string& key, std::size_t i, std::size_t end) const {
    std::vector<std::string> names = {name_of(key)};
    if (auto idx = gz_.find_key(key)) names.insert(names.end(), gz_.entry(*idx).aliases.begin(), gz_.entry(*idx).aliases.end());
    for (std::size_t k = i; k < end; ++k) {
      const std::string w = base_fold(toks()[k], folded()[k]);
      if (w.size() < 4) continue;
      for (const auto& n : names) {
        const std::string folded_name = fold(n);  // split() views into it: it must outlive the loop
        for (const auto& a : split(folded_name, ' '))
          if (a.size() >= 4 && a.compare(0, 4, w, 0, 4) == 0) return true;
      }
    }
    return false;
  }

  std::size_t name_after_title_end(std::size_t i) const {
    const auto& tk = toks();
    std::size_t end = i, words = 0;
    while (end < tk.size() && !(end > i && line_break_before(text_, stt(), end))) {
      // "Sheikh Hamad bin Khalid Al-Fahad", "Abu Karim al-Rashidi"
      if (const std::size_t c = end > i ? name_continuation(stt(), end) : 0) {
        end += c;
        continue;
      }
      if (++words > 4 || !tk[end].word || !tk[end].upper || match(end, PhraseKind::kEntity).tokens > 0 ||
          match(end, PhraseKind::kTitle).tokens > 0)
        break;
      ++end;
      if (is_possessive(tk[end - 1])) break;
    }
    while (end > i && !tk[end - 1].upper && !glued_article_name(tk[end - 1])) --end;
    return end;
  }

  // A run of up to four capitals from token i, none a gazetteer name, title or stop word.
  std::size_t capital_run_end(std::size_t i) const {
    const auto& tk = toks();
    std::size_t end = i;
    while (end < tk.size() && end - i < 4 && tk[end].word && tk[end].upper && !tk[end].caps &&
           !(end > i && line_break_before(text_, stt(), end)) && match(end, PhraseKind::kEntity).tokens == 0 &&
           match(end, PhraseKind::kTitle).tokens == 0 && !stop(end))
      ++end;
    return end;
  }

  // 4d. a name followed by its title: "Sergei Orlovsky, Menlu Rusia, ..."
  Next read_name_before_title(std::size_t i, std::size_t end) {
    if (end - i < 2 || end + 1 >= toks().size() || toks()[end].text != ",") return std::nullopt;
    PhraseMatch t2 = match(end + 1, PhraseKind::kTitle);
    if (t2.tokens == 0 || gz_.title(t2.payloads.front()).kind == "honorific") return std::nullopt;
    std::size_t m = add_new_person(i, end, "title");
    const std::string key = res_.mentions[m].entity_key;
    person_named(m, key, end);
    title_.active = false;
    return end;
  }

  // 4e. a name followed by a place head: "the Koryakino region"; capitalised, the head
  // is the run's last word: "Soekarno-Hatta International Airport".
  Next read_name_before_place_head(std::size_t i, std::size_t end) {
    std::size_t at = end;
    if (end > i + 1 && gz_.match(stt(), end - 1, lang_, PhraseKind::kPostHead, 1).tokens == 1) at = end - 1;
    if (at <= i || at > i + 3) return std::nullopt;
    PhraseMatch ph = match(at, PhraseKind::kPostHead);
    if (ph.tokens == 0) return std::nullopt;
    ByteSpan span = name_span(toks(), i, at - i + ph.tokens);
    add_mention(span, "name:" + slug(slice(text_, span)), gz_.head(ph.payloads.front()).type, "head");
    title_.active = false;
    return at + ph.tokens;
  }

  // ---- after the scan ----

  // Countries directly in front of a person (or a person after "dari X,") are modifiers.
  void mark_country_modifiers() {
    for (std::size_t k = 0; k + 1 < res_.mentions.size(); ++k) {
      Mention& a = res_.mentions[k];
      const Mention& b = res_.mentions[k + 1];
      if (a.sentence != b.sentence || a.type != EntityType::kCountry || b.type != EntityType::kPerson) continue;
      if (b.span.begin < a.span.end) continue;
      std::string_view between = trim(text_.substr(a.span.end, b.span.begin - a.span.end));
      if (between.empty() || between == ",") a.modifier = true;
    }
  }
};

}  // namespace

EntityResult EntityRecognizer::recognize(std::string_view text, const std::vector<Sentence>& sentences, Language lang,
                                         const TimeValue& published) const {
  return recognize(text, sentences, TokenStream::build(text, sentences, *gz_, lang), published);
}

EntityResult EntityRecognizer::recognize(std::string_view text, const std::vector<Sentence>& sentences,
                                         const TokenStream& tokens, const TimeValue& published) const {
  return Recognition(*gz_, text, sentences, tokens, published).run();
}

}  // namespace kronik
