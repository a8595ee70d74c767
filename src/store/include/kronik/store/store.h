// kronik/store/store.h: the analysed documents of a growing corpus, kept between runs.
//
// A Store is one SQLite file (docs/store.md: schema, versions, what is kept). Per document: its
// id, the hashes that tell an unchanged document from a changed one, its metadata, and its
// analysis as the merge reads it (analysis JSON, kronik/store/analysis_json.h). Inputs that
// could not be read are kept too, so the run summary of an incremental build is the one a full
// build of the same inputs writes.
//
// Usage:
//   auto s = kronik::Store::open("out/kronik.db", settings);   // created when missing
//   if (!s) { /* s.error(): kIo (cannot open), kData (not a kronik store, newer schema),
//                kUsage (made with other extraction settings) */ }
//   kronik::Store& store = s.value();
//   auto known = store.documents();                 // id -> hashes and path, to skip unchanged ones
//   store.put(batch, skipped);                      // one transaction: all of it or nothing
//   store.for_each([](kronik::DocumentAnalysis&& a) { graph.add(std::move(a)); });  // in id order
//
// Durability: WAL journal, synchronous=FULL; put() and remove() are each one transaction, so a
// crash (kill -9, power loss) keeps every batch committed before it and none of the batch it
// interrupted. The file is closed (and its WAL checkpointed away) by close() or the destructor.
// Compactness: raw text is kept only for documents whose publication date is not given by their
// metadata or dateline (cross-document re-dating re-reads it; StoreConfig::keep_text keeps all).
//
// Thread-safety: one Store per thread; several processes may read one file, one writes.
// SQLite stays in the .cpp: this header needs no sqlite3.h.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "kronik/core/error.h"
#include "kronik/core/model.h"

namespace kronik {

/// Version of the store's tables (PRAGMA user_version); a store of a newer version is refused.
inline constexpr int kStoreSchemaVersion = 1;

struct StoreConfig {
  /// Keep every document's raw text (default: only the texts re-dating may need).
  bool keep_text = false;
};

/// What identifies one stored version of a document.
struct StoredKey {
  std::uint64_t content_hash = 0;  ///< content_hash() of the raw document it was analysed from
  std::uint64_t text_hash = 0;     ///< fnv1a64 of its text: what duplicate detection compares
  std::string path;                ///< where it was read from
};

/// Hash of everything the analysis of a raw document depends on: id, format, text and metadata
/// (title, url, source, published, language). Equal hashes: the analysis can be reused.
std::uint64_t content_hash(const RawDocument& raw);

/// Drops what no merge reads again: the raw text of a document dated by its metadata or dateline
/// (re-dating never touches it; evidence keeps its own texts) unless `keep_text`. What the store
/// keeps, and what a reduce may hold in memory.
void compact_analysis(DocumentAnalysis& analysis, bool keep_text = false);

class Store {
 public:
  /// Opens `path` (created with its tables when missing). `settings` fingerprints what the
  /// analyses depend on besides the documents (extraction options, data folder, version): a new
  /// store records it, an existing one must have been made with the same (kUsage otherwise).
  static Result<Store> open(const std::string& path, const std::string& settings, StoreConfig config = {});

  Store(Store&&) noexcept;
  Store& operator=(Store&&) noexcept;
  ~Store();

  /// Every stored document: id -> key. Small (no analyses).
  Result<std::map<std::string, StoredKey>> documents() const;
  /// Stores (or replaces, by id) `batch`, records `skipped` inputs (replacing earlier records
  /// of the same document) and removes the documents `gone`, in one transaction. Stored
  /// documents lose their skipped records. The analyses are kept as compact_analysis() leaves them.
  Status put(const std::vector<DocumentAnalysis>& batch, const std::vector<Error>& skipped,
             const std::vector<std::string>& gone = {});
  /// Removes documents and skipped records by id, in one transaction; `removed` counts documents.
  Status remove(const std::vector<std::string>& ids, std::size_t* removed = nullptr);
  /// Calls `fn` with every stored analysis, in id order (byte order), one at a time: what the
  /// merge reads (no time expressions and entity mentions, which are kept apart) or, with
  /// `with_detail`, the whole analysis. Returns kData when a stored analysis does not parse.
  Status for_each(const std::function<void(DocumentAnalysis&&)>& fn, bool with_detail = false) const;
  /// The inputs of earlier runs that could not be read, in document order.
  Result<std::vector<Error>> skipped() const;
  /// PRAGMA integrity_check: "ok" when the file is sound.
  Result<std::string> integrity_check() const;
  const std::string& path() const noexcept;
  /// Checkpoints the WAL into the main file and closes it (also done by the destructor).
  void close();

  struct Impl;

 private:
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace kronik
