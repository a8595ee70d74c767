// Interner: small string -> dense uint32 id table, so merge keys compare as integers.
// Id 0 is always the empty string ("no location", "no target").
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

namespace kronik::graph_detail {

class Interner {
 public:
  Interner() { ids_.emplace(std::string(), 0); }
  std::uint32_t id(std::string_view s) {
    auto it = ids_.find(std::string(s));
    if (it != ids_.end()) return it->second;
    auto n = static_cast<std::uint32_t>(ids_.size());
    ids_.emplace(std::string(s), n);
    return n;
  }
  std::size_t size() const noexcept { return ids_.size(); }

 private:
  std::unordered_map<std::string, std::uint32_t> ids_;
};

}  // namespace kronik::graph_detail
