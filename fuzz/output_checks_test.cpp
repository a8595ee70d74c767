// The fuzzers' output checkers must reject what consumers reject, or an export bug would pass
// unseen: one row per rule of output_checks.h.
#include <catch2/catch.hpp>

#include <string>

#include "output_checks.h"

namespace {

struct Row {
  const char* text;
  bool ok;
};

}  // namespace

TEST_CASE("xml_error follows XML 1.0 well-formedness") {
  const Row rows[] = {
      {"<?xml version=\"1.0\"?>\n<a x=\"&amp;&#10;\" y='\"'><!-- c --><b/>t&lt;<![CDATA[<&]]></a>\n", true},
      {"<a><b></a></b>", false},        // crossed tags
      {"<a x='1' x='2'/>", false},      // repeated attribute
      {"<a>&bogus;</a>", false},        // unknown entity
      {"<a>&#0;</a>", false},           // reference to a forbidden character
      {"<a>\x01</a>", false},           // forbidden character
      {"<a></a><b/>", false},           // two roots
      {"<a x=1/>", false},              // unquoted attribute
      {"<a x='<'/>", false},            // '<' in an attribute
      {"<a>]]></a>", false},            // CDATA end in text
      {"<a>\xff</a>", false},           // invalid UTF-8
      {"text", false},                  // no root
  };
  for (const Row& row : rows) {
    INFO(row.text);
    CHECK(kronik::fuzz::xml_error(row.text).empty() == row.ok);
  }
}

TEST_CASE("csv_error follows RFC 4180 with the header's field count") {
  const Row rows[] = {
      {"a,b\n\"x,\"\"y\"\"\n\",2\n,\n", true},
      {"a,b\n1\n", false},         // too few fields
      {"a,b\n\"x,1\n", false},     // unterminated quote
      {"a,b\nx\"y,1\n", false},    // quote in an unquoted field
      {"a,b\n1,2", false},         // no final line end
      {"a\n\"x\"y\n", false},      // text after a closing quote
      {"a\n\xff\n", false},        // invalid UTF-8
  };
  for (const Row& row : rows) {
    INFO(row.text);
    CHECK(kronik::fuzz::csv_error(row.text).empty() == row.ok);
  }
}

TEST_CASE("json_error validates UTF-8 and wants an object") {
  const Row rows[] = {{"{\"a\":[1,\"x\"]}", true}, {"{\"a\":\"\xff\"}", false}, {"[1]", false}, {"{", false}};
  for (const Row& row : rows) {
    INFO(row.text);
    CHECK(kronik::fuzz::json_error(row.text).empty() == row.ok);
  }
}
