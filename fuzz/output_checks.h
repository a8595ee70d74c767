// fuzz/output_checks.h: validators for what the exporters write, used by the export and analyze
// harnesses. Each returns an empty string when the text is fine, else what is wrong (the byte
// offset included), so a failing input says why.
//   json_error     RapidJSON parse with UTF-8 validation; the root must be an object.
//   xml_error      XML 1.0 well-formedness, enough for GraphML: prolog, comments, CDATA,
//                  elements, quoted and unique attributes, entity and character references,
//                  one root, only XML characters. No DTDs (kronik writes none).
//   csv_error      RFC 4180 with '\n' line ends: every record has the header's field count.
#pragma once

#include <string>
#include <string_view>

namespace kronik::fuzz {

std::string json_error(std::string_view json);
std::string xml_error(std::string_view xml);
std::string csv_error(std::string_view csv);

}  // namespace kronik::fuzz
