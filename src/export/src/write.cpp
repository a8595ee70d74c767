// Atomic file writes and the output directory (four files, eight with the Neo4j CSVs).
//
// Why atomic: `kronik build` may overwrite the outputs of a previous run that a viewer, a
// notebook or a scorer is reading. Writing a temporary file in the same directory (same file
// system, so rename(2) is atomic), fsync-ing it and renaming it over the target means a reader
// sees either the old complete file or the new complete one.
#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <system_error>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kronik/export/export.h"

namespace kronik {
namespace {

std::string errno_text(int err) { return std::generic_category().message(err); }

Error io_error(const std::string& path, const std::string& what, int err) {
  return Error{ErrorCode::kIo, what + ": " + errno_text(err), path, 0};
}

/// write(2) until everything is out: it may write less than asked or be interrupted.
bool write_all(int fd, std::string_view bytes, int& err) {
  const char* p = bytes.data();
  std::size_t left = bytes.size();
  while (left > 0) {
    const ssize_t n = ::write(fd, p, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      err = errno;
      return false;
    }
    p += n;
    left -= static_cast<std::size_t>(n);
  }
  return true;
}

/// Makes the rename itself durable. Best effort: some file systems refuse fsync on a
/// directory, which does not make the written file wrong.
void sync_directory(const std::string& dir) {
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  (void)::fsync(fd);
  ::close(fd);
}

}  // namespace

Status write_file_atomic(const std::string& path, std::string_view bytes) {
  namespace fs = std::filesystem;
  const fs::path target(path);
  if (target.filename().empty()) {
    return Error{ErrorCode::kIo, "not a file path", path, 0};
  }
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  // Hidden, and named after the target, so a leftover (after a crash) is recognisable.
  std::string tmpl = (dir / ("." + target.filename().string() + ".tmp.XXXXXX")).string();
  const int fd = ::mkstemp(tmpl.data());
  if (fd < 0) return io_error(path, "cannot create a temporary file in " + dir.string(), errno);

  int err = 0;
  std::string what;
  // mkstemp creates 0600; outputs are meant to be shared like any file the user writes.
  if (::fchmod(fd, 0644) != 0) {
    err = errno;
    what = "cannot set permissions on " + tmpl;
  } else if (!write_all(fd, bytes, err)) {
    what = "cannot write " + tmpl;
  } else if (::fsync(fd) != 0) {
    err = errno;
    what = "cannot flush " + tmpl;
  }
  if (::close(fd) != 0 && what.empty()) {
    err = errno;
    what = "cannot close " + tmpl;
  }
  if (what.empty() && ::rename(tmpl.c_str(), path.c_str()) != 0) {
    err = errno;
    what = "cannot rename " + tmpl + " to " + path;
  }
  if (!what.empty()) {
    ::unlink(tmpl.c_str());  // never leave a half-written temporary behind
    return io_error(path, what, err);
  }
  sync_directory(dir.string());
  return {};
}

std::vector<Error> write_outputs(const Timeline& timeline, const std::string& dir,
                                 const ExportConfig& config) {
  namespace fs = std::filesystem;
  std::vector<Error> errors;
  const fs::path base(dir.empty() ? std::string(".") : dir);
  std::error_code ec;
  fs::create_directories(base, ec);
  // A failure here is not reported on its own: each file below then fails with the precise
  // reason (e.g. "Not a directory"), one Error per file as documented.

  auto put = [&](const char* name, std::string_view bytes) {
    const Status s = write_file_atomic((base / name).string(), bytes);
    if (!s.ok()) errors.push_back(s.error());
  };

  put("timeline.json", timeline_json(timeline, config));
  const std::string dot = graph_dot(timeline, config);
  put("graph.dot", dot);
  if (config.svg) {
    Result<std::string> svg = render_svg(dot, config);
    if (svg) {
      put("graph.svg", svg.value());
    } else {
      Error e = svg.error();
      e.document = (base / "graph.svg").string();
      errors.push_back(std::move(e));
    }
  }
  put("graph.graphml", graph_graphml(timeline, config));
  if (config.neo4j_csv) {
    const Neo4jCsv csv = neo4j_csv(timeline);
    put("neo4j_entities.csv", csv.entities);
    put("neo4j_events.csv", csv.events);
    put("neo4j_participation.csv", csv.participation);
    put("neo4j_located.csv", csv.located);
  }
  return errors;
}

}  // namespace kronik
