// Fuzz harness: plain-text ingestion (make_document, the code read_source runs after reading a
// .txt file): BOM, binary and size checks, UTF-8 repair.
#include "../ingest_checks.h"
#include "kronik/extract/text/ingest.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kronik;
  const std::string bytes(fuzz::as_view(data, size));
  (void)detect_format("fuzz.txt", bytes);
  fuzz::check_ingested(make_document("fuzz.txt", "fuzz.txt", InputFormat::kText, bytes, IngestConfig{}));
  return 0;
}
