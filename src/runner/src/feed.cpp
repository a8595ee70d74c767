#include "feed.h"

namespace kronik::detail {

DocumentFeed::DocumentFeed(std::vector<InputSource> sources, IngestConfig config, std::size_t depth)
    : sources_(std::move(sources)), config_(std::move(config)), depth_(depth ? depth : 1) {
  reader_ = std::thread([this] { read_all(); });
}

DocumentFeed::~DocumentFeed() {
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
  }
  room_.notify_all();
  reader_.join();
}

void DocumentFeed::read_all() {
  for (const InputSource& src : sources_) {
    bool go_on = true;
    read_source(src, config_, [&](Result<RawDocument> r) {
      if (!go_on) return;  // read_source has no way to stop early; drop what follows
      if (!r) {
        go_on = push(r.error());
      } else if (auto dup = duplicates_.check(r.value())) {
        go_on = push(std::move(*dup));  // the same article twice is one source, not two
      } else {
        go_on = push(std::move(r).value());
      }
    });
    std::lock_guard lock(mu_);
    ++sources_done_;
    if (!go_on || stopping_) break;
  }
  {
    std::lock_guard lock(mu_);
    finished_ = true;
  }
  ready_.notify_all();
}

bool DocumentFeed::push(Item item) {
  std::unique_lock lock(mu_);
  room_.wait(lock, [&] { return queue_.size() < depth_ || stopping_; });
  if (stopping_) return false;
  queue_.push_back(std::move(item));
  lock.unlock();
  ready_.notify_one();
  return true;
}

std::optional<DocumentFeed::Item> DocumentFeed::next() {
  std::unique_lock lock(mu_);
  ready_.wait(lock, [&] { return !queue_.empty() || finished_; });
  if (queue_.empty()) return std::nullopt;
  Item item = std::move(queue_.front());
  queue_.pop_front();
  lock.unlock();
  room_.notify_one();
  return item;
}

std::size_t DocumentFeed::sources_done() const {
  std::lock_guard lock(mu_);
  return sources_done_;
}

}  // namespace kronik::detail
