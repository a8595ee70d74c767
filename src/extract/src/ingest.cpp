// ingest.cpp: files, directories and stdin -> RawDocuments (plain text, HTML, JSON Lines).
//
// Bad input never stops a batch: every problem becomes an Error value handed to the sink (or a
// repair note in RawDocument::repairs), so the caller can count it and go on with the rest.
// Offsets in errors are byte offsets into the bytes as read (the file, or the JSONL file for a
// malformed line, or the `text` field for a problem inside a JSONL document).
#include "kronik/extract/ingest.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include <gumbo.h>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "kronik/core/text.h"

namespace kronik {
namespace fs = std::filesystem;

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

Error make_error(ErrorCode code, std::string message, std::string document, std::uint64_t offset = 0) {
  Error e;
  e.code = code;
  e.message = std::move(message);
  e.document = std::move(document);
  e.offset = offset;
  return e;
}

std::string extension_of(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  return ascii_lower(ext);
}

bool is_hidden_name(const std::string& name) { return name.size() > 1 && name[0] == '.' && name != ".."; }

std::string read_head(const std::string& path, std::size_t n) {
  std::ifstream in(path, std::ios::binary);
  std::string head(n, '\0');
  if (!in) return {};
  in.read(head.data(), static_cast<std::streamsize>(n));
  head.resize(static_cast<std::size_t>(in.gcount()));
  return head;
}

// Reads at most `limit` + 1 bytes: enough to know that a stream is too large without holding a
// huge input in memory.
bool read_limited(std::istream& in, std::uint64_t limit, std::string& out) {
  out.clear();
  char buf[1 << 16];
  while (in) {
    in.read(buf, sizeof buf);
    std::streamsize got = in.gcount();
    if (got <= 0) break;
    out.append(buf, static_cast<std::size_t>(got));
    if (out.size() > limit) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Byte-level checks shared by every format.

// Control characters other than tab, newline, carriage return and form feed. A NUL byte alone is
// enough to call a document binary; otherwise their share must exceed the configured ratio.
std::optional<Error> binary_check(std::string_view bytes, const IngestConfig& config, const std::string& doc,
                                  std::uint64_t base) {
  std::size_t controls = 0;
  std::size_t first = std::string_view::npos;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    auto b = static_cast<unsigned char>(bytes[i]);
    if (b == 0) {
      return make_error(ErrorCode::kBinary, "NUL byte at byte " + std::to_string(base + i) + ": not a text document",
                        doc, base + i);
    }
    if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
      if (first == std::string_view::npos) first = i;
      ++controls;
    }
  }
  if (!bytes.empty() && static_cast<double>(controls) > config.max_control_ratio * static_cast<double>(bytes.size())) {
    return make_error(ErrorCode::kBinary,
                      std::to_string(controls) + " control characters in " + std::to_string(bytes.size()) +
                          " bytes (first at byte " + std::to_string(base + first) + "): not a text document",
                      doc, base + first);
  }
  return std::nullopt;
}

// Repairs invalid UTF-8 in place, noting the first bad byte in `repairs`.
void repair_in_place(std::string& s, std::vector<Error>& repairs, const std::string& doc, std::uint64_t base,
                     const char* what) {
  auto bad = first_invalid_utf8(s);
  if (!bad) return;
  std::size_t count = 0;
  s = repair_utf8(s, &count);
  repairs.push_back(make_error(ErrorCode::kInvalidUtf8,
                               std::string("invalid UTF-8 in ") + what + " at byte " + std::to_string(base + *bad) +
                                   "; " + std::to_string(count) + " byte(s) replaced by U+FFFD",
                               doc, base + *bad));
}

std::string clean_meta(std::string_view s) {
  // Metadata strings: valid UTF-8, whitespace collapsed, trimmed.
  std::string fixed = repair_utf8(s);
  std::string out;
  bool space = false;
  for (char c : trim(fixed)) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// HTML (gumbo).

struct HtmlInfo {
  std::string title, og_title, url, canonical, source, language;
  std::vector<std::pair<int, std::string>> published;  // (priority, value), lower is better
};

std::string attr(const GumboElement& el, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&el.attributes, name);
  return a ? std::string(a->value) : std::string();
}

// Priority of a meta key that carries a publication time; -1 when it does not.
int published_priority(const std::string& key) {
  static const char* const kKeys[] = {"article:published_time", "og:published_time", "og:article:published_time",
                                      "datepublished",          "pubdate",           "publishdate",
                                      "publish-date",           "parsely-pub-date",  "sailthru.date",
                                      "dc.date.issued",         "dcterms.created",   "dc.date",
                                      "date"};
  for (std::size_t i = 0; i < std::size(kKeys); ++i)
    if (key == kKeys[i]) return static_cast<int>(i);
  return -1;
}

void node_text(const GumboNode* node, std::string& out) {
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
    out += node->v.text.text;
    return;
  }
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) return;
  const GumboVector& ch = node->v.element.children;
  for (unsigned i = 0; i < ch.length; ++i) node_text(static_cast<const GumboNode*>(ch.data[i]), out);
}

// Finds "datePublished" in a JSON-LD value (objects, arrays, @graph), depth-limited.
std::string jsonld_published(const rapidjson::Value& v, int depth) {
  if (depth > 6) return {};
  if (v.IsObject()) {
    auto it = v.FindMember("datePublished");
    if (it != v.MemberEnd() && it->value.IsString()) return it->value.GetString();
    for (auto m = v.MemberBegin(); m != v.MemberEnd(); ++m) {
      if (m->value.IsObject() || m->value.IsArray()) {
        std::string r = jsonld_published(m->value, depth + 1);
        if (!r.empty()) return r;
      }
    }
  } else if (v.IsArray()) {
    for (const auto& e : v.GetArray()) {
      std::string r = jsonld_published(e, depth + 1);
      if (!r.empty()) return r;
    }
  }
  return {};
}

bool has_ancestor(const GumboNode* n, GumboTag tag) {
  for (const GumboNode* p = n->parent; p; p = p->parent)
    if (p->type == GUMBO_NODE_ELEMENT && p->v.element.tag == tag) return true;
  return false;
}

// One pass over the whole tree (explicit stack: pages can nest deeply) for metadata and the
// candidate content roots.
void collect(const GumboNode* root, HtmlInfo& info, std::vector<const GumboNode*>& articles,
             const GumboNode*& main_el, const GumboNode*& body) {
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE) continue;
    const GumboElement& el = n->v.element;
    switch (el.tag) {
      case GUMBO_TAG_HTML:
        if (info.language.empty()) info.language = attr(el, "lang");
        break;
      case GUMBO_TAG_TITLE:
        if (info.title.empty()) {
          std::string t;
          node_text(n, t);
          info.title = clean_meta(t);
        }
        break;
      case GUMBO_TAG_META: {
        std::string key = ascii_lower(attr(el, "property"));
        if (key.empty()) key = ascii_lower(attr(el, "name"));
        if (key.empty()) key = ascii_lower(attr(el, "itemprop"));
        std::string content = clean_meta(attr(el, "content"));
        std::string http_equiv = ascii_lower(attr(el, "http-equiv"));
        if (http_equiv == "content-language" && info.language.empty()) info.language = content;
        if (content.empty()) break;
        if (key == "og:title" && info.og_title.empty()) info.og_title = content;
        if (key == "og:url" && info.url.empty()) info.url = content;
        if (key == "og:site_name" && info.source.empty()) info.source = content;
        if ((key == "language" || key == "content-language") && info.language.empty()) info.language = content;
        if (int p = published_priority(key); p >= 0) info.published.emplace_back(p, content);
        break;
      }
      case GUMBO_TAG_LINK:
        if (ascii_lower(attr(el, "rel")) == "canonical" && info.canonical.empty())
          info.canonical = clean_meta(attr(el, "href"));
        break;
      case GUMBO_TAG_TIME: {
        std::string dt = clean_meta(attr(el, "datetime"));
        if (dt.empty()) break;
        if (ascii_lower(attr(el, "itemprop")) == "datepublished")
          info.published.emplace_back(3, dt);
        else if (has_ancestor(n, GUMBO_TAG_ARTICLE))
          info.published.emplace_back(50, dt);  // after every explicit meta tag
        break;
      }
      case GUMBO_TAG_SCRIPT:
        if (ascii_lower(attr(el, "type")) == "application/ld+json") {
          std::string t;
          node_text(n, t);
          rapidjson::Document d;
          d.Parse<rapidjson::kParseIterativeFlag>(t.c_str(), t.size());  // iterative: no stack overflow on deep nesting
          if (!d.HasParseError()) {
            std::string p = jsonld_published(d, 0);
            if (!p.empty()) info.published.emplace_back(40, clean_meta(p));
          }
        }
        break;
      case GUMBO_TAG_ARTICLE: articles.push_back(n); break;
      case GUMBO_TAG_MAIN:
        if (!main_el) main_el = n;
        break;
      case GUMBO_TAG_BODY:
        if (!body) body = n;
        break;
      default:
        if (!main_el && ascii_lower(attr(el, "role")) == "main") main_el = n;
        if (attr(el, "itemprop") == "datePublished") {
          std::string c = clean_meta(attr(el, "content"));
          if (c.empty()) c = clean_meta(attr(el, "datetime"));
          if (!c.empty()) info.published.emplace_back(3, c);
        }
        break;
    }
    const GumboVector& ch = el.children;
    for (unsigned i = ch.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(ch.data[i]));
  }
}

bool skipped_tag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS: case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO: case GUMBO_TAG_MENU:
    case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE: case GUMBO_TAG_MATH:
      return true;
    default:
      return false;
  }
}

// Page furniture named by class or id ("share-buttons", "related-posts", "comment-box"...).
bool furniture_class(const GumboElement& el) {
  if (gumbo_get_attribute(&el.attributes, "hidden")) return true;
  if (ascii_lower(attr(el, "aria-hidden")) == "true") return true;
  std::string names = ascii_lower(attr(el, "class") + " " + attr(el, "id"));
  static const char* const kSub[] = {"share",   "social", "related", "comment",   "advert", "newsletter",
                                     "breadcrumb", "baca-juga", "bacajuga", "sidebar", "popup",  "cookie"};
  for (const char* s : kSub)
    if (names.find(s) != std::string::npos) return true;
  for (std::string_view tok : split(names, ' '))
    if (tok == "ads" || tok == "ad" || tok == "iklan" || tok == "tags") return true;
  return false;
}

// 0 = inline, 1 = line break, 2 = paragraph break.
int block_kind(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_BR: case GUMBO_TAG_LI: case GUMBO_TAG_TR: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
    case GUMBO_TAG_OPTION:
      return 1;
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE:
    case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_TABLE: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_HR: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_BODY: case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_CENTER: case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY:
      return 2;
    default:
      return 0;
  }
}

// Builds text with HTML whitespace rules: runs of spaces collapse, block elements become line or
// paragraph breaks, leading/trailing blanks vanish.
class TextBuilder {
 public:
  void text(std::string_view t, bool pre) {
    for (std::size_t i = 0; i < t.size(); ++i) {
      char c = t[i];
      bool nbsp = c == '\xC2' && i + 1 < t.size() && t[i + 1] == '\xA0';
      if (nbsp) ++i;  // a no-break space is a plain space in extracted text
      if (pre && c == '\n') {
        brk(1);
        continue;
      }
      if (nbsp || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        space_ = true;
        continue;
      }
      flush();
      out_ += c;
    }
  }
  void brk(int n) {
    breaks_ = std::max(breaks_, n);
    space_ = false;
  }
  std::string finish() { return std::move(out_); }

 private:
  void flush() {
    if (!out_.empty()) {
      if (breaks_ > 0)
        out_.append(static_cast<std::size_t>(breaks_), '\n');
      else if (space_)
        out_ += ' ';
    }
    breaks_ = 0;
    space_ = false;
  }
  std::string out_;
  int breaks_ = 0;
  bool space_ = false;
};

std::string extract_text(const GumboNode* root) {
  TextBuilder tb;
  struct Item {
    const GumboNode* node;
    bool exit;
    bool pre;
  };
  std::vector<Item> stack{{root, false, false}};
  while (!stack.empty()) {
    Item it = stack.back();
    stack.pop_back();
    const GumboNode* n = it.node;
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
      tb.text(n->v.text.text, it.pre);
      continue;
    }
    if (n->type != GUMBO_NODE_ELEMENT) continue;
    const GumboElement& el = n->v.element;
    int kind = block_kind(el.tag);
    if (it.exit) {
      if (kind) tb.brk(kind);
      continue;
    }
    if (n != root && (skipped_tag(el.tag) || furniture_class(el))) continue;
    if (el.tag == GUMBO_TAG_BR) {
      tb.brk(1);
      continue;
    }
    if (kind) tb.brk(kind);
    bool pre = it.pre || el.tag == GUMBO_TAG_PRE;
    stack.push_back({n, true, pre});
    const GumboVector& ch = el.children;
    for (unsigned i = ch.length; i-- > 0;) stack.push_back({static_cast<const GumboNode*>(ch.data[i]), false, pre});
  }
  return tb.finish();
}

// Language tag "id-ID" / "en_US" -> "id" / "en".
std::string primary_language(std::string_view tag) {
  std::string t = ascii_lower(trim(tag));
  std::size_t cut = t.find_first_of("-_");
  if (cut != std::string::npos) t.resize(cut);
  return t;
}

void parse_html(const std::string& html, RawDocument& doc) {
  GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  HtmlInfo info;
  std::vector<const GumboNode*> articles;
  const GumboNode* main_el = nullptr;
  const GumboNode* body = nullptr;
  collect(out->root, info, articles, main_el, body);
  // Content root: the <article> with the most text (pages list teasers as <article> too), else
  // <main>, else <body>.
  std::string text;
  for (const GumboNode* a : articles) {
    std::string t = extract_text(a);
    if (t.size() > text.size()) text = std::move(t);
  }
  if (text.empty() && main_el) text = extract_text(main_el);
  if (text.empty()) text = extract_text(body ? body : out->root);
  gumbo_destroy_output(&kGumboDefaultOptions, out);

  // gumbo 0.10.1 decodes a numeric reference beyond INT_MAX ("&#xaaaaaaad;") to one stray
  // byte, so what it hands back is made valid UTF-8 again (found by fuzz/ingest_html).
  auto valid = [](std::string s) { return first_invalid_utf8(s) ? repair_utf8(s) : s; };
  doc.text = valid(std::move(text));
  doc.title = valid(!info.og_title.empty() ? info.og_title : info.title);
  doc.url = valid(!info.url.empty() ? info.url : info.canonical);
  doc.source = valid(info.source);
  doc.language = primary_language(info.language);
  if (!info.published.empty()) {
    std::stable_sort(info.published.begin(), info.published.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    doc.published = valid(info.published.front().second);
  }
}

bool looks_like_html(std::string_view head) {
  std::string h = ascii_lower(head.substr(0, 1024));
  std::string_view t = trim(h);
  return t.rfind("<!doctype html", 0) == 0 || t.rfind("<html", 0) == 0 || t.rfind("<?xml", 0) == 0 ||
         (t.rfind("<", 0) == 0 && (h.find("<body") != std::string::npos || h.find("<head") != std::string::npos ||
                                   h.find("<p>") != std::string::npos || h.find("<div") != std::string::npos));
}

// ---------------------------------------------------------------------------------------------
// JSON Lines.

std::string json_scalar(const rapidjson::Value& v) {
  if (v.IsString()) return std::string(v.GetString(), v.GetStringLength());
  if (v.IsInt64()) return std::to_string(v.GetInt64());
  if (v.IsUint64()) return std::to_string(v.GetUint64());
  return {};
}

// Finishes a document whose text is in `bytes` (BOM, binary, size, UTF-8, emptiness checks).
// `base` is added to offsets so they name the position in the file as read.
std::optional<Error> finish_text(RawDocument& doc, std::string bytes, const IngestConfig& config, std::uint64_t base,
                                 const char* what) {
  const std::string& name = doc.path;
  if (bytes.size() > config.max_document_bytes) {
    return make_error(ErrorCode::kTooLarge,
                      std::string(what) + " has " + std::to_string(bytes.size()) + " bytes, more than the limit of " +
                          std::to_string(config.max_document_bytes),
                      name, base + config.max_document_bytes);
  }
  if (std::string_view(bytes).substr(0, 3) == kBom) {
    bytes.erase(0, 3);
    base += 3;
  }
  if (auto e = binary_check(bytes, config, name, base)) return e;
  repair_in_place(bytes, doc.repairs, name, base, what);
  doc.text = std::move(bytes);
  if (trim(doc.text).empty()) return make_error(ErrorCode::kEmpty, std::string(what) + " is empty or only whitespace", name, base);
  return std::nullopt;
}

Result<RawDocument> parse_json_line(std::string_view line, const std::string& where, std::uint64_t base,
                                     const IngestConfig& config) {
  rapidjson::Document d;
  d.Parse<rapidjson::kParseIterativeFlag>(line.data(), line.size());  // iterative: deep nesting is safe
  if (d.HasParseError()) {
    std::uint64_t at = base + d.GetErrorOffset();
    return make_error(ErrorCode::kParse,
                      std::string("invalid JSON line: ") + rapidjson::GetParseError_En(d.GetParseError()) +
                          " (byte " + std::to_string(d.GetErrorOffset()) + " of the line, byte " +
                          std::to_string(at) + " of the file)",
                      where, at);
  }
  if (!d.IsObject()) return make_error(ErrorCode::kParse, "JSON line is not an object", where, base);
  RawDocument doc;
  doc.path = where;
  doc.format = InputFormat::kJsonLines;
  auto get = [&](const char* key) -> std::string {
    auto it = d.FindMember(key);
    return it == d.MemberEnd() ? std::string() : json_scalar(it->value);
  };
  doc.id = clean_meta(get("id"));
  if (doc.id.empty()) return make_error(ErrorCode::kParse, "JSON line lacks a string or integer \"id\"", where, base);
  auto text_it = d.FindMember("text");
  if (text_it == d.MemberEnd() || !text_it->value.IsString())
    return make_error(ErrorCode::kParse, "JSON line lacks a string \"text\"", where, base);
  doc.title = clean_meta(get("title"));
  doc.url = clean_meta(get("url"));
  doc.source = clean_meta(get("source"));
  doc.published = clean_meta(get("published"));
  doc.language = primary_language(clean_meta(get("language")));
  std::string text(text_it->value.GetString(), text_it->value.GetStringLength());
  // Offsets of problems inside the text field count from the start of the decoded field.
  if (auto e = finish_text(doc, std::move(text), config, 0, "text field")) return *e;
  return doc;
}

void read_jsonl(std::istream& in, const std::string& path, const IngestConfig& config,
                const std::function<void(Result<RawDocument>)>& sink) {
  std::string line;
  std::uint64_t line_no = 0;
  std::uint64_t offset = 0;
  while (std::getline(in, line)) {
    ++line_no;
    std::uint64_t start = offset;
    offset += line.size() + 1;
    std::string where = path + ":" + std::to_string(line_no);
    std::string_view v = line;
    if (line_no == 1 && v.substr(0, 3) == kBom) {
      v.remove_prefix(3);
      start += 3;
    }
    if (!v.empty() && v.back() == '\r') v.remove_suffix(1);
    if (trim(v).empty()) continue;
    if (v.size() > config.max_document_bytes) {
      sink(make_error(ErrorCode::kTooLarge,
                      "line has " + std::to_string(v.size()) + " bytes, more than the limit of " +
                          std::to_string(config.max_document_bytes),
                      where, start));
      continue;
    }
    sink(parse_json_line(v, where, start, config));
  }
  if (in.bad()) sink(make_error(ErrorCode::kIo, "read error after line " + std::to_string(line_no), path, offset));
}

void read_stream_document(std::istream& in, const std::string& id, const std::string& path, InputFormat format,
                          const IngestConfig& config, const std::function<void(Result<RawDocument>)>& sink) {
  std::string bytes;
  if (!read_limited(in, config.max_document_bytes, bytes)) {
    sink(make_error(ErrorCode::kTooLarge,
                    "more than the limit of " + std::to_string(config.max_document_bytes) + " bytes", path,
                    config.max_document_bytes));
    return;
  }
  if (in.bad()) {
    sink(make_error(ErrorCode::kIo, "read error", path, bytes.size()));
    return;
  }
  sink(make_document(id, path, format, std::move(bytes), config));
}

}  // namespace

InputFormat detect_format(const std::string& path, std::string_view head) {
  std::string ext = extension_of(path);
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml" || ext == ".shtml") return InputFormat::kHtml;
  if (ext == ".jsonl" || ext == ".ndjson") return InputFormat::kJsonLines;
  if (ext == ".txt" || ext == ".text") return InputFormat::kText;
  std::string_view h = head;
  if (h.substr(0, 3) == kBom) h.remove_prefix(3);
  if (looks_like_html(h)) return InputFormat::kHtml;
  std::string_view first = trim(h.substr(0, h.find('\n')));
  if (!first.empty() && first.front() == '{' && (first.back() == '}' || h.find('\n') == std::string_view::npos))
    return InputFormat::kJsonLines;
  return InputFormat::kText;
}

std::vector<InputSource> list_inputs(const std::vector<std::string>& inputs, std::vector<Error>* problems) {
  std::vector<InputSource> out;
  auto problem = [&](std::string msg, const std::string& path) {
    if (problems) problems->push_back(make_error(ErrorCode::kIo, std::move(msg), path));
  };
  for (const std::string& input : inputs) {
    if (input == "-") {
      out.push_back({"-", InputFormat::kText});  // read_source uses IngestConfig::stdin_format
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(input, ec);
    if (ec || !fs::exists(st)) {
      problem("no such file or directory", input);
      continue;
    }
    if (!fs::is_directory(st)) {
      out.push_back({input, detect_format(input, read_head(input, 1024))});
      continue;
    }
    std::vector<std::string> files;
    fs::recursive_directory_iterator it(input, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
      problem("cannot list directory: " + ec.message(), input);
      continue;
    }
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) break;
      const fs::directory_entry& entry = *it;
      if (is_hidden_name(entry.path().filename().string())) {
        if (entry.is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (entry.is_regular_file(ec)) files.push_back(entry.path().string());
    }
    if (ec) problem("error while listing directory: " + ec.message(), input);
    std::sort(files.begin(), files.end());
    for (std::string& f : files) {
      InputFormat fmt = detect_format(f, read_head(f, 1024));
      out.push_back({std::move(f), fmt});
    }
  }
  return out;
}

Result<RawDocument> make_document(std::string id, std::string path, InputFormat format, std::string bytes,
                                  const IngestConfig& config) {
  if (format == InputFormat::kJsonLines) {
    // One JSON object (one line); the document id comes from the object.
    std::string_view v = bytes;
    std::uint64_t base = 0;
    if (v.substr(0, 3) == kBom) {
      v.remove_prefix(3);
      base = 3;
    }
    if (v.size() > config.max_document_bytes)
      return make_error(ErrorCode::kTooLarge, "line has " + std::to_string(v.size()) + " bytes, more than the limit of " +
                                                  std::to_string(config.max_document_bytes),
                        path, base);
    if (trim(v).empty()) return make_error(ErrorCode::kEmpty, "empty JSON line", path, base);
    return parse_json_line(v, path, base, config);
  }
  RawDocument doc;
  doc.id = std::move(id);
  doc.path = std::move(path);
  doc.format = format;
  if (format == InputFormat::kHtml) {
    if (bytes.size() > config.max_document_bytes)
      return make_error(ErrorCode::kTooLarge, "page has " + std::to_string(bytes.size()) +
                                                  " bytes, more than the limit of " +
                                                  std::to_string(config.max_document_bytes),
                        doc.path, config.max_document_bytes);
    std::uint64_t base = 0;
    if (std::string_view(bytes).substr(0, 3) == kBom) {
      bytes.erase(0, 3);
      base = 3;
    }
    if (auto e = binary_check(bytes, config, doc.path, base)) return *e;
    repair_in_place(bytes, doc.repairs, doc.path, base, "page");
    parse_html(bytes, doc);
    if (trim(doc.text).empty())
      return make_error(ErrorCode::kEmpty, "no text in the page body", doc.path, 0);
    return doc;
  }
  if (auto e = finish_text(doc, std::move(bytes), config, 0, "file")) return *e;
  return doc;
}

void read_source(const InputSource& source, const IngestConfig& config,
                 const std::function<void(Result<RawDocument>)>& sink) {
  if (source.path == "-") {
    if (config.stdin_format == InputFormat::kJsonLines)
      read_jsonl(std::cin, "-", config, sink);
    else
      read_stream_document(std::cin, "-", "-", config.stdin_format, config, sink);
    return;
  }
  const std::string& path = source.path;
  std::error_code ec;
  fs::file_status st = fs::status(path, ec);
  if (ec || !fs::exists(st)) {
    sink(make_error(ErrorCode::kIo, "cannot open: " + (ec ? ec.message() : std::string("no such file")), path));
    return;
  }
  if (fs::is_directory(st)) {
    sink(make_error(ErrorCode::kIo, "cannot read: is a directory", path));
    return;
  }
  // Check the size before reading so that a huge file is never loaded (JSONL is checked per line).
  if (source.format != InputFormat::kJsonLines && fs::is_regular_file(st)) {
    std::uintmax_t size = fs::file_size(path, ec);
    if (!ec && size > config.max_document_bytes) {
      sink(make_error(ErrorCode::kTooLarge,
                      "file has " + std::to_string(size) + " bytes, more than the limit of " +
                          std::to_string(config.max_document_bytes),
                      path, config.max_document_bytes));
      return;
    }
  }
  errno = 0;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    int err = errno;
    sink(make_error(ErrorCode::kIo, std::string("cannot open: ") + (err ? std::strerror(err) : "unknown error"), path));
    return;
  }
  if (source.format == InputFormat::kJsonLines) {
    read_jsonl(in, path, config, sink);
    return;
  }
  read_stream_document(in, fs::path(path).filename().string(), path, source.format, config, sink);
}

}  // namespace kronik
