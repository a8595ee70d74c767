// ingest.cpp: files, directories and stdin -> RawDocuments (plain text, HTML, JSON Lines).
//
// Bad input never stops a batch: every problem becomes an Error value handed to the sink (or a
// repair note in RawDocument::repairs), so the caller can count it and go on with the rest.
// Offsets in errors are byte offsets into the bytes as read (the file, or the JSONL file for a
// malformed line, or the `text` field for a problem inside a JSONL document).
#include "kronik/extract/text/ingest.h"

#include <algorithm>
#include <cctype>
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

// One pass over the whole tree (explicit stack: pages can nest deeply) for metadata and the
// candidate content roots.
// Only outermost <article> elements are content candidates: a nested one's text is part of its
// ancestor's, and extracting every nested one would make deep nesting quadratic.
void collect(const GumboNode* root, HtmlInfo& info, std::vector<const GumboNode*>& articles,
             const GumboNode*& main_el, const GumboNode*& body) {
  struct Item {
    const GumboNode* node;
    bool in_article;
  };
  std::vector<Item> stack{{root, false}};
  while (!stack.empty()) {
    const auto [n, in_article] = stack.back();
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
        else if (in_article)
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
      case GUMBO_TAG_ARTICLE:
        if (!in_article) articles.push_back(n);
        break;
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
    const bool inside = in_article || el.tag == GUMBO_TAG_ARTICLE;
    const GumboVector& ch = el.children;
    for (unsigned i = ch.length; i-- > 0;) stack.push_back({static_cast<const GumboNode*>(ch.data[i]), inside});
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

// ---------------------------------------------------------------------------------------------
// Nesting bound. The Debian gumbo (0.10) has no max_tree_depth and its tree construction scans the
// stack of open elements on every start tag, so deep nesting is quadratic. A light tag scan
// before parsing counts the depth of elements that need an end tag and drops the start tags (and
// matching end tags) beyond the limit: their text is kept, only the structure is flattened.

// Elements that never hold children, or whose end tag is optional (an approximate depth must not
// grow on "<p>one<p>two"), or whose content is not markup (scanned past as a whole).
bool void_or_optional_end(std::string_view name) {
  static const char* const kNames[] = {"area",  "base",  "br",    "col",      "embed", "hr",     "img",   "input",
                                       "link",  "meta",  "param", "source",   "track", "wbr",    "keygen", "basefont",
                                       "bgsound", "frame", "p",   "li",       "dt",    "dd",     "tr",    "td",
                                       "th",    "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "rb",
                                       "rt",    "rp",    "rtc",   "body",     "html",  "head",   "image"};
  for (const char* k : kNames)
    if (name == k) return true;
  return false;
}

bool raw_text_element(std::string_view name) {
  static const char* const kNames[] = {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
                                       "plaintext"};
  for (const char* k : kNames)
    if (name == k) return true;
  return false;
}

// End of the tag starting at `lt` (index of its '>'), honouring quoted attribute values.
std::size_t tag_end(std::string_view html, std::size_t from) {
  char quote = 0;
  for (std::size_t i = from; i < html.size(); ++i) {
    char c = html[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return i;
    }
  }
  return std::string_view::npos;
}

std::size_t find_ci(std::string_view hay, std::string_view needle, std::size_t from) {
  for (std::size_t i = hay.find('<', from); i != std::string_view::npos; i = hay.find('<', i + 1))
    if (ascii_lower(hay.substr(i, needle.size())) == needle) return i;
  return std::string_view::npos;
}

struct Flattened {
  std::string html;          // the page without the dropped tags (empty when none was dropped)
  std::size_t dropped = 0;   // start tags dropped
  std::size_t deepest = 0;   // deepest nesting seen
};

Flattened flatten_deep_html(std::string_view html, std::size_t max_depth) {
  Flattened f;
  std::size_t depth = 0, excess = 0, copied = 0, foreign = 0;
  auto drop = [&](std::size_t from, std::size_t to) {
    f.html.append(html.substr(copied, from - copied));
    copied = to;
  };
  std::size_t i = 0;
  while ((i = html.find('<', i)) != std::string_view::npos) {
    const std::size_t lt = i;
    if (html.substr(lt, 4) == "<!--") {
      std::size_t e = html.find("-->", lt + 4);
      i = e == std::string_view::npos ? html.size() : e + 3;
      continue;
    }
    const bool closing = lt + 1 < html.size() && html[lt + 1] == '/';
    std::size_t b = lt + 1 + (closing ? 1 : 0), e = b;
    while (e < html.size() && (std::isalnum(static_cast<unsigned char>(html[e])) || html[e] == '-' || html[e] == ':')) ++e;
    if (e == b || !std::isalpha(static_cast<unsigned char>(html[b]))) {  // "<!doctype", "<?xml", a bare '<'
      i = lt + 1;
      continue;
    }
    const std::size_t gt = tag_end(html, e);
    if (gt == std::string_view::npos) break;
    const std::string name = ascii_lower(html.substr(b, e - b));
    i = gt + 1;
    if (void_or_optional_end(name) || raw_text_element(name)) {
      if (!closing && raw_text_element(name)) {
        std::size_t close = find_ci(html, "</" + name, i);
        i = close == std::string_view::npos ? html.size() : close;
      }
      continue;
    }
    const bool foreign_root = name == "svg" || name == "math";
    if (closing) {
      if (foreign_root && foreign > 0) --foreign;
      if (excess > 0) {
        --excess;
        drop(lt, gt + 1);
      } else if (depth > 0) {
        --depth;
      }
    } else if (foreign > 0 && html[gt - 1] == '/') {
      // "<path/>" closes itself inside SVG and MathML only ("<div/>" opens a div in HTML).
    } else {
      if (foreign_root) ++foreign;
      if (depth >= max_depth) {
        ++excess;
        ++f.dropped;
        drop(lt, gt + 1);
      } else {
        f.deepest = std::max(f.deepest, ++depth);
      }
    }
  }
  f.deepest = std::max(f.deepest, depth + excess);
  if (f.dropped > 0) f.html.append(html.substr(copied));
  return f;
}

void parse_html(const std::string& page, const IngestConfig& config, RawDocument& doc) {
  const std::string* html = &page;
  Flattened flat;
  if (config.budget.max_html_depth > 0) {
    flat = flatten_deep_html(page, config.budget.max_html_depth);
    if (flat.dropped > 0) {
      html = &flat.html;
      doc.repairs.push_back(make_error(
          ErrorCode::kTruncated,
          "HTML nested more than " + std::to_string(config.budget.max_html_depth) + " elements deep: " +
              std::to_string(flat.dropped) + " deeper start tags dropped (their text kept; DocumentBudget::max_html_depth)",
          doc.path));
    }
  }
  // Gumbo keeps every parse error with a copy of the open-element stack: unbounded, a page of
  // repeated misplaced tags costs quadratic memory. kronik never reads the errors.
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 16;
  GumboOutput* out = gumbo_parse_with_options(&options, html->data(), html->size());
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
  gumbo_destroy_output(&options, out);

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
  // Read through a const view: comparing RapidJSON 1.1's non-const member iterators is
  // ambiguous under C++20's reversed operators (clang -Wambiguous-reversed-operator).
  const rapidjson::Value& object = d;
  auto get = [&](const char* key) -> std::string {
    auto it = object.FindMember(key);
    return it != object.MemberEnd() ? json_scalar(it->value) : std::string();
  };
  doc.id = clean_meta(get("id"));
  if (doc.id.empty()) return make_error(ErrorCode::kParse, "JSON line lacks a string or integer \"id\"", where, base);
  auto text_it = object.FindMember("text");
  if (!(text_it != object.MemberEnd() && text_it->value.IsString()))
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

// ---------------------------------------------------------------------------------------------
// Listing inputs: every input left out is named with its reason.

struct Problems {
  std::vector<Error>* out;
  void add(std::string message, const fs::path& path) const {
    if (out) out->push_back(make_error(ErrorCode::kIo, std::move(message), path.string()));
  }
};

const char* special_kind(fs::file_type t) {
  switch (t) {
    case fs::file_type::fifo: return "FIFO";
    case fs::file_type::socket: return "socket";
    case fs::file_type::block: return "block device";
    case fs::file_type::character: return "character device";
    default: return "special file";
  }
}

// Why `p` cannot be reached (fs::status failed with `ec`, or found nothing): a link loop and a
// dangling link are named as such rather than as a missing file.
std::string unreachable_reason(const fs::path& p, const std::error_code& ec) {
  if (ec == std::errc::too_many_symbolic_link_levels) return "symbolic link loop (too many levels of symbolic links)";
  if (ec == std::errc::permission_denied) return "permission denied";
  std::error_code lec;
  if (fs::is_symlink(fs::symlink_status(p, lec)) && !lec) {
    fs::path target = fs::read_symlink(p, lec);
    return "dangling symbolic link (its target '" + target.string() + "' does not exist)";
  }
  return ec ? ec.message() : "no such file or directory";
}

bool is_output_folder(const fs::path& dir) {
  std::error_code ec;
  return fs::exists(fs::symlink_status(dir / kOutputMarkerFile, ec));
}

// Adds `p` (an entry of a directory) to `files` or `subdirs`, or reports why it is left out.
// Symbolic links to files are followed; links to directories are not (no loops, no escapes).
void classify_entry(const fs::directory_entry& entry, std::vector<std::string>& files, std::vector<fs::path>& subdirs,
                    const Problems& problems) {
  const fs::path& p = entry.path();
  std::error_code ec;
  fs::file_status st = entry.symlink_status(ec);
  if (ec) return problems.add("cannot examine: " + ec.message(), p);
  if (fs::is_directory(st)) return subdirs.push_back(p);
  if (fs::is_symlink(st)) {
    st = fs::status(p, ec);
    if (ec || !fs::exists(st)) return problems.add(unreachable_reason(p, ec), p);
    if (fs::is_directory(st)) return problems.add("symbolic link to a directory: not followed", p);
  }
  if (fs::is_regular_file(st)) return files.push_back(p.string());
  problems.add(std::string(special_kind(st.type())) + " inside a directory: skipped (give it as an input to read it)", p);
}

// Regular files below `root`, depth first in path order (so problems come in a stable order).
void walk_directory(const fs::path& root, std::vector<std::string>& files, const Problems& problems) {
  std::vector<fs::path> pending{root};
  while (!pending.empty()) {
    fs::path dir = std::move(pending.back());
    pending.pop_back();
    if (is_output_folder(dir)) {
      problems.add("output folder of kronik (holds " + std::string(kOutputMarkerFile) + "): not read as input", dir);
      continue;
    }
    std::error_code ec;
    std::vector<fs::directory_entry> entries;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) entries.push_back(*it);
    if (ec) problems.add("cannot read directory: " + ec.message(), dir);
    std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.path() < b.path(); });
    std::vector<fs::path> subdirs;
    for (const auto& entry : entries)
      if (!is_hidden_name(entry.path().filename().string())) classify_entry(entry, files, subdirs, problems);
    pending.insert(pending.end(), subdirs.rbegin(), subdirs.rend());
  }
}

void list_one(const std::string& input, std::vector<InputSource>& out, const Problems& problems) {
  if (input == "-") {
    out.push_back({"-", InputFormat::kText, true});  // SourceReader uses IngestConfig::stdin_format
    return;
  }
  std::error_code ec;
  fs::file_status st = fs::status(input, ec);
  if (ec || !fs::exists(st)) return problems.add(unreachable_reason(input, ec), input);
  if (fs::is_regular_file(st)) {
    out.push_back({input, detect_format(input, read_head(input, 1024))});
    return;
  }
  if (!fs::is_directory(st)) {
    // A FIFO or /dev/fd/N: reading ahead here would consume it; the reader sniffs instead.
    out.push_back({input, detect_format(input, {}), true});
    return;
  }
  std::vector<std::string> files;
  walk_directory(input, files, problems);
  std::sort(files.begin(), files.end());
  for (std::string& f : files) {
    InputFormat fmt = detect_format(f, read_head(f, 1024));
    out.push_back({std::move(f), fmt});
  }
}

std::string too_large_message(const char* what, std::uint64_t size, const IngestConfig& config) {
  return std::string(what) + " has " + std::to_string(size) + " bytes, more than the limit of " +
         std::to_string(config.max_document_bytes);
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
  for (const std::string& input : inputs) list_one(input, out, Problems{problems});
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
    parse_html(bytes, config, doc);
    if (trim(doc.text).empty())
      return make_error(ErrorCode::kEmpty, "no text in the page body", doc.path, 0);
    return doc;
  }
  if (auto e = finish_text(doc, std::move(bytes), config, 0, "file")) return *e;
  return doc;
}

// ---------------------------------------------------------------------------------------------
// SourceReader: one pass over the source, whatever it is.

SourceReader::SourceReader(InputSource source, IngestConfig config)
    : source_(std::move(source)), config_(std::move(config)), format_(source_.format) {
  if (source_.path == "-") format_ = config_.stdin_format;
}

SourceReader::~SourceReader() = default;

std::optional<Result<RawDocument>> SourceReader::next() {
  switch (state_) {
    case State::kDone: return std::nullopt;
    case State::kLines: return next_line();
    case State::kStart: break;
  }
  if (auto e = open()) {
    state_ = State::kDone;
    return Result<RawDocument>(std::move(*e));
  }
  if (format_ == InputFormat::kJsonLines) {
    state_ = State::kLines;
    return next_line();
  }
  state_ = State::kDone;
  return read_whole();
}

std::optional<Error> SourceReader::open() {
  const std::string& path = source_.path;
  if (path == "-") {
    in_ = &std::cin;
    if (config_.sniff_stdin) sniff_format();
    return std::nullopt;
  }
  std::error_code ec;
  fs::file_status st = fs::status(path, ec);
  if (ec || !fs::exists(st)) return make_error(ErrorCode::kIo, "cannot open: " + unreachable_reason(path, ec), path);
  if (fs::is_directory(st)) return make_error(ErrorCode::kIo, "cannot read: is a directory", path);
  // Check the size before reading so that a huge file is never loaded (JSONL is checked per line).
  if (format_ != InputFormat::kJsonLines && fs::is_regular_file(st)) {
    std::uintmax_t size = fs::file_size(path, ec);
    if (!ec && size > config_.max_document_bytes)
      return make_error(ErrorCode::kTooLarge, too_large_message("file", size, config_), path, config_.max_document_bytes);
  }
  errno = 0;
  file_ = std::make_unique<std::ifstream>(path, std::ios::binary);
  if (!*file_) {
    int err = errno;
    return make_error(ErrorCode::kIo, std::string("cannot open: ") + (err ? std::strerror(err) : "unknown error"), path);
  }
  in_ = file_.get();
  if (source_.stream) sniff_format();
  return std::nullopt;
}

void SourceReader::sniff_format() {
  // From the first bytes, which stay in pending_ and are part of the document.
  while (pending_.size() < 1024 && fill()) {
  }
  format_ = detect_format(source_.path, pending_);
}

bool SourceReader::fill() {
  if (pos_ > 0) {  // drop what was used: each byte moves at most once per line it belongs to
    pending_.erase(0, pos_);
    offset_ += pos_;
    scan_ -= std::min(scan_, pos_);
    pos_ = 0;
  }
  if (!in_ || !*in_) return false;
  char buf[1 << 16];
  in_->read(buf, sizeof buf);
  const auto got = static_cast<std::size_t>(std::max<std::streamsize>(in_->gcount(), 0));
  pending_.append(buf, got);
  return got > 0;
}

Result<RawDocument> SourceReader::read_whole() {
  const std::string& path = source_.path;
  // At most max_document_bytes + 1 bytes: enough to know that a stream is too large.
  while (pending_.size() <= config_.max_document_bytes && fill()) {
  }
  if (pending_.size() > config_.max_document_bytes)
    return make_error(ErrorCode::kTooLarge, "more than the limit of " + std::to_string(config_.max_document_bytes) + " bytes",
                      path, config_.max_document_bytes);
  if (in_->bad()) return make_error(ErrorCode::kIo, "read error", path, pending_.size());
  std::string id = path == "-" ? std::string("-") : fs::path(path).filename().string();
  return make_document(std::move(id), path, format_, std::move(pending_), config_);
}

std::optional<Result<RawDocument>> SourceReader::next_line() {
  // A BOM and a CR do not count towards the limit; longer lines are skipped without being held.
  const std::size_t keep = config_.max_document_bytes + 4;
  const std::string& path = source_.path;
  for (;;) {
    std::size_t nl = pending_.find('\n', std::max(scan_, pos_));
    if (nl == std::string::npos) {
      scan_ = pending_.size();
      if (pending_.size() - pos_ > keep) return skip_long_line();
      if (fill()) continue;
      if (in_->bad()) {
        state_ = State::kDone;
        return Result<RawDocument>(make_error(ErrorCode::kIo, "read error after line " + std::to_string(line_no_), path,
                                              offset_ + pos_));
      }
      if (pos_ >= pending_.size()) {
        state_ = State::kDone;
        return std::nullopt;
      }
      nl = pending_.size();  // the last line has no newline
    }
    ++line_no_;
    std::uint64_t start = offset_ + pos_;
    std::string_view v(pending_.data() + pos_, nl - pos_);
    pos_ = std::min(nl + 1, pending_.size());
    scan_ = pos_;
    if (line_no_ == 1 && v.substr(0, 3) == kBom) {
      v.remove_prefix(3);
      start += 3;
    }
    if (!v.empty() && v.back() == '\r') v.remove_suffix(1);
    if (trim(v).empty()) continue;
    std::string where = path + ":" + std::to_string(line_no_);
    if (v.size() > config_.max_document_bytes)
      return Result<RawDocument>(make_error(ErrorCode::kTooLarge, too_large_message("line", v.size(), config_), where, start));
    return parse_json_line(v, where, start, config_);
  }
}

Result<RawDocument> SourceReader::skip_long_line() {
  ++line_no_;
  const std::uint64_t start = offset_ + pos_;
  std::uint64_t size = 0;
  for (;;) {
    std::size_t nl = pending_.find('\n', pos_);
    if (nl != std::string::npos) {
      size += nl - pos_;
      pos_ = scan_ = nl + 1;
      break;
    }
    size += pending_.size() - pos_;
    pos_ = scan_ = pending_.size();
    if (!fill()) break;
  }
  return make_error(ErrorCode::kTooLarge, too_large_message("line", size, config_),
                    source_.path + ":" + std::to_string(line_no_), start);
}

void read_source(const InputSource& source, const IngestConfig& config,
                 const std::function<void(Result<RawDocument>)>& sink) {
  SourceReader reader(source, config);
  while (auto doc = reader.next()) sink(std::move(*doc));
}

// ---------------------------------------------------------------------------------------------

std::optional<Error> DuplicateGuard::check(const RawDocument& doc) {
  const std::uint64_t hash = fnv1a64(doc.text);
  if (auto it = by_content_.find(hash); it != by_content_.end())
    return make_error(ErrorCode::kDuplicate,
                      "same content as " + it->second.id + " (" + it->second.path + "): skipped as a copy", doc.path);
  if (auto it = paths_by_id_.find(doc.id); it != paths_by_id_.end())
    return make_error(ErrorCode::kDuplicate, "duplicate id " + doc.id + " (first seen at " + it->second + "): skipped",
                      doc.path);
  by_content_.emplace(hash, Seen{doc.id, doc.path});
  paths_by_id_.emplace(doc.id, doc.path);
  return std::nullopt;
}

Status validate(const IngestConfig& config) {
  auto bad = [](std::string what) { return Status(make_error(ErrorCode::kUnsupported, std::move(what), "")); };
  if (config.max_document_bytes == 0) return bad("max_document_bytes must be at least 1");
  if (!(config.max_control_ratio >= 0.0 && config.max_control_ratio <= 1.0))
    return bad("max_control_ratio must be between 0 and 1");
  return validate(config.budget);
}

}  // namespace kronik
