// Internal: reading kronik's TSV data files (docs/data-format.md).
// Lines starting with '#' are comments, blank lines are skipped, the first non-comment line
// whose first cell equals `header` is a header and skipped. Cells are split on TAB.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "kronik/core/error.h"
#include "kronik/core/model.h"

namespace kronik::detail {

/// Calls `row(cells, line_number)` for every data row. `row` returns an empty string when the
/// row is fine, or a message that becomes a kData error naming the file and line.
Status read_tsv(const std::string& path, std::string_view header,
                const std::function<std::string(const std::vector<std::string_view>&, std::size_t)>& row);

/// Sorted list of regular files in `dir` ending with `suffix` (empty when the folder is missing).
std::vector<std::string> list_files(const std::string& dir, std::string_view suffix);

bool file_exists(const std::string& path);

/// Calls `add(lang, path)` for data_dir/<code>/<file> of Indonesian and English, skipping a
/// language without that file; the first failing `add` ends the walk with its status.
Status for_each_language_file(const std::string& data_dir, std::string_view file,
                              const std::function<Status(Language, const std::string&)>& add);

}  // namespace kronik::detail
