// Fuzz harness: JSON Lines ingestion through read_source on a file, so line splitting, the BOM,
// blank lines and per-line errors are exercised as `kronik build x.jsonl` meets them.
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "../ingest_checks.h"
#include "kronik/extract/text/ingest.h"

namespace {

/// One scratch file per process, removed at exit (libFuzzer exits through exit()).
struct ScratchFile {
  std::filesystem::path path = std::filesystem::temp_directory_path() /
                               ("kronik-fuzz-" + std::to_string(::getpid()) + ".jsonl");
  ~ScratchFile() {
    std::error_code ec;
    std::filesystem::remove(path, ec);
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kronik;
  static const ScratchFile scratch;
  {
    std::ofstream out(scratch.path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  const InputSource source{scratch.path.string(), InputFormat::kJsonLines};
  read_source(source, IngestConfig{}, [](Result<RawDocument> r) {
    fuzz::check_ingested(r);
    if (r) fuzz::fuzz_check(!r.value().id.empty(), "JSONL document without an id");
  });
  return 0;
}
