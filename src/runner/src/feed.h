// DocumentFeed: reads every input on its own thread into a bounded queue, so analysis starts at
// once and memory holds at most `depth` unanalysed documents (a JSONL file of 100k articles is
// never buffered whole). Documents come out in input order; skipped inputs come out as Errors in
// the same order, so the caller sees exactly what the input held, in sequence.
#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <variant>
#include <vector>

#include "kronik/core/error.h"
#include "kronik/core/model.h"
#include "kronik/extract/text/ingest.h"

namespace kronik::detail {

class DocumentFeed {
 public:
  using Item = std::variant<RawDocument, Error>;

  /// Starts the reader thread at once.
  DocumentFeed(std::vector<InputSource> sources, IngestConfig config, std::size_t depth);
  /// Stops the reader (it finishes the document it is reading) and joins it.
  ~DocumentFeed();
  DocumentFeed(const DocumentFeed&) = delete;
  DocumentFeed& operator=(const DocumentFeed&) = delete;

  /// Next document or skipped input, in input order; nullopt once every source is read.
  /// Blocks while the reader is behind. Call from one thread at a time.
  std::optional<Item> next();

  /// Sources fully read so far (for progress), and their total.
  std::size_t sources_done() const;
  std::size_t sources_total() const noexcept { return sources_.size(); }

 private:
  void read_all();
  /// Called by the reader: waits for room, then queues. False when the feed is stopping.
  bool push(Item item);

  std::vector<InputSource> sources_;
  IngestConfig config_;
  std::size_t depth_;
  DuplicateGuard duplicates_;  // used by the reader thread only
  mutable std::mutex mu_;
  std::condition_variable room_, ready_;
  std::deque<Item> queue_;
  std::size_t sources_done_ = 0;
  bool finished_ = false;
  bool stopping_ = false;
  std::thread reader_;
};

}  // namespace kronik::detail
