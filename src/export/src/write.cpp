// Atomic file writes and the all-or-nothing output folder.
//
// Why atomic: `kronik build` may overwrite the outputs of a previous run that a viewer, a
// notebook or a scorer is reading, and it may be killed at any moment. Files that are replaced
// one by one can mix two runs (a new timeline.json beside an old graph.graphml), so the whole set
// is written into a staging folder beside the target (same parent, so the same file system) and
// swapped in with one renameat2(RENAME_EXCHANGE): readers see the old set or the new one.
//
// Layout beside an output folder `out`:
//   out/                         the outputs and the marker file .kronik-output
//   .out.kronik-lock             flock()ed by the writer; kept (removing lock files races)
//   .out.kronik-staging-<pid>    the set being written, or (after the swap) the old set being
//                                deleted; one left by a killed run is removed by the next run
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <set>
#include <string>
#include <system_error>
#include <utility>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "internal.h"
#include "kronik/export/export.h"

namespace kronik {
namespace fs = std::filesystem;

void export_detail::ByteSink::drain() {
  if (str_) {
    str_->append(buf_, used_);
    used_ = 0;
    return;
  }
  const char* p = buf_;
  std::size_t left = used_;
  used_ = 0;
  while (left > 0 && err_ == 0) {
    const ssize_t n = ::write(fd_, p, left);
    if (n < 0) {
      if (errno != EINTR) err_ = errno;
      continue;
    }
    p += n;
    left -= static_cast<std::size_t>(n);
  }
}

namespace {

constexpr const char* kMarkerText = "kronik output folder\n";

std::string errno_text(int err) { return std::generic_category().message(err); }

Error io_error(const std::string& path, const std::string& what, int err) {
  return Error{ErrorCode::kIo, what + ": " + errno_text(err), path, 0};
}

/// Makes renames durable. Best effort: some file systems refuse fsync on a directory, which
/// does not make the written files wrong.
void sync_directory(const fs::path& dir) {
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  (void)::fsync(fd);
  ::close(fd);
}

/// Runs `fill` on a buffered sink over a new file at `path` (mode 0644), then fsyncs it.
template <class Fill>
Status write_new_file(const fs::path& path, int flags, Fill fill) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC | flags, 0644);
  if (fd < 0) return io_error(path.string(), "cannot create", errno);
  int err = 0;
  std::string what;
  // Outputs are meant to be shared like any file the user writes, whatever the umask.
  if (::fchmod(fd, 0644) != 0) {
    err = errno;
    what = "cannot set permissions on";
  } else {
    export_detail::ByteSink sink(fd);
    fill(sink);
    if ((err = sink.flush()) != 0) what = "cannot write";
    else if (::fsync(fd) != 0) err = errno, what = "cannot flush";
  }
  if (::close(fd) != 0 && what.empty()) err = errno, what = "cannot close";
  if (!what.empty()) return io_error(path.string(), what + " " + path.string(), err);
  return {};
}

// ---- where the folder, its lock and its staging folders are -----------------------------------

struct OutputPaths {
  fs::path target;  ///< the output folder (absolute, symlinks resolved)
  fs::path parent;
  std::string name;

  fs::path lock() const { return parent / ("." + name + ".kronik-lock"); }
  std::string staging_prefix() const { return "." + name + ".kronik-staging-"; }
  fs::path staging() const { return parent / (staging_prefix() + std::to_string(::getpid())); }
};

Result<OutputPaths> resolve_output(const std::string& dir) {
  std::error_code ec;
  fs::path p = fs::absolute(dir.empty() ? fs::path(".") : fs::path(dir), ec).lexically_normal();
  if (ec) return io_error(dir, "cannot resolve the output folder", ec.value());
  if (!p.has_filename() && p.has_parent_path() && p != p.root_path()) p = p.parent_path();  // "out/"
  if (fs::is_symlink(p, ec)) {  // write where the link points; the link itself stays
    p = fs::canonical(p, ec);
    if (ec) return io_error(dir, "cannot follow the symbolic link", ec.value());
  }
  if (p == p.root_path() || p.filename().empty() || p.filename() == "..") {
    return Error{ErrorCode::kIo, "the output folder must be a named folder with a parent", dir, 0};
  }
  return OutputPaths{p, p.parent_path(), p.filename().string()};
}

/// Creates the parent folder when missing. Reports the real obstacle, naming it: the nearest
/// existing ancestor that is not a folder (ENOTDIR) or not writable (EACCES), rather than the
/// ENOENT a later open would give.
Status ensure_parent(const OutputPaths& out) {
  fs::path existing = out.parent;
  std::error_code ec;
  while (!fs::exists(existing, ec) && existing.has_parent_path() && existing != existing.root_path())
    existing = existing.parent_path();
  if (!fs::is_directory(existing, ec)) return io_error(existing.string(), "cannot create the output folder in", ENOTDIR);
  if (::access(existing.c_str(), W_OK | X_OK) != 0)
    return io_error(existing.string(), "cannot create the output folder " + out.target.string() + " in", errno);
  fs::create_directories(out.parent, ec);
  if (ec) return io_error(out.parent.string(), "cannot create the folder", ec.value());
  return {};
}

/// The writer's lock on one output folder; released when destroyed (closing drops the flock).
class FolderLock {
 public:
  FolderLock() = default;
  explicit FolderLock(int fd) : fd_(fd) {}
  FolderLock(FolderLock&& o) noexcept : fd_(o.fd_) { o.fd_ = -1; }
  FolderLock& operator=(FolderLock&& o) noexcept {
    std::swap(fd_, o.fd_);
    return *this;
  }
  ~FolderLock() {
    if (fd_ >= 0) ::close(fd_);
  }

 private:
  int fd_ = -1;
};

/// Takes the folder's lock without waiting: a second writer fails at once rather than
/// overwriting the first one's set a moment later.
Result<FolderLock> take_lock(const OutputPaths& out) {
  const fs::path lock = out.lock();
  const int fd = ::open(lock.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) return io_error(lock.string(), "cannot create the lock file", errno);
  FolderLock held(fd);
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    const int err = errno;
    if (err == EWOULDBLOCK)
      return Error{ErrorCode::kIo, "another kronik run is writing this output folder (lock " + lock.string() + " is held)",
                   out.target.string(), 0};
    return io_error(lock.string(), "cannot lock", err);
  }
  return held;
}

/// Staging folders of runs that died (killed, power loss): holding the lock proves their owner
/// is gone. Also removes the old set a killed run had swapped out but not yet deleted.
void remove_stale_staging(const OutputPaths& out) {
  std::error_code ec;
  const std::string prefix = out.staging_prefix();
  for (fs::directory_iterator it(out.parent, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string n = it->path().filename().string();
    if (n.rfind(prefix, 0) == 0) fs::remove_all(it->path(), ec);
  }
}

/// Checks the target is a folder we may replace (or absent).
Status check_target(const OutputPaths& out) {
  std::error_code ec;
  if (!fs::exists(out.target, ec)) return {};
  if (!fs::is_directory(out.target, ec)) return io_error(out.target.string(), "the output folder is not a folder", ENOTDIR);
  if (::access(out.target.c_str(), W_OK | X_OK) != 0) return io_error(out.target.string(), "cannot replace the output folder", errno);
  return {};
}

// ---- the swap ---------------------------------------------------------------------------------

/// Carries into `staging` every entry of the old folder this run does not produce (files the
/// user keeps there, graph.svg under --no-svg, ...): hard links, so nothing is copied; a real
/// copy where the file system refuses links. Folders are recreated, symbolic links copied.
Status carry_over(const fs::path& old_dir, const fs::path& staging, const std::set<std::string>& produced) {
  std::error_code ec;
  if (!fs::is_directory(old_dir, ec)) return {};
  for (fs::directory_iterator it(old_dir, ec), end; !ec && it != end; it.increment(ec)) {
    const fs::path from = it->path();
    if (produced.count(from.filename().string())) continue;
    const fs::path to = staging / from.filename();
    constexpr auto base = fs::copy_options::recursive | fs::copy_options::copy_symlinks;
    std::error_code link_ec;
    fs::copy(from, to, base | fs::copy_options::create_hard_links, link_ec);
    if (link_ec) {
      fs::remove_all(to, link_ec);
      fs::copy(from, to, base, ec);
      if (ec) return io_error(from.string(), "cannot keep " + from.string() + " in the new output folder", ec.value());
    }
  }
  if (ec) return io_error(old_dir.string(), "cannot list the output folder", ec.value());
  return {};
}

/// Puts `staging` in place of `target` in one step; afterwards `staging` holds the old set (or
/// nothing on a first run). Fails with EXDEV/EBUSY when the target is a mount point.
Status swap_in(const fs::path& staging, const fs::path& target) {
  std::error_code ec;
  const bool first = !fs::exists(target, ec);
  const int rc = first ? ::rename(staging.c_str(), target.c_str())
                       : ::renameat2(AT_FDCWD, staging.c_str(), AT_FDCWD, target.c_str(), RENAME_EXCHANGE);
  if (rc != 0) return io_error(target.string(), "cannot move the new outputs into place (is the folder a mount point?)", errno);
  sync_directory(target.parent_path());
  return {};
}

struct StagedSet {
  std::vector<Error> errors;   ///< one per file that could not be produced
  std::set<std::string> produced;  ///< names this run owns (written, or meant to be)
  bool io_failed = false;      ///< a file could not be written: the set must not be swapped in
};

/// Writes every output into `staging`, cheap files first and graph.svg last, so a slow or
/// failing layout costs nothing else. A Graphviz error leaves graph.svg out of the set (and is
/// reported); a file-system error fails the set.
StagedSet write_set(const Timeline& t, const fs::path& staging, const ExportConfig& cfg, const DocumentTexts& texts) {
  StagedSet set;
  auto put = [&](const char* name, auto&& fill) {
    set.produced.insert(name);
    if (set.io_failed) return;
    const std::string phase = std::string("write ") + name;
    report_progress(cfg.progress, phase, 0, 1);
    const Status s = write_new_file(staging / name, O_EXCL, fill);
    if (!s.ok()) {
      set.errors.push_back(s.error());
      set.io_failed = true;
    }
    report_progress(cfg.progress, phase, 1, 1);
  };
  auto bytes = [](std::string b) { return [b = std::move(b)](export_detail::ByteSink& s) { s.write(b); }; };

  put(kOutputMarker, bytes(kMarkerText));
  put("timeline.json", [&](export_detail::ByteSink& s) { export_detail::write_timeline_json(t, cfg, s); });
  put("graph.graphml", [&](export_detail::ByteSink& s) { export_detail::write_graph_graphml(t, cfg, s); });
  put("graph.dot", [&](export_detail::ByteSink& s) { export_detail::write_graph_dot(t, cfg, s); });
  put("events.jsonl", [&](export_detail::ByteSink& s) { export_detail::write_events_jsonl(t, s); });
  put("timeline.html", [&](export_detail::ByteSink& s) { export_detail::write_timeline_html(t, cfg, s); });
  auto put_csv = [&](const std::string& prefix, CsvDialect dialect) {
    using export_detail::CsvFile;
    static constexpr std::pair<const char*, CsvFile> kFiles[] = {{"_entities.csv", CsvFile::kEntities},
                                                                 {"_events.csv", CsvFile::kEvents},
                                                                 {"_participation.csv", CsvFile::kParticipation},
                                                                 {"_located.csv", CsvFile::kLocated}};
    for (const auto& f : kFiles)
      put((prefix + f.first).c_str(), [&](export_detail::ByteSink& s) { export_detail::write_graph_csv(t, dialect, f.second, s); });
    if (dialect == CsvDialect::kKuzu) put((prefix + "_load.cypher").c_str(), bytes(export_detail::kuzu_load_script()));
  };
  if (cfg.neo4j_csv) put_csv("neo4j", CsvDialect::kNeo4j);
  if (cfg.kuzu_csv) put_csv("kuzu", CsvDialect::kKuzu);
  if (cfg.rdf) {
    using export_detail::RdfSyntax;
    put("graph.ttl", [&](export_detail::ByteSink& s) { export_detail::write_rdf(t, cfg.rdf_base, RdfSyntax::kTurtle, s); });
    put("graph.nt", [&](export_detail::ByteSink& s) { export_detail::write_rdf(t, cfg.rdf_base, RdfSyntax::kNTriples, s); });
  }
  if (cfg.keep_text)
    put("documents.jsonl", [&](export_detail::ByteSink& s) { export_detail::write_documents_jsonl(t, texts, s); });
  if (cfg.gdelt) {
    put("gdelt_events.tsv", [&](export_detail::ByteSink& s) { export_detail::write_gdelt_events(t, s); });
    put("gdelt_mentions.tsv", [&](export_detail::ByteSink& s) { export_detail::write_gdelt_mentions(t, s); });
  }
  if (cfg.svg && !set.io_failed) {
    report_progress(cfg.progress, "layout graph.svg", 0, 1);
    Result<std::string> svg = graph_svg(t, cfg);
    report_progress(cfg.progress, "layout graph.svg", 1, 1);
    if (svg) {
      put("graph.svg", bytes(std::move(svg.value())));
    } else {
      set.produced.insert("graph.svg");  // an old graph.svg would not match the new set
      Error e = svg.error();
      e.document = (staging.parent_path() / "graph.svg").string();
      set.errors.push_back(std::move(e));
    }
  }
  return set;
}

/// Names a staged file's error after the file it was meant to become.
void rename_errors(std::vector<Error>& errors, const fs::path& staging, const fs::path& target) {
  const std::string from = staging.string(), to = target.string();
  for (Error& e : errors) {
    if (e.document.rfind(from, 0) == 0) e.document = to + e.document.substr(from.size());
    else if (e.document == (staging.parent_path() / "graph.svg").string()) e.document = (target / "graph.svg").string();
  }
}

/// The new folder gets the old one's permissions (a folder kept private stays private).
void keep_mode(const fs::path& old_dir, const fs::path& staging) {
  struct stat st {};
  if (::stat(old_dir.c_str(), &st) == 0) (void)::chmod(staging.c_str(), st.st_mode & 07777);
}

/// The steps before any output is written, shared with prepare_output_dir().
Result<FolderLock> claim(const OutputPaths& out) {
  if (Status s = ensure_parent(out); !s.ok()) return s.error();
  Result<FolderLock> lock = take_lock(out);
  if (!lock) return lock;
  if (Status s = check_target(out); !s.ok()) return s.error();
  return lock;
}

}  // namespace

Status write_file_atomic(const std::string& path, std::string_view bytes) {
  const fs::path target(path);
  if (target.filename().empty()) return Error{ErrorCode::kIo, "not a file path", path, 0};
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  // Hidden, and named after the target, so a leftover (after a crash) is recognisable.
  std::string tmpl = (dir / ("." + target.filename().string() + ".tmp.XXXXXX")).string();
  const int fd = ::mkstemp(tmpl.data());
  if (fd < 0) return io_error(path, "cannot create a temporary file in " + dir.string(), errno);
  ::close(fd);
  Status s = write_new_file(tmpl, O_TRUNC, [&](export_detail::ByteSink& sink) { sink.write(bytes); });
  if (s.ok() && ::rename(tmpl.c_str(), path.c_str()) != 0) s = io_error(path, "cannot rename " + tmpl + " to " + path, errno);
  if (!s.ok()) {
    ::unlink(tmpl.c_str());  // never leave a half-written temporary behind
    Error e = s.error();
    e.document = path;
    return e;
  }
  sync_directory(dir);
  return {};
}

Status prepare_output_dir(const std::string& dir) {
  Result<OutputPaths> out = resolve_output(dir);
  if (!out) return out.error();
  Result<FolderLock> lock = claim(out.value());
  if (!lock) return lock.error();
  return {};
}

std::vector<Error> write_outputs(const Timeline& timeline, const std::string& dir, const ExportConfig& config,
                                 const DocumentTexts& texts) {
  Result<OutputPaths> resolved = resolve_output(dir);
  if (!resolved) return {resolved.error()};
  const OutputPaths& out = resolved.value();
  Result<FolderLock> lock = claim(out);
  if (!lock) return {lock.error()};
  remove_stale_staging(out);

  const fs::path staging = out.staging();
  if (::mkdir(staging.c_str(), 0755) != 0) return {io_error(staging.string(), "cannot create the staging folder", errno)};
  keep_mode(out.target, staging);
  StagedSet set = write_set(timeline, staging, config, texts);
  rename_errors(set.errors, staging, out.target);
  std::error_code ec;
  if (!set.io_failed) {
    if (Status s = carry_over(out.target, staging, set.produced); !s.ok()) set.errors.push_back(s.error()), set.io_failed = true;
  }
  if (!set.io_failed) {
    sync_directory(staging);
    if (Status s = swap_in(staging, out.target); !s.ok()) set.errors.push_back(s.error());
  }
  fs::remove_all(staging, ec);  // the failed new set, or the old set after the swap
  return set.errors;
}

}  // namespace kronik
