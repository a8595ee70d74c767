// Fuzz harness: HTML ingestion (make_document with kHtml, the code read_source runs after
// reading an .html file): gumbo parsing, body text extraction, <title> and meta tags.
#include "../ingest_checks.h"
#include "kronik/extract/text/ingest.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kronik;
  const std::string bytes(fuzz::as_view(data, size));
  (void)detect_format("page", bytes);  // content sniffing: "starts like HTML"
  fuzz::check_ingested(make_document("fuzz.html", "fuzz.html", InputFormat::kHtml, bytes, IngestConfig{}));
  return 0;
}
