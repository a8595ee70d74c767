// CoNLL-U reader: one pass over lines, columns split in place (no copies until a word is kept).
#include "kronik/syntax/conllu.h"

#include <array>
#include <charconv>
#include <fstream>
#include <sstream>

namespace kronik::syntax {
namespace {

constexpr std::size_t kColumns = 10;

bool split_columns(std::string_view line, std::array<std::string_view, kColumns>& cols) {
  std::size_t start = 0;
  for (std::size_t c = 0; c < kColumns; ++c) {
    const std::size_t tab = line.find('\t', start);
    const bool last = c + 1 == kColumns;
    if (tab == std::string_view::npos && !last) return false;
    cols[c] = line.substr(start, last ? std::string_view::npos : tab - start);
    if (last && cols[c].find('\t') != std::string_view::npos) cols[c] = cols[c].substr(0, cols[c].find('\t'));
    start = tab + 1;
  }
  return true;
}

bool parse_number(std::string_view s, unsigned& out) {
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && ptr == s.data() + s.size();
}

/// Multiword-token ranges ("3-4") and empty nodes ("8.1") are not syntactic words of the basic tree.
bool is_word_id(std::string_view id) {
  return id.find('-') == std::string_view::npos && id.find('.') == std::string_view::npos;
}

class Reader {
 public:
  explicit Reader(std::string_view name) : name_(name) {}

  Status line(std::string_view text, std::uint64_t number) {
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    if (text.empty()) return end_sentence();
    if (text.front() == '#') return comment(text);
    std::array<std::string_view, kColumns> cols;
    if (!split_columns(text, cols)) return fail("expected 10 tab-separated columns", number);
    if (!is_word_id(cols[0])) return {};
    return word(cols, number);
  }

  std::vector<Sentence> finish() {
    end_sentence();
    return std::move(out_);
  }

 private:
  Status comment(std::string_view text) {
    constexpr std::string_view kSentId = "# sent_id = ";
    if (text.substr(0, kSentId.size()) == kSentId) current_.id = std::string(text.substr(kSentId.size()));
    return {};
  }

  Status word(const std::array<std::string_view, kColumns>& cols, std::uint64_t number) {
    unsigned id = 0, head = 0;
    if (!parse_number(cols[0], id) || id != current_.words.size() + 1) return fail("word id out of sequence", number);
    auto upos = parse_upos(cols[3]);
    if (!upos) return fail("unknown UPOS tag '" + std::string(cols[3]) + "'", number);
    auto rel = parse_deprel(cols[7]);
    if (!rel) return fail("unknown relation '" + std::string(cols[7]) + "'", number);
    if (!parse_number(cols[6], head) || head > 65535) return fail("bad head '" + std::string(cols[6]) + "'", number);
    current_.words.push_back(Word{std::string(cols[1]), std::string(cols[2]), *upos,
                                  static_cast<std::uint16_t>(head), *rel});
    lines_.push_back(number);
    return {};
  }

  Status end_sentence() {
    const std::size_t n = current_.words.size();
    for (std::size_t i = 0; i < n; ++i)
      if (current_.words[i].head > n) return fail("head outside the sentence", lines_[i]);
    if (n > 0) out_.push_back(std::move(current_));
    current_ = Sentence{};
    lines_.clear();
    return {};
  }

  Error fail(std::string message, std::uint64_t number) const {
    return Error{ErrorCode::kParse, std::move(message), std::string(name_), number};
  }

  std::string_view name_;
  Sentence current_;
  std::vector<std::uint64_t> lines_;
  std::vector<Sentence> out_;
};

}  // namespace

Result<std::vector<Sentence>> read_conllu(std::string_view text, std::string_view name) {
  Reader reader(name);
  std::uint64_t number = 0;
  while (!text.empty()) {
    const std::size_t eol = text.find('\n');
    const std::string_view line = text.substr(0, eol);
    text = eol == std::string_view::npos ? std::string_view() : text.substr(eol + 1);
    if (Status s = reader.line(line, ++number); !s) return s.error();
  }
  if (Status s = reader.line("", number + 1); !s) return s.error();
  return reader.finish();
}

Result<std::vector<Sentence>> read_conllu_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{ErrorCode::kIo, "cannot open CoNLL-U file", path, 0};
  std::ostringstream buf;
  buf << in.rdbuf();
  return read_conllu(buf.str(), path);
}

}  // namespace kronik::syntax
