// The training tool's gazetteer and title matcher (see hints.h).
#include "hints.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "kronik/core/text.h"
#include "kronik/names/model.h"

namespace kronik::names::tools {
namespace {

Result<std::string> slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{ErrorCode::kIo, "cannot open", path, 0};
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

std::vector<std::string> fold_pieces(std::string_view text) {
  std::vector<std::string> out;
  for (std::string_view piece : kronik::split(kronik::fold(text), ' '))
    if (!piece.empty()) out.emplace_back(piece);
  return out;
}

std::uint8_t type_bit(std::string_view type) {
  if (type == "person") return kGazPerson;
  if (type == "organization") return kGazOrg;
  if (type == "country" || type == "location") return kGazLoc;
  return 0;  // groups ("the West", "Palestinians") are not names of one kind
}

/// Data rows of a TSV file: comments and the header skipped.
std::vector<std::vector<std::string_view>> data_rows(std::string_view text) {
  std::vector<std::vector<std::string_view>> rows;
  bool header = true;
  for (std::string_view line : kronik::split(text, '\n')) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    if (header) { header = false; continue; }
    rows.push_back(kronik::split(line, '\t'));
  }
  return rows;
}

}  // namespace

Result<HintSource> HintSource::load(const std::string& data_dir, const std::string& language) {
  HintSource h;
  const std::filesystem::path gazetteer = std::filesystem::path(data_dir) / "common" / "gazetteer";
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(gazetteer, ec))
    if (entry.path().extension() == ".tsv" && entry.path().filename() != "offices.tsv") files.push_back(entry.path().string());
  if (ec) return Error{ErrorCode::kIo, "cannot list the gazetteer", gazetteer.string(), 0};
  std::sort(files.begin(), files.end());
  for (const std::string& f : files)
    if (Status s = h.read_entities(f, language); !s) return s.error();
  if (Status s = h.read_titles((std::filesystem::path(data_dir) / language / "titles.tsv").string()); !s) return s.error();
  return h;
}

Status HintSource::read_entities(const std::string& path, const std::string& language) {
  auto text = slurp(path);
  if (!text) return text.error();
  for (const auto& row : data_rows(text.value())) {
    if (row.size() < 6) return Error{ErrorCode::kData, "fewer than 6 columns", path, 0};
    const std::uint8_t bit = type_bit(row[1]);
    if (bit == 0) continue;
    std::vector<std::string_view> forms = kronik::split(row[5], '|');
    forms.push_back(row[2]);
    for (std::string_view form : forms) {
      Alias a;
      a.bit = bit;
      const std::size_t at = form.rfind('@');
      if (at != std::string_view::npos) {
        if (form.substr(at + 1) != language) continue;
        form = form.substr(0, at);
      }
      if (form.starts_with('=')) {
        form.remove_prefix(1);
        a.exact = std::string(form);
      }
      a.pieces = fold_pieces(form);
      if (a.pieces.empty()) continue;
      a.capitalised = kronik::is_upper_initial(form);
      by_first_piece_[a.pieces.front()].push_back(std::move(a));
      ++alias_count_;
    }
  }
  return {};
}

Status HintSource::read_titles(const std::string& path) {
  auto text = slurp(path);
  if (!text) return text.error();
  for (const auto& row : data_rows(text.value())) {
    const auto pieces = fold_pieces(row[0]);
    if (pieces.empty()) continue;
    std::string key;
    for (const auto& p : pieces) key += (key.empty() ? "" : " ") + p;
    titles_.insert(key);
    longest_title_ = std::max(longest_title_, pieces.size());
  }
  return {};
}

bool HintSource::alias_fits(const Alias& a, const std::vector<Piece>& pieces, std::size_t p, const NamedSentence& s,
                            bool cased) const {
  const std::size_t n = a.pieces.size();
  if (p + n > pieces.size() || !pieces[p + n - 1].word_end) return false;
  for (std::size_t k = 0; k < n; ++k)
    if (pieces[p + k].folded != a.pieces[k]) return false;
  if (!a.exact.empty()) {
    if (!cased) return false;
    std::string written;
    for (std::size_t w = pieces[p].word; w <= pieces[p + n - 1].word; ++w) written += (written.empty() ? "" : " ") + s.words[w];
    return written == a.exact;
  }
  return !cased || !a.capitalised || kronik::is_upper_initial(s.words[pieces[p].word]);
}

std::size_t HintSource::longest_match(const std::vector<Piece>& pieces, std::size_t p, const NamedSentence& s, bool cased,
                                      std::uint8_t& bits) const {
  const auto it = by_first_piece_.find(pieces[p].folded);
  if (it == by_first_piece_.end()) return 0;
  std::size_t best = 0;
  for (const Alias& a : it->second) {
    if (!alias_fits(a, pieces, p, s, cased) || a.pieces.size() < best) continue;
    if (a.pieces.size() > best) bits = 0;
    best = a.pieces.size();
    bits |= a.bit;
  }
  return best;
}

void HintSource::mark_titles(NamedSentence& s) const {
  std::vector<std::string> folded;
  for (const auto& w : s.words) folded.push_back(kronik::fold(w));
  for (std::size_t end = 0; end + 1 < s.words.size(); ++end) {
    std::string key;
    for (std::size_t len = 1; len <= longest_title_ && len <= end + 1; ++len) {
      key = folded[end + 1 - len] + (len > 1 ? " " + key : "");
      if (titles_.count(key)) s.hints[end + 1].title_before = true;
    }
  }
}

void HintSource::annotate(NamedSentence& s, bool cased) const {
  s.hints.assign(s.words.size(), TokenHints{});
  std::vector<Piece> pieces;
  for (std::size_t w = 0; w < s.words.size(); ++w) {
    const auto folded = fold_pieces(s.words[w]);
    for (std::size_t k = 0; k < folded.size(); ++k) pieces.push_back(Piece{folded[k], w, k == 0, k + 1 == folded.size()});
  }
  for (std::size_t p = 0; p < pieces.size();) {
    std::uint8_t bits = 0;
    const std::size_t n = pieces[p].word_start ? longest_match(pieces, p, s, cased, bits) : 0;
    if (n == 0) { ++p; continue; }
    for (std::size_t w = pieces[p].word; w <= pieces[p + n - 1].word; ++w) s.hints[w].gazetteer |= bits;
    s.hints[pieces[p].word].gazetteer |= kGazBegin;
    p += n;
  }
  mark_titles(s);
}

}  // namespace kronik::names::tools
