// consumer INPUT OUT_DIR: builds the outputs of INPUT with the installed kronik::runner and
// prints "events N entities M".
#include <iostream>

#include "kronik/runner/build.h"

int main(int argc, char** argv) {
  if (argc != 3) return 2;
  kronik::BuildRequest req;
  req.inputs = {argv[1]};
  req.out_dir = argv[2];
  req.extract.data_dir = KRONIK_DATA;
  req.generator = KRONIK_GENERATOR;
  req.extract.latest_year = 2025;
  req.exporter.svg = false;
  req.threads = 1;
  if (auto st = kronik::validate(req); !st) return 2;
  auto report = kronik::run_build(req);
  if (!report) {
    std::cerr << report.error().to_string() << "\n";
    return 4;
  }
  std::cout << "events " << report.value().summary.events << " entities " << report.value().summary.entities << "\n";
  return report.value().exit_code();
}
