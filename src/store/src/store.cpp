// The SQLite store. Tables and their meaning: docs/store.md. Every write is one transaction;
// statements are prepared per call (a batch is hundreds of documents, so preparing is noise).
#include "kronik/store/store.h"

#include <sqlite3.h>

#include <utility>

#include "kronik/core/text.h"
#include "kronik/store/analysis_json.h"

namespace kronik {

namespace {

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
  id TEXT PRIMARY KEY,
  content_hash INTEGER NOT NULL,
  text_hash INTEGER NOT NULL,
  path TEXT NOT NULL,
  title TEXT NOT NULL,
  url TEXT NOT NULL,
  outlet TEXT NOT NULL,
  published TEXT NOT NULL,
  language TEXT NOT NULL,
  analysis TEXT NOT NULL,
  detail TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS skipped (
  document TEXT PRIMARY KEY,
  error TEXT NOT NULL
);
)sql";

Error store_error(ErrorCode code, const std::string& path, std::string message) {
  return Error{code, std::move(message), path, 0};
}

// One prepared statement, finalized on scope exit.
class Statement {
 public:
  Statement(sqlite3* db, const char* sql) { rc_ = sqlite3_prepare_v2(db, sql, -1, &st_, nullptr); }
  ~Statement() { sqlite3_finalize(st_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  bool ok() const { return rc_ == SQLITE_OK; }
  Statement& bind(int i, std::string_view s) {
    sqlite3_bind_text(st_, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Statement& bind(int i, std::uint64_t v) {
    sqlite3_bind_int64(st_, i, static_cast<sqlite3_int64>(v));  // stored as the same 64 bits
    return *this;
  }
  /// SQLITE_ROW, SQLITE_DONE or an error code.
  int step() { return sqlite3_step(st_); }
  void reset() {
    sqlite3_reset(st_);
    sqlite3_clear_bindings(st_);
  }
  std::string_view text(int col) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st_, col));
    return p ? std::string_view(p, static_cast<std::size_t>(sqlite3_column_bytes(st_, col))) : std::string_view();
  }
  std::uint64_t u64(int col) const { return static_cast<std::uint64_t>(sqlite3_column_int64(st_, col)); }
  int integer(int col) const { return sqlite3_column_int(st_, col); }

 private:
  sqlite3_stmt* st_ = nullptr;
  int rc_ = SQLITE_OK;
};

// What the merge reads (the analysis but its time expressions and entity mentions, which the graph
// drops on add) and the rest, kept apart so that loading a store for a merge parses only the first.
std::pair<DocumentAnalysis, DocumentAnalysis> split_for_store(const DocumentAnalysis& a, const StoreConfig& config) {
  DocumentAnalysis merged = a, detail;
  compact_analysis(merged, config.keep_text);
  detail.times = std::move(merged.times);
  detail.mentions = std::move(merged.mentions);
  merged.times.clear(), merged.mentions.clear();
  return {std::move(merged), std::move(detail)};
}

}  // namespace

// The raw text only when re-dating may read it again (a publication date from metadata or the
// dateline never changes, Extractor::redate).
void compact_analysis(DocumentAnalysis& a, bool keep_text) {
  if (!keep_text && a.info.published_anchor == Anchor::kExplicit) std::string().swap(a.raw.text);
}

std::uint64_t content_hash(const RawDocument& raw) {
  std::uint64_t h = fnv1a64(input_format_name(raw.format));
  for (const std::string* f : {&raw.id, &raw.text, &raw.title, &raw.url, &raw.source, &raw.published, &raw.language}) {
    h = fnv1a64(std::to_string(f->size()) + ":", h);  // length-prefixed: fields cannot run into each other
    h = fnv1a64(*f, h);
  }
  return h;
}

struct Store::Impl {
  sqlite3* db = nullptr;
  std::string path;
  StoreConfig config;

  ~Impl() { close(); }
  void close() {
    if (db) sqlite3_close(db);  // the last connection checkpoints and removes the WAL
    db = nullptr;
  }
  Error error(std::string what) const {
    return store_error(ErrorCode::kIo, path, what + ": " + (db ? sqlite3_errmsg(db) : "no database"));
  }
  Status exec(const char* sql) const {
    char* msg = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &msg) == SQLITE_OK) return {};
    std::string m = msg ? msg : "unknown error";
    sqlite3_free(msg);
    return store_error(ErrorCode::kIo, path, m);
  }
  /// Runs `body` inside BEGIN IMMEDIATE ... COMMIT; rolls back when it fails.
  Status transaction(const std::function<Status()>& body) const {
    if (Status st = exec("BEGIN IMMEDIATE"); !st) return st;
    Status st = body();
    if (st) st = exec("COMMIT");
    if (!st) (void)exec("ROLLBACK");
    return st;
  }
  Result<std::string> meta(const char* key) const {
    Statement q(db, "SELECT value FROM meta WHERE key = ?1");
    if (!q.ok()) return error("cannot read the store's settings");
    q.bind(1, std::string_view(key));
    return q.step() == SQLITE_ROW ? std::string(q.text(0)) : std::string();
  }
  Status set_meta(const char* key, const std::string& value) const {
    Statement q(db, "INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)");
    q.bind(1, std::string_view(key)).bind(2, value);
    return q.step() == SQLITE_DONE ? Status() : Status(error("cannot write the store's settings"));
  }
  Status check_schema() const;
  /// Deletes documents and their skipped records (inside the caller's transaction).
  Status delete_ids(const std::vector<std::string>& ids, std::size_t* removed) const;
  Status check_settings(const std::string& settings) const;
};

Status Store::Impl::check_schema() const {
  Statement v(db, "PRAGMA user_version");
  if (!v.ok() || v.step() != SQLITE_ROW) return store_error(ErrorCode::kData, path, "not a kronik store (not an SQLite database)");
  const int version = v.integer(0);
  if (version > kStoreSchemaVersion)
    return store_error(ErrorCode::kData, path,
                       "store schema version " + std::to_string(version) + " is newer than this kronik's (" +
                           std::to_string(kStoreSchemaVersion) + ")");
  if (version == kStoreSchemaVersion) return {};
  return transaction([&]() -> Status {
    if (Status st = exec(kSchema); !st) return st;
    return exec(("PRAGMA user_version = " + std::to_string(kStoreSchemaVersion)).c_str());
  });
}

Status Store::Impl::check_settings(const std::string& settings) const {
  auto stored = meta("settings");
  if (!stored) return stored.error();
  if (stored.value().empty()) return set_meta("settings", settings);
  if (stored.value() == settings) return {};
  return store_error(ErrorCode::kUsage, path,
                     "the store was made with other extraction settings (" + stored.value() + "; this run: " + settings +
                         "): use the same options, or another store");
}

Result<Store> Store::open(const std::string& path, const std::string& settings, StoreConfig config) {
  auto impl = std::make_unique<Impl>();
  impl->path = path;
  impl->config = config;
  if (sqlite3_open_v2(path.c_str(), &impl->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr) !=
      SQLITE_OK)
    return impl->error("cannot open the store");
  sqlite3_busy_timeout(impl->db, 10000);
  if (Status st = impl->exec("PRAGMA journal_mode = WAL"); !st)
    return store_error(ErrorCode::kData, path, "not a kronik store: " + st.error().message);
  if (Status st = impl->exec("PRAGMA synchronous = FULL"); !st) return st.error();
  if (Status st = impl->check_schema(); !st) return st.error();
  if (Status st = impl->check_settings(settings); !st) return st.error();
  return Store(std::move(impl));
}

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;
Store::~Store() = default;

const std::string& Store::path() const noexcept { return impl_->path; }

void Store::close() {
  if (impl_) impl_->close();
}

Result<std::map<std::string, StoredKey>> Store::documents() const {
  Statement q(impl_->db, "SELECT id, content_hash, text_hash, path FROM documents");
  if (!q.ok()) return impl_->error("cannot list the stored documents");
  std::map<std::string, StoredKey> out;
  int rc;
  while ((rc = q.step()) == SQLITE_ROW) out.emplace(std::string(q.text(0)), StoredKey{q.u64(1), q.u64(2), std::string(q.text(3))});
  if (rc != SQLITE_DONE) return impl_->error("cannot list the stored documents");
  return out;
}

Status Store::put(const std::vector<DocumentAnalysis>& batch, const std::vector<Error>& skipped,
                  const std::vector<std::string>& gone) {
  return impl_->transaction([&]() -> Status {
    if (Status st = impl_->delete_ids(gone, nullptr); !st) return st;
    Statement doc(impl_->db,
                  "INSERT OR REPLACE INTO documents (id, content_hash, text_hash, path, title, url, outlet, published, "
                  "language, analysis, detail) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    Statement unskip(impl_->db, "DELETE FROM skipped WHERE document = ?1 OR document = ?2");
    Statement skip(impl_->db, "INSERT OR REPLACE INTO skipped (document, error) VALUES (?1, ?2)");
    if (!doc.ok() || !unskip.ok() || !skip.ok()) return impl_->error("cannot prepare the batch");
    for (const DocumentAnalysis& a : batch) {
      const DocumentInfo& i = a.info;
      doc.bind(1, i.id).bind(2, content_hash(a.raw)).bind(3, fnv1a64(a.raw.text)).bind(4, i.path).bind(5, i.title);
      doc.bind(6, i.url).bind(7, i.outlet).bind(8, i.published.iso()).bind(9, std::string_view(language_code(i.language)));
      auto [merged, detail] = split_for_store(a, impl_->config);
      doc.bind(10, analysis_to_json(merged)).bind(11, analysis_to_json(detail));
      if (doc.step() != SQLITE_DONE) return impl_->error("cannot store " + i.id);
      doc.reset();
      unskip.bind(1, i.id).bind(2, i.path);
      if (unskip.step() != SQLITE_DONE) return impl_->error("cannot store " + i.id);
      unskip.reset();
    }
    for (const Error& e : skipped) {
      skip.bind(1, e.document).bind(2, error_to_json(e));
      if (skip.step() != SQLITE_DONE) return impl_->error("cannot record the skipped input " + e.document);
      skip.reset();
    }
    return {};
  });
}

Status Store::Impl::delete_ids(const std::vector<std::string>& ids, std::size_t* removed) const {
  Statement doc(db, "DELETE FROM documents WHERE id = ?1");
  Statement skip(db, "DELETE FROM skipped WHERE document = ?1");
  if (!doc.ok() || !skip.ok()) return error("cannot prepare the removal");
  for (const std::string& id : ids) {
    if (doc.bind(1, id).step() != SQLITE_DONE) return error("cannot remove " + id);
    if (removed && sqlite3_changes(db) > 0) ++*removed;
    if (skip.bind(1, id).step() != SQLITE_DONE) return error("cannot remove " + id);
    doc.reset();
    skip.reset();
  }
  return {};
}

Status Store::remove(const std::vector<std::string>& ids, std::size_t* removed) {
  std::size_t n = 0;
  Status st = impl_->transaction([&] { return impl_->delete_ids(ids, &n); });
  if (removed) *removed = st ? n : 0;
  return st;
}

Status Store::for_each(const std::function<void(DocumentAnalysis&&)>& fn, bool with_detail) const {
  Statement q(impl_->db, with_detail ? "SELECT id, analysis, detail FROM documents ORDER BY id"
                                     : "SELECT id, analysis FROM documents ORDER BY id");
  if (!q.ok()) return impl_->error("cannot read the stored analyses");
  auto corrupt = [&](const Error& e) {
    return store_error(ErrorCode::kData, impl_->path, "stored analysis of " + std::string(q.text(0)) + ": " + e.message);
  };
  int rc;
  while ((rc = q.step()) == SQLITE_ROW) {
    auto a = analysis_from_json(q.text(1));
    if (!a) return corrupt(a.error());
    if (with_detail) {
      auto d = analysis_from_json(q.text(2));
      if (!d) return corrupt(d.error());
      a.value().times = std::move(d.value().times);
      a.value().mentions = std::move(d.value().mentions);
    }
    fn(std::move(a).value());
  }
  return rc == SQLITE_DONE ? Status() : Status(impl_->error("cannot read the stored analyses"));
}

Result<std::vector<Error>> Store::skipped() const {
  Statement q(impl_->db, "SELECT document, error FROM skipped ORDER BY document");
  if (!q.ok()) return impl_->error("cannot read the skipped inputs");
  std::vector<Error> out;
  int rc;
  while ((rc = q.step()) == SQLITE_ROW) {
    Error e;
    if (Status st = error_from_json(q.text(1), e); !st)
      return store_error(ErrorCode::kData, impl_->path, "stored skip of " + std::string(q.text(0)) + ": " + st.error().message);
    out.push_back(std::move(e));
  }
  if (rc != SQLITE_DONE) return impl_->error("cannot read the skipped inputs");
  return out;
}

Result<std::string> Store::integrity_check() const {
  Statement q(impl_->db, "PRAGMA integrity_check");
  if (!q.ok() || q.step() != SQLITE_ROW) return impl_->error("cannot check the store");
  return std::string(q.text(0));
}

}  // namespace kronik
