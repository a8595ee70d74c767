// Corpus readers: two-column BIO files (IndoNLU) and GUM's CoNLL-U entity annotations.
#include "kronik/names/corpus.h"

#include <algorithm>
#include <iterator>

#include "kronik/core/text.h"

namespace kronik::names {
namespace {

Error bad_line(std::string_view name, std::size_t line, const std::string& what) {
  return Error{ErrorCode::kParse, what, std::string(name), line};
}

/// Splits text into lines (without the newline, CR trimmed) and calls on_line(line, number).
template <class OnLine>
Status for_each_line(std::string_view text, OnLine&& on_line) {
  std::size_t number = 0;
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (Status s = on_line(line, ++number); !s) return s;
  }
  return {};
}

void end_sentence(NamedSentence& current, std::vector<NamedSentence>& out) {
  if (!current.words.empty()) out.push_back(std::move(current));
  current = NamedSentence{};
}

std::optional<NameTag> map_bio(std::string_view tag, const TypeMap& types, bool& known) {
  known = true;
  if (tag == "O") return NameTag::kO;
  if (tag.size() < 3 || (tag[0] != 'B' && tag[0] != 'I') || tag[1] != '-') return known = false, std::nullopt;
  const std::string_view label = tag.substr(2);
  for (const auto& [corpus_label, type] : types) {
    if (corpus_label != label) continue;
    if (!type) return NameTag::kO;
    return tag[0] == 'B' ? begin_tag(*type) : inside_tag(*type);
  }
  return known = false, std::nullopt;
}

/// B/I tags after mapping: an I-X that does not continue an X (its B was mapped to O or is
/// missing) becomes B-X, so sequences stay well formed.
void repair_bio(std::vector<NameTag>& tags) {
  for (std::size_t i = 0; i < tags.size(); ++i) {
    if (!is_inside(tags[i])) continue;
    const bool continues = i > 0 && tags[i - 1] != NameTag::kO && tag_type(tags[i - 1]) == tag_type(tags[i]);
    if (!continues) tags[i] = begin_tag(tag_type(tags[i]));
  }
}

// ---- GUM ------------------------------------------------------------------------------------

struct GumWord {
  std::string form;
  std::string upos;
  std::size_t head = 0;  ///< 1-based, 0 = root
  std::string misc;
};

struct Mention {
  std::size_t begin = 0, end = 0;  ///< 0-based words [begin, end)
  std::string type;
};

std::optional<NameType> gum_type(std::string_view etype) {
  if (etype == "person") return NameType::kPer;
  if (etype == "place") return NameType::kLoc;
  if (etype == "organization") return NameType::kOrg;
  if (etype == "object" || etype == "event" || etype == "abstract") return NameType::kMisc;
  return std::nullopt;
}

std::string_view entity_field(std::string_view misc) {
  for (std::string_view item : kronik::split(misc, '|'))
    if (item.starts_with("Entity=")) return item.substr(7);
  return {};
}

/// Opens and closes the mentions of one word's Entity= value: "(7-person-...-Dennis_Hopper"
/// opens entity 7, "7)" closes it, "(9-place-...)" is a one-word mention.
void read_entity_marks(std::string_view value, std::size_t word, std::vector<std::pair<std::string, Mention>>& open,
                       std::vector<Mention>& done) {
  std::size_t i = 0;
  while (i < value.size()) {
    if (value[i] == '(') {
      const std::size_t end = value.find_first_of("()", i + 1);
      const std::string_view attrs = value.substr(i + 1, end == std::string_view::npos ? std::string_view::npos : end - i - 1);
      const auto parts = kronik::split(attrs, '-');
      Mention m{word, word + 1, parts.size() > 1 ? std::string(parts[1]) : std::string()};
      if (end != std::string_view::npos && value[end] == ')') {
        done.push_back(m);
        i = end + 1;
      } else {
        open.emplace_back(std::string(parts.empty() ? std::string_view() : parts[0]), m);
        i = end == std::string_view::npos ? value.size() : end;
      }
      continue;
    }
    const std::size_t close = value.find(')', i);
    if (close == std::string_view::npos) break;
    const std::string_view id = value.substr(i, close - i);
    for (std::size_t k = open.size(); k-- > 0;) {
      if (open[k].first != id) continue;
      Mention m = open[k].second;
      m.end = word + 1;
      done.push_back(m);
      open.erase(open.begin() + static_cast<long>(k));
      break;
    }
    i = close + 1;
  }
}

/// The word of the mention whose syntactic head lies outside it, or nullopt.
std::optional<std::size_t> mention_head(const Mention& m, const std::vector<GumWord>& words) {
  for (std::size_t i = m.begin; i < m.end; ++i) {
    const std::size_t h = words[i].head;
    if (h == 0 || h - 1 < m.begin || h - 1 >= m.end) return i;
  }
  return std::nullopt;
}

/// PROPN, or a capitalised noun, adjective or number inside a name ("First Symphony"); a
/// capitalised determiner at the start of a sentence ("The") is not.
bool name_like(const GumWord& w) {
  if (w.upos == "PROPN") return true;
  const bool content = w.upos == "NOUN" || w.upos == "ADJ" || w.upos == "NUM" || w.upos == "X";
  return content && kronik::is_upper_initial(w.form);
}

/// Lower-case words that may stand inside a name between name-like words ("University of
/// Southern Indiana", "Foundation for the Visual Arts", "Leonardo da Vinci").
bool name_connector(const GumWord& w) {
  static constexpr std::string_view kConnectors[] = {"of", "for", "the", "de", "du", "da", "di", "von", "van", "der", "del", "al", "bin", "&"};
  return std::find(std::begin(kConnectors), std::end(kConnectors), w.form) != std::end(kConnectors);
}

/// The name inside a mention: the run of name-like words around its PROPN head, with
/// connectors between name-like words. "the prominent critic Eduard Hanslick" has a NOUN head
/// and is not a name; "Brahms and Hanslick" gives "Brahms" (the head); "the United States" gives
/// "United States".
std::optional<Mention> name_of(const Mention& m, const std::vector<GumWord>& words) {
  const auto head = mention_head(m, words);
  if (!head || words[*head].upos != "PROPN") return std::nullopt;
  Mention name = m;
  name.begin = *head;
  name.end = *head + 1;
  while (name.begin > m.begin && name_like(words[name.begin - 1])) --name.begin;
  for (std::size_t j = name.end; j < m.end; ++j) {
    if (!name_like(words[j]) && !name_connector(words[j])) break;
    if (name_like(words[j])) name.end = j + 1;
  }
  return name;
}

std::vector<NameTag> gum_tags(const std::vector<GumWord>& words, const std::vector<Mention>& mentions) {
  std::vector<Mention> names;
  for (const Mention& m : mentions)
    if (auto name = gum_type(m.type) ? name_of(m, words) : std::nullopt) names.push_back(*name);
  // Longest names first; a name overlapping one already taken is dropped.
  std::sort(names.begin(), names.end(), [](const Mention& a, const Mention& b) {
    return a.end - a.begin != b.end - b.begin ? a.end - a.begin > b.end - b.begin : a.begin < b.begin;
  });
  std::vector<NameTag> tags(words.size(), NameTag::kO);
  for (const Mention& m : names) {
    if (std::any_of(tags.begin() + static_cast<long>(m.begin), tags.begin() + static_cast<long>(m.end),
                    [](NameTag t) { return t != NameTag::kO; }))
      continue;
    const NameType type = *gum_type(m.type);
    for (std::size_t i = m.begin; i < m.end; ++i) tags[i] = i == m.begin ? begin_tag(type) : inside_tag(type);
  }
  return tags;
}

}  // namespace

Result<std::vector<NamedSentence>> read_bio_columns(std::string_view text, std::string_view name, const TypeMap& types) {
  std::vector<NamedSentence> out;
  NamedSentence current;
  Status s = for_each_line(text, [&](std::string_view line, std::size_t number) -> Status {
    if (kronik::trim(line).empty()) {
      repair_bio(current.tags);
      end_sentence(current, out);
      return {};
    }
    const std::size_t cut = line.find_last_of("\t ");
    if (cut == std::string_view::npos || cut == 0) return bad_line(name, number, "expected a word and a tag");
    bool known = false;
    const auto tag = map_bio(line.substr(cut + 1), types, known);
    if (!known) return bad_line(name, number, "unknown tag " + std::string(line.substr(cut + 1)));
    current.words.emplace_back(kronik::trim(line.substr(0, cut)));
    current.tags.push_back(*tag);
    return {};
  });
  if (!s) return s.error();
  repair_bio(current.tags);
  end_sentence(current, out);
  return out;
}

Result<std::vector<NamedSentence>> read_gum_entities(std::string_view text, std::string_view name) {
  std::vector<NamedSentence> out;
  std::vector<GumWord> words;
  std::vector<std::pair<std::string, Mention>> open;  // mentions may span sentences only in theory
  std::vector<Mention> done;
  auto flush = [&] {
    if (words.empty()) return;
    NamedSentence s;
    for (const GumWord& w : words) s.words.push_back(w.form);
    s.tags = gum_tags(words, done);
    out.push_back(std::move(s));
    words.clear();
    done.clear();
    open.clear();
  };
  Status s = for_each_line(text, [&](std::string_view line, std::size_t number) -> Status {
    if (line.empty()) return flush(), Status{};
    if (line.front() == '#') return {};
    const auto cols = kronik::split(line, '\t');
    if (cols.size() < 10) return bad_line(name, number, "fewer than 10 columns");
    if (cols[0].find_first_of("-.") != std::string_view::npos) return {};  // multiword token or empty node
    GumWord w{std::string(cols[1]), std::string(cols[3]), 0, std::string(cols[9])};
    for (char c : cols[6]) {
      if (c < '0' || c > '9') return bad_line(name, number, "bad head");
      w.head = w.head * 10 + static_cast<std::size_t>(c - '0');
    }
    read_entity_marks(entity_field(w.misc), words.size(), open, done);
    words.push_back(std::move(w));
    return {};
  });
  if (!s) return s.error();
  flush();
  return out;
}

}  // namespace kronik::names
