// Match keys: the forms under which a word of a sentence meets a word of a trigger pattern.
// Indonesian words meet on voice-insensitive forms (id_forms), English words on Snowball stems;
// both are remembered per thread, since news repeats its words from one document to the next.
#include <libstemmer.h>

#include <algorithm>

#include "events/window/window.h"

namespace kronik::window {

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

bool starts_with(std::string_view w, std::string_view pre) { return w.compare(0, pre.size(), pre) == 0; }
bool is_vowel(char ch) { return ch == 'a' || ch == 'e' || ch == 'i' || ch == 'o' || ch == 'u'; }

}  // namespace

bool ends_with(std::string_view w, std::string_view suf) {
  return w.size() >= suf.size() && w.compare(w.size() - suf.size(), suf.size(), suf) == 0;
}

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

WordKeyCache& WordKeyCache::local() {
  thread_local WordKeyCache cache;
  return cache;
}

void WordKeyCache::start(const LexiconImpl& lexicon) {
  if (serial_ != lexicon.serial) {
    for (auto& m : by_lang_) m.clear();
    serial_ = lexicon.serial;
  }
  for (auto& m : by_lang_)
    if (m.size() > 200000) m.clear();
}

const WordKeys& WordKeyCache::get(const std::string& lower_word, Language lang, const LexiconImpl& lexicon) {
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

bool share_key(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  for (const auto& x : a)
    for (const auto& y : b)
      if (x == y) return true;
  return false;
}

}  // namespace kronik::window
