// A temporary directory for one test, removed (with everything in it) when it goes out of scope.
// Unique per process and call (mkdtemp), so tests run in parallel never share one. The destructor
// first gives the owner back every permission a test took away (unreadable folders), so cleanup
// never fails half-way.
#pragma once
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <system_error>

namespace kronik::test {

struct TempDir {
  std::filesystem::path path;

  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "kronik-test-XXXXXX").string();
    if (::mkdtemp(tmpl.data()) == nullptr) throw std::runtime_error("mkdtemp failed for " + tmpl);
    path = tmpl;
  }
  ~TempDir() {
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::permissions(path, fs::perms::owner_all, fs::perm_options::add, ec);
    for (auto it = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
      if (it->is_directory(ec)) fs::permissions(it->path(), fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(path, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  /// Writes `bytes` to path/rel (creating folders) and returns the file's path.
  std::string write(const std::string& rel, const std::string& bytes) const {
    std::filesystem::path p = path / rel;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
};

}  // namespace kronik::test
