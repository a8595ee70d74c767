// Entity recognition. The scan is left to right, one sentence at a time, with a little document
// state (persons already named, the country of each office last mentioned) so that short forms
// and bare role words resolve the way a reader resolves them. The rules are described, with an
// example each, in docs/entities.md.
#include "kronik/extract/entities/entities.h"

#include <algorithm>
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

}  // namespace

EntityResult EntityRecognizer::recognize(std::string_view text, const std::vector<Sentence>& sentences, Language lang,
                                         const TimeValue& published) const {
  return recognize(text, sentences, TokenStream::build(text, sentences, *gz_, lang), published);
}

EntityResult EntityRecognizer::recognize(std::string_view text, const std::vector<Sentence>& sentences,
                                         const TokenStream& tokens, const TimeValue& published) const {
  const Gazetteer& gz = *gz_;
  const Language lang = tokens.language;
  const WordClassBits wc(gz);
  EntityResult res;
  DocState st;
  // The Indonesian press calls its own ministries by the bare head ("Kementerian Luar Negeri"),
  // foreign ones with the country; English has no such home.
  const std::string home = lang == Language::kIndonesian ? "country:idn" : "";

  const std::vector<SentenceTokens>& doc = tokens.sentences;
  // Persons named in full anywhere: a headline or a lead that says "Kim" before the body names
  // "Kim Jong Un" still refers to him.
  for (const auto& t : doc)
    for (std::size_t i = 0; i < t.toks.size(); ++i) {
      PhraseMatch m = gz.match(t, i, lang, PhraseKind::kEntity);
      if (m.tokens == 0) continue;
      const auto& e = gz.entry(m.payloads.front());
      if (e.type == EntityType::kPerson &&
          std::find(st.named_in_full.begin(), st.named_in_full.end(), e.key) == st.named_in_full.end())
        st.named_in_full.push_back(e.key);
      i += m.tokens - 1;
    }

  auto record_for = [&](const std::string& key) -> EntityRecord& {
    auto it = res.entities.find(key);
    if (it != res.entities.end()) return it->second;
    EntityRecord r;
    r.key = key;
    if (auto idx = gz.find_key(key)) {
      const auto& e = gz.entry(*idx);
      r.name = e.name;
      r.type = e.type;
      r.qid = e.qid;
      r.iso = e.iso;
      r.from_gazetteer = true;
      for (const auto& o : gz.offices_of(key)) r.roles.push_back(RoleHeld{o.office, o.country, o.start.iso(), o.end.iso()});
      r.within = gz.containers(key);
    }
    return res.entities.emplace(key, std::move(r)).first->second;
  };

  const std::vector<Token>* cur_toks = nullptr;  // tokens of the sentence being read
  std::vector<char> covered;                      // token -> inside a mention already

  auto add_mention = [&](const Sentence& s, ByteSpan span, const std::string& key, EntityType type, const char* via,
                         bool alias_surface = true) -> std::size_t {
    Mention m;
    m.span = span;
    m.sentence = s.index;
    m.surface = std::string(slice(text, span));
    m.entity_key = key;
    m.type = type;
    m.via = via;
    EntityRecord& r = record_for(key);
    if (r.type == EntityType::kUnknown) r.type = type;
    if (r.name.empty()) r.name = m.surface;
    ++r.mentions;
    if (alias_surface && std::find(r.aliases.begin(), r.aliases.end(), m.surface) == r.aliases.end())
      r.aliases.push_back(m.surface);
    if (cur_toks)
      for (std::size_t k = 0; k < cur_toks->size(); ++k)
        if ((*cur_toks)[k].span.begin >= span.begin && (*cur_toks)[k].span.end <= span.end) covered[k] = 1;
    res.mentions.push_back(std::move(m));
    return res.mentions.size() - 1;
  };
  auto person_seen = [&](const std::string& key) {
    st.persons.erase(std::remove(st.persons.begin(), st.persons.end(), key), st.persons.end());
    st.persons.push_back(key);
    for (const auto& o : gz.offices_of(key))
      if (gz.in_office(key, published)) {
        st.office_country[o.office] = o.country;
        if (o.country == home) st.home_offices.insert(o.office);
      }
  };
  // A ministry named by its head ("Kementerian Luar Negeri [Rusia]"): one key per office and country.
  auto ministry_key = [&](const HeadInfo& h, const std::string& country) -> std::string {
    auto cidx = gz.find_key(country);
    std::string iso = cidx ? ascii_lower(gz.entry(*cidx).iso) : std::string();
    if (iso.empty()) iso = slug(country.substr(country.find(':') + 1));
    std::string prefix = h.office == "defence_minister" ? "org:mod_" : h.office == "foreign_minister" ? "org:mfa_" : "org:" + h.office + "_";
    std::string key = prefix + iso;
    if (!gz.find_key(key) && !res.entities.count(key)) {
      EntityRecord& r = record_for(key);
      std::string adj = cidx && !gz.entry(*cidx).demonyms.empty() ? gz.entry(*cidx).demonyms.front()
                                                                   : (cidx ? gz.entry(*cidx).name : country);
      r.name = adj + " " + (h.english.empty() ? "Ministry" : h.english);
      r.type = EntityType::kOrganization;
    }
    return key;
  };
  // Does the title in front of a short form fit the person? "Pemimpin Kim" wants a leader,
  // "Menlu Lavrov" a foreign minister; persons outside the gazetteer have no record to contradict.
  auto fits_title = [&](const std::string& key, const std::string& office, const std::string& country, bool at_date) {
    if (office.empty()) return true;
    if (!gz.find_key(key)) return true;
    for (const auto& o : gz.offices_of(key)) {
      bool office_ok = office == "leader" ? leader_office(o.office) : o.office == office;
      if (!office_ok || (!country.empty() && o.country != country)) continue;
      // On the date, "leader" means the top office of the country (supreme leader, else head
      // of state, else of government), so a Korean prime minister named Kim is no "Pemimpin Kim".
      if (!at_date || gz.office_holder(office == "leader" ? office : o.office, o.country, published) == key) return true;
    }
    return false;
  };
  auto doc_person_has_form = [&](const std::string& key, const std::string& f) {
    if (auto idx = gz.find_key(key)) return gz.is_short_form(*idx, f);
    const std::string name = fold(res.entities[key].name);
    auto atoms = split(name, ' ');
    return atoms.size() > 1 && (atoms.back() == f || atoms.front() == f);
  };
  // A short form: the person of that name seen last in the document, else the one person named
  // in full anywhere in it, else the one gazetteer person in office on the publication date.
  auto resolve_short_form = [&](const std::string& f, const std::string& office, const std::string& country) {
    for (auto it = st.persons.rbegin(); it != st.persons.rend(); ++it)
      if (doc_person_has_form(*it, f) && fits_title(*it, office, country, false)) return *it;
    std::vector<std::string> found;
    for (const auto& key : st.named_in_full)
      if (doc_person_has_form(key, f) && fits_title(key, office, country, false)) found.push_back(key);
    if (found.size() == 1) return found.front();
    if (found.size() > 1) return std::string();
    for (auto c : gz.by_short_form(f)) {
      const std::string& key = gz.entry(c).key;
      if (gz.in_office(key, published) && fits_title(key, office, country, true)) found.push_back(key);
    }
    return found.size() == 1 ? found.front() : std::string();
  };
  auto new_person = [&](const std::string& surface) {
    std::string key = "person:" + slug(surface);
    for (const auto& p : st.persons)
      if (!gz.find_key(p) && fold(res.entities[p].name) == fold(surface)) key = p;
    return key;
  };

  for (std::size_t si = 0; si < sentences.size(); ++si) {
    const Sentence& s = sentences[si];
    const SentenceTokens& stt = doc[si];
    const auto& toks = stt.toks;
    const auto& folded = stt.folded;
    auto word_is = [&](std::size_t k, std::uint64_t cls) { return stt.has_class(k, cls); };
    cur_toks = &toks;
    covered.assign(toks.size(), 0);
    const bool headline = s.role == SentenceRole::kHeadline;
    std::size_t first_word = 0;
    while (first_word < toks.size() && !toks[first_word].word) ++first_word;
    auto stop = [&](std::size_t k) { return word_is(k, wc.stop); };
    // Where a capital says nothing about names: the first word of the sentence, of a line (the
    // segmenter may join a line without a final stop to the next), or after an opening quote,
    // bracket, colon or dash.
    auto clause_start = [&](std::size_t k) {
      if (k <= first_word) return true;
      if (text.substr(toks[k - 1].span.end, toks[k].span.begin - toks[k - 1].span.end).find('\n') != std::string_view::npos)
        return true;
      if (toks[k - 1].word) return false;
      std::string_view p = toks[k - 1].text;
      return p == "\"" || p == "(" || p == "[" || p == ":" || p == "-" || p == "'" || p == "\xE2\x80\x9C" ||
             p == "\xE2\x80\x94" || p == "\xE2\x80\x93" || p == "\xE2\x80\x98";
    };

    std::string pending_office;       // office of a title just read
    std::string pending_country;      // country that qualifies that title
    std::size_t title_begin = 0;      // token where the title (or the country before it) starts
    std::size_t after_title = 0;      // token right after title (+country)
    bool have_title = false;
    bool appositive = false;          // the title follows a person: "Xi Jinping, Presiden Tiongkok"
    std::string pre_country;          // English country right before a title ("Russian President")
    std::size_t pre_country_begin = 0, pre_country_end = SIZE_MAX;
    std::size_t last_person = SIZE_MAX;  // index into res.mentions of the last person in this sentence
    std::size_t last_person_end = SIZE_MAX;

    auto mark_person = [&](std::size_t mention, std::size_t end_tok) {
      last_person = mention;
      last_person_end = end_tok;
    };
    // "title + country" with no name after it: the office holder on the date, or, as an
    // appositive, the office of the person just named.
    auto resolve_role = [&](std::size_t end_tok) {
      if (!have_title || pending_office.empty() || pending_country.empty() || end_tok != after_title) return;
      if (appositive && last_person != SIZE_MAX) {
        Mention& pm = res.mentions[last_person];
        if (pm.office.empty()) pm.office = pending_office;
        EntityRecord& r = res.entities[pm.entity_key];
        if (!r.from_gazetteer && r.roles.empty()) r.roles.push_back(RoleHeld{pending_office, pending_country, "", ""});
        return;
      }
      if (auto holder = gz.office_holder(pending_office, pending_country, published)) {
        ByteSpan span{toks[title_begin].span.begin, toks[end_tok - 1].span.end};
        std::size_t m = add_mention(s, span, *holder, EntityType::kPerson, "office", false);
        res.mentions[m].office = pending_office;
        person_seen(*holder);
        mark_person(m, end_tok);
      }
    };

    std::size_t i = 0;
    while (i < toks.size()) {
      const Token& t = toks[i];
      if (!t.word) {
        resolve_role(i);
        have_title = false;
        ++i;
        continue;
      }
      // 1. A title or role word ("Menteri Luar Negeri", "Presiden", "diplomat tertinggi").
      PhraseMatch tm = gz.match(stt, i, lang, PhraseKind::kTitle);
      PhraseMatch em = gz.match(stt, i, lang, PhraseKind::kEntity);
      PhraseMatch hm = gz.match(stt, i, lang, PhraseKind::kHead);
      if (tm.tokens > 0 && tm.tokens >= em.tokens && tm.tokens >= hm.tokens) {
        const TitleInfo& ti = gz.title(tm.payloads.front());
        have_title = true;
        pending_office = ti.office;
        pending_country.clear();
        title_begin = i;
        if (i == pre_country_end) {
          pending_country = pre_country;
          title_begin = pre_country_begin;
          if (!pending_office.empty()) st.office_country[pending_office] = pre_country;
        }
        // "Xi Jinping, Presiden Tiongkok", "To Lam, the Vietnamese president": the title describes
        // the person just named (a comma and an article may stand between).
        std::size_t k = title_begin;
        if (k > 0 && toks[k - 1].word && !toks[k - 1].upper && stop(k - 1) && k - 1 > 0 && toks[k - 2].text == ",") --k;
        if (k > 0 && toks[k - 1].text == ",") --k;
        appositive = last_person_end != SIZE_MAX && last_person_end == k;
        i += tm.tokens;
        after_title = i;
        continue;
      }
      // 2. A head noun that types the name after it ("Kementerian Luar Negeri Rusia", "Wilayah Kursk").
      if (hm.tokens > 0 && hm.tokens >= em.tokens) {
        const HeadInfo& h = gz.head(hm.payloads.front());
        std::size_t j = i + hm.tokens;
        std::size_t end = j;
        std::string country;
        std::string inner_key;
        EntityType inner_type = EntityType::kUnknown;
        std::size_t inner_len = 0;
        // "Front Populer untuk Pembebasan Palestina", "Council of Europe": a name particle that is no
        // coordinator ("dan" would join two names) reads on to the capitalised word after it.
        auto inner_particle = [&](std::size_t k) {
          return end > j && word_is(k, wc.particle) && !word_is(k, wc.coord) && toks[k].lower != "the" &&
                 k + 1 < toks.size() && toks[k + 1].word && toks[k + 1].upper;
        };
        while (end < toks.size() && toks[end].word && (toks[end].upper || toks[end].digit || inner_particle(end)) &&
               !(end > j && (line_break_before(text, stt, end) || tagger_starts_person(stt, end)))) {
          PhraseMatch inner = gz.match(stt, end, lang, PhraseKind::kEntity);
          if (inner.tokens > 0) {
            const auto& e = gz.entry(inner.payloads.front());
            if (e.type == EntityType::kCountry) country = e.key;
            if (end == j) {
              inner_key = e.key;
              inner_type = e.type;
              inner_len = inner.tokens;
            }
            end += inner.tokens;
          } else if (gz.match(stt, end, lang, PhraseKind::kTitle).tokens > 0) {
            break;  // a title starts the next phrase ("Pasukan Rusia Presiden ...")
          } else {
            ++end;
          }
        }
        ByteSpan span = end > j ? name_span(toks, i, end - i) : name_span(toks, i, j - i);
        if (!h.office.empty() && !(end == j && em.tokens == hm.tokens)) {
          // (A bare head that is itself a gazetteer name, "Kemlu", is read as that name below.)
          if (country.empty()) {
            auto it = st.office_country.find(h.office);
            if (st.home_offices.count(h.office)) country = home;
            else if (it != st.office_country.end()) country = it->second;
          }
          if (!country.empty()) {
            add_mention(s, span, ministry_key(h, country), EntityType::kOrganization, "head");
            i = std::max(end, j);
            continue;
          }
        } else if (end > j) {
          bool whole = inner_len == end - j && !inner_key.empty();
          if (whole && inner_type == h.type) {
            add_mention(s, span, inner_key, inner_type, "head");  // "Wilayah Kursk" is Kursk
          } else if (whole && h.state && inner_type == EntityType::kCountry) {
            // "Pasukan Ukraina", "Pemerintah Rusia": an organ of the state acting for it.
            res.mentions[add_mention(s, span, inner_key, EntityType::kCountry, "head", false)].metonym = true;
          } else if (headline || (end - j == 1 && inner_key.empty() && !gz.by_short_form(base_fold(toks[j], folded[j])).empty())) {
            // "Pemerintah Kim": a family name after the head; the name is read on its own below.
            // In headline case every word is capitalised, so the head cannot tell where a name ends.
            i = j;
            continue;
          } else {
            std::string surface(slice(text, span));
            // "Komite Palang Merah Internasional (ICRC)": the gazetteer knows the short form.
            const std::string known = bracketed_gazetteer_name(gz, stt, end, lang, h.type);
            add_mention(s, span, known.empty() ? "name:" + slug(surface) : known, h.type, "head");
          }
          i = end;
          continue;
        }
      }
      // 3. A gazetteer name.
      if (em.tokens > 0) {
        std::vector<std::uint32_t> cands = em.payloads;
        std::stable_sort(cands.begin(), cands.end(), [&](std::uint32_t a, std::uint32_t b) {
          return type_rank(gz.entry(a).type) < type_rank(gz.entry(b).type);
        });
        const GazetteerEntry& e = gz.entry(cands.front());
        ByteSpan span = name_span(toks, i, em.tokens);
        std::size_t next = i + em.tokens;
        std::string key = e.key;
        EntityType type = e.type;
        bool metonym = false;
        if (!e.metonym_of.empty() && e.type == EntityType::kLocation) {
          bool after_prep = i > 0 && (word_is(i - 1, wc.loc_prep) || word_is(i - 1, wc.dir_prep) ||
                                      word_is(i - 1, wc.place_noun));
          // A capital addressed or opposed ("kepada Pyongyang", "terhadap Moskow") is the state.
          // (English "to Moscow" is mostly a destination, so Indonesian only.)
          bool addressed = i > 0 && lang != Language::kEnglish &&
                           (word_is(i - 1, wc.to_prep) || word_is(i - 1, wc.about_prep));
          bool acts = next < toks.size() && looks_like_verb(toks[next], lang, headline);
          // "Washington dan Seoul menggelar ...": both subjects of the verb act.
          if (!acts && next + 1 < toks.size() && word_is(next, wc.coord)) {
            PhraseMatch m2 = gz.match(stt, next + 1, lang, PhraseKind::kEntity);
            if (m2.tokens > 0) {
              const auto& e2 = gz.entry(m2.payloads.front());
              std::size_t after2 = next + 1 + m2.tokens;
              acts = (!e2.metonym_of.empty() || e2.type == EntityType::kCountry) && after2 < toks.size() &&
                     looks_like_verb(toks[after2], lang, headline);
            }
          }
          // "kata Seoul", "according to Moscow": the speech word may be two words long.
          bool speaker = (i > 0 && word_is(i - 1, wc.speech_inv)) ||
                         (i > 1 && toks[i - 2].word && gz.is_word(folded[i - 2] + " " + folded[i - 1], lang, "speech_inv"));
          if (speaker) after_prep = false;
          // The agent of a passive ("yang diambil Moskow", "oleh Moskow", "by Moscow") acts too.
          bool agent = i > 0 && (word_is(i - 1, wc.by_prep) ||
                                 (lang != Language::kEnglish && toks[i - 1].word && !toks[i - 1].upper &&
                                  toks[i - 1].lower.size() > 5 && toks[i - 1].lower.compare(0, 2, "di") == 0));
          // "Pyongyang's missile tests", "the Kremlin's position": what a capital owns, its state owns.
          bool owner = is_possessive(toks[next - 1]);
          // After a locative the capital is the place, whatever verb follows ("Talks in Beijing ended").
          if (!after_prep && (acts || speaker || agent || addressed || owner) && gz.find_key(e.metonym_of)) {
            key = e.metonym_of;
            type = EntityType::kCountry;
            metonym = true;
          }
        }
        if (have_title && e.type == EntityType::kCountry && pending_country.empty() && i == after_title) {
          // "Menteri Luar Negeri Rusia ..." : the country qualifies the title.
          pending_country = e.key;
          if (!pending_office.empty()) st.office_country[pending_office] = e.key;
          res.mentions[add_mention(s, span, key, type, "gazetteer")].modifier = true;
          after_title = next;
          i = next;
          continue;
        }
        if (have_title && e.type == EntityType::kOrganization && i == after_title && next < toks.size() &&
            toks[next].word && toks[next].upper) {
          // "juru bicara Kemlu RI Roy Soemirat", "NATO Secretary General ..." is the other order:
          // an organisation between a title and a name qualifies the title.
          if (pending_country.empty() && !e.metonym_of.empty()) pending_country = e.metonym_of;
          res.mentions[add_mention(s, span, key, type, "gazetteer")].modifier = true;
          after_title = next;
          i = next;
          continue;
        }
        if (lang == Language::kEnglish && e.type == EntityType::kCountry && !metonym) {
          // "Iranian Foreign Ministry": a country in front of a ministry head names the ministry.
          PhraseMatch h2 = gz.match(stt, next, lang, PhraseKind::kHead);
          if (h2.tokens > 0 && !gz.head(h2.payloads.front()).office.empty() &&
              h2.tokens >= gz.match(stt, next, lang, PhraseKind::kEntity).tokens) {
            const HeadInfo& h = gz.head(h2.payloads.front());
            add_mention(s, name_span(toks, i, em.tokens + h2.tokens), ministry_key(h, e.key), EntityType::kOrganization, "head");
            have_title = false;
            i = next + h2.tokens;
            continue;
          }
          // "Russian President ...", "Russia's foreign minister ...": the country qualifies the title.
          PhraseMatch t2 = gz.match(stt, next, lang, PhraseKind::kTitle);
          if (t2.tokens > 0) {
            pre_country = e.key;
            pre_country_begin = i;
            pre_country_end = next;
            res.mentions[add_mention(s, span, key, type, "gazetteer")].modifier = true;
            have_title = false;
            i = next;
            continue;
          }
        }
        // "Sumy region", "Crimea peninsula": a place head after a place name belongs to it.
        std::size_t name_end = next;
        if (e.type == EntityType::kLocation && !metonym && !is_possessive(toks[next - 1])) {
          PhraseMatch ph = gz.match(stt, next, lang, PhraseKind::kPostHead);
          if (ph.tokens > 0 && gz.head(ph.payloads.front()).type == EntityType::kLocation) {
            name_end = next + ph.tokens;
            span = name_span(toks, i, name_end - i);
          }
        }
        // An organisation named inside a longer one ("Dewan Menteri Luar Negeri *Organisasi
        // Kerjasama Shanghai*", "Dewan Keamanan *PBB*", "*UN* Security Council") is mentioned too,
        // as a modifier.
        std::vector<std::pair<ByteSpan, std::uint32_t>> nested;
        if (em.tokens > 1 && e.type == EntityType::kOrganization) {
          for (std::size_t k = i; k < next; ++k) {
            std::size_t limit = k == i ? em.tokens - 1 : next - k;
            PhraseMatch inner = gz.match(stt, k, lang, PhraseKind::kEntity, limit);
            if (inner.tokens == 0) continue;
            const auto& ie = gz.entry(inner.payloads.front());
            if (ie.type != EntityType::kOrganization || ie.key == e.key) continue;
            // "Kemlu Rusia": a generic ministry word qualified by a country names that country's
            // ministry, not the home one the bare word stands for.
            if (qualified_by_country(gz, stt, k + inner.tokens, next, lang)) continue;
            nested.emplace_back(name_span(toks, k, inner.tokens), inner.payloads.front());
            k += inner.tokens - 1;
          }
        }
        std::size_t mi = add_mention(s, span, key, type, metonym ? "metonym" : "gazetteer", !metonym);
        res.mentions[mi].metonym = metonym;
        if (have_title && type == EntityType::kPerson && i == after_title) res.mentions[mi].office = pending_office;
        for (const auto& [nspan, nidx] : nested)
          res.mentions[add_mention(s, nspan, gz.entry(nidx).key, EntityType::kOrganization, "nested")].modifier = true;
        if (e.type == EntityType::kPerson) {
          person_seen(e.key);
          mark_person(mi, name_end);
        }
        have_title = false;
        i = name_end;
        continue;
      }
      // 4. A capitalised word that is not in the gazetteer.
      if (t.upper) {
        const std::string f = base_fold(t, folded[i]);
        const bool titled = have_title && i == after_title;
        // 4a. a person outside the gazetteer named in full again ("Ardi Wicaksono ... Ardi Wicaksono").
        if (!headline) {
          std::string again;
          std::size_t again_len = 0;
          for (auto it = st.persons.rbegin(); it != st.persons.rend() && again.empty(); ++it) {
            if (gz.find_key(*it)) continue;
            std::string name = fold(res.entities[*it].name);
            std::string joined;
            for (std::size_t n = 1; n <= 5 && i + n <= toks.size() && toks[i + n - 1].word; ++n) {
              joined += (n > 1 ? " " : "") + base_fold(toks[i + n - 1], folded[i + n - 1]);
              if (n > 1 && joined == name) {
                again = *it;
                again_len = n;
              }
            }
          }
          if (!again.empty()) {
            std::size_t m = add_mention(s, name_span(toks, i, again_len), again, EntityType::kPerson, "title");
            if (titled) res.mentions[m].office = pending_office;
            person_seen(again);
            mark_person(m, i + again_len);
            have_title = false;
            i += again_len;
            continue;
          }
        }
        // 4b. a short form. Not a month or a day ("in May", "May 5"), and not the family name of
        // someone else ("Hunter Biden" is not Joe Biden).
        bool time_like = gz.is_word(f, lang, "calendar") &&
                         ((i > 0 && (word_is(i - 1, wc.time_prep) || word_is(i - 1, wc.loc_prep) ||
                                     toks[i - 1].digit)) ||
                          (i + 1 < toks.size() && toks[i + 1].digit));
        bool known_form = !gz.by_short_form(f).empty();
        for (const auto& p : st.persons) known_form = known_form || doc_person_has_form(p, f);
        if (!time_like && known_form) {
          // The guard needs a Western-order family name ("Biden" of Joe Biden): a word in front of a
          // Korean family name or of an Indonesian given name ("Kabinet Prabowo") is no given name.
          auto family_last = [&](const std::string& key) {
            std::string name;
            if (auto idx = gz.find_key(key)) {
              if (gz.entry(*idx).family_name_first) return false;
              name = fold(gz.entry(*idx).name);
            } else {
              name = fold(res.entities[key].name);
            }
            auto atoms = split(name, ' ');
            return atoms.size() > 1 && atoms.back() == f && atoms.front() != f;
          };
          bool western = false;
          for (auto c : gz.by_short_form(f)) western = western || family_last(gz.entry(c).key);
          for (const auto& p : st.persons) western = western || (doc_person_has_form(p, f) && family_last(p));
          // Indonesian nouns in -an ("Pemerintahan Putin") and head nouns ("Rezim Putin") are not names.
          bool noun_like = i == 0 ||
                           (lang == Language::kIndonesian && toks[i - 1].lower.size() > 4 &&
                            toks[i - 1].lower.compare(toks[i - 1].lower.size() - 2, 2, "an") == 0) ||
                           gz.match(stt, i - 1, lang, PhraseKind::kHead).tokens > 0 ||
                           word_is(i - 1, wc.calendar);
          bool given_name_before = western && !noun_like && !headline && !titled && i > first_word && toks[i - 1].word &&
                                   toks[i - 1].upper && !article_word(toks[i - 1]) && !clause_start(i - 1) &&
                                   !toks[i - 1].caps && !covered[i - 1] &&
                                   !stop(i - 1) &&
                                   gz.match(stt, i - 1, lang, PhraseKind::kTitle).tokens == 0 &&
                                   !(i >= 2 && word_is(i - 2, wc.time_prep));
          if (given_name_before) {
            ByteSpan span = name_span(toks, i - 1, 2);
            std::string key = new_person(std::string(slice(text, span)));
            std::size_t m = add_mention(s, span, key, EntityType::kPerson, "name");
            person_seen(key);
            mark_person(m, i + 1);
            ++i;
            continue;
          }
          std::string found = resolve_short_form(f, titled ? pending_office : std::string(),
                                                  titled ? pending_country : std::string());
          if (!found.empty()) {
            // "Al Rashidi": the article written apart belongs to the family name.
            const bool article = i > first_word && article_word(toks[i - 1]) && !covered[i - 1];
            std::size_t m = add_mention(s, article ? name_span(toks, i - 1, 2) : name_span(toks, i, 1), found,
                                        EntityType::kPerson, "short-form");
            if (titled) res.mentions[m].office = pending_office;
            person_seen(found);
            mark_person(m, i + 1);
            have_title = false;
            ++i;
            continue;
          }
        }
        // 4c. a name after a title: "Menteri Luar Negeri Korea Utara Ryom Chol Su".
        if (!headline && titled) {
          std::size_t end = i, words = 0;
          while (end < toks.size() && !(end > i && line_break_before(text, stt, end))) {
            // "Sheikh Hamad bin Khalid Al-Fahad", "Abu Karim al-Rashidi"
            if (const std::size_t c = end > i ? name_continuation(stt, end) : 0) {
              end += c;
              continue;
            }
            if (++words > 4 || !toks[end].word || !toks[end].upper ||
                gz.match(stt, end, lang, PhraseKind::kEntity).tokens > 0 ||
                gz.match(stt, end, lang, PhraseKind::kTitle).tokens > 0)
              break;
            ++end;
            if (is_possessive(toks[end - 1])) break;
          }
          while (end > i && !toks[end - 1].upper && !glued_article_name(toks[end - 1])) --end;
          // A lone family name we could not resolve ("Presiden Kim" with two Kims) is nobody new.
          if (end > i && !(end - i == 1 && known_form)) {
            ByteSpan span = name_span(toks, i, end - i);
            std::string key = new_person(std::string(slice(text, span)));
            std::size_t m = add_mention(s, span, key, EntityType::kPerson, "title");
            res.mentions[m].office = pending_office;
            EntityRecord& r = res.entities[key];
            if (!pending_office.empty() && !pending_country.empty() && r.roles.empty())
              r.roles.push_back(RoleHeld{pending_office, pending_country, "", ""});
            person_seen(key);
            mark_person(m, end);
            have_title = false;
            i = end;
            continue;
          }
        }
        if (!headline && !titled && !stop(i)) {
          std::size_t end = i;
          while (end < toks.size() && end - i < 4 && toks[end].word && toks[end].upper && !toks[end].caps &&
                 !(end > i && line_break_before(text, stt, end)) &&
                 gz.match(stt, end, lang, PhraseKind::kEntity).tokens == 0 &&
                 gz.match(stt, end, lang, PhraseKind::kTitle).tokens == 0 && !stop(end))
            ++end;
          // 4d. a name followed by its title: "Sergei Orlovsky, Menlu Rusia, ..."
          if (end - i >= 2 && end + 1 < toks.size() && toks[end].text == ",") {
            PhraseMatch t2 = gz.match(stt, end + 1, lang, PhraseKind::kTitle);
            if (t2.tokens > 0 && gz.title(t2.payloads.front()).kind != "honorific") {
              ByteSpan span = name_span(toks, i, end - i);
              std::string key = new_person(std::string(slice(text, span)));
              std::size_t m = add_mention(s, span, key, EntityType::kPerson, "title");
              person_seen(key);
              mark_person(m, end);
              have_title = false;
              i = end;
              continue;
            }
          }
          // 4e. a name followed by a place head: "the Koryakino region"; capitalised, the head
          // is the run's last word: "Soekarno-Hatta International Airport".
          std::size_t at = end;
          if (end > i + 1 && gz.match(stt, end - 1, lang, PhraseKind::kPostHead, 1).tokens == 1) at = end - 1;
          if (at > i && at <= i + 3) {
            PhraseMatch ph = gz.match(stt, at, lang, PhraseKind::kPostHead);
            end = at;
            if (ph.tokens > 0) {
              ByteSpan span = name_span(toks, i, end - i + ph.tokens);
              add_mention(s, span, "name:" + slug(slice(text, span)), gz.head(ph.payloads.front()).type, "head");
              have_title = false;
              i = end + ph.tokens;
              continue;
            }
          }
        }
      }
      // 5. A title (+ country) with no name: the office holder on that date ("Menlu Rusia").
      resolve_role(i);
      have_title = false;
      ++i;
    }
    // End of sentence: a dangling "title + country" is a role reference too.
    resolve_role(toks.size());
  }
  cur_toks = nullptr;
  // Countries directly in front of a person (or a person after "dari X,") are modifiers.
  for (std::size_t k = 0; k + 1 < res.mentions.size(); ++k) {
    Mention& a = res.mentions[k];
    const Mention& b = res.mentions[k + 1];
    if (a.sentence != b.sentence || a.type != EntityType::kCountry || b.type != EntityType::kPerson) continue;
    if (b.span.begin < a.span.end) continue;
    std::string_view between = trim(text.substr(a.span.end, b.span.begin - a.span.end));
    if (between.empty() || between == ",") a.modifier = true;
  }
  for (auto& [key, r] : res.entities) std::sort(r.aliases.begin(), r.aliases.end());
  return res;
}

}  // namespace kronik
