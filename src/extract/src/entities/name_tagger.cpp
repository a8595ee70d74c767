#include "kronik/extract/entities/name_tagger.h"

#include "kronik/extract/entities/gazetteer.h"
#include "kronik/names/model.h"
#include "lexicon/tsv.h"

namespace kronik {
namespace {

Result<std::shared_ptr<const names::NameModel>> load_optional(const std::string& path) {
  if (!detail::file_exists(path)) return std::shared_ptr<const names::NameModel>{};
  return names::NameModel::load(path);
}

std::uint8_t gazetteer_bits(EntityType t) {
  switch (t) {
    case EntityType::kPerson: return names::kGazPerson;
    case EntityType::kOrganization: return names::kGazOrg;
    case EntityType::kCountry:
    case EntityType::kLocation: return names::kGazLoc;
    default: return 0;
  }
}

EntityType entity_type(names::NameType t) {
  switch (t) {
    case names::NameType::kPer: return EntityType::kPerson;
    case names::NameType::kOrg: return EntityType::kOrganization;
    case names::NameType::kLoc: return EntityType::kLocation;
    default: return EntityType::kUnknown;
  }
}

// The hints the models were trained with: gazetteer types over each longest match, and a title
// right before a token.
void compute_hints(const Gazetteer& gz, const SentenceTokens& st, Language lang, std::vector<names::TokenHints>& out) {
  out.assign(st.size(), names::TokenHints{});
  for (std::size_t i = 0; i < st.size(); ++i) {
    if (!st.toks[i].word) continue;
    if (PhraseMatch t = gz.match(st, i, lang, PhraseKind::kTitle); t.tokens > 0 && i + t.tokens < st.size())
      out[i + t.tokens].title_before = true;
    PhraseMatch m = gz.match(st, i, lang, PhraseKind::kEntity);
    if (m.tokens == 0) continue;
    std::uint8_t bits = 0;
    for (std::uint32_t p : m.payloads) bits |= gazetteer_bits(gz.entry(p).type);
    if (bits == 0) continue;
    for (std::size_t k = i; k < i + m.tokens; ++k) out[k].gazetteer |= bits;
    out[i].gazetteer |= names::kGazBegin;
    i += m.tokens - 1;
  }
}

struct Scratch {
  std::vector<std::string_view> words;
  std::vector<names::TokenHints> hints;
  std::vector<names::NameSpan> spans;
};

}  // namespace

Result<std::shared_ptr<const NameTagger>> NameTagger::load(const std::string& data_dir,
                                                           std::shared_ptr<const Gazetteer> gazetteer) {
  auto id = load_optional(data_dir + "/models/names-id.bin");
  if (!id) return id.error();
  auto en = load_optional(data_dir + "/models/names-en.bin");
  if (!en) return en.error();
  return std::make_shared<const NameTagger>(std::move(gazetteer), id.value(), en.value());
}

NameTagger::NameTagger(std::shared_ptr<const Gazetteer> gazetteer, std::shared_ptr<const names::NameModel> indonesian,
                       std::shared_ptr<const names::NameModel> english)
    : gz_(std::move(gazetteer)), id_(std::move(indonesian)), en_(std::move(english)) {}

const names::NameModel* NameTagger::model(Language lang) const noexcept {
  if (lang == Language::kIndonesian) return id_.get();
  if (lang == Language::kEnglish) return en_.get();
  return nullptr;
}

bool NameTagger::has(Language lang) const noexcept { return model(lang) != nullptr; }

std::vector<TaggedName> NameTagger::tag(TokenStream& ts) const {
  std::vector<TaggedName> found;
  const names::NameModel* m = model(ts.language);
  if (!m) return found;
  thread_local Scratch s;
  for (std::size_t si = 0; si < ts.sentences.size(); ++si) {
    SentenceTokens& st = ts.sentences[si];
    s.words.clear();
    for (const Token& t : st.toks) s.words.push_back(t.text);
    compute_hints(*gz_, st, ts.language, s.hints);
    st.names.assign(st.size(), names::NameTag::kO);
    m->tag(s.words, s.hints, st.names);
    s.spans.clear();
    names::append_name_spans(st.names, s.spans);
    for (const names::NameSpan& n : s.spans) {
      const EntityType type = entity_type(n.type);
      if (type != EntityType::kUnknown)
        found.push_back(TaggedName{static_cast<std::uint32_t>(si), n.begin, n.end, type});
    }
  }
  return found;
}

}  // namespace kronik
