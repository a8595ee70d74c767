#include "kronik/extract/syntax/words.h"

#include <algorithm>

#include "lexicon/tsv.h"

namespace kronik {
namespace {

// Lower-cases ASCII and reads ’ (U+2019) as ', keeping a map from each byte of the result to
// the byte of `token` it came from, so cuts found on the normal form land on the surface text.
// Other non-ASCII bytes are kept as they are: every clitic is ASCII.
std::string normal_form(std::string_view token, std::vector<std::uint32_t>& origin) {
  std::string out;
  out.reserve(token.size());
  origin.clear();
  for (std::size_t i = 0; i < token.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(token[i]);
    if (c == 0xE2 && i + 2 < token.size() && static_cast<unsigned char>(token[i + 1]) == 0x80 &&
        static_cast<unsigned char>(token[i + 2]) == 0x99) {
      out.push_back('\'');
      origin.push_back(static_cast<std::uint32_t>(i));
      i += 2;
      continue;
    }
    out.push_back(c < 0x80 ? static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c) : static_cast<char>(c));
    origin.push_back(static_cast<std::uint32_t>(i));
  }
  origin.push_back(static_cast<std::uint32_t>(token.size()));
  return out;
}

std::size_t letters(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) {
    const unsigned char u = static_cast<unsigned char>(c);
    return u >= 0x80 ? (u & 0xC0) != 0x80 : ((u | 32) >= 'a' && (u | 32) <= 'z');
  }));
}

bool starts_upper(std::string_view s) { return !s.empty() && s[0] >= 'A' && s[0] <= 'Z'; }

}  // namespace

Result<CliticSplitter> CliticSplitter::load(const std::string& data_dir) {
  CliticSplitter s;
  Status st = detail::for_each_language_file(
      data_dir, "clitics.tsv", [&](Language lang, const std::string& path) { return s.add_rules(lang, path); });
  if (!st) return st.error();
  return s;
}

Status CliticSplitter::add_rules(Language lang, const std::string& path) {
  Rules* r = lang == Language::kIndonesian ? &id_ : lang == Language::kEnglish ? &en_ : nullptr;
  if (!r) return Error{ErrorCode::kUsage, "clitic rules are for Indonesian or English", path, 0};
  std::vector<std::uint32_t> unused;
  auto norm = [&](std::string_view w) { return normal_form(w, unused); };
  Status st = detail::read_tsv(path, "kind", [&](const std::vector<std::string_view>& c, std::size_t) -> std::string {
    const std::string_view kind = c[0];
    if (kind == "suffix" && c.size() >= 3 && (c[2] == "any" || c[2] == "host")) {
      r->suffixes.push_back(Suffix{norm(c[1]), c[2] == "host"});
    } else if (kind == "host" && c.size() >= 2) {
      r->hosts.insert(norm(c[1]));
    } else if (kind == "keep" && c.size() >= 2) {
      r->keep.insert(norm(c[1]));
    } else if (kind == "keep-confix" && c.size() >= 3) {
      r->confixes.emplace_back(norm(c[1]), norm(c[2]));
    } else if (kind == "contraction" && c.size() >= 3) {
      const std::string w = norm(c[1]);
      const int at = std::atoi(std::string(c[2]).c_str());
      if (at <= 0 || static_cast<std::size_t>(at) >= w.size()) return "contraction cut outside the word";
      r->contractions[w] = static_cast<std::uint32_t>(at);
    } else {
      return "expected 'suffix <clitic> any|host', 'host <word>', 'keep <word>', "
             "'keep-confix <prefix> <suffix>' or 'contraction <word> <cut>'";
    }
    return {};
  });
  if (!st) return st;
  // Longest clitic first, so "'ll" is tried before "'l" would be.
  std::stable_sort(r->suffixes.begin(), r->suffixes.end(),
                   [](const Suffix& a, const Suffix& b) { return a.clitic.size() > b.clitic.size(); });
  return {};
}

const CliticSplitter::Rules* CliticSplitter::rules(Language lang) const noexcept {
  if (lang == Language::kIndonesian) return &id_;
  if (lang == Language::kEnglish) return &en_;
  return nullptr;
}

// Where the one suffix clitic of `lower` starts (0 = no clitic). One clitic per word is enough
// for news text; UD's "-nya-lah" stacks are rare.
std::size_t CliticSplitter::suffix_cut(const Rules& r, std::string_view lower, bool name_like) {
  if (r.keep.count(std::string(lower))) return 0;
  for (const auto& [prefix, suffix] : r.confixes)
    if (lower.size() > prefix.size() + suffix.size() && lower.starts_with(prefix) && lower.ends_with(suffix)) return 0;
  for (const Suffix& s : r.suffixes) {
    if (lower.size() <= s.clitic.size() || !lower.ends_with(s.clitic)) continue;
    // A name ends in letters that only look like a clitic ("Kenya"); an apostrophe is always one.
    if (name_like && s.clitic.find('\'') == std::string::npos) continue;
    const std::string_view stem = lower.substr(0, lower.size() - s.clitic.size());
    if (stem.back() == '-') continue;  // "kata-nya" is written apart on purpose
    // A stem of at least three letters: "-nya" on "dia" is a word, on "ta" it is part of "tanya".
    // After an apostrophe any stem will do ("it's", "I'm").
    const std::size_t min_letters = s.clitic.find('\'') == std::string::npos ? 3 : 1;
    const bool ok = s.host_only ? r.hosts.count(std::string(stem)) > 0 : letters(stem) >= min_letters;
    if (ok) return stem.size();
  }
  return 0;
}

std::size_t CliticSplitter::split(std::string_view token, Language lang, bool sentence_start,
                                  std::vector<std::uint32_t>& cuts) const {
  cuts.assign({0, static_cast<std::uint32_t>(token.size())});
  const Rules* r = rules(lang);
  if (!r || token.size() < 3) return 1;
  std::vector<std::uint32_t> origin;
  const std::string lower = normal_form(token, origin);
  std::size_t at = 0;
  if (auto it = r->contractions.find(lower); it != r->contractions.end()) {
    at = it->second;
  } else {
    at = suffix_cut(*r, lower, !sentence_start && starts_upper(token));
  }
  if (at == 0) return 1;
  cuts = {0, origin[at], static_cast<std::uint32_t>(token.size())};
  return 2;
}

}  // namespace kronik
