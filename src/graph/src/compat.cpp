// The CAMEO compatibility table: a small TSV read once per run.
#include "kronik/graph/compat.h"

#include "internal.h"

#include <fstream>
#include <sstream>
#include <vector>

namespace kronik {

std::vector<std::string_view> graph_detail::split_tabs(std::string_view line) {
  std::vector<std::string_view> out;
  for (std::size_t start = 0;;) {
    std::size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) return out;
    start = tab + 1;
  }
}

std::optional<Error> graph_detail::for_each_row(std::string_view tsv, const std::string& name, const RowFn& row) {
  std::size_t line_no = 0;
  while (!tsv.empty()) {
    std::size_t nl = tsv.find('\n');
    std::string_view line = tsv.substr(0, nl);
    tsv = nl == std::string_view::npos ? std::string_view() : tsv.substr(nl + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    if (auto why = row(split_tabs(line))) return Error{ErrorCode::kData, *why, name, line_no};
  }
  return std::nullopt;
}

std::optional<std::string> graph_detail::read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

namespace {

bool is_code(std::string_view s) {
  if (s.size() < 3 || s.size() > 4) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

}  // namespace

Result<CodeCompatibility> CodeCompatibility::parse(std::string_view tsv, const std::string& name) {
  CodeCompatibility t;
  bool header = false;
  bool gap_column = false;  // the header names a day_gap column before the note
  auto err = graph_detail::for_each_row(tsv, name, [&](const std::vector<std::string_view>& cells) -> std::optional<std::string> {
    if (!header) {
      if (cells.size() < 3 || cells[0] != "code" || cells[1] != "group" || cells[2] != "direction")
        return "expected the header 'code<TAB>group<TAB>direction'";
      header = true;
      gap_column = cells.size() > 3 && cells[3] == "day_gap";
      return std::nullopt;
    }
    if (cells.size() < 3) return "expected code, group and direction";
    int day_gap = -1;
    if (gap_column && cells.size() > 3 && !cells[3].empty()) {
      if (cells[3].size() > 2 || cells[3].find_first_not_of("0123456789") != std::string_view::npos)
        return "day_gap must be empty or a number of days (0-99)";
      day_gap = std::stoi(std::string(cells[3]));
    }
    if (!is_code(cells[0])) return "not a CAMEO code: '" + std::string(cells[0]) + "'";
    if (cells[1].empty()) return "empty group";
    if (cells[2] != "directed" && cells[2] != "undirected") return "direction must be directed or undirected";
    CodeRelation rel{std::string(cells[1]), cells[2] == "directed", {}, day_gap};
    if (auto bar = rel.group.find('|'); bar != std::string::npos) {
      rel.also = rel.group.substr(bar + 1);
      rel.group.resize(bar);
      if (rel.group.empty() || rel.also.empty() || rel.also.find('|') != std::string::npos || rel.also == rel.group)
        return "a code joins one group, or two written 'group|other'";
    }
    if (!t.rows_.emplace(std::string(cells[0]), std::move(rel)).second)
      return "code listed twice: " + std::string(cells[0]);
    return std::nullopt;
  });
  if (err) return *err;
  if (!header) return Error{ErrorCode::kData, "no header row", name, 0};
  if (auto why = t.mixed_direction()) return Error{ErrorCode::kData, *why, name, 0};
  return t;
}

// A code's second group compares parties as that group does: both must have one direction.
std::optional<std::string> CodeCompatibility::mixed_direction() const {
  for (const auto& [code, rel] : rows_) {
    if (rel.also.empty()) continue;
    for (const auto& [other, r] : rows_)
      if (r.group == rel.also && r.directed != rel.directed)
        return "code " + code + " joins group '" + rel.also + "' of another direction (" + other + ")";
  }
  return std::nullopt;
}

Result<CodeCompatibility> CodeCompatibility::load(const std::string& path) {
  auto text = graph_detail::read_file(path);
  if (!text) return Error{ErrorCode::kData, "cannot read the CAMEO compatibility table", path, 0};
  return parse(*text, path);
}

CodeRelation CodeCompatibility::of(std::string_view code) const {
  if (auto it = rows_.find(code); it != rows_.end()) return it->second;
  if (code.size() > 3)
    if (auto it = rows_.find(code.substr(0, 3)); it != rows_.end()) return it->second;
  std::string root(code.substr(0, 2));
  if (auto it = rows_.find(root + "0"); it != rows_.end()) return it->second;
  return CodeRelation{"root:" + root, !rows_.empty(), {}};
}

}  // namespace kronik
