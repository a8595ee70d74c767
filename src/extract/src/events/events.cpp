// Dictionary-based event coding. For each sentence: find trigger phrases from the lexicon, then
// fill the frame's slots from the entity mentions around the trigger, the way TABARI/PETRARCH
// place actors and targets around a verb pattern, with a few Indonesian-specific rules (dropped
// subjects carried over, "-nya" objects, passive di- verbs, "kata X" inversions).
#include "kronik/extract/events/events.h"

#include <libstemmer.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cctype>
#include <cmath>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

#include "kronik/core/text.h"
#include "kronik/extract/text/clean.h"
#include "kronik/extract/text/tokens.h"
#include "lexicon/tsv.h"

namespace kronik {

// ---------------------------------------------------------------------------------------------
// Lexicon

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

namespace {

const char* stemmer_name(Language l) { return l == Language::kEnglish ? "english" : "indonesian"; }

// libstemmer objects are not thread-safe: one per thread and language.
std::string stem(std::string_view word, Language lang) {
  struct Holder {
    sb_stemmer* s[3] = {nullptr, nullptr, nullptr};
    std::unordered_map<std::string, std::string> cache[3];
    ~Holder() {
      for (auto* p : s)
        if (p) sb_stemmer_delete(p);
    }
  };
  thread_local Holder h;
  int li = static_cast<int>(lang);
  if (li == 0) li = 1;
  auto& cache = h.cache[li];
  std::string key(word);
  auto it = cache.find(key);
  if (it != cache.end()) return it->second;
  if (!h.s[li]) h.s[li] = sb_stemmer_new(stemmer_name(static_cast<Language>(li)), "UTF_8");
  std::string out = key;
  if (h.s[li]) {
    const sb_symbol* r = sb_stemmer_stem(h.s[li], reinterpret_cast<const sb_symbol*>(key.data()), static_cast<int>(key.size()));
    if (r) out.assign(reinterpret_cast<const char*>(r), static_cast<std::size_t>(sb_stemmer_length(h.s[li])));
  }
  // Indonesian: the stemmer leaves "-nya" on some words and strips too much from short ones; keep
  // at least three letters so "di" / "ke" never collapse into something else.
  if (out.size() < 3) out = key;
  if (cache.size() > 200000) cache.clear();
  cache.emplace(key, out);
  return out;
}

bool ends_with(std::string_view w, std::string_view suf) {
  return w.size() >= suf.size() && w.compare(w.size() - suf.size(), suf.size(), suf) == 0;
}
bool starts_with(std::string_view w, std::string_view pre) { return w.compare(0, pre.size(), pre) == 0; }
bool is_vowel(char ch) { return ch == 'a' || ch == 'e' || ch == 'i' || ch == 'o' || ch == 'u'; }

// Indonesian voice-insensitive forms of a word. The Snowball Indonesian stemmer both over-reaches
// (menemukan "find" ~ menemui "meet", pendukung "supporter" ~ mendukung "support") and misses
// pairs (menuduh -> "uduh" but dituduh -> "tuduh"), so Indonesian triggers match on these forms
// instead: the particles -lah/-kah/-pun and the possessive -nya are dropped, and the active meN-
// and passive di- prefixes are undone with the nasal assimilation rules (meny+V -> s+V, men+V
// -> t+V, mem+V -> p+V, meng+V -> V or k+V). Derivational affixes (ber-, per-, peN-, -kan, -an,
// -i) are kept, because they change the meaning (menemui "meet" vs menemukan "find"); the
// lexicon lists such forms itself. Results shorter than four letters are dropped.
std::vector<std::string> id_forms(const std::string& w) {
  std::vector<std::string> bases = {w};
  for (std::string_view p : {"lah", "kah", "pun"})
    if (ends_with(w, p) && w.size() >= p.size() + 5) bases.push_back(w.substr(0, w.size() - p.size()));
  for (std::size_t i = 0, n = bases.size(); i < n; ++i)
    if (ends_with(bases[i], "nya") && bases[i].size() >= 7) bases.push_back(bases[i].substr(0, bases[i].size() - 3));
  std::vector<std::string> out;
  auto add = [&](std::string x) {
    if (x.size() >= 4 && std::find(out.begin(), out.end(), x) == out.end()) out.push_back(std::move(x));
  };
  for (const std::string& b : bases) {
    add(b);
    if (starts_with(b, "di") && b.size() >= 6) add(b.substr(2));
    if (starts_with(b, "meny") && b.size() > 5 && is_vowel(b[4])) add("s" + b.substr(4));
    if (starts_with(b, "meng") && b.size() > 5) {
      if (is_vowel(b[4])) {
        add(b.substr(4));
        add("k" + b.substr(4));
      } else if (b[4] == 'g' || b[4] == 'h' || b[4] == 'k') {
        add(b.substr(4));
      }
    } else if (starts_with(b, "men") && b.size() > 4 && !starts_with(b, "meny")) {
      if (is_vowel(b[3])) add("t" + b.substr(3));
      else if (b[3] == 'c' || b[3] == 'd' || b[3] == 'j' || b[3] == 'z' || b[3] == 's') add(b.substr(3));
    } else if (starts_with(b, "mem") && b.size() > 4) {
      if (is_vowel(b[3])) add("p" + b.substr(3));
      else if (b[3] == 'b' || b[3] == 'p' || b[3] == 'f' || b[3] == 'v') add(b.substr(3));
    }
    if (starts_with(b, "me") && b.size() > 4 && (b[2] == 'l' || b[2] == 'r' || b[2] == 'w' || b[2] == 'y' || b[2] == 'm' || b[2] == 'n'))
      add(b.substr(2));
  }
  return out;
}

// Match keys of a word: Indonesian voice-insensitive forms ("^" prefix), English Snowball stems
// ("~" prefix). Two words match when they share a key.
std::vector<std::string> match_keys(const std::string& w, Language lang) {
  std::vector<std::string> r;
  if (lang == Language::kEnglish) {
    r.push_back("~" + stem(w, lang));
  } else {
    for (auto& f : id_forms(w)) r.push_back("^" + f);
  }
  return r;
}

// What the trigger search needs of a word: its match_keys() and the lexicon entries indexed
// under the word or one of its keys (sorted, unique).
struct WordKeys {
  std::vector<std::string> keys;
  std::vector<std::uint32_t> candidates;
};

// WordKeys of the words of a text, remembered per thread across documents (news repeats its
// words) for one lexicon. Entries stay put until start(), which callers run only between documents.
class WordKeyCache {
 public:
  static WordKeyCache& local() {
    thread_local WordKeyCache cache;
    return cache;
  }
  void start(const EventLexicon::Impl& lexicon) {
    if (serial_ != lexicon.serial) {
      for (auto& m : by_lang_) m.clear();
      serial_ = lexicon.serial;
    }
    for (auto& m : by_lang_)
      if (m.size() > 200000) m.clear();
  }
  const WordKeys& get(const std::string& lower_word, Language lang, const EventLexicon::Impl& lexicon) {
    const int li = lang == Language::kEnglish ? 2 : 1;
    auto& m = by_lang_[li - 1];
    auto it = m.find(lower_word);
    if (it != m.end()) return it->second;
    WordKeys w;
    w.keys = match_keys(lower_word, lang);
    auto add = [&](const std::string& key) {
      auto found = lexicon.index[li].find(key);
      if (found != lexicon.index[li].end()) w.candidates.insert(w.candidates.end(), found->second.begin(), found->second.end());
    };
    add(lower_word);
    for (const auto& key : w.keys) add(key);
    std::sort(w.candidates.begin(), w.candidates.end());
    w.candidates.erase(std::unique(w.candidates.begin(), w.candidates.end()), w.candidates.end());
    return m.emplace(lower_word, std::move(w)).first->second;
  }

 private:
  std::uint64_t serial_ = 0;
  std::unordered_map<std::string, WordKeys> by_lang_[2];
};

bool share_key(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  for (const auto& x : a)
    for (const auto& y : b)
      if (x == y) return true;
  return false;
}

Frame frame_from(std::string_view s, bool& ok) {
  ok = true;
  if (s == "meet") return Frame::kMeet;
  if (s == "visit") return Frame::kVisit;
  if (s == "arrive") return Frame::kArrive;
  if (s == "host") return Frame::kHost;
  if (s == "act") return Frame::kAct;
  if (s == "speech") return Frame::kSpeech;
  if (s == "report") return Frame::kReport;
  if (s == "passive") return Frame::kPassive;
  if (s == "deny") return Frame::kDeny;
  if (s == "cause") return Frame::kCause;
  ok = false;
  return Frame::kAct;
}

int quad_of_root(int root) {
  if (root <= 5) return 1;
  if (root <= 8) return 2;
  if (root <= 13) return 3;
  return 4;
}

}  // namespace

EventLexicon::EventLexicon() : impl_(std::make_unique<Impl>()) {
  static std::atomic<std::uint64_t> next_serial{1};
  impl_->serial = next_serial++;
}
EventLexicon::~EventLexicon() = default;

Result<std::shared_ptr<const EventLexicon>> EventLexicon::load(const std::string& data_dir) {
  std::shared_ptr<EventLexicon> lex(new EventLexicon());
  Impl& im = *lex->impl_;
  std::string cameo_file = data_dir + "/common/cameo.tsv";
  Status st = detail::read_tsv(cameo_file, "code", [&](const std::vector<std::string_view>& c, std::size_t) -> std::string {
    if (c.size() < 5) return "expected code type name quad_class goldstein";
    CameoInfo ci;
    ci.code = std::string(trim(c[0]));
    ci.type = std::string(trim(c[1]));
    ci.name = std::string(trim(c[2]));
    ci.quad_class = std::atoi(std::string(c[3]).c_str());
    ci.goldstein = std::atof(std::string(c[4]).c_str());
    im.cameo[ci.code] = ci;
    return {};
  });
  if (!st) return st.error();
  for (Language lang : {Language::kIndonesian, Language::kEnglish}) {
    std::string f = data_dir + "/" + language_code(lang) + "/events.tsv";
    if (!detail::file_exists(f)) continue;
    st = detail::read_tsv(f, "pattern", [&](const std::vector<std::string_view>& c, std::size_t) -> std::string {
      if (c.size() < 4) return "expected pattern cameo frame form [requires]";
      Entry e;
      e.lang = lang;
      e.cameo = std::string(trim(c[1]));
      if (!im.cameo.count(e.cameo)) return "CAMEO code '" + e.cameo + "' is not in common/cameo.tsv";
      bool ok = false;
      e.frame = frame_from(trim(c[2]), ok);
      if (!ok) return "unknown frame '" + std::string(c[2]) + "'";
      for (auto w : split(trim(c[0]), ' ')) {
        if (w.empty()) continue;
        std::string word = lower(w);
        e.words.push_back(word);
        e.keys.push_back(word == "*" || word[0] == '=' ? std::vector<std::string>() : match_keys(word, lang));
      }
      if (e.words.empty() || e.words[0] == "*") return "empty pattern or pattern starting with a gap";
      std::string_view form = trim(c[3]);
      if (form != "verb" && form != "noun") return "form must be 'verb' or 'noun'";
      e.noun = form == "noun";
      if (c.size() > 4)
        for (auto w : split(trim(c[4]), '|')) {
          if (trim(w).empty()) continue;
          e.requires_words.push_back(lower(trim(w)));
          e.requires_keys.push_back(match_keys(lower(trim(w)), lang));
        }
      std::uint32_t idx = static_cast<std::uint32_t>(im.entries.size());
      const std::string& w0 = e.words[0];
      auto& index = im.index[static_cast<int>(lang)];
      if (w0[0] == '=') {
        index[w0.substr(1)].push_back(idx);
      } else {
        index[w0].push_back(idx);
        for (const auto& k : e.keys[0]) index[k].push_back(idx);
      }
      im.entries.push_back(std::move(e));
      return {};
    });
    if (!st) return st.error();
  }
  if (im.entries.empty()) return Error{ErrorCode::kData, "no event lexicon found", data_dir, 0};
  return std::shared_ptr<const EventLexicon>(std::move(lex));
}

const CameoInfo* EventLexicon::cameo(const std::string& code) const {
  auto it = impl_->cameo.find(code);
  if (it != impl_->cameo.end()) return &it->second;
  if (code.size() > 2) {
    it = impl_->cameo.find(code.substr(0, 2) + "0");
    if (it != impl_->cameo.end()) return &it->second;
  }
  return nullptr;
}

// ---------------------------------------------------------------------------------------------
// Extraction

namespace {

struct Ctx {
  explicit Ctx(const SentenceTokens& tokens) : st(tokens), toks(tokens.toks), folded(tokens.folded) {}
  const SentenceTokens& st;  // the document's token stream, this sentence
  std::string_view text;
  const Sentence* s = nullptr;
  const std::vector<Token>& toks;
  const std::vector<std::string>& folded;
  std::vector<const WordKeys*> keys;  // match keys and trigger candidates per token (WordKeyCache)
  std::vector<int> mention_at;  // token -> index into `mentions` (or -1)
  std::vector<int> mentions;    // indices into the document mentions, this sentence
};

struct Trigger {
  std::uint32_t entry = 0;
  std::size_t begin = 0, end = 0;  // tokens
};

int root_of(const std::string& code) { return code.size() >= 2 ? std::atoi(code.substr(0, 2).c_str()) : 0; }

// Triggers whose complement is an act that did not (yet) happen: appeals (02), intentions (03),
// demands (10), accusations (112), rejections and denials (12), threats (13).
bool governs(const EventLexicon::Entry& en) {
  if (en.frame == Frame::kSpeech || en.frame == Frame::kReport || en.frame == Frame::kCause) return false;
  int r = root_of(en.cameo);
  return r == 2 || r == 3 || r == 10 || r == 12 || r == 13 || en.cameo == "112";
}

// The CAMEO code of an appeal, intention, rejection or threat made precise by the act it
// governs: "appeal to negotiate" 026, "promise aid" 033, "refuse talks" 125, "threaten to attack"
// 138 (CAMEO codebook 1.1b3, the 02/03/12/13 subcodes).
std::string refine(const std::string& outer, const std::string& inner) {
  const int o = root_of(outer), i = root_of(inner);
  if (o == 2) {
    if (inner == "045") return "028";
    if (i == 4) return "026";
    if (i == 5) return "022";
    if (i == 6) return "021";
    if (i == 7) return "023";
  } else if (o == 3) {
    if (inner == "045") return "039";
    if (i == 4) return "036";
    if (i == 5) return "032";
    if (i == 6) return "031";
    if (i == 7) return "033";
    if (i >= 18) return "138";
  } else if (outer == "120") {
    if (inner == "045") return "126";
    if (i == 4) return "125";
    if (inner == "057") return "127";
    if (i == 6) return "121";
    if (i == 7) return "122";
  } else if (outer == "130") {
    if (i >= 18) return "138";
    if (i == 17) return "137";
    if (i == 14) return "133";
    if (inner == "162") return "136";
    if (inner == "163") return "132";
    if (inner == "164") return "134";
  }
  return outer;
}

bool is_participant_type(EntityType t) {
  return t == EntityType::kPerson || t == EntityType::kCountry || t == EntityType::kOrganization || t == EntityType::kGroup;
}

bool is_quote(std::string_view t) {
  return t == "\"" || t == "\xE2\x80\x9C" || t == "\xE2\x80\x9D" || t == "\xE2\x80\x98" || t == "\xE2\x80\x99" || t == "'" ||
         t == "\xC2\xAB" || t == "\xC2\xBB";
}

}  // namespace

std::vector<Event> EventExtractor::extract(const std::string& document, std::string_view text,
                                           const std::vector<Sentence>& sentences, const std::vector<Mention>& mentions,
                                           const std::vector<TimeMention>& times, Language lang,
                                           const TimeValue& published, const EventOptions& options) const {
  return extract(document, text, sentences, TokenStream::build(text, sentences, *gz_, lang), mentions, times, published,
                 options);
}

std::vector<Event> EventExtractor::extract(const std::string& document, std::string_view text,
                                           const std::vector<Sentence>& sentences, const TokenStream& tokens,
                                           const std::vector<Mention>& mentions, const std::vector<TimeMention>& times,
                                           const TimeValue& published, const EventOptions& options) const {
  const auto& im = lex_->impl();
  const Gazetteer& gz = *gz_;
  const Language lang = tokens.language;
  WordKeyCache& key_cache = WordKeyCache::local();
  key_cache.start(im);
  static const WordKeys no_keys;
  // Class bits by the rule's literal: a small table keyed by the literal's address instead of a
  // name search per question (the rules ask about ~35 classes, thousands of times a document).
  std::array<std::pair<const char*, std::uint64_t>, 128> class_bits{};
  auto cls_bit = [&](const char* cls) {
    std::size_t h = (reinterpret_cast<std::uintptr_t>(cls) >> 3) & 127;
    for (std::size_t probe = 0; probe < class_bits.size(); ++probe, h = (h + 1) & 127) {
      if (class_bits[h].first == cls) return class_bits[h].second;
      if (!class_bits[h].first) {
        class_bits[h] = {cls, gz.word_class_bit(cls)};
        return class_bits[h].second;
      }
    }
    return gz.word_class_bit(cls);  // table full: more literals than the rules have
  };
  std::vector<Event> out;

  auto word_is = [&](const Ctx& c, std::size_t k, const char* cls) {
    return k < c.toks.size() && c.toks[k].word && c.st.has_class(k, cls_bit(cls));
  };
  auto phrase_is = [&](const Ctx& c, std::size_t k, const char* cls, std::size_t& len) {
    // Longest function-word phrase of class `cls` starting at k (up to 4 tokens).
    // The one-word case reads the stream's class bits; longer phrases are built only while
    // some phrase of the lexicons still begins with the words so far.
    len = 0;
    const std::uint64_t bit = cls_bit(cls);
    if (k >= c.toks.size() || !c.toks[k].word || bit == 0) return false;
    if (c.st.has_class(k, bit)) len = 1;
    if (!gz.starts_class_phrase(c.folded[k])) return len > 0;
    std::string acc = c.folded[k];
    for (std::size_t n = 1; n < 4 && k + n < c.toks.size() && c.toks[k + n].word; ++n) {
      acc += ' ';
      acc += c.folded[k + n];
      if (gz.word_classes(acc, lang) & bit) len = n + 1;
      if (!gz.starts_class_phrase(acc)) break;
    }
    return len > 0;
  };

  // Document memory for dropped subjects and pronouns.
  std::vector<std::string> recent_persons;   // most recent last
  std::string last_actor;                    // actor of the previous event
  std::map<std::string, int> country_counts;
  std::map<std::string, std::size_t> country_first;  // order of first mention, for ties
  for (const auto& m : mentions)
    if (m.type == EntityType::kCountry) {
      ++country_counts[m.entity_key];
      country_first.emplace(m.entity_key, country_first.size());
    }
  auto top_two_countries = [&]() {
    std::vector<std::tuple<int, std::size_t, std::string>> v;
    for (auto& [k, n] : country_counts) v.emplace_back(-n, country_first[k], k);
    std::sort(v.begin(), v.end());
    std::vector<std::string> r;
    for (std::size_t i = 0; i < v.size() && i < 2; ++i) r.push_back(std::get<2>(v[i]));
    return r;
  };
  auto is_media = [&](const std::string& key) { return key.rfind("media:", 0) == 0; };

  // Times by sentence, for event dating.
  std::map<std::uint32_t, std::vector<const TimeMention*>> times_by_sentence;
  for (const auto& t : times)
    if (!t.duration && (t.value.known() || t.value.month)) times_by_sentence[t.sentence].push_back(&t);

  std::size_t mi = 0;  // cursor into mentions
  for (std::size_t sent_i = 0; sent_i < sentences.size(); ++sent_i) {
    const Sentence& s = sentences[sent_i];
    Ctx c(tokens.sentences[sent_i]);
    c.text = text;
    c.s = &s;
    c.keys.reserve(c.toks.size());
    for (const auto& t : c.toks) c.keys.push_back(t.word ? &key_cache.get(t.lower, lang, im) : &no_keys);
    c.mention_at.assign(c.toks.size(), -1);
    while (mi < mentions.size() && mentions[mi].sentence < s.index) ++mi;
    for (std::size_t k = mi; k < mentions.size() && mentions[k].sentence == s.index; ++k) {
      c.mentions.push_back(static_cast<int>(k));
      for (std::size_t t = 0; t < c.toks.size(); ++t)
        // A token inside the mention, or one the mention starts ("China's": the mention is "China").
        if ((c.toks[t].span.begin >= mentions[k].span.begin && c.toks[t].span.end <= mentions[k].span.end) ||
            (c.toks[t].span.begin == mentions[k].span.begin && c.mention_at[t] < 0))
          c.mention_at[t] = static_cast<int>(k);
    }
    auto remember_persons = [&]() {
      for (int k : c.mentions)
        if (mentions[static_cast<std::size_t>(k)].type == EntityType::kPerson) {
          const std::string& key = mentions[static_cast<std::size_t>(k)].entity_key;
          recent_persons.erase(std::remove(recent_persons.begin(), recent_persons.end(), key), recent_persons.end());
          recent_persons.push_back(key);
        }
    };
    if (s.role == SentenceRole::kCaption || c.toks.empty()) {
      continue;
    }
    // Questions make no events.
    if (c.toks.back().text == "?") {
      remember_persons();
      continue;
    }
    // ---- triggers
    std::vector<Trigger> trig;
    for (std::size_t k = 0; k < c.toks.size(); ++k) {
      if (!c.toks[k].word || c.mention_at[k] >= 0) continue;
      const std::vector<std::uint32_t>& cands = c.keys[k]->candidates;
      Trigger best;
      std::size_t best_req = 0;
      bool best_exact = false;
      for (std::uint32_t e : cands) {
        const auto& en = im.entries[e];
        std::size_t t = k;
        bool ok = true;
        for (std::size_t w = 0; w < en.words.size() && ok; ++w) {
          const std::string& word = en.words[w];
          if (word == "*") {
            // Gap: the next pattern word within 3 tokens.
            if (w + 1 >= en.words.size()) break;
            std::size_t lim = std::min(c.toks.size(), t + 4);
            bool found = false;
            for (std::size_t g = t; g < lim && !found; ++g) {
              const std::string& nw = en.words[w + 1];
              bool m = nw[0] == '=' ? c.toks[g].lower == nw.substr(1)
                                    : (c.toks[g].lower == nw || share_key(c.keys[g]->keys, en.keys[w + 1]));
              if (m) {
                t = g;
                found = true;
              }
            }
            ok = found;
            continue;
          }
          if (t >= c.toks.size() || !c.toks[t].word) {
            ok = false;
            break;
          }
          bool m = word[0] == '=' ? c.toks[t].lower == word.substr(1) : (c.toks[t].lower == word || share_key(c.keys[t]->keys, en.keys[w]));
          if (!m) ok = false;
          ++t;
        }
        if (!ok) continue;
        std::size_t req_dist = 0;
        if (!en.requires_words.empty()) {
          bool found = false;
          for (std::size_t g = t; g < std::min(c.toks.size(), t + 6) && !found; ++g)
            for (std::size_t r = 0; r < en.requires_words.size() && !found; ++r)
              if (c.toks[g].lower == en.requires_words[r] || share_key(c.keys[g]->keys, en.requires_keys[r])) {
                found = true;
                req_dist = g - t + 1;
              }
          if (!found) continue;
        }
        std::size_t len = t - k;
        // The written form itself beats another form of it ("disambut" is the passive entry,
        // not a form of "menyambut").
        const std::string& w0 = en.words[0];
        bool exact = c.toks[k].lower == (w0[0] == '=' ? w0.substr(1) : w0);
        // Longest wins; among equals, the more specific (with requirements, the nearest
        // requirement first: "mengirim tentara dan senjata" is a troop deployment), then the
        // exact form, then file order.
        bool better = len > best.end - best.begin;
        if (len == best.end - best.begin && best.end > best.begin) {
          bool hr = !en.requires_words.empty(), br = !im.entries[best.entry].requires_words.empty();
          if (hr && !br) better = true;
          if (hr && br && req_dist < best_req) better = true;
          if (hr == br && (!hr || req_dist == best_req) && exact && !best_exact) better = true;
        }
        if (best.end == best.begin) better = true;
        if (better) {
          best = Trigger{e, k, t};
          best_req = req_dist;
          best_exact = exact;
        }
      }
      if (best.end > best.begin) {
        trig.push_back(best);
        k = best.end - 1;
      }
    }
    std::vector<char> trigger_start(c.toks.size() + 1, 0);
    for (const Trigger& tg : trig)
      if (!im.entries[tg.entry].noun) trigger_start[tg.begin] = 1;  // a noun can be the object ("menghargai dukungan X")
    std::vector<char> any_trigger(c.toks.size() + 1, 0);
    for (const Trigger& tg : trig) any_trigger[tg.begin] = 1;
    // ---- clause structure helpers
    auto is_break = [&](std::size_t k) {
      const Token& t = c.toks[k];
      if (!t.word) return t.text == ";" || t.text == ":" || is_quote(t.text) || t.text == "(" || t.text == ")";
      return c.st.has_class(k, cls_bit("complementizer")) || c.st.has_class(k, cls_bit("adverbial_sub"));
    };
    // A quotation mark inside a clause ('menghargai "dukungan teguh" Korea Utara') rather than
    // one that closes a quoted sentence ('... dukungannya," kata Lavrov').
    auto inner_quote = [&](std::size_t k) {
      if (c.toks[k].word || !is_quote(c.toks[k].text)) return false;
      if (k > 0 && !c.toks[k - 1].word) {
        const std::string_view p = c.toks[k - 1].text;
        if (p == "," || p == "." || p == "!" || p == "?") return false;
      }
      return true;
    };
    auto prev_word = [&](std::size_t k) -> std::size_t {  // index of the word before token k, or npos
      while (k > 0) {
        --k;
        if (c.toks[k].word) return k;
        if (c.toks[k].text != "," ) return std::string::npos;
      }
      return std::string::npos;
    };
    auto mention_first_tok = [&](int m) {
      for (std::size_t t = 0; t < c.toks.size(); ++t)
        if (c.mention_at[t] == m) return t;
      return c.toks.size();
    };
    auto oblique = [&](int m) {
      // A mention governed by a preposition is not a subject.
      std::size_t f = mention_first_tok(m);
      if (f == 0 || f >= c.toks.size()) return false;
      std::size_t p = f - 1;
      if (!c.toks[p].word) return false;
      for (const char* cls : {"loc_prep", "dir_prep", "with_prep", "to_prep", "by_prep", "about_prep"})
        if (c.st.has_class(p, cls_bit(cls))) return true;
      return false;
    };
    auto participant = [&](int m) {
      const Mention& mm = mentions[static_cast<std::size_t>(m)];
      return is_participant_type(mm.type) && !mm.modifier;
    };
    // Title words and qualifying mentions in front of a name ("Perdana Menteri Australia Anthony
    // Albanese"): the name after them is the phrase's head.
    auto skip_titles = [&](std::size_t k) {
      for (int guard = 0; guard < 8 && k < c.toks.size(); ++guard) {
        int m = c.mention_at[k];
        if (m >= 0) {
          if (!mentions[static_cast<std::size_t>(m)].modifier) break;
          while (k < c.toks.size() && c.mention_at[k] == m) ++k;
          continue;
        }
        if (word_is(c, k, "article")) {  // "met the ASEAN leaders"
          ++k;
          continue;
        }
        auto pm = gz.match(c.st, k, lang, PhraseKind::kTitle);
        if (pm.tokens == 0) break;
        k += pm.tokens;
      }
      return k;
    };
    // Who an object pronoun ("him", "kepadanya", "menjamunya") stands for: the person named last
    // before it, this sentence first, who is not the actor.
    auto recent_person_except = [&](std::size_t before, const std::vector<std::string>& exclude) -> std::string {
      auto ok = [&](const std::string& key) { return std::find(exclude.begin(), exclude.end(), key) == exclude.end(); };
      for (std::size_t t = std::min(before, c.toks.size()); t > 0; --t) {
        int m = c.mention_at[t - 1];
        if (m >= 0 && mentions[static_cast<std::size_t>(m)].type == EntityType::kPerson && ok(mentions[static_cast<std::size_t>(m)].entity_key))
          return mentions[static_cast<std::size_t>(m)].entity_key;
      }
      for (auto it = recent_persons.rbegin(); it != recent_persons.rend(); ++it)
        if (ok(*it)) return *it;
      return {};
    };
    // Subject to the left of token `a`, within the clause; with coordination.
    auto left_actors = [&](std::size_t a, bool stop_at_break, std::size_t lo_min = 0) {
      std::vector<std::string> r;
      // "X, yang didukung China, mengecam ...", "X, who was backed by Y, criticised ...": a
      // relative clause between subject and verb is skipped; the subject is the head before it.
      {
        std::size_t p = a;
        while (p > lo_min && word_is(c, p - 1, "adverb")) --p;
        if (p > lo_min + 3 && !c.toks[p - 1].word && c.toks[p - 1].text == ",")
          for (std::size_t q = p - 1; q > lo_min + 1 && q + 16 > p; --q)
            if (!c.toks[q - 1].word && c.toks[q - 1].text == ",") {
              if (word_is(c, q, "relative")) a = q - 1;
              break;
            }
      }
      std::size_t lo = lo_min;
      if (stop_at_break)
        for (std::size_t k = a; k > lo_min; --k)
          if (is_break(k - 1)) {
            lo = k;
            break;
          }
      int chosen = -1;
      std::size_t chosen_tok = 0;
      bool relative = false;  // a "yang"/"which" between: only the noun right before it is the subject
      for (std::size_t k = a; k > lo; --k) {
        std::size_t t = k - 1;
        int m = c.mention_at[t];
        if (m < 0) {
          if (c.toks[t].word && (word_is(c, t, "pronoun_sg") || word_is(c, t, "pronoun_pair"))) return r;  // "ketika ia tiba"
          if (c.toks[t].word && word_is(c, t, "relative")) {
            relative = true;
            // the head noun is right before "yang" (a comma may sit between)
            std::size_t h = t;
            while (h > lo && !c.toks[h - 1].word && c.toks[h - 1].text == ",") --h;
            if (h == lo || c.mention_at[h - 1] < 0 || !participant(c.mention_at[h - 1])) return r;
            chosen = c.mention_at[h - 1];
            chosen_tok = mention_first_tok(chosen);
            break;
          }
          continue;
        }
        if (!participant(m)) continue;
        if (oblique(m)) {
          // "dengan Pyongyang mengerahkan ...": a mention right before the verb is its subject
          // whatever governs it.
          bool adjacent = true;
          for (std::size_t j = t + 1; j < a && adjacent; ++j)
            adjacent = c.mention_at[j] == m || word_is(c, j, "adverb");
          if (!adjacent) continue;
        }
        chosen = m;
        chosen_tok = mention_first_tok(m);
        break;
      }
      (void)relative;
      if (chosen < 0) return r;
      r.push_back(mentions[static_cast<std::size_t>(chosen)].entity_key);
      // "X dan Y", "Baik X maupun Y", "X and Y": walk left over a coordinator.
      std::size_t p = prev_word(chosen_tok);
      while (p != std::string::npos && word_is(c, p, "article")) p = prev_word(p);  // "X and the Y"
      if (p != std::string::npos && c.st.has_class(p, cls_bit("coord"))) {
        for (std::size_t k = p; k > lo; --k) {
          int m = c.mention_at[k - 1];
          if (m >= 0 && m != chosen && participant(m)) {
            r.insert(r.begin(), mentions[static_cast<std::size_t>(m)].entity_key);
            break;
          }
          if (c.mention_at[k - 1] < 0 && c.toks[k - 1].word && !c.toks[k - 1].upper && !word_is(c, k - 1, "article")) break;
        }
      }
      return r;
    };
    // Pronoun subjects ("Ia", "Keduanya", "mereka", "kedua negara").
    auto pronoun_actors = [&](std::size_t a) {
      std::vector<std::string> r;
      std::size_t lo = 0;
      for (std::size_t k = a; k > 0; --k)
        if (is_break(k - 1)) {
          lo = k;
          break;
        }
      // Only a pronoun in subject position: right before the verb, adverbs aside.
      std::size_t near = a;
      while (near > lo && word_is(c, near - 1, "adverb")) --near;
      if (near < a) lo = std::max(lo, near >= 5 ? near - 5 : 0);
      else lo = std::max(lo, a >= 5 ? a - 5 : 0);
      for (std::size_t k = near; k > lo && k + 4 >= near; --k) {
        std::size_t len = 0;
        std::size_t start = k - 1;
        // multi-word pronouns ("kedua belah pihak", "the two countries") start further left
        for (std::size_t b = (start >= 3 ? start - 3 : 0); b <= start; ++b)
          if (phrase_is(c, b, "pronoun_country_pair", len) && b + len == k) {
            return top_two_countries();
          } else if (phrase_is(c, b, "pronoun_pair", len) && b + len == k) {
            std::vector<std::string> persons = recent_persons;
            for (std::size_t q = 0; q < b; ++q) {
              int m = c.mention_at[q];
              if (m < 0 || mentions[static_cast<std::size_t>(m)].type != EntityType::kPerson) continue;
              const std::string& key = mentions[static_cast<std::size_t>(m)].entity_key;
              persons.erase(std::remove(persons.begin(), persons.end(), key), persons.end());
              persons.push_back(key);
            }
            if (persons.size() >= 2) r = {persons[persons.size() - 2], persons.back()};
            return r;
          }
        if (word_is(c, start, "pronoun_sg")) {
          // "Ia"/"He": the person who acted last, else the person named last.
          bool actor_is_person = false;
          for (const auto& m : mentions)
            if (m.entity_key == last_actor && m.type == EntityType::kPerson) actor_is_person = true;
          if (actor_is_person) r = {last_actor};
          else if (!recent_persons.empty()) r = {recent_persons.back()};
          return r;
        }
      }
      return r;
    };
    auto right_target = [&](std::size_t b, std::size_t limit, bool allow_location, const std::vector<std::string>& exclude,
                            bool through_triggers = false) {
      std::string r;
      for (std::size_t k = b; k < limit && k < c.toks.size(); ++k) {
        // Quotation marks do not end the object: a quoted phrase is often its first words
        // ('menghargai "dukungan teguh" Korea Utara').
        if (k > b && is_break(k) && !c.st.has_class(k, cls_bit("complementizer")) && !inner_quote(k)) break;
        // The next event's participants are its own, unless that event is governed by this one
        // ("menuduh Rusia menyerang ...": the accused is found across the governed verb).
        if (k > b && trigger_start[k] && !through_triggers) break;
        if (!c.toks[k].word && c.toks[k].text == "," && k + 1 < c.toks.size() && word_is(c, k + 1, "speech_inv")) break;
        int m = c.mention_at[k];
        if (m < 0) {
          // Object pronouns: "-nya" on a preposition ("kepadanya", "dengannya") or "him"/"her".
          if (k == b && c.toks[k].word) {
            const std::string& w = c.folded[k];
            bool nya = w.size() > 5 && ends_with(w, "nya") &&
                       (gz.is_word(w.substr(0, w.size() - 3), lang, "to_prep") || gz.is_word(w.substr(0, w.size() - 3), lang, "with_prep"));
            if (nya || word_is(c, k, "pronoun_obj")) {
              std::string who = recent_person_except(b, exclude);
              if (!who.empty()) return who;
            }
          }
          continue;
        }
        const Mention& mm = mentions[static_cast<std::size_t>(m)];
        if (mm.modifier) continue;
        if (!is_participant_type(mm.type) && !(allow_location && mm.type == EntityType::kLocation)) continue;
        // "... di Ukraina": a place, not the target (unless the frame wants places); "from X" is
        // neither.
        {
          std::size_t f = mention_first_tok(m);
          if (!allow_location && f > 0 && word_is(c, f - 1, "loc_prep")) continue;
          if (allow_location && f > 0 && word_is(c, f - 1, "from_prep")) continue;
        }
        if (std::find(exclude.begin(), exclude.end(), mm.entity_key) != exclude.end()) continue;
        return mm.entity_key;
      }
      return r;
    };
    auto location_in = [&](std::size_t from, std::size_t to, bool dir_ok) {
      for (std::size_t k = from; k < to && k < c.toks.size(); ++k) {
        // "from Poland" is where a traveller came from, never where the event took place.
        bool prep = word_is(c, k, "loc_prep") || (dir_ok && word_is(c, k, "dir_prep") && !word_is(c, k, "from_prep"));
        if (!prep) continue;
        // up to four lower-case words between ("di kota pesisir timur Wonsan")
        for (std::size_t j = k + 1; j < c.toks.size() && j <= k + 5; ++j) {
          if (word_is(c, j, "not_place") || any_trigger[j]) break;  // "di tengah serangan Rusia"
          int m = c.mention_at[j];
          if (m >= 0) {
            const Mention& mm = mentions[static_cast<std::size_t>(m)];
            if (mm.type == EntityType::kLocation || (mm.type == EntityType::kCountry && !mm.metonym)) return mm.entity_key;
            break;
          }
          if (!c.toks[j].word || c.toks[j].upper) break;
        }
      }
      return std::string();
    };
    auto modality_at = [&](std::size_t a) {
      std::size_t lo = a >= 4 ? a - 4 : 0;
      for (std::size_t k = lo; k < a; ++k) {
        std::size_t len = 0;
        if (phrase_is(c, k, "negation", len) && k + len <= a) return Modality::kNegated;
      }
      for (std::size_t k = lo; k < a; ++k) {
        std::size_t len = 0;
        if (phrase_is(c, k, "future", len) && k + len <= a) return Modality::kPlanned;
      }
      for (std::size_t k = 0; k < a; ++k)
        if (word_is(c, k, "hypothetical")) return Modality::kHypothetical;
      // "untuk mengusir", "to expel": a purpose, not something that happened; "siap untuk
      // mendukung" (ready to support) is a commitment and stays.
      std::size_t p = a;
      while (p > 0 && word_is(c, p - 1, "adverb")) --p;
      if (p > 0 && word_is(c, p - 1, "purpose")) {
        std::size_t q = p - 1;
        while (q > 0 && word_is(c, q - 1, "adverb")) --q;
        if (!(q > 0 && word_is(c, q - 1, "ready"))) return Modality::kPlanned;
      }
      return Modality::kAsserted;
    };
    auto vague_before = [&](std::size_t a) {
      std::size_t lo = a >= 6 ? a - 6 : 0;
      for (std::size_t k = lo; k < a; ++k) {
        std::size_t len = 0;
        if (phrase_is(c, k, "vague_time", len)) return true;
      }
      return false;
    };
    auto date_for = [&](std::size_t a, Event& ev, bool noun_trigger = false) {
      auto it = times_by_sentence.find(s.index);
      const TimeMention* best = nullptr;
      if (it != times_by_sentence.end()) {
        // Comma-delimited segments: the trigger's own segment governs; so do a sentence-opening
        // adverbial ("Pada hari Kamis, ...") and later segments that open with a preposition
        // ("..., dalam pertemuan yang digelar di Wonsan pada 12 Juli"). A time inside another
        // clause ("perjanjian yang ditandatangani tahun lalu") does not date this event.
        auto seg_of = [&](std::uint32_t byte) {
          std::size_t seg = 0;
          for (std::size_t k = 0; k < c.toks.size() && c.toks[k].span.begin < byte; ++k)
            if (!c.toks[k].word && (c.toks[k].text == "," || c.toks[k].text == ";")) ++seg;
          return seg;
        };
        auto seg_start_tok = [&](std::size_t seg) {
          std::size_t n = 0;
          for (std::size_t k = 0; k < c.toks.size(); ++k) {
            if (n == seg) return k;
            if (!c.toks[k].word && (c.toks[k].text == "," || c.toks[k].text == ";")) ++n;
          }
          return c.toks.size();
        };
        std::size_t tseg = seg_of(c.toks[a].span.begin);
        long best_d = 1L << 40;
        std::uint32_t at = c.toks[a].span.begin;
        // "pertemuan ..., yang diadakan sehari sebelumnya": a relative clause right after a
        // nominal trigger dates that noun and wins over the rest.
        if (noun_trigger) {
          std::size_t st = seg_start_tok(tseg + 1);
          if (st < c.toks.size() && word_is(c, st, "relative"))
            for (const TimeMention* t : it->second)
              if (seg_of(t->span.begin) == tseg + 1) {
                best = t;
                best_d = -1;
                break;
              }
        }
        // A trigger in an adjunct segment ("..., selama kunjungan langka Putin ke Pyongyang")
        // with no time of its own is dated by the clause it hangs on.
        bool adjunct = false;
        if (tseg > 0) {
          std::size_t st = seg_start_tok(tseg);
          adjunct = st < c.toks.size() && (word_is(c, st, "time_prep") || word_is(c, st, "loc_prep"));
          for (const TimeMention* t : it->second)
            if (seg_of(t->span.begin) == tseg) adjunct = false;
        }
        // "sejak Februari 2022", "since February 2022" opens a period; it does not date the event.
        auto after_since = [&](const TimeMention* t) {
          for (std::size_t k = 1; k < c.toks.size(); ++k)
            if (c.toks[k].span.begin >= t->span.begin) return word_is(c, k - 1, "since_prep");
          return false;
        };
        for (const TimeMention* t : it->second) {
          if (best_d < 0) break;
          if (after_since(t)) continue;
          std::size_t ms = seg_of(t->span.begin);
          bool ok = ms == tseg || (adjunct && ms < tseg);
          if (!ok && ms == 0 && tseg > 0) {
            // sentence-opening adverbial: the segment holds little besides the time expression
            std::size_t words = 0;
            for (std::size_t k = 0; k < seg_start_tok(1); ++k) words += c.toks[k].word ? 1 : 0;
            ok = words <= 5;
          }
          if (!ok && ms > tseg) {
            std::size_t st = seg_start_tok(ms);
            ok = st < c.toks.size() && (word_is(c, st, "loc_prep") || word_is(c, st, "time_prep"));
            // "... di Kremlin, Moskow, Rabu (31/7).": a bare date appended as the last segment
            // is the news style for dating the whole clause.
            if (!ok && st < c.toks.size() && c.toks[st].span.begin == t->span.begin) {
              bool last = true;
              for (std::size_t k = st; k < c.toks.size(); ++k)
                if (c.toks[k].span.begin >= t->span.end && c.toks[k].word) last = false;
              ok = last;
            }
          }
          if (!ok) continue;
          long d = std::labs(static_cast<long>(t->span.begin) - static_cast<long>(at));
          if (d < best_d) {
            best_d = d;
            best = t;
          }
        }
      }
      bool report_date = false;
      if (!best && it != times_by_sentence.end()) {
        // "..., media pemerintah melaporkan pada hari Minggu", "KCNA reported on Sunday": when
        // the text does not date the event itself, the report date is the nearest bound.
        for (const Trigger& rt : trig) {
          const auto& re = im.entries[rt.entry];
          if (re.frame != Frame::kReport && re.frame != Frame::kSpeech) continue;
          for (const TimeMention* t : it->second) {
            std::size_t k = rt.end;
            while (k < c.toks.size() && c.toks[k].span.begin < t->span.begin) ++k;
            if (k < c.toks.size() && k >= rt.end && k - rt.end <= 3 && t->value.known()) {
              best = t;
              report_date = true;
              break;
            }
          }
          if (best) break;
        }
      }
      if (!best) {
        // nearest preceding reference time in the paragraph
        for (auto rit = times_by_sentence.rbegin(); rit != times_by_sentence.rend(); ++rit) {
          if (rit->first >= s.index) continue;
          const Sentence* ps = rit->first < sentences.size() && sentences[rit->first].index == rit->first
                                   ? &sentences[rit->first]
                                   : nullptr;
          if (!ps || ps->paragraph != s.paragraph || ps->role != SentenceRole::kBody) continue;
          best = rit->second.back();
          break;
        }
      }
      if (!best) {
        // Web news often sets every sentence as its own paragraph; the day named earlier
        // in the lead ("pada Senin (13/11)", "on Monday") stays the reference time of the report
        // until another time is named. Periods opened by "sejak"/"since" and future times do not
        // move it; any other time named after the lead is a shift (often to background), so
        // only the lead's own day carries over.
        auto since_before = [&](const TimeMention* t) {
          std::size_t e = t->span.begin;
          while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\t')) --e;
          std::size_t b = e;
          while (b > 0 && std::isalpha(static_cast<unsigned char>(text[b - 1]))) --b;
          std::string w(text.substr(b, e - b));
          for (char& ch : w) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
          return !w.empty() && gz.is_word(w, lang, "since_prep");
        };
        for (auto rit = times_by_sentence.rbegin(); rit != times_by_sentence.rend() && !best; ++rit) {
          if (rit->first >= s.index) continue;
          const Sentence* ps = rit->first < sentences.size() && sentences[rit->first].index == rit->first
                                   ? &sentences[rit->first]
                                   : nullptr;
          if (!ps || ps->role != SentenceRole::kBody) continue;
          const TimeMention* ref = nullptr;
          for (const TimeMention* t : rit->second)
            if (!t->future && !since_before(t)) ref = t;
          if (!ref) continue;
          // only the lead's time: later times in the body are usually background
          bool lead = true;
          for (const auto& [si, ts] : times_by_sentence)
            if (si < rit->first && si < sentences.size() && sentences[si].index == si &&
                sentences[si].role == SentenceRole::kBody)
              lead = false;
          if (lead && ref->value.known() && ref->value.granularity >= Granularity::kDay) best = ref;
          break;
        }
      }
      if (best) {
        ev.date = best->value;
        ev.date_anchor = best->anchor;
        ev.date_text = report_date ? best->text + " (report date)" : best->text;
      } else if (published.known()) {
        ev.date = published.truncated(Granularity::kMonth);
        ev.date_anchor = Anchor::kDefaulted;
      }
      if (vague_before(a) && ev.date.known()) {
        ev.date = ev.date.truncated(Granularity::kMonth);
        if (ev.date_text.empty()) ev.date_text = "vague time";  // no narrative day either (time/narrative.h)
      }
      if (ev.date.granularity == Granularity::kMinute) ev.date = ev.date.truncated(Granularity::kDay);
    };

    // ---- speech and claims: who is speaking in this sentence?
    struct Speech {
      std::string speaker;
      std::vector<std::string> reporters;
      std::size_t clause_begin = 0, clause_end = 0;  // tokens of the claim
      std::string addressee;
      std::string cameo;
      bool direct = false;
      std::size_t trigger = 0;
    };
    std::vector<Speech> speeches;
    for (const Trigger& tg : trig) {
      const auto& en = im.entries[tg.entry];
      if (en.frame != Frame::kSpeech && en.frame != Frame::kReport) continue;
      Speech sp;
      sp.cameo = en.cameo;
      sp.trigger = tg.begin;
      auto left = left_actors(tg.begin, true);
      // "..., kata X" / "menurut X": the speaker follows the verb.
      bool inverted = left.empty() || (tg.begin > 0 && c.toks[tg.begin - 1].text == ",") ||
                      (tg.begin > 0 && is_quote(c.toks[tg.begin - 1].text));
      std::string after = right_target(tg.end, std::min(c.toks.size(), tg.end + 8), false, {});
      // "Korea Utara dilaporkan memasok ...", "is reported to": a hedge on the subject's act, not
      // a report by the subject (the event's claim is marked suspected instead).
      if (en.frame == Frame::kReport && !inverted && !left.empty() && !is_media(left.back()) &&
          c.st.has_class(tg.begin, cls_bit("hedge")))
        continue;
      std::size_t first_word = 0;
      while (first_word < tg.begin && !c.toks[first_word].word) ++first_word;
      if (inverted && !after.empty() && tg.begin == first_word) {
        // "Menurut X, ...", "According to X, ...": the claim follows the speaker's comma.
        sp.speaker = after;
        sp.clause_begin = c.toks.size();
        for (std::size_t k = tg.end; k < c.toks.size(); ++k)
          if (!c.toks[k].word && c.toks[k].text == ",") {
            sp.clause_begin = k + 1;
            break;
          }
        sp.clause_end = c.toks.size();
      } else if (inverted && !after.empty()) {
        sp.speaker = after;
        sp.clause_begin = 0;
        sp.clause_end = tg.begin;
      } else {
        if (!left.empty()) sp.speaker = left.back();
        else {
          auto p = pronoun_actors(tg.begin);
          if (!p.empty()) sp.speaker = p.back();
        }
        sp.clause_begin = tg.end;
        sp.clause_end = c.toks.size();
        bool words_after = false;
        for (std::size_t k = tg.end; k < c.toks.size(); ++k) words_after = words_after || c.toks[k].word;
        if (!words_after) {
          // '"...," Sergey Lavrov said.': the claim is the quotation before the speaker.
          sp.clause_begin = 0;
          sp.clause_end = tg.begin;
          for (std::size_t k = tg.begin; k > 0; --k)
            if (!c.toks[k - 1].word && is_quote(c.toks[k - 1].text)) {
              sp.clause_end = k;
              break;
            }
        }
        // "mengatakan kepada Y bahwa": the addressee; "told Y that": the direct object of a
        // verb of telling.
        if (tg.end < c.toks.size() && word_is(c, tg.end, "to_prep")) {
          sp.addressee = right_target(tg.end + 1, std::min(c.toks.size(), tg.end + 7), false, {sp.speaker});
        } else if (c.st.has_class(tg.begin, cls_bit("tell_verb")) || gz.is_word(lower(slice(text, ByteSpan{c.toks[tg.begin].span.begin, c.toks[tg.end - 1].span.end})), lang, "tell_verb")) {
          std::size_t o = skip_titles(tg.end);
          if (o < c.toks.size() && c.mention_at[o] >= 0 && participant(c.mention_at[o]) &&
              mentions[static_cast<std::size_t>(c.mention_at[o])].entity_key != sp.speaker)
            sp.addressee = mentions[static_cast<std::size_t>(c.mention_at[o])].entity_key;
        }
      }
      for (std::size_t k = sp.clause_begin; k < sp.clause_end; ++k)
        if (!c.toks[k].word && is_quote(c.toks[k].text)) sp.direct = true;
      if (is_media(sp.speaker) || en.frame == Frame::kReport) {
        sp.reporters.push_back(sp.speaker);
        sp.speaker.clear();
      }
      speeches.push_back(sp);
    }
    // Reporters named anywhere in the sentence ("seperti melansir TASS", "lapor KCNA").
    std::vector<std::string> reporters;
    std::string speaker_of_sentence;
    for (const auto& sp : speeches) {
      for (const auto& r : sp.reporters)
        if (!r.empty() && std::find(reporters.begin(), reporters.end(), r) == reporters.end()) reporters.push_back(r);
      if (speaker_of_sentence.empty() && !sp.speaker.empty()) speaker_of_sentence = sp.speaker;
    }
    for (int m : c.mentions)
      if (is_media(mentions[static_cast<std::size_t>(m)].entity_key) &&
          std::find(reporters.begin(), reporters.end(), mentions[static_cast<std::size_t>(m)].entity_key) == reporters.end())
        reporters.push_back(mentions[static_cast<std::size_t>(m)].entity_key);
    auto claim_for = [&](std::size_t tok) -> const Speech* {
      for (const auto& sp : speeches)
        if (!sp.speaker.empty() && tok >= sp.clause_begin && tok < sp.clause_end) return &sp;
      return nullptr;
    };
    // Leading adverbial clause ("Setelah tiba di Pyongyang, Lavrov ...") takes the main subject.
    // So does a leading prepositional adjunct holding the trigger ("Dalam lawatannya ke Tokyo,
    // Prabowo ...", "During his visit to Hanoi, Putin ...").
    auto main_subject_after_comma = [&](std::size_t a) -> std::string {
      if (!word_is(c, 0, "adverbial_sub") && !word_is(c, 0, "loc_prep") && !word_is(c, 0, "time_prep")) return {};
      for (std::size_t k = a; k < c.toks.size(); ++k)
        if (c.toks[k].text == ",") {
          for (std::size_t j = k + 1; j < c.toks.size() && j < k + 8; ++j) {
            int m = c.mention_at[j];
            if (m >= 0 && participant(m)) return mentions[static_cast<std::size_t>(m)].entity_key;
          }
          break;
        }
      return {};
    };

    // Appeals, intentions, demands, accusations, rejections and threats govern the act that
    // follows them in their clause: "menuduh Rusia menyerang ...", "pledged to provide aid".
    // That act is what was asked, promised, alleged or refused, not something that happened.
    std::vector<int> governor(trig.size(), -1);
    std::vector<std::size_t> scope_end(trig.size(), c.toks.size());
    for (std::size_t i = 0; i < trig.size(); ++i) {
      const auto& ei = im.entries[trig[i].entry];
      if (!governs(ei)) continue;
      std::size_t e = c.toks.size();
      for (std::size_t k = trig[i].end; k < c.toks.size(); ++k)
        if ((is_break(k) && !word_is(c, k, "complementizer")) || (!c.toks[k].word && c.toks[k].text == ",")) {
          e = k;
          break;
        }
      scope_end[i] = e;
      for (std::size_t j = i + 1; j < trig.size() && trig[j].begin < e; ++j) {
        const auto& ej = im.entries[trig[j].entry];
        if (ej.frame == Frame::kSpeech || ej.frame == Frame::kReport) continue;
        if (governor[j] < 0) governor[j] = static_cast<int>(i);
      }
    }
    auto first_governed = [&](std::size_t i) -> int {
      for (std::size_t j = i + 1; j < trig.size(); ++j)
        if (governor[j] == static_cast<int>(i)) return static_cast<int>(j);
      return -1;
    };
    // Someone else's act reported by a speaker ("AS mengatakan Korea Utara telah mengirimkan
    // amunisi"): the speaker's own side (the speaker, the country of their office, the country
    // a capital stands for) acting is not a third party.
    auto own_side = [&](const std::string& key) {
      std::vector<std::string> v = {key};
      for (const auto& o : gz.offices_of(key)) v.push_back(o.country);
      if (auto idx = gz.find_key(key); idx && !gz.entry(*idx).metonym_of.empty()) v.push_back(gz.entry(*idx).metonym_of);
      return v;
    };
    auto third_party = [&](const std::string& speaker, const std::vector<std::string>& actors) {
      if (speaker.empty() || actors.empty()) return false;
      auto so = own_side(speaker);
      for (const auto& a : actors)
        for (const auto& x : own_side(a))
          if (std::find(so.begin(), so.end(), x) != so.end()) return false;
      return true;
    };

    // The evidence key another event of this sentence will carry (Event::after).
    auto trigger_key = [&](const Trigger& t) {
      Evidence key;
      key.document = document;
      key.sentence = s.index;
      key.trigger.begin = c.toks[t.begin].span.begin;
      return evidence_key(key);
    };
    std::size_t events_before = out.size();
    std::vector<std::string> sentence_actors;
    std::set<std::size_t> clause_has_event;  // speech index with an event inside
    std::map<std::size_t, std::vector<std::string>> inner_actors;  // speech index -> actors of events inside
    std::map<std::size_t, bool> third_party_claims;
    for (std::size_t ti = 0; ti < trig.size(); ++ti) {
      const Trigger& tg = trig[ti];
      const auto& en = im.entries[tg.entry];
      if (en.frame == Frame::kSpeech || en.frame == Frame::kReport) continue;
      if (governor[ti] >= 0) continue;
      // A nominal trigger after "atas"/"for" is the reason for another event ("berterima kasih
      // atas dukungannya", "thanked X for its support", "atas perannya di Kursk dan
      // dukungannya"), not an event of its own.
      {
        bool reason = false;
        for (std::size_t p = tg.begin; p > 0 && p + (en.noun ? 8 : 1) > tg.begin; --p) {
          if (!c.toks[p - 1].word || any_trigger[p - 1]) break;
          if (c.st.has_class(p - 1, cls_bit("reason_prep"))) {
            reason = true;
            break;
          }
        }
        if (reason) continue;
      }
      // A meeting or cooperation noun right after a verb of discussing or signing is its topic
      // ("membahas kerja sama ekonomi", "signed an economic cooperation agreement").
      if (en.noun && ti > 0 && (root_of(en.cameo) == 4 || root_of(en.cameo) == 6)) {
        const auto& prev = im.entries[trig[ti - 1].entry];
        if (trig[ti - 1].end + 3 >= tg.begin && (prev.cameo == "040" || prev.cameo == "057")) continue;
      }
      // A noun with a passive participle ("military aid approved by Congress", "bantuan yang
      // disetujui oleh") names a thing, not an act of the sentence's subject.
      std::string noun_agent;
      if (en.noun) {
        bool participle = false;
        for (std::size_t k = tg.end; k < std::min(c.toks.size(), tg.end + 3) && !participle; ++k) {
          if (c.mention_at[k] >= 0 || !c.toks[k].word) break;
          if (word_is(c, k, "by_prep")) {
            if (k == tg.end) noun_agent = right_target(k + 1, std::min(c.toks.size(), k + 8), false, {});  // "invasion by Russia"
            else participle = true;
            break;
          }
        }
        if (participle) continue;
      }
      // Passives: an Indonesian di- form matched through an active pattern ("didukung" ~
      // "mendukung"), an English verb after a form of "be" ("was received by"). The subject is
      // the target and the agent follows.
      bool passive_form = false;
      if (lang != Language::kEnglish && en.frame == Frame::kAct && !en.noun) {
        const std::string& w = c.toks[tg.begin].lower;
        passive_form = w.size() > 4 && w.compare(0, 2, "di") == 0 && en.words[0].compare(0, 2, "di") != 0 &&
                       en.words[0].compare(0, 3, "=di") != 0;
      }
      if (lang == Language::kEnglish && !en.noun && (en.frame == Frame::kAct || en.frame == Frame::kHost)) {
        std::size_t p = tg.begin;
        while (p > 0 && word_is(c, p - 1, "adverb")) --p;
        passive_form = p > 0 && word_is(c, p - 1, "be_aux");
      }
      Modality mod = modality_at(tg.begin);
      if (mod == Modality::kNegated || mod == Modality::kHypothetical) continue;
      if (mod == Modality::kPlanned && !options.keep_planned) continue;
      Event ev;
      ev.cameo = en.cameo;
      ev.modality = mod;
      double conf = 0.8;
      std::vector<std::string> actors;
      // Inside reported speech the subject is looked for inside the reported clause only.
      const Speech* sp = claim_for(tg.begin);
      const std::size_t clause_lo = sp ? sp->clause_begin : 0;
      // Nominalisations take the possessor right after them: "kunjungan Lavrov", "serangan Rusia".
      std::size_t after_possessor = tg.end;
      if (en.noun && tg.end < c.toks.size() && en.frame != Frame::kMeet) {
        // "kunjungan Lavrov", "kunjungan langka Presiden Rusia Vladimir Putin": up to two
        // adjectives, then the possessor (a country qualifying a title is skipped).
        std::size_t k = tg.end;
        std::size_t adjectives = 0;
        while (k < c.toks.size() && c.mention_at[k] < 0 && c.toks[k].word && !c.toks[k].upper && adjectives < 2 &&
               !word_is(c, k, "stop") && !any_trigger[k]) {
          ++k;
          ++adjectives;
        }
        // title words and qualifying mentions before the name ("Presiden Rusia Vladimir Putin")
        k = skip_titles(k);
        int m = k < c.toks.size() ? c.mention_at[k] : -1;
        if (m >= 0 && participant(m)) {
          actors = {mentions[static_cast<std::size_t>(m)].entity_key};
          after_possessor = k;
          while (after_possessor < c.toks.size() && c.mention_at[after_possessor] == m) ++after_possessor;
        }
      }
      // "X mengirim ... dan juga menyediakan ...": a coordinated verb shares the subject.
      if (actors.empty() && !sentence_actors.empty() && !en.noun) {
        std::size_t p = tg.begin;
        while (p > 0 && word_is(c, p - 1, "adverb")) --p;
        if (p > 0 && word_is(c, p - 1, "coord")) actors = sentence_actors;
      }
      if (actors.empty()) actors = left_actors(tg.begin, true, clause_lo);
      bool from_pronoun = false;
      if (actors.empty()) {
        actors = pronoun_actors(tg.begin);
        from_pronoun = !actors.empty();
      }
      if (actors.empty()) {
        std::string subj = main_subject_after_comma(tg.end);
        if (!subj.empty()) actors = {subj};
      }
      if (actors.empty() && !sp) actors = left_actors(tg.begin, false);
      if (actors.empty() && sp) actors = {sp->speaker};
      if (!noun_agent.empty()) actors = {noun_agent};
      // Indonesian drops a subject the previous sentence named ("Lavrov tiba di Pyongyang.
      // Kemudian langsung menemui Kim."): a verb opening its sentence after adverbs only takes
      // the previous event's actor.
      if (actors.empty() && lang != Language::kEnglish && !en.noun && !last_actor.empty() && s.index > 0 && !sp) {
        bool bare = true;
        std::size_t words = 0;
        for (std::size_t k = 0; k < tg.begin && bare; ++k) {
          if (c.mention_at[k] >= 0) bare = false;
          else if (c.toks[k].word) {
            ++words;
            bare = word_is(c, k, "adverb") || word_is(c, k, "adverbial_sub") || word_is(c, k, "stop");
          }
        }
        if (bare && words <= 4) {
          actors = {last_actor};
          from_pronoun = true;
        }
      }
      const int inner = governs(en) ? first_governed(ti) : -1;
      const std::size_t scope = scope_end[ti];
      std::string target, location;
      std::size_t clause_end = c.toks.size();
      for (std::size_t k = tg.end; k < c.toks.size(); ++k)
        if (is_break(k) && !c.st.has_class(k, cls_bit("complementizer")) && !inner_quote(k)) {
          clause_end = k;
          break;
        }
      auto mention_type = [&](const std::string& key) {
        for (int m : c.mentions)
          if (mentions[static_cast<std::size_t>(m)].entity_key == key) return mentions[static_cast<std::size_t>(m)].type;
        return EntityType::kUnknown;
      };
      // A participant named right at token k, titles and qualifying mentions skipped
      // ("bertemu Perdana Menteri Australia Anthony Albanese").
      auto object_at = [&](std::size_t k, const std::vector<std::string>& exclude) -> std::string {
        std::size_t o = skip_titles(k);
        if (o >= clause_end || c.mention_at[o] < 0 || !participant(c.mention_at[o])) return {};
        const std::string& key = mentions[static_cast<std::size_t>(c.mention_at[o])].entity_key;
        if (std::find(exclude.begin(), exclude.end(), key) != exclude.end()) return {};
        return key;
      };
      // An object pronoun on the verb itself ("menjamunya", "menemuinya").
      auto verb_pronoun_object = [&](const std::vector<std::string>& exclude) -> std::string {
        if (en.noun || lang == Language::kEnglish) return {};
        const std::string& w = c.toks[tg.end - 1].lower;
        if (w.size() <= 6 || !ends_with(w, "nya")) return {};
        return recent_person_except(tg.begin, exclude);
      };
      // The second party of a meeting: a direct object right after the verb, or a party after
      // "dengan"/"with"/"antara"; never an arbitrary later noun ("membahas situasi di Ukraina").
      auto meet_party = [&](std::size_t from, const std::vector<std::string>& exclude) -> std::string {
        std::string d = object_at(from, exclude);
        if (!d.empty()) return d;
        // ... or the parties after "dengan"/"antara"/"with" within three words of it
        // ("pertemuan antara X dan Y", "pembicaraan dengan mitranya dari Korea Utara, Choe").
        std::size_t p = from;
        while (p < std::min(clause_end, from + 4) && !word_is(c, p, "with_prep")) ++p;
        if (p >= std::min(clause_end, from + 4)) return {};
        // "dengannya": with the person named last
        const std::string& w = c.folded[p];
        if (w.size() > 5 && ends_with(w, "nya")) return recent_person_except(tg.begin, exclude);
        for (std::size_t k = p + 1; k < clause_end && k < p + 12; ++k) {
          int m = c.mention_at[k];
          if (m < 0 || !participant(m)) continue;
          const std::string& key = mentions[static_cast<std::size_t>(m)].entity_key;
          if (std::find(exclude.begin(), exclude.end(), key) != exclude.end()) continue;
          return key;
        }
        return {};
      };
      switch (passive_form ? Frame::kPassive : en.frame) {
        case Frame::kMeet: {
          // "X bertemu (dengan) Y", "pertemuan antara X dan Y", "X dan Y bertukar pandangan"
          std::string first = en.noun ? meet_party(tg.end, {}) : std::string();
          std::string second = first.empty() ? std::string() : meet_party(tg.end, {first});
          if (!first.empty() && second.empty()) {
            // "latihan militer gabungan Amerika Serikat dan Korea Selatan": coordinated possessors
            std::size_t k = skip_titles(tg.end);
            while (k < clause_end && c.mention_at[k] >= 0 && mentions[static_cast<std::size_t>(c.mention_at[k])].entity_key == first) ++k;
            if (k < clause_end && word_is(c, k, "coord")) second = object_at(k + 1, {first});
          }
          if (!first.empty() && !second.empty()) {  // "pembicaraan Lavrov dengan Kim"
            actors = {first};
            target = second;
          } else if (actors.size() >= 2) {
            target = actors.back();
            actors.resize(1);
          } else {
            target = meet_party(tg.end, actors);
            if (target.empty()) target = verb_pronoun_object(actors);
            if (actors.empty() && !target.empty()) {
              // "pertemuan antara X dan Y": both after the trigger
              actors = {target};
              target = meet_party(tg.end, actors);
            }
          }
          if (actors.empty() || target.empty()) continue;
          location = location_in(0, c.toks.size(), false);
          break;
        }
        case Frame::kVisit: {
          // The destination: a direct object right after the verb or a place after "ke"/"to".
          std::size_t from = after_possessor;
          std::size_t lim = std::min(clause_end, from + 3);
          for (std::size_t k = from; k < lim; ++k)
            if (word_is(c, k, "dir_prep")) {
              lim = word_is(c, k, "from_prep") ? k : std::min(clause_end, k + 6);
              break;
            }
          std::string obj = right_target(from, lim, true, actors);
          if (actors.empty()) continue;
          EntityType ot = obj.empty() ? EntityType::kUnknown : mention_type(obj);
          if (ot == EntityType::kLocation || ot == EntityType::kCountry) location = obj;
          if (location.empty()) location = location_in(tg.begin, clause_end, true);
          if (is_participant_type(ot)) target = obj;
          if (location.empty() && target.empty()) continue;
          break;
        }
        case Frame::kArrive: {
          if (actors.empty()) continue;
          location = location_in(tg.begin, clause_end, true);
          if (location.empty()) continue;
          break;
        }
        case Frame::kHost: {
          // The guest is the direct object ("menerima Shoigu", "welcomed Prabowo"); "menerima
          // amunisi dari Korea Utara" receives goods, not a guest.
          target = object_at(tg.end, actors);
          if (target.empty()) target = verb_pronoun_object(actors);
          if (target.empty()) continue;
          location = location_in(0, c.toks.size(), false);
          conf -= actors.empty() ? 0.2 : 0.0;
          break;
        }
        case Frame::kPassive: {
          // "Barat harus disalahkan": the subject is the target; the agent follows "oleh".
          auto subj = left_actors(tg.begin, true);
          if (subj.empty()) continue;
          target = subj.back();
          actors.clear();
          if (std::string ag = object_at(tg.end, {target}); !ag.empty()) actors = {ag};  // "didukung Rusia"
          for (std::size_t k = tg.end; k < clause_end && actors.empty(); ++k)
            if (word_is(c, k, "by_prep")) {
              std::string ag = right_target(k + 1, clause_end, false, {target});
              if (!ag.empty()) actors = {ag};
              break;
            }
          if (actors.empty() && sp) actors = {sp->speaker};
          if (actors.empty() && !speaker_of_sentence.empty()) actors = {speaker_of_sentence};
          if (actors.empty()) continue;
          // a guest is received where they travelled to ("Dalam lawatannya ke Tokyo, ... disambut")
          location = location_in(0, c.toks.size(), root_of(en.cameo) == 4);
          break;
        }
        case Frame::kCause: {
          // "X sepakat ketegangan disebabkan oleh Y", "X said the tension was caused by Y": the
          // subject (or speaker) of the sentence blames the agent after "oleh"/"by".
          for (std::size_t k = tg.begin; k < std::min(clause_end, tg.end + 2); ++k)
            if (word_is(c, k, "by_prep")) {
              for (std::size_t j = k + 1; j < clause_end && j < k + 8; ++j) {
                int m = c.mention_at[j];
                if (m >= 0 && participant(m)) {
                  target = mentions[static_cast<std::size_t>(m)].entity_key;
                  break;
                }
              }
              break;
            }
          if (target.empty()) continue;
          actors = left_actors(tg.begin, false);
          if (actors.empty() && sp) actors = {sp->speaker};
          if (actors.empty()) continue;
          if (actors.size() >= 2) actors.resize(actors.size());  // both blame
          break;
        }
        case Frame::kDeny:
        case Frame::kAct:
        default: {
          const std::size_t limit = inner >= 0 ? std::max(clause_end, scope) : clause_end;
          if (actors.size() >= 2) {
            // "Kedua negara mengkritik aliansi militer AS": a named third party in the object is
            // the target of both; "Kedua negara menandatangani ...": otherwise the pair acts
            // together, one of them standing as the other's counterpart.
            target = right_target(after_possessor, limit, false, actors, inner >= 0);
            if (target.empty()) {
              target = actors.back();
              actors.resize(1);
            }
          } else {
            std::vector<std::string> excl = actors;
            for (const auto& a : actors)
              for (const auto& o : gz.offices_of(a)) excl.push_back(o.country);  // a minister never thanks his own country
            if (root_of(en.cameo) == 2 && !en.noun) {
              // An appeal is addressed to its direct object ("mendesak Myanmar", "urged Israel")
              // or to the party after "kepada" ("meminta bantuan kepada AS"); a party further on
              // is part of what was asked ("asked Congress to approve aid for Ukraine").
              target = object_at(after_possessor, excl);
              for (std::size_t k = after_possessor; target.empty() && k < limit; ++k)
                if (word_is(c, k, "to_prep")) {
                  target = right_target(k + 1, limit, false, excl, true);
                  break;
                }
            } else {
              target = right_target(after_possessor, limit, false, excl, inner >= 0);
            }
            if (target.empty()) target = verb_pronoun_object(excl);
          }
          if (actors.empty()) continue;
          // A place inside the governed clause belongs to that clause ("menyerukan Israel untuk
          // menghentikan serangan di Gaza").
          std::size_t loc_end = inner >= 0 ? trig[static_cast<std::size_t>(inner)].begin : limit;
          if (en.frame == Frame::kDeny)  // "membantah tudingan soal pengiriman senjata ke Rusia": the denied content
            for (std::size_t k = tg.end; k < loc_end; ++k)
              if (word_is(c, k, "about_prep") || word_is(c, k, "complementizer")) {
                loc_end = k;
                break;
              }
          location = location_in(tg.end, loc_end, en.frame != Frame::kDeny);
          if (location == target) location.clear();  // "sent weapons to Ukraine": Ukraine is the recipient
          if (target.empty()) {
            // Force against a place ("membombardir Jalur Gaza", "deployed troops to the Kursk
            // region"): the place is where it happened; there is no named target.
            const int r = root_of(en.cameo);
            const bool material = r == 7 || r == 14 || r >= 17;
            if (!material || inner >= 0) continue;
            std::string place = right_target(after_possessor, limit, true, actors);
            EntityType pt = place.empty() ? EntityType::kUnknown : mention_type(place);
            if (pt == EntityType::kLocation || (pt == EntityType::kCountry && place == location_in(after_possessor, limit, true)))
              location = place;
            if (location.empty()) continue;
          }
          if (inner >= 0 && en.frame == Frame::kAct) ev.cameo = refine(en.cameo, im.entries[trig[static_cast<std::size_t>(inner)].entry].cameo);
          break;
        }
      }
      for (const auto& a : actors)
        if (!a.empty()) ev.participants.push_back(Participant{a, ParticipantRole::kActor});
      if (!target.empty() && std::find(actors.begin(), actors.end(), target) == actors.end())
        ev.participants.push_back(Participant{target, ParticipantRole::kTarget});
      if (ev.participants.empty()) continue;
      // Someone else's act reported by a third party ("AS mengatakan Korea Utara telah
      // mengirimkan amunisi") is that party's claim, carried by the statement event below,
      // not an event kronik asserts.
      if (sp && third_party(sp->speaker, actors)) {
        for (std::size_t q = 0; q < speeches.size(); ++q)
          if (&speeches[q] == sp) {
            inner_actors[q].insert(inner_actors[q].end(), actors.begin(), actors.end());
            third_party_claims[q] = true;
          }
        continue;
      }
      if (sp) {
        bool listed = false;
        for (const auto& p : ev.participants) listed = listed || p.entity == sp->speaker;
        if (!listed) ev.participants.push_back(Participant{sp->speaker, ParticipantRole::kSpeaker});
        ev.has_claim = true;
        ev.claim.speaker = sp->speaker;
        ev.claim.direct = sp->direct;
        ev.claim.reported_by = reporters;
        std::size_t cb = sp->clause_begin, ce = std::max(sp->clause_begin + 1, sp->clause_end);
        ev.claim.text = std::string(trim(text.substr(c.toks[cb].span.begin, c.toks[ce - 1].span.end - c.toks[cb].span.begin)));
        for (int m : c.mentions) {
          std::size_t f = mention_first_tok(m);
          const auto& key = mentions[static_cast<std::size_t>(m)].entity_key;
          if (f >= cb && f < ce && std::find(ev.claim.about.begin(), ev.claim.about.end(), key) == ev.claim.about.end())
            ev.claim.about.push_back(key);
        }
        for (std::size_t q = 0; q < speeches.size(); ++q)
          if (&speeches[q] == sp) {
            clause_has_event.insert(q);
            for (const auto& a : actors) inner_actors[q].push_back(a);
          }
      } else if (!reporters.empty()) {
        ev.has_claim = true;
        ev.claim.reported_by = reporters;
        ev.claim.text = std::string(slice(text, s.span));
      }
      // A denial: the denied clause is a claim, the accuser's when one is named ("membantah
      // tuduhan Ukraina bahwa ...", "denied accusations by Ukraine that ...").
      if (en.frame == Frame::kDeny && !passive_form) {
        std::size_t cb = tg.end, ce = std::max(scope, clause_end);
        ev.has_claim = true;
        ev.claim.status = ClaimStatus::kDenied;
        ev.claim.direct = false;
        ev.claim.about.clear();
        ev.claim.speaker.clear();
        bool accusation = en.words.size() >= 2 || (inner >= 0 && im.entries[trig[static_cast<std::size_t>(inner)].entry].cameo == "112");
        if (accusation && !target.empty()) ev.claim.speaker = target;
        if (ev.claim.reported_by.empty()) ev.claim.reported_by = reporters;
        if (cb < ce && ce <= c.toks.size())
          ev.claim.text = std::string(trim(text.substr(c.toks[cb].span.begin, c.toks[ce - 1].span.end - c.toks[cb].span.begin)));
        for (int m : c.mentions) {
          std::size_t f = mention_first_tok(m);
          const auto& key = mentions[static_cast<std::size_t>(m)].entity_key;
          if (f >= cb && f < ce && key != target && std::find(ev.claim.about.begin(), ev.claim.about.end(), key) == ev.claim.about.end())
            ev.claim.about.push_back(key);
        }
      }
      // "diduga", "disebut-sebut", "allegedly", "reportedly" before the verb: the act is only
      // alleged.
      {
        std::size_t lo = tg.begin >= 4 ? tg.begin - 4 : 0;
        bool hedged = false;
        for (std::size_t k = lo; k < tg.begin && !hedged; ++k) {
          std::size_t len = 0;
          hedged = phrase_is(c, k, "hedge", len) && k + len <= tg.begin;
        }
        if (hedged) {
          if (!ev.has_claim) {
            ev.has_claim = true;
            ev.claim.reported_by = reporters;
            ev.claim.text = std::string(slice(text, s.span));
          }
          ev.claim.status = ClaimStatus::kSuspected;
          conf -= 0.1;
        }
      }
      ev.location = location;
      date_for(tg.begin, ev, en.noun);
      // "..., ketika ia tiba di Pyongyang", "saat keduanya bertemu", "when he arrived": the main
      // clause happens at the time of the event in the when-clause.
      for (std::size_t w = 0; w < c.toks.size() && ev.after.empty(); ++w) {
        if (!word_is(c, w, "when_sub")) continue;
        std::size_t end = w + 1;
        while (end < c.toks.size() && !(!c.toks[end].word && (c.toks[end].text == "," || c.toks[end].text == ";"))) ++end;
        if (tg.begin >= w && tg.begin < end) continue;  // this event is the subordinate one
        for (const Trigger& lt : trig)
          if (lt.begin > w && lt.begin < end && im.entries[lt.entry].frame != Frame::kSpeech &&
              im.entries[lt.entry].frame != Frame::kReport) {
            ev.after = trigger_key(lt);
            break;
          }
      }
      // "Setelah tiba di Pyongyang, Lavrov berpidato ...": the main clause follows the event of
      // the leading clause; the graph dates it by that event when it has no date of its own.
      if (ev.after.empty() && word_is(c, 0, "after_sub")) {
        std::size_t comma = 0;
        while (comma < c.toks.size() && !(!c.toks[comma].word && c.toks[comma].text == ",")) ++comma;
        if (comma < c.toks.size() && tg.begin > comma)
          for (const Trigger& lt : trig)
            if (lt.begin < comma && lt.begin > 0) {
              ev.after = trigger_key(lt);
              break;
            }
      }
      if (from_pronoun) conf -= 0.15;
      if (ev.date_anchor == Anchor::kDefaulted) conf -= 0.1;
      if (s.role == SentenceRole::kHeadline) conf -= 0.05;
      ev.confidence = std::round(std::max(0.1, conf) * 100) / 100;
      Evidence evd;
      evd.document = document;
      evd.sentence = s.index;
      evd.span = s.span;
      evd.trigger = ByteSpan{c.toks[tg.begin].span.begin, c.toks[tg.end - 1].span.end};
      evd.text = std::string(slice(text, s.span));
      evd.trigger_text = std::string(slice(text, evd.trigger));
      ev.evidence.push_back(std::move(evd));
      ev.sources.push_back(document);
      sentence_actors.clear();
      for (const auto& p : ev.participants)
        if (p.role == ParticipantRole::kActor) {
          last_actor = p.entity;
          sentence_actors.push_back(p.entity);
        }
      out.push_back(std::move(ev));
    }
    // Statements, kept to the two kinds a reader would chart: telling someone ("Kim mengatakan
    // kepada Lavrov", "X told Y") and saying what a third party did ("AS mengatakan Korea Utara
    // telah mengirimkan amunisi"). A speaker describing their own side's acts is already carried
    // by that event's speaker slot.
    for (std::size_t q = 0; q < speeches.size(); ++q) {
      const Speech& sp = speeches[q];
      if (sp.speaker.empty()) continue;
      if (modality_at(sp.trigger) != Modality::kAsserted) continue;
      std::string about = sp.addressee;
      if (about.empty()) {
        const std::vector<std::string> own = own_side(sp.speaker);
        for (const auto& a : inner_actors[q])
          if (std::find(own.begin(), own.end(), a) == own.end()) {
            about = a;
            break;
          }
      }
      if (about.empty()) continue;
      Event ev;
      ev.cameo = sp.cameo;
      ev.participants = {Participant{sp.speaker, ParticipantRole::kActor}, Participant{about, ParticipantRole::kTarget}};
      ev.has_claim = true;
      ev.claim.speaker = sp.speaker;
      ev.claim.direct = sp.direct;
      ev.claim.reported_by = reporters;
      std::size_t cb = sp.clause_begin, ce = std::max(sp.clause_begin + 1, sp.clause_end);
      if (cb < c.toks.size())
        ev.claim.text = std::string(trim(text.substr(c.toks[cb].span.begin, c.toks[std::min(ce, c.toks.size()) - 1].span.end - c.toks[cb].span.begin)));
      for (int m : c.mentions) {
        std::size_t f = mention_first_tok(m);
        const auto& key = mentions[static_cast<std::size_t>(m)].entity_key;
        if (f >= cb && f < ce && key != sp.speaker &&
            std::find(ev.claim.about.begin(), ev.claim.about.end(), key) == ev.claim.about.end())
          ev.claim.about.push_back(key);
      }
      date_for(sp.trigger, ev);
      ev.confidence = 0.6;
      Evidence evd;
      evd.document = document;
      evd.sentence = s.index;
      evd.span = s.span;
      evd.trigger = ByteSpan{c.toks[sp.trigger].span.begin, c.toks[sp.trigger].span.end};
      evd.text = std::string(slice(text, s.span));
      evd.trigger_text = std::string(slice(text, evd.trigger));
      ev.evidence.push_back(std::move(evd));
      ev.sources.push_back(document);
      last_actor = sp.speaker;
      out.push_back(std::move(ev));
    }
    (void)events_before;
    remember_persons();
  }
  // CAMEO metadata.
  for (Event& ev : out) {
    if (const CameoInfo* ci = lex_->cameo(ev.cameo)) {
      ev.type = ci->type;
      ev.cameo_name = ci->name;
      ev.quad_class = ci->quad_class ? ci->quad_class : quad_of_root(std::atoi(ev.cameo.substr(0, 2).c_str()));
      ev.goldstein = ci->goldstein;
    }
    // The window coder's rule: its trigger phrase of data/<lang>/events.tsv.
    if (ev.rule.empty() && !ev.evidence.empty()) ev.rule = "window:" + lower(ev.evidence.front().trigger_text);
  }
  return out;
}

}  // namespace kronik
