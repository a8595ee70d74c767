// Interner: small string -> dense uint32 id table, so merge keys compare as integers.
// Id 0 is always the empty string ("no location", "no target").
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kronik::graph_detail {

class Interner {
 public:
  Interner() { names_.push_back(&ids_.emplace(std::string(), 0).first->first); }
  std::uint32_t id(std::string_view s) {
    auto it = ids_.find(std::string(s));
    if (it != ids_.end()) return it->second;
    auto n = static_cast<std::uint32_t>(ids_.size());
    names_.push_back(&ids_.emplace(std::string(s), n).first->first);  // node keys never move
    return n;
  }
  /// The string of an id (ids come from id()).
  const std::string& name(std::uint32_t id) const { return *names_[id]; }
  std::size_t size() const noexcept { return ids_.size(); }

 private:
  std::unordered_map<std::string, std::uint32_t> ids_;
  std::vector<const std::string*> names_;
};

}  // namespace kronik::graph_detail
