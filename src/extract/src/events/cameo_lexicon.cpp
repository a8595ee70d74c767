// Loading the CAMEO frame dictionaries (docs/cameo-lexicon.md).
#include "kronik/extract/events/cameo_lexicon.h"

#include <algorithm>

#include "kronik/core/text.h"
#include "lexicon/tsv.h"

namespace kronik {

namespace {

using Cells = std::vector<std::string_view>;

bool slot_from(std::string_view rel, PatternSlot& slot) {
  static const std::pair<std::string_view, PatternSlot> kSlots[] = {
      {"obj", PatternSlot::kObj},       {"nsubj", PatternSlot::kSubj},     {"prt", PatternSlot::kParticle},
      {"obl", PatternSlot::kOblique},   {"xcomp", PatternSlot::kXcomp},    {"advmod", PatternSlot::kAdvmod},
      {"aux", PatternSlot::kAux},       {"compound", PatternSlot::kCompound}, {"comp", PatternSlot::kModifier},
  };
  for (const auto& [name, s] : kSlots)
    if (rel == name) {
      slot = s;
      return true;
    }
  return false;
}

void add_words(std::string_view alternatives, PatternElement& el) {
  for (std::string_view w : split(alternatives, '|')) {
    w = trim(w);
    if (w == "@target") {
      el.binds_target = true;
    } else if (w == "@source") {
      el.binds_source = true;
    } else if (!w.empty()) {
      el.words.emplace_back(lower(w));
    }
  }
}

bool parse_element(std::string_view text, PatternElement& el) {
  auto parts = split(text, ':');
  if (parts.size() < 2 || !slot_from(parts[0], el.slot)) return false;
  if (el.slot == PatternSlot::kOblique) {
    el.marker = lower(parts[1]);
    if (parts.size() > 3) return false;
    if (parts.size() == 3) add_words(parts[2], el);
    return !el.marker.empty();
  }
  if (parts.size() != 2) return false;
  add_words(parts[1], el);
  return true;
}

bool kind_from(std::string_view s, FrameKind& kind) {
  static const std::pair<std::string_view, FrameKind> kKinds[] = {
      {"act", FrameKind::kAct},     {"speech", FrameKind::kSpeech}, {"report", FrameKind::kReport},
      {"meet", FrameKind::kMeet},   {"visit", FrameKind::kVisit},   {"host", FrameKind::kHost},
      {"arrive", FrameKind::kArrive}, {"deny", FrameKind::kDeny},
  };
  for (const auto& [name, k] : kKinds)
    if (s == name) {
      kind = k;
      return true;
    }
  return false;
}

// "poss:source|by:source|with:target|between:both"
bool parse_args(std::string_view text, std::vector<NounArgument>& out) {
  if (trim(text) == "-" || trim(text).empty()) return true;
  for (std::string_view a : split(text, '|')) {
    auto parts = split(trim(a), ':');
    if (parts.size() != 2) return false;
    NounArgument arg;
    arg.marker = lower(parts[0]);
    if (parts[1] == "source") arg.role = NounArgument::kSource;
    else if (parts[1] == "target") arg.role = NounArgument::kTarget;
    else if (parts[1] == "both") arg.role = NounArgument::kBoth;
    else return false;
    out.push_back(std::move(arg));
  }
  return true;
}

std::string code_cell(std::string_view c) { return std::string(trim(c)); }

// English speech verbs are "act" rows with code 010 in PETRARCH; the coder needs to know them to
// read their complement clause as the claim.
FrameKind english_kind(const CameoFrame& f) {
  return f.code == "010" && f.pattern.empty() ? FrameKind::kSpeech : FrameKind::kAct;
}

using Keyed = std::vector<std::pair<std::string, CameoFrame>>;

}  // namespace

std::span<const CameoFrame> CameoLexicon::Table::find(std::string_view key) const {
  auto it = by_key.find(key);
  if (it == by_key.end()) return {};
  return {frames.data() + it->second.first, it->second.second - it->second.first};
}

bool CameoLexicon::parse_pattern(std::string_view text, std::vector<PatternElement>& out) {
  text = trim(text);
  if (text == "*" || text.empty()) return true;
  for (std::string_view e : split(text, '+')) {
    PatternElement el;
    if (!parse_element(trim(e), el)) return false;
    out.push_back(std::move(el));
  }
  return true;
}

namespace {

// Frames grouped by key in file order (a stable sort keeps each key's rows in their order).
template <class KeyIndex>
void index_table(Keyed rows, std::vector<CameoFrame>& frames, KeyIndex& by_key) {
  std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& [key, frame] : rows) {
    auto idx = static_cast<std::uint32_t>(frames.size());
    auto [it, fresh] = by_key.try_emplace(key, idx, idx);
    it->second.second = idx + 1;
    frames.push_back(std::move(frame));
  }
}

Status read_english_verbs(const std::string& path, Keyed& rows) {
  return detail::read_tsv(path, "lemma", [&](const Cells& c, std::size_t) -> std::string {
    if (c.size() < 7) return "expected lemma code code_rev pattern passive_ok synset source";
    CameoFrame f;
    f.code = code_cell(c[1]);
    if (trim(c[2]) != "-") f.code_rev = std::string(trim(c[2]));
    if (!CameoLexicon::parse_pattern(c[3], f.pattern)) return "bad pattern '" + std::string(c[3]) + "'";
    f.kind = english_kind(f);
    f.source = std::string(trim(c[6]));
    rows.emplace_back(lower(trim(c[0])), std::move(f));
    return {};
  });
}

Status read_english_nouns(const std::string& path, Keyed& rows) {
  return detail::read_tsv(path, "lemma", [&](const Cells& c, std::size_t) -> std::string {
    if (c.size() < 5) return "expected lemma code pattern args source";
    CameoFrame f;
    f.code = code_cell(c[1]);
    if (!CameoLexicon::parse_pattern(c[2], f.pattern)) return "bad pattern '" + std::string(c[2]) + "'";
    if (!parse_args(c[3], f.args)) return "bad args '" + std::string(c[3]) + "'";
    f.source = std::string(trim(c[4]));
    rows.emplace_back(lower(trim(c[0])), std::move(f));
    return {};
  });
}

Status read_indonesian_verbs(const std::string& path, Keyed& rows) {
  return detail::read_tsv(path, "form", [&](const Cells& c, std::size_t) -> std::string {
    if (c.size() < 9) return "expected form lemma affix code code_rev pattern voice frame source";
    CameoFrame f;
    f.code = code_cell(c[3]);
    if (trim(c[4]) != "-") f.code_rev = std::string(trim(c[4]));
    if (!CameoLexicon::parse_pattern(c[5], f.pattern)) return "bad pattern '" + std::string(c[5]) + "'";
    f.passive = trim(c[6]) == "passive";
    if (!kind_from(trim(c[7]), f.kind)) return "unknown frame '" + std::string(c[7]) + "'";
    f.source = std::string(trim(c[8]));
    rows.emplace_back(lower(trim(c[0])), std::move(f));
    return {};
  });
}

Status read_indonesian_nouns(const std::string& path, Keyed& rows) {
  return detail::read_tsv(path, "form", [&](const Cells& c, std::size_t) -> std::string {
    if (c.size() < 8) return "expected form lemma affix code code_rev pattern args source";
    CameoFrame f;
    f.code = code_cell(c[3]);
    if (trim(c[4]) != "-") f.code_rev = std::string(trim(c[4]));
    if (!CameoLexicon::parse_pattern(c[5], f.pattern)) return "bad pattern '" + std::string(c[5]) + "'";
    if (!parse_args(c[6], f.args)) return "bad args '" + std::string(c[6]) + "'";
    f.source = std::string(trim(c[7]));
    rows.emplace_back(lower(trim(c[0])), std::move(f));
    return {};
  });
}

}  // namespace

Result<std::shared_ptr<const CameoLexicon>> CameoLexicon::load(const std::string& data_dir) {
  auto lex = std::make_shared<CameoLexicon>();
  struct Source {
    Language lang;
    const char* file;
    Status (*read)(const std::string&, Keyed&);
    bool noun;
  };
  const Source sources[] = {
      {Language::kEnglish, "/en/cameo_verbs_kronik.tsv", read_english_verbs, false},
      {Language::kEnglish, "/en/cameo_verbs.tsv", read_english_verbs, false},
      {Language::kEnglish, "/en/cameo_nouns.tsv", read_english_nouns, true},
      {Language::kIndonesian, "/id/cameo_verbs.tsv", read_indonesian_verbs, false},
      {Language::kIndonesian, "/id/cameo_nouns.tsv", read_indonesian_nouns, true},
  };
  Keyed keyed[2][3];  // [noun][language]: the files of one table in order, then indexed once
  for (const Source& src : sources) {
    const std::string path = data_dir + src.file;
    if (!detail::file_exists(path)) continue;
    if (Status st = src.read(path, keyed[src.noun][static_cast<int>(src.lang)]); !st) return st.error();
  }
  for (int noun = 0; noun < 2; ++noun)
    for (int lang = 0; lang < 3; ++lang) {
      Table& t = (noun ? lex->nouns_ : lex->verbs_)[lang];
      index_table(std::move(keyed[noun][lang]), t.frames, t.by_key);
    }
  const std::string classes = data_dir + "/en/cameo_classes.tsv";
  if (detail::file_exists(classes)) {
    Status st = detail::read_tsv(classes, "class", [&](const Cells& c, std::size_t) -> std::string {
      if (c.size() < 2) return "expected class word";
      std::string cls(trim(c[0]));
      if (!cls.empty() && cls[0] == '&') cls.erase(0, 1);
      const std::uint32_t id = lex->class_ids_.emplace(lower(cls), static_cast<std::uint32_t>(lex->class_ids_.size()))
                                   .first->second;
      auto& ids = lex->word_classes_[static_cast<int>(Language::kEnglish)][lower(trim(c[1]))];
      if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
      return {};
    });
    if (!st) return st.error();
  }
  // PETRARCH2's forms, then those of kronik's own frames (a form in both keeps PETRARCH's lemma).
  for (const char* file : {"/en/cameo_verb_forms.tsv", "/en/cameo_verb_forms_kronik.tsv"}) {
    const std::string forms = data_dir + file;
    if (!detail::file_exists(forms)) continue;
    Status st = detail::read_tsv(forms, "form", [&](const Cells& c, std::size_t) -> std::string {
      if (c.size() < 2) return "expected form lemma";
      lex->verb_lemmas_.emplace(lower(trim(c[0])), lower(trim(c[1])));
      return {};
    });
    if (!st) return st.error();
  }
  return std::shared_ptr<const CameoLexicon>(std::move(lex));
}

std::span<const CameoFrame> CameoLexicon::verbs(Language lang, std::string_view key) const {
  return verbs_[static_cast<int>(lang)].find(key);
}

std::span<const CameoFrame> CameoLexicon::nouns(Language lang, std::string_view key) const {
  return nouns_[static_cast<int>(lang)].find(key);
}

bool CameoLexicon::in_class(Language lang, std::string_view cls, std::string_view word) const {
  auto c = class_ids_.find(cls);
  if (c == class_ids_.end()) return false;
  const auto& words = word_classes_[static_cast<int>(lang)];
  auto w = words.find(word);
  return w != words.end() && std::find(w->second.begin(), w->second.end(), c->second) != w->second.end();
}

std::string_view CameoLexicon::verb_lemma(std::string_view form) const {
  auto it = verb_lemmas_.find(form);
  return it == verb_lemmas_.end() ? std::string_view() : std::string_view(it->second);
}

}  // namespace kronik
