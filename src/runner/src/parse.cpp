// The parse job: documents (or a CoNLL-U file) in, CoNLL-U out. Reading, cleaning and syntax are
// the extract and syntax modules'; this file only chooses the input path and writes the columns.
#include "kronik/runner/parse.h"

#include <fstream>
#include <iostream>
#include <sstream>

#include "kronik/core/text.h"
#include "kronik/extract/syntax/annotate.h"
#include "kronik/syntax/conllu.h"
#include "kronik/syntax/model.h"

namespace kronik {
namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool is_conllu(const ParseRequest& r) {
  return r.format == "conllu" || (r.format.empty() && ends_with(r.input, ".conllu"));
}

std::optional<InputFormat> document_format(std::string_view name) {
  if (name == "text") return InputFormat::kText;
  if (name == "html") return InputFormat::kHtml;
  if (name == "jsonl") return InputFormat::kJsonLines;
  return std::nullopt;
}

// Sentence text on one line, as the "# text" comment needs it.
std::string one_line(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return printable(out);
}

void write_word(std::ostream& out, std::size_t id, std::string_view form, std::string_view lemma, syntax::UPos upos,
                unsigned head, syntax::DepRel rel, std::string_view misc) {
  out << id << '\t' << printable(form) << '\t' << (lemma.empty() ? "_" : printable(lemma)) << '\t'
      << syntax::upos_name(upos) << "\t_\t_\t" << head << '\t'
      << syntax::deprel_name(rel) << "\t_\t" << (misc.empty() ? "_" : misc) << '\n';
}

// MISC of a word: the name tag of its token on the token's first word ("NE=B-PER"; clitics cut
// off a name are outside it), then SpaceAfter.
std::string word_misc(const SentenceTokens& st, std::size_t k, bool first_of_token, std::string_view space) {
  std::string m;
  if (first_of_token && k < st.names.size() && st.names[k] != names::NameTag::kO)
    m = "NE=" + std::string(names::tag_name(st.names[k]));
  if (!space.empty()) m += (m.empty() ? "" : "|") + std::string(space);
  return m;
}

// One sentence of a parsed document: range lines for tokens cut into words, then the words.
std::size_t write_sentence(std::ostream& out, const ParsedDocument& doc, std::size_t s) {
  const std::string& text = doc.raw.text;
  const SentenceTokens& st = doc.tokens.sentences[s];
  const SentenceSyntax& sx = st.syntax;
  if (sx.empty()) return 0;
  out << "# sent_id = " << printable(doc.raw.id) << '-' << (s + 1) << '\n';
  out << "# text = " << one_line(slice(text, doc.sentences[s].span)) << '\n';
  for (std::size_t k = 0; k < st.size(); ++k) {
    const ByteSpan span = st.toks[k].span;
    const bool glued = k + 1 < st.size() && st.toks[k + 1].span.begin == span.end;
    const std::string_view misc = glued ? "SpaceAfter=No" : "";
    const std::size_t first = sx.first_word[k], last = sx.first_word[k + 1];
    if (last - first > 1)
      out << first + 1 << '-' << last << '\t' << printable(slice(text, span)) << "\t_\t_\t_\t_\t_\t_\t_\t"
          << (misc.empty() ? "_" : misc) << '\n';
    for (std::size_t w = first; w < last; ++w) {
      const SyntaxWord& word = sx.words[w];
      const std::string m = word_misc(st, k, w == first, last - first > 1 ? "" : misc);
      write_word(out, w + 1, slice(text, word.span), word.lemma, word.upos, word.head, word.rel, m);
    }
  }
  out << '\n';
  return sx.words.size();
}

Status parse_documents(const ParseRequest& req, const Extractor& ex, std::ostream& out, ParseReport& report) {
  IngestConfig icfg = req.ingest;
  const auto forced = document_format(req.format);
  if (forced) icfg.stdin_format = *forced;
  std::vector<Error> problems;
  auto sources = list_inputs({req.input}, &problems);
  if (!problems.empty()) return problems.front();
  for (InputSource& src : sources) {
    if (forced) src.format = *forced;
    read_source(src, icfg, [&](Result<RawDocument> r) {
      if (!r) {
        report.problems.push_back(r.error());
        return;
      }
      RawDocument raw = std::move(r).value();
      if (!req.language.empty()) raw.language = req.language;
      auto doc = ex.parse(std::move(raw));
      out << "# newdoc id = " << printable(doc->raw.id) << '\n';
      ++report.documents;
      for (std::size_t s = 0; s < doc->sentences.size(); ++s) {
        const std::size_t words = write_sentence(out, *doc, s);
        report.words += words;
        report.sentences += words ? 1 : 0;
      }
    });
  }
  return {};
}

Result<std::string> read_all(const std::string& input) {
  std::ostringstream buf;
  if (input == "-") {
    buf << std::cin.rdbuf();
    return buf.str();
  }
  std::ifstream in(input, std::ios::binary);
  if (!in) return Error{ErrorCode::kIo, "cannot read the file", input, 0};
  buf << in.rdbuf();
  return buf.str();
}

// CoNLL-U in: its sentences and words stay, the analysis columns are ours.
Status parse_conllu(const ParseRequest& req, const Extractor& ex, std::ostream& out, ParseReport& report) {
  const Language lang = language_from_code(req.language);
  if (!ex.syntax().has(lang))
    return Error{ErrorCode::kData, "no syntax model for language '" + req.language + "'", "", 0};
  auto bytes = read_all(req.input);
  if (!bytes) return bytes.error();
  auto sentences = syntax::read_conllu(bytes.value(), req.input);
  if (!sentences) return sentences.error();
  std::vector<std::string_view> forms;
  std::vector<syntax::UPos> upos;
  std::vector<std::uint16_t> head;
  std::vector<syntax::DepRel> rel;
  std::vector<std::string> lemma;
  report.documents = 1;
  for (const syntax::Sentence& s : sentences.value()) {
    if (s.words.empty() || s.words.size() > 0xFFFF) continue;
    forms.clear();
    for (const auto& w : s.words) forms.push_back(w.form);
    upos.resize(forms.size());
    head.resize(forms.size());
    rel.resize(forms.size());
    lemma.resize(forms.size());
    ex.syntax().analyse(lang, forms, upos, head, rel, lemma);
    if (!s.id.empty()) out << "# sent_id = " << printable(s.id) << '\n';
    for (std::size_t w = 0; w < forms.size(); ++w)
      write_word(out, w + 1, forms[w], lemma[w], upos[w], head[w], rel[w], "");
    out << '\n';
    ++report.sentences;
    report.words += forms.size();
  }
  return {};
}

}  // namespace

Status validate(const ParseRequest& r) {
  auto usage = [](std::string m) { return Error{ErrorCode::kUsage, std::move(m), "", 0}; };
  if (r.input.empty()) return usage("no input given");
  if (!r.format.empty() && r.format != "conllu" && !document_format(r.format))
    return usage("--format must be text, html, jsonl or conllu, not '" + printable(r.format) + "'");
  if (!r.language.empty() && r.language != "id" && r.language != "en")
    return usage("--lang must be id or en, not '" + printable(r.language) + "'");
  if (is_conllu(r) && r.language.empty()) return usage("CoNLL-U input needs --lang id or --lang en");
  return {};
}

Result<ParseReport> run_parse(const ParseRequest& req, std::ostream& out) {
  if (Status st = validate(req); !st) return st.error();
  auto ex = Extractor::create(req.extract);
  if (!ex) return ex.error();
  ParseReport report;
  Status st = is_conllu(req) ? parse_conllu(req, *ex.value(), out, report)
                             : parse_documents(req, *ex.value(), out, report);
  if (!st) return st.error();
  out.flush();
  return report;
}

}  // namespace kronik
