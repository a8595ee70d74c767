#include "lexicon/tsv.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "kronik/core/text.h"

namespace kronik::detail {

Status read_tsv(const std::string& path, std::string_view header,
                const std::function<std::string(const std::vector<std::string_view>&, std::size_t)>& row) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{ErrorCode::kData, "cannot open data file", path, 0};
  std::string line;
  std::size_t lineno = 0;
  bool header_seen = false;
  while (std::getline(in, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    if (first_invalid_utf8(line)) return Error{ErrorCode::kData, "data file line is not UTF-8", path, lineno};
    auto cells = split(line, '\t');
    if (!header_seen && !header.empty() && cells[0] == header) {
      header_seen = true;
      continue;
    }
    std::string problem = row(cells, lineno);
    if (!problem.empty()) return Error{ErrorCode::kData, problem, path, lineno};
  }
  return {};
}

std::vector<std::string> list_files(const std::string& dir, std::string_view suffix) {
  std::vector<std::string> out;
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) return out;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    std::string p = e.path().string();
    if (e.is_regular_file(ec) && p.size() >= suffix.size() && p.compare(p.size() - suffix.size(), suffix.size(), suffix) == 0)
      out.push_back(p);
  }
  std::sort(out.begin(), out.end());
  return out;
}

bool file_exists(const std::string& path) {
  std::error_code ec;
  return std::filesystem::exists(path, ec);
}

Status for_each_language_file(const std::string& data_dir, std::string_view file,
                              const std::function<Status(Language, const std::string&)>& add) {
  for (auto [lang, code] : {std::pair{Language::kIndonesian, "id"}, std::pair{Language::kEnglish, "en"}}) {
    const std::string path = data_dir + "/" + code + "/" + std::string(file);
    if (!file_exists(path)) continue;
    if (Status st = add(lang, path); !st) return st;
  }
  return {};
}

}  // namespace kronik::detail
