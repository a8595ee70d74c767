// fuzz/output_checks.cpp: see output_checks.h. Hand-written checkers rather than a second XML or
// CSV library: the point is to state the rules a consumer relies on, byte by byte.
#include "output_checks.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <set>
#include <vector>

#include "kronik/core/text.h"

namespace kronik::fuzz {

std::string json_error(std::string_view json) {
  rapidjson::Document d;
  d.Parse<rapidjson::kParseValidateEncodingFlag | rapidjson::kParseStopWhenDoneFlag>(json.data(), json.size());
  if (d.HasParseError())
    return std::string("JSON: ") + rapidjson::GetParseError_En(d.GetParseError()) + " at byte " +
           std::to_string(d.GetErrorOffset());
  if (!d.IsObject()) return "JSON: root is not an object";
  return {};
}

namespace {

// XML 1.0 Char production (the code points a document may hold at all).
bool is_xml_char(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
         (c >= 0x10000 && c <= 0x10FFFF);
}

bool is_name_start(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == ':' ||
         static_cast<unsigned char>(c) >= 0x80;
}
bool is_name_char(char c) {
  return is_name_start(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}
bool is_xml_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

class XmlChecker {
 public:
  explicit XmlChecker(std::string_view s) : s_(s) {}

  std::string run() {
    if (auto bad = first_invalid_utf8(s_)) return at(*bad, "invalid UTF-8");
    for (std::size_t i = 0; i < s_.size();) {
      std::size_t at_i = i;
      if (!is_xml_char(decode_utf8(s_, i))) return at(at_i, "character XML forbids");
    }
    if (s_.substr(0, 5) == "<?xml" && !skip_past("?>")) return at(pos_, "unterminated XML declaration");
    bool root_seen = false;
    while (pos_ < s_.size()) {
      if (s_[pos_] != '<') {
        if (open_.empty() && !is_xml_space(s_[pos_])) return at(pos_, "text outside the root element");
        if (auto e = text(); !e.empty()) return e;
        continue;
      }
      if (starts("<!--")) {
        if (!skip_past("-->")) return at(pos_, "unterminated comment");
      } else if (starts("<![CDATA[")) {
        if (open_.empty()) return at(pos_, "CDATA outside the root element");
        if (!skip_past("]]>")) return at(pos_, "unterminated CDATA");
      } else if (starts("<?")) {
        if (!skip_past("?>")) return at(pos_, "unterminated processing instruction");
      } else if (starts("</")) {
        if (auto e = end_tag(); !e.empty()) return e;
      } else {
        if (open_.empty() && root_seen) return at(pos_, "second root element");
        root_seen = true;
        if (auto e = start_tag(); !e.empty()) return e;
      }
    }
    if (!open_.empty()) return at(pos_, "element <" + open_.back() + "> not closed");
    if (!root_seen) return at(0, "no root element");
    return {};
  }

 private:
  std::string at(std::size_t offset, const std::string& what) const {
    return "XML: " + what + " at byte " + std::to_string(offset);
  }
  bool starts(std::string_view p) const { return s_.substr(pos_, p.size()) == p; }
  bool skip_past(std::string_view end) {
    std::size_t e = s_.find(end, pos_);
    if (e == std::string_view::npos) return false;
    pos_ = e + end.size();
    return true;
  }
  std::string_view name() {
    std::size_t b = pos_;
    if (pos_ < s_.size() && is_name_start(s_[pos_]))
      while (pos_ < s_.size() && is_name_char(s_[pos_])) ++pos_;
    return s_.substr(b, pos_ - b);
  }
  void spaces() {
    while (pos_ < s_.size() && is_xml_space(s_[pos_])) ++pos_;
  }

  // "&amp;" "&#10;" "&#x1F;": a reference must be one of these and name an XML character.
  std::string reference() {
    std::size_t semi = s_.find(';', pos_);
    if (semi == std::string_view::npos) return at(pos_, "'&' without ';'");
    std::string_view ref = s_.substr(pos_ + 1, semi - pos_ - 1);
    static const std::set<std::string_view> kNamed = {"lt", "gt", "amp", "quot", "apos"};
    bool ok = kNamed.count(ref) > 0;
    if (!ok && ref.size() >= 2 && ref[0] == '#') {
      bool hex = ref[1] == 'x';
      std::string_view digits = ref.substr(hex ? 2 : 1);
      unsigned long v = 0;
      ok = !digits.empty() && digits.size() <= 8;
      for (char c : digits) {
        int d = (c >= '0' && c <= '9') ? c - '0'
                : hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;
        if (d < 0) ok = false;
        v = v * (hex ? 16 : 10) + static_cast<unsigned long>(d < 0 ? 0 : d);
      }
      ok = ok && is_xml_char(static_cast<char32_t>(v));
    }
    if (!ok) return at(pos_, "bad reference &" + std::string(ref) + ";");
    pos_ = semi + 1;
    return {};
  }

  std::string text() {
    while (pos_ < s_.size() && s_[pos_] != '<') {
      if (s_[pos_] == '&') {
        if (auto e = reference(); !e.empty()) return e;
        continue;
      }
      if (starts("]]>")) return at(pos_, "']]>' in text");
      ++pos_;
    }
    return {};
  }

  std::string start_tag() {
    ++pos_;  // '<'
    std::string_view tag = name();
    if (tag.empty()) return at(pos_, "bad element name");
    std::set<std::string_view> attrs;
    for (;;) {
      std::size_t before = pos_;
      spaces();
      if (starts("/>")) {
        pos_ += 2;
        return {};
      }
      if (starts(">")) {
        ++pos_;
        open_.emplace_back(tag);
        return {};
      }
      if (pos_ == before) return at(pos_, "attributes must be separated by spaces");
      if (auto e = attribute(attrs); !e.empty()) return e;
    }
  }

  std::string attribute(std::set<std::string_view>& seen) {
    std::string_view key = name();
    if (key.empty()) return at(pos_, "bad attribute name");
    if (!seen.insert(key).second) return at(pos_, "repeated attribute " + std::string(key));
    spaces();
    if (!starts("=")) return at(pos_, "attribute without '='");
    ++pos_;
    spaces();
    if (pos_ >= s_.size() || (s_[pos_] != '"' && s_[pos_] != '\'')) return at(pos_, "unquoted attribute");
    const char quote = s_[pos_++];
    while (pos_ < s_.size() && s_[pos_] != quote) {
      if (s_[pos_] == '<') return at(pos_, "'<' in an attribute value");
      if (s_[pos_] == '&') {
        if (auto e = reference(); !e.empty()) return e;
        continue;
      }
      ++pos_;
    }
    if (pos_ >= s_.size()) return at(pos_, "unterminated attribute value");
    ++pos_;
    return {};
  }

  std::string end_tag() {
    pos_ += 2;
    std::string_view tag = name();
    spaces();
    if (!starts(">")) return at(pos_, "bad end tag");
    ++pos_;
    if (open_.empty() || open_.back() != tag) return at(pos_, "end tag </" + std::string(tag) + "> does not match");
    open_.pop_back();
    return {};
  }

  std::string_view s_;
  std::size_t pos_ = 0;
  std::vector<std::string> open_;
};

// One RFC 4180 record starting at `pos`; advances past its '\n'.
std::string csv_record(std::string_view s, std::size_t& pos, std::size_t& fields) {
  fields = 0;
  for (;;) {
    ++fields;
    if (pos < s.size() && s[pos] == '"') {
      for (++pos;; ++pos) {
        if (pos >= s.size()) return "CSV: unterminated quoted field";
        if (s[pos] != '"') continue;
        if (pos + 1 < s.size() && s[pos + 1] == '"') {
          ++pos;
          continue;
        }
        ++pos;
        break;
      }
    } else {
      while (pos < s.size() && s[pos] != ',' && s[pos] != '\n') {
        if (s[pos] == '"' || s[pos] == '\r')
          return "CSV: quote or CR in an unquoted field at byte " + std::to_string(pos);
        ++pos;
      }
    }
    if (pos >= s.size()) return "CSV: last record without '\\n'";
    if (s[pos] == '\n') {
      ++pos;
      return {};
    }
    if (s[pos] != ',') return "CSV: text after a closing quote at byte " + std::to_string(pos);
    ++pos;
  }
}

}  // namespace

std::string xml_error(std::string_view xml) { return XmlChecker(xml).run(); }

std::string csv_error(std::string_view csv) {
  if (auto bad = first_invalid_utf8(csv)) return "CSV: invalid UTF-8 at byte " + std::to_string(*bad);
  std::size_t pos = 0, header = 0, record = 0;
  for (std::size_t n = 0; pos < csv.size(); ++n) {
    if (auto e = csv_record(csv, pos, n == 0 ? header : record); !e.empty()) return e;
    if (n > 0 && record != header)
      return "CSV: record " + std::to_string(n) + " has " + std::to_string(record) + " fields, header " +
             std::to_string(header);
  }
  if (header == 0) return "CSV: no header";
  return {};
}

}  // namespace kronik::fuzz
