// The trigger-window event coder's lexicon (data/<lang>/events.tsv, common/cameo.tsv) and its
// entry point. The coder itself is a sequence of stages under window/ (window/window.h lists
// them): triggers, attribution, governance and modality, actors, frames, dates, emit.
#include "kronik/extract/events/events.h"

#include <atomic>
#include <utility>

#include "events/window/window.h"
#include "kronik/core/text.h"
#include "lexicon/tsv.h"

namespace kronik {

using window::match_keys;

namespace {

// The frame names of the events.tsv "frame" column.
constexpr std::pair<std::string_view, Frame> kFrames[] = {
    {"meet", Frame::kMeet},       {"visit", Frame::kVisit},     {"arrive", Frame::kArrive}, {"host", Frame::kHost},
    {"act", Frame::kAct},         {"speech", Frame::kSpeech},   {"report", Frame::kReport}, {"passive", Frame::kPassive},
    {"deny", Frame::kDeny},       {"cause", Frame::kCause},
};

Frame frame_from(std::string_view s, bool& ok) {
  for (const auto& [name, frame] : kFrames)
    if (s == name) {
      ok = true;
      return frame;
    }
  ok = false;
  return Frame::kAct;
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
  return window::WindowCoder(*lex_, *gz_, document, text, sentences, tokens, mentions, times, published, options).code();
}

}  // namespace kronik
