#include "kronik/extract/syntax/annotate.h"

#include "kronik/core/text.h"
#include "kronik/extract/syntax/repair.h"
#include "kronik/extract/syntax/words.h"
#include "kronik/extract/text/token_stream.h"
#include "kronik/syntax/model.h"
#include "lexicon/tsv.h"

namespace kronik {

int SentenceSyntax::head_token_of_word(std::size_t w) const noexcept {
  if (w >= words.size() || words[w].head == 0) return -1;
  return static_cast<int>(words[words[w].head - 1].token);
}

int SentenceSyntax::head_token(std::size_t k) const noexcept {
  if (empty() || k + 1 >= first_word.size()) return -1;
  return head_token_of_word(first_word[k]);
}

bool is_age_epithet(std::string_view form) {
  for (std::string_view suffix : {std::string_view("-year-old"), std::string_view("-years-old")})
    if (form.size() > suffix.size() && ascii_lower(form.substr(form.size() - suffix.size())) == suffix) return true;
  return false;
}

namespace {

// Optional model: absent file = no syntax for the language, damaged file = error.
Result<std::shared_ptr<const syntax::SyntaxModel>> load_optional(const std::string& path) {
  if (!detail::file_exists(path)) return std::shared_ptr<const syntax::SyntaxModel>{};
  return syntax::SyntaxModel::load(path);
}

// Per-thread buffers: annotation allocates only when a sentence is longer than any before.
struct Scratch {
  std::vector<std::string_view> forms;
  std::vector<syntax::UPos> upos;
  std::vector<std::uint16_t> head;
  std::vector<syntax::DepRel> rel;
  std::vector<std::string> lemma;
  std::vector<std::uint32_t> cuts;
};
Scratch& scratch() {
  thread_local Scratch s;
  return s;
}

// Cuts every token into its syntactic words (spans and forms), recording each token's first.
void cut_words(std::string_view text, SentenceTokens& st, Language lang, const CliticSplitter& clitics,
               Scratch& s) {
  SentenceSyntax& sx = st.syntax;
  sx.words.clear();
  sx.first_word.clear();
  s.forms.clear();
  for (std::size_t k = 0; k < st.size(); ++k) {
    sx.first_word.push_back(static_cast<std::uint32_t>(sx.words.size()));
    const ByteSpan span = st.toks[k].span;
    const std::string_view surface = text.substr(span.begin, span.end - span.begin);
    const std::size_t n = st.toks[k].word ? clitics.split(surface, lang, k == 0, s.cuts) : 1;
    if (n == 1) s.cuts.assign({0, static_cast<std::uint32_t>(surface.size())});
    for (std::size_t p = 0; p < n; ++p) {
      SyntaxWord w;
      w.token = static_cast<std::uint32_t>(k);
      w.span = ByteSpan{span.begin + s.cuts[p], span.begin + s.cuts[p + 1]};
      sx.words.push_back(w);
      s.forms.push_back(surface.substr(s.cuts[p], s.cuts[p + 1] - s.cuts[p]));
    }
  }
  sx.first_word.push_back(static_cast<std::uint32_t>(sx.words.size()));
}

bool describes_next(syntax::UPos next) {
  return next == syntax::UPos::kNoun || next == syntax::UPos::kPropn || next == syntax::UPos::kAdj ||
         next == syntax::UPos::kNum;
}

// "The 78-year-old looked tired", "the 40-year-old, who ...": an age epithet after a determiner
// and before no noun it could describe is a noun phrase of its own, a person (UD EWT tags such a
// nominalised adjective NOUN). The tagger has mostly seen the word before its noun ("the
// 78-year-old cardinal") and tags it ADJ, and the parser then takes the verb after it for a
// modifier of the next word ("appeared" amod of "fit"). Returns whether a tag was given: the
// epithet's NOUN in `given`, kFreeTag everywhere else.
bool age_epithet_nouns(std::span<const std::string_view> forms, std::span<const syntax::UPos> tagged,
                       std::vector<syntax::UPos>& given) {
  given.assign(forms.size(), syntax::kFreeTag);
  bool any = false;
  for (std::size_t w = 1; w < forms.size(); ++w) {
    if (!is_age_epithet(forms[w]) || tagged[w - 1] != syntax::UPos::kDet) continue;
    if (w + 1 < forms.size() && describes_next(tagged[w + 1])) continue;
    given[w] = syntax::UPos::kNoun;
    any = true;
  }
  return any;
}

// "45,000", "80.000": a numeral in digits is its own lemma (UD's); the lemmatiser, which learnt
// edit rules from words, may cut or add letters to one it has not seen.
bool digits_only(std::string_view form) {
  if (form.empty() || form.front() < '0' || form.front() > '9') return false;
  for (char c : form)
    if ((c < '0' || c > '9') && c != ',' && c != '.') return false;
  return true;
}

bool has_age_epithet(std::span<const std::string_view> forms) {
  for (std::string_view f : forms)
    if (is_age_epithet(f)) return true;
  return false;
}

}  // namespace

Result<std::shared_ptr<const SyntaxAnnotator>> SyntaxAnnotator::load(const std::string& data_dir) {
  auto clitics = CliticSplitter::load(data_dir);
  if (!clitics) return clitics.error();
  auto id = load_optional(data_dir + "/models/syntax-id.bin");
  if (!id) return id.error();
  auto en = load_optional(data_dir + "/models/syntax-en.bin");
  if (!en) return en.error();
  auto repairs = TreeRepairs::load(data_dir);
  if (!repairs) return repairs.error();
  return std::make_shared<const SyntaxAnnotator>(std::make_shared<const CliticSplitter>(std::move(clitics).value()),
                                                 id.value(), en.value(),
                                                 std::make_shared<const TreeRepairs>(std::move(repairs).value()));
}

SyntaxAnnotator::SyntaxAnnotator(std::shared_ptr<const CliticSplitter> clitics,
                                 std::shared_ptr<const syntax::SyntaxModel> indonesian,
                                 std::shared_ptr<const syntax::SyntaxModel> english,
                                 std::shared_ptr<const TreeRepairs> repairs)
    : clitics_(std::move(clitics)), id_(std::move(indonesian)), en_(std::move(english)), repairs_(std::move(repairs)) {
  if (!clitics_) clitics_ = std::make_shared<const CliticSplitter>();
  if (!repairs_) repairs_ = std::make_shared<const TreeRepairs>();
}

const syntax::SyntaxModel* SyntaxAnnotator::model(Language lang) const noexcept {
  if (lang == Language::kIndonesian) return id_.get();
  if (lang == Language::kEnglish) return en_.get();
  return nullptr;
}

bool SyntaxAnnotator::has(Language lang) const noexcept { return model(lang) != nullptr; }

bool SyntaxAnnotator::analyse(Language lang, std::span<const std::string_view> forms, std::span<syntax::UPos> upos,
                              std::span<std::uint16_t> head, std::span<syntax::DepRel> rel,
                              std::span<std::string> lemma) const {
  const syntax::SyntaxModel* m = model(lang);
  if (!m) return false;
  const std::size_t n = forms.size();
  if (lang == Language::kEnglish && has_age_epithet(forms)) {
    thread_local std::vector<syntax::UPos> given;
    m->tag(forms, upos);  // a second tagging only for the rare sentence with an epithet
    if (age_epithet_nouns(forms, upos.first(n), given)) m->analyse(forms, given, upos, head, rel, lemma);
    else m->analyse(forms, upos, head, rel, lemma);
  } else {
    m->analyse(forms, upos, head, rel, lemma);
  }
  repairs_->apply(lang, forms, upos.first(n), head.first(n), rel.first(n), lemma.first(n));
  return true;
}

void SyntaxAnnotator::annotate(std::string_view text, SentenceTokens& st, Language lang) const {
  if (!has(lang) || st.size() == 0) return;
  Scratch& s = scratch();
  cut_words(text, st, lang, *clitics_, s);
  const std::size_t n = s.forms.size();
  if (n > 0xFFFF) {  // heads are 16-bit; the sentence budget normally stops such a run earlier
    st.syntax = SentenceSyntax{};
    return;
  }
  if (s.upos.size() < n) {
    s.upos.resize(n);
    s.head.resize(n);
    s.rel.resize(n);
    s.lemma.resize(n);
  }
  analyse(lang, s.forms, std::span(s.upos).first(n), std::span(s.head).first(n), std::span(s.rel).first(n),
          std::span(s.lemma).first(n));
  for (std::size_t w = 0; w < n; ++w) {
    SyntaxWord& word = st.syntax.words[w];
    if (s.upos[w] == syntax::UPos::kNum && digits_only(s.forms[w])) s.lemma[w].assign(s.forms[w]);
    word.upos = s.upos[w];
    word.head = s.head[w];
    word.rel = s.rel[w];
    word.lemma = s.lemma[w];
  }
}

void SyntaxAnnotator::annotate(std::string_view text, TokenStream& ts) const {
  for (SentenceTokens& st : ts.sentences) annotate(text, st, ts.language);
}

}  // namespace kronik
