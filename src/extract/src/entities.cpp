// Entity recognition. The scan is left to right, one sentence at a time, with a little document
// state (persons already named, the country of each office last mentioned) so that short forms
// and bare role words resolve the way a reader resolves them.
#include "kronik/extract/entities.h"

#include <algorithm>
#include <set>

#include "kronik/core/text.h"
#include "kronik/extract/clean.h"

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
bool looks_like_verb(const Token& t, Language lang) {
  if (!t.word || t.upper || t.digit) return false;
  const std::string& w = t.lower;
  if (lang == Language::kEnglish) {
    auto ends = [&](std::string_view s) { return w.size() > s.size() + 2 && w.compare(w.size() - s.size(), s.size(), s) == 0; };
    return ends("ed") || ends("s") || w == "says" || w == "said" || w == "sent" || w == "has" || w == "will";
  }
  for (std::string_view p : {"mem", "men", "meng", "meny", "me", "ber", "di", "ter"})
    if (w.size() > p.size() + 3 && w.compare(0, p.size(), p) == 0) return true;
  return w == "akan" || w == "telah" || w == "sudah" || w == "juga" || w == "kirim" || w == "tepis" || w == "tuding";
}

struct DocState {
  std::vector<std::string> persons;                 // keys of persons named in full, in order
  std::map<std::string, std::string> office_country;  // office -> country key last seen with it
};

}  // namespace

EntityResult EntityRecognizer::recognize(std::string_view text, const std::vector<Sentence>& sentences, Language lang,
                                         const TimeValue& published) const {
  const Gazetteer& gz = *gz_;
  EntityResult res;
  DocState st;

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
    }
    return res.entities.emplace(key, std::move(r)).first->second;
  };
  auto add_mention = [&](const Sentence& s, ByteSpan span, const std::string& key, EntityType type, const char* via,
                         bool alias_surface = true) -> Mention& {
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
    res.mentions.push_back(std::move(m));
    return res.mentions.back();
  };
  auto person_seen = [&](const std::string& key) {
    st.persons.erase(std::remove(st.persons.begin(), st.persons.end(), key), st.persons.end());
    st.persons.push_back(key);
    for (const auto& o : gz.offices_of(key))
      if (gz.in_office(key, published)) st.office_country[o.office] = o.country;
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

  for (const Sentence& s : sentences) {
    auto toks = tokenize(text, s.span);
    auto folded = Gazetteer::fold_tokens(toks);
    const bool headline = s.role == SentenceRole::kHeadline;
    std::string pending_office;       // office of a title just read
    std::string pending_country;      // country named right after that title
    std::size_t title_begin = 0;      // token where the pending title started
    std::size_t after_title = 0;      // token right after title (+country)
    bool have_title = false;
    std::size_t i = 0;
    while (i < toks.size()) {
      const Token& t = toks[i];
      if (!t.word) {
        have_title = false;
        ++i;
        continue;
      }
      // 1. A title or role word ("Menteri Luar Negeri", "Presiden", "diplomat tertinggi").
      PhraseMatch tm = gz.match(toks, folded, i, lang, PhraseKind::kTitle);
      PhraseMatch em = gz.match(toks, folded, i, lang, PhraseKind::kEntity);
      PhraseMatch hm = gz.match(toks, folded, i, lang, PhraseKind::kHead);
      if (tm.tokens > 0 && tm.tokens >= em.tokens && tm.tokens >= hm.tokens) {
        const TitleInfo& ti = gz.title(tm.payloads.front());
        have_title = true;
        pending_office = ti.office;
        pending_country.clear();
        title_begin = i;
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
        while (end < toks.size() && toks[end].word && (toks[end].upper || toks[end].digit)) {
          PhraseMatch inner = gz.match(toks, folded, end, lang, PhraseKind::kEntity);
          if (inner.tokens > 0) {
            const auto& e = gz.entry(inner.payloads.front());
            if (e.type == EntityType::kCountry) country = e.key;
            if (end == j) {
              inner_key = e.key;
              inner_type = e.type;
              inner_len = inner.tokens;
            }
            end += inner.tokens;
          } else if (gz.match(toks, folded, end, lang, PhraseKind::kTitle).tokens > 0) {
            break;  // "Kementerian Luar Negeri Rusia Sergey Lavrov" never happens, but a title ends a name
          } else {
            ++end;
          }
        }
        ByteSpan span{toks[i].span.begin, toks[end - 1 < i ? i : end - 1].span.end};
        if (end == j) span.end = toks[j - 1].span.end;
        if (!h.office.empty()) {
          if (country.empty()) {
            auto it = st.office_country.find(h.office);
            if (it != st.office_country.end()) country = it->second;
          }
          if (!country.empty()) {
            add_mention(s, span, ministry_key(h, country), EntityType::kOrganization, "head");
            i = std::max(end, j);
            continue;
          }
        } else if (end > j) {
          if (inner_len == end - j && !inner_key.empty() &&
              (inner_type == h.type || (h.type == EntityType::kLocation && inner_type == EntityType::kLocation))) {
            add_mention(s, span, inner_key, inner_type, "head");  // "Wilayah Kursk" is Kursk
          } else if (!(headline && end - j == 1 && inner_key.empty())) {
            std::string surface(slice(text, span));
            add_mention(s, span, "name:" + slug(surface), h.type, "head");
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
        ByteSpan span{toks[i].span.begin, toks[i + em.tokens - 1].span.end};
        std::size_t next = i + em.tokens;
        std::string key = e.key;
        EntityType type = e.type;
        bool metonym = false;
        if (!e.metonym_of.empty() && e.type == EntityType::kLocation) {
          bool after_prep = i > 0 && (gz.is_word(folded[i - 1], lang, "loc_prep") || gz.is_word(folded[i - 1], lang, "dir_prep") ||
                                      gz.is_word(folded[i - 1], lang, "place_noun"));
          // A capital addressed or opposed ("kepada Pyongyang", "terhadap Moskow") is the state.
          // (English "to Moscow" is mostly a destination, so Indonesian only.)
          bool addressed = i > 0 && lang != Language::kEnglish &&
                           (gz.is_word(folded[i - 1], lang, "to_prep") || gz.is_word(folded[i - 1], lang, "about_prep"));
          bool acts = next < toks.size() && looks_like_verb(toks[next], lang);
          bool speaker = i > 0 && gz.is_word(folded[i - 1], lang, "speech_inv");
          // The agent of a passive ("yang diambil Moskow", "oleh Moskow", "by Moscow") acts too.
          bool agent = i > 0 && (gz.is_word(folded[i - 1], lang, "by_prep") ||
                                 (lang != Language::kEnglish && toks[i - 1].word && !toks[i - 1].upper &&
                                  toks[i - 1].lower.size() > 5 && toks[i - 1].lower.compare(0, 2, "di") == 0));
          if ((!after_prep || acts) && (acts || speaker || agent || addressed) && gz.find_key(e.metonym_of)) {
            key = e.metonym_of;
            type = EntityType::kCountry;
            metonym = true;
          }
        }
        if (have_title && e.type == EntityType::kCountry && pending_country.empty() && i == after_title) {
          // "Menteri Luar Negeri Rusia ..." : the country qualifies the title.
          pending_country = e.key;
          if (!pending_office.empty()) st.office_country[pending_office] = e.key;
          Mention& m = add_mention(s, span, key, type, "gazetteer");
          m.modifier = true;
          after_title = next;
          i = next;
          continue;
        }
        // An organisation named inside a longer one ("Dewan Menteri Luar Negeri *Organisasi
        // Kerjasama Shanghai*", "Dewan Keamanan *PBB*") is mentioned too, as a modifier.
        std::vector<std::pair<ByteSpan, std::uint32_t>> nested;
        if (em.tokens > 1 && e.type == EntityType::kOrganization) {
          for (std::size_t k = i + 1; k < next; ++k) {
            PhraseMatch inner = gz.match(toks, folded, k, lang, PhraseKind::kEntity);
            if (inner.tokens == 0 || k + inner.tokens > next) continue;
            const auto& ie = gz.entry(inner.payloads.front());
            if (ie.type != EntityType::kOrganization) continue;
            nested.emplace_back(ByteSpan{toks[k].span.begin, toks[k + inner.tokens - 1].span.end}, inner.payloads.front());
            k += inner.tokens - 1;
          }
        }
        Mention& m = add_mention(s, span, key, type, metonym ? "metonym" : "gazetteer", !metonym);
        m.metonym = metonym;
        for (const auto& [nspan, nidx] : nested) {
          Mention& nm = add_mention(s, nspan, gz.entry(nidx).key, EntityType::kOrganization, "nested");
          nm.modifier = true;
        }
        if (have_title && type == EntityType::kPerson) m.office = pending_office;
        if (e.type == EntityType::kPerson) person_seen(e.key);
        // A country directly followed by a person ("Korea Utara Kim Jong Un", "Korea Utara, Choe")
        // qualifies them; the event stage then skips it.
        have_title = false;
        i = next;
        continue;
      }
      // 4. A capitalised word that is not in the gazetteer.
      if (t.upper && !headline) {
        // 4a. short form of a person named earlier in this document, else of the one person in office.
        std::string f = folded[i];
        std::string found;
        for (auto it = st.persons.rbegin(); it != st.persons.rend() && found.empty(); ++it) {
          if (auto idx = gz.find_key(*it)) {
            if (gz.short_form(*idx) == f) found = *it;
          } else {
            auto atoms = split(fold(res.entities[*it].name), ' ');
            if (!atoms.empty() && (atoms.back() == f || atoms.front() == f)) found = *it;
          }
        }
        if (found.empty()) {
          std::vector<std::uint32_t> cands;
          for (auto c : gz.by_short_form(f))
            if (gz.in_office(gz.entry(c).key, published)) cands.push_back(c);
          if (cands.size() == 1) found = gz.entry(cands.front()).key;
        }
        if (!found.empty()) {
          Mention& m = add_mention(s, toks[i].span, found, EntityType::kPerson, "short-form");
          if (have_title) m.office = pending_office;
          person_seen(found);
          have_title = false;
          ++i;
          continue;
        }
        // 4b. a name after a title: "Menteri Luar Negeri Korea Utara Choe Son Hui".
        if (have_title && i == after_title) {
          std::size_t end = i;
          while (end < toks.size() && end - i < 4 && toks[end].word && toks[end].upper &&
                 gz.match(toks, folded, end, lang, PhraseKind::kEntity).tokens == 0 &&
                 gz.match(toks, folded, end, lang, PhraseKind::kTitle).tokens == 0)
            ++end;
          ByteSpan span{toks[i].span.begin, toks[end - 1].span.end};
          std::string surface(slice(text, span));
          // Merge with a person already named with the same words (a second mention in full).
          std::string key = "person:" + slug(surface);
          for (const auto& p : st.persons)
            if (fold(res.entities[p].name) == fold(surface)) key = p;
          Mention& m = add_mention(s, span, key, EntityType::kPerson, "title");
          m.office = pending_office;
          EntityRecord& r = res.entities[key];
          if (!pending_office.empty() && !pending_country.empty() && r.roles.empty())
            r.roles.push_back(RoleHeld{pending_office, pending_country, "", ""});
          person_seen(key);
          have_title = false;
          i = end;
          continue;
        }
      }
      // 5. A title (+ country) with no name: the office holder on that date ("Menlu Rusia").
      if (have_title && !pending_office.empty() && !pending_country.empty() && i == after_title) {
        if (auto holder = gz.office_holder(pending_office, pending_country, published)) {
          ByteSpan span{toks[title_begin].span.begin, toks[i - 1].span.end};
          add_mention(s, span, *holder, EntityType::kPerson, "office", false).office = pending_office;
          person_seen(*holder);
        }
      }
      have_title = false;
      ++i;
    }
    // End of sentence: a dangling "title + country" is a role reference too.
    if (have_title && !pending_office.empty() && !pending_country.empty() && after_title == toks.size()) {
      if (auto holder = gz.office_holder(pending_office, pending_country, published)) {
        ByteSpan span{toks[title_begin].span.begin, toks.back().span.end};
        add_mention(s, span, *holder, EntityType::kPerson, "office", false).office = pending_office;
        person_seen(*holder);
      }
    }
  }
  // Countries directly in front of a person (or a person after "dari X,") are modifiers.
  for (std::size_t k = 0; k + 1 < res.mentions.size(); ++k) {
    Mention& a = res.mentions[k];
    const Mention& b = res.mentions[k + 1];
    if (a.sentence != b.sentence || a.type != EntityType::kCountry || b.type != EntityType::kPerson) continue;
    std::string_view between = trim(text.substr(a.span.end, b.span.begin - a.span.end));
    if (between.empty() || between == ",") a.modifier = true;
  }
  for (auto& [key, r] : res.entities) std::sort(r.aliases.begin(), r.aliases.end());
  return res;
}

}  // namespace kronik
