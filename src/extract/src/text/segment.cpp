// segment.cpp: sentence splitting for Indonesian and English news text.
//
// The splitter is rule based (no model): it walks code points, looks at each run of sentence
// punctuation (. ! ? …) and decides from what follows whether a new sentence starts. Why rules:
// news text is regular enough, and the hard cases of scraped pages (glued "hal.Kantor",
// 'Juli."Pihak') are exactly what trained splitters never saw. The rules are in
// docs/ingestion.md; the abbreviation list is data/common/abbreviations.tsv, compiled in below.
#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/uchar.h>

#include "kronik/core/text.h"
#include "kronik/extract/text/clean.h"

namespace kronik {
namespace {

// Same content as data/common/abbreviations.tsv (a test checks they agree): compiled in so that
// splitting works without a data directory.
constexpr std::string_view kBuiltinAbbreviations = R"TSV(
Bpk.	always
Bp.	always
Sdr.	always
Sdri.	always
Yth.	always
Dok.	always
Prof.	always
Dr.	always
Drs.	always
Dra.	always
Ir.	always
Hj.	always
Kol.	always
Letkol.	always
Mayjen.	always
Brigjen.	always
Kapt.	always
Serka.	always
Lettu.	always
Mr.	always
Mrs.	always
Ms.	always
Messrs.	always
Jr.	always
Sr.	always
St.	always
Gen.	always
Lt.	always
Col.	always
Capt.	always
Sgt.	always
Cpl.	always
Maj.	always
Adm.	always
Gov.	always
Sen.	always
Rep.	always
Rev.	always
Pres.	always
Supt.	always
Jl.	always
Jln.	always
Gg.	always
Kec.	always
Kel.	always
Kab.	always
Prov.	always
Ave.	always
Blvd.	always
Rd.	always
Mt.	always
Ft.	always
dll.	always
dsb.	always
dst.	always
dkk.	always
tsb.	always
etc.	always
vs.	always
cf.	always
approx.	always
Inc.	always
Corp.	always
Ltd.	always
Co.	always
No.	before_digit
Nos.	before_digit
Nr.	before_digit
hal.	before_digit
hlm.	before_digit
Vol.	before_digit
Tel.	before_digit
Telp.	before_digit
Fig.	before_digit
pp.	before_digit
Rp.	before_digit
Pk.	before_digit
Tgl.	before_digit
Art.	before_digit
Ps.	before_digit
Jan.	before_digit
Feb.	before_digit
Mar.	before_digit
Apr.	before_digit
Jun.	before_digit
Jul.	before_digit
Agt.	before_digit
Agu.	before_digit
Aug.	before_digit
Sep.	before_digit
Sept.	before_digit
Okt.	before_digit
Oct.	before_digit
Nov.	before_digit
Des.	before_digit
Dec.	before_digit
)TSV";

struct Cp {
  char32_t c;
  std::uint32_t off;  // absolute byte offset
  std::uint32_t len;  // bytes
};

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xFEFF ||
         u_isUWhiteSpace(static_cast<UChar32>(c));
}
bool is_upper(char32_t c) { return u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c)); }
bool is_lower(char32_t c) { return u_islower(static_cast<UChar32>(c)); }
bool is_alpha(char32_t c) { return u_isalpha(static_cast<UChar32>(c)); }
bool is_digit(char32_t c) { return u_isdigit(static_cast<UChar32>(c)); }
bool is_terminal(char32_t c) { return c == '.' || c == '!' || c == '?' || c == 0x2026; }
// Characters that may open a sentence before its first letter: quotes and brackets.
bool is_opener(char32_t c) {
  return c == '"' || c == '\'' || c == 0x201C || c == 0x2018 || c == 0x201E || c == 0xAB || c == '(' ||
         c == '[';
}
bool is_bullet(char32_t c) { return c == 0x2022 || c == '-' || c == 0x2013 || c == 0x2014 || c == '*'; }

// Domain endings: "Detik.Com" glued is a host name, not two sentences.
bool is_tld(std::string_view w) {
  static const char* const kTlds[] = {"com", "net", "org", "id", "co",  "go",  "ac",  "or", "info", "io",
                                      "gov", "edu", "uk", "tv", "news", "biz", "int", "mil", "my", "sg"};
  for (const char* t : kTlds)
    if (w == t) return true;
  return false;
}

// "U.S", "a.n", "S.H", "M.Sc", "Ph.D", "J.K": letter groups of at most three letters separated by
// periods. Longer groups ("kemarin.Dia") are glued words, not abbreviations.
bool dotted_letter_groups(std::string_view tok) {
  if (tok.find('.') == std::string_view::npos) return false;
  std::size_t group = 0;
  for (std::size_t i = 0; i < tok.size();) {
    if (tok[i] == '.') {
      if (group == 0) return false;
      group = 0;
      ++i;
      continue;
    }
    char32_t c = decode_utf8(tok, i);
    if (!is_alpha(c)) return false;
    if (++group > 3) return false;
  }
  return group > 0;
}

class Splitter {
 public:
  Splitter(std::string_view text, ByteSpan range, const Abbreviations& ab) : text_(text), ab_(ab) {
    std::size_t end = std::min<std::size_t>(range.end, text.size());
    std::size_t i = std::min<std::size_t>(range.begin, end);
    range_end_ = static_cast<std::uint32_t>(end);
    std::string_view t = text.substr(0, end);
    wrapped_ = hard_wrapped(t.substr(i));
    cps_.reserve(end - i);
    while (i < end) {
      std::size_t at = i;
      const auto b = static_cast<unsigned char>(t[i]);
      if (b < 0x80) {  // most news text: no decoding
        cps_.push_back({b, static_cast<std::uint32_t>(i), 1});
        ++i;
        continue;
      }
      char32_t c = decode_utf8(t, i);
      cps_.push_back({c, static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(i - at)});
    }
  }

  std::vector<ByteSpan> run() {
    const std::size_t n = cps_.size();
    for (std::size_t i = 0; i < n; ++i) {
      char32_t c = cps_[i].c;
      if (c == '\n') {
        // A blank line always ends a sentence (paragraph boundary), and resets quote state so a
        // stray quote mark cannot swallow the next paragraph.
        std::size_t j = i + 1;
        while (j < n && cps_[j].c != '\n' && is_space(cps_[j].c)) ++j;
        if (j < n && cps_[j].c == '\n') {
          emit(start_, i);
          start_ = j;
          i = j;
          dq_open_ = false;
          cq_depth_ = 0;
        } else if (caption_line_ends(i, j)) {
          emit(start_, i);
          start_ = j;
          i = j - 1;
        }
        continue;
      }
      // Scraped text mixes quote styles ('“...",'): a straight quote closes an open curly one and
      // a closing curly quote closes an open straight one.
      if (c == '"') {
        if (cq_depth_ > 0)
          --cq_depth_;
        else
          dq_open_ = !dq_open_;
        continue;
      }
      if (c == 0x201C || c == 0x201E) {
        ++cq_depth_;
        continue;
      }
      if (c == 0x201D) {
        if (cq_depth_ > 0)
          --cq_depth_;
        else
          dq_open_ = false;
        continue;
      }
      if (!is_terminal(c)) continue;
      std::size_t j = i;
      while (j + 1 < n && is_terminal(cps_[j + 1].c)) ++j;
      // Closing quotes and brackets right after the punctuation belong to the ending sentence.
      std::size_t k = j + 1;
      while (k < n) {
        char32_t d = cps_[k].c;
        if (d == 0x201D || d == 0x2019 || d == 0xBB || d == ')' || d == ']') {
          if (d == 0x201D) {
            if (cq_depth_ > 0)
              --cq_depth_;
            else
              dq_open_ = false;
          }
          ++k;
          continue;
        }
        if (d == '"' && (dq_open_ || cq_depth_ > 0)) {  // an open quotation closes here
          if (cq_depth_ > 0)
            --cq_depth_;
          else
            dq_open_ = false;
          ++k;
          continue;
        }
        if (d == '\'' && (k + 1 >= n || !is_alpha(cps_[k + 1].c))) {
          ++k;
          continue;
        }
        break;
      }
      if (boundary(i, j, k)) {
        emit(start_, k);
        start_ = k;
      }
      i = k - 1;
    }
    emit(start_, n);
    return std::move(out_);
  }

 private:
  void emit(std::size_t from, std::size_t to) {
    while (from < to && is_space(cps_[from].c)) ++from;
    while (to > from && is_space(cps_[to - 1].c)) --to;
    if (from < to) out_.push_back({cps_[from].off, cps_[to - 1].off + cps_[to - 1].len});
  }

  std::string_view bytes(std::size_t from, std::size_t to) const {  // cp indices [from, to)
    if (from >= to) return {};
    std::uint32_t b = cps_[from].off;
    std::uint32_t e = to < cps_.size() ? cps_[to].off : range_end_;
    return text_.substr(b, e - b);
  }

  // True when an open quotation closes within a few hundred bytes: the sentence then runs to the
  // closing quote so that a multi-sentence quotation stays with its attribution ("..., kata X").
  bool quotation_closes_soon(std::size_t k) const {
    if (!dq_open_ && cq_depth_ == 0) return false;
    std::size_t b = cps_[k].off;
    std::size_t e = std::min<std::size_t>(range_end_, b + 500);
    std::string_view rest = text_.substr(b, e - b);
    std::size_t blank = rest.find("\n\n");
    if (blank != std::string_view::npos) rest = rest.substr(0, blank);
    return rest.find('"') != std::string_view::npos || rest.find("\xE2\x80\x9D") != std::string_view::npos;
  }

  bool starts_sentence(std::size_t m) const {
    const std::size_t n = cps_.size();
    char32_t c = cps_[m].c;
    if (is_upper(c) || is_digit(c)) return true;
    if (is_opener(c)) {
      std::size_t p = m + 1;
      while (p < n && is_opener(cps_[p].c)) ++p;
      return p < n && (is_upper(cps_[p].c) || is_digit(cps_[p].c));
    }
    return is_bullet(c) && m + 1 < n && is_space(cps_[m + 1].c);
  }

  // Start (cp index) of the word before the punctuation at i.
  std::size_t token_start(std::size_t i) const {
    std::size_t t = i;
    while (t > start_ && !is_space(cps_[t - 1].c) && !is_opener(cps_[t - 1].c)) --t;
    return t;
  }

  // A period followed by space and a capital: is it an abbreviation rather than a sentence end?
  bool abbreviation_blocks(std::size_t i, std::size_t next) const {
    std::size_t t = token_start(i);
    if (t == i) return false;
    std::string_view tok = bytes(t, i);
    if (i - t == 1 && is_upper(cps_[t].c)) return true;  // an initial: "Kim J. Un"
    if (dotted_letter_groups(tok)) return true;           // "U.S.", "a.n.", "M.Sc."
    bool digits = tok.size() <= 3;
    for (char ch : tok) digits = digits && ch >= '0' && ch <= '9';
    if (digits) {  // "1. Pertama": a list number opening the sentence
      std::size_t s = start_;
      while (s < t && is_space(cps_[s].c)) ++s;
      if (s == t) return true;
    }
    if (const AbbreviationKind* kind = ab_.find(tok)) {
      if (*kind == AbbreviationKind::kAlways) return true;
      if (is_digit(cps_[next].c)) return true;
    }
    return false;
  }

  bool boundary(std::size_t i, std::size_t j, std::size_t k) const {
    const std::size_t n = cps_.size();
    if (k >= n) return false;  // the range ends here anyway
    if (quotation_closes_soon(k)) return false;
    const bool single_period = j == i && cps_[i].c == '.';
    const bool closers = k > j + 1;
    const char32_t next = cps_[k].c;
    if (is_space(next)) {
      std::size_t m = k;
      while (m < n && is_space(cps_[m].c)) ++m;
      if (m >= n || !starts_sentence(m)) return false;
      if (single_period && !closers && abbreviation_blocks(i, m)) return false;
      return true;
    }
    // Glued sentences (no space): only strong patterns count.
    if (closers) {  // 'Juli."Pihak' with a closing quote, '.”Pihak'
      if (is_upper(next)) return true;
      return is_opener(next) && next != '(' && k + 1 < n && is_upper(cps_[k + 1].c);
    }
    if ((next == '"' || next == 0x201C || next == 0x2018) && k + 1 < n && is_upper(cps_[k + 1].c))
      return true;  // 'TASS 13."Kamerad': the quote opens the next sentence
    // "hal.Kantor": lower-case letter, punctuation, capital, lower-case letter.
    if (i == 0 || !is_lower(cps_[i - 1].c) || !is_upper(next) || k + 1 >= n || !is_lower(cps_[k + 1].c))
      return false;
    if (!single_period) return true;  // "benar?Kemudian"
    std::size_t t = token_start(i);
    std::string_view tok = bytes(t, i);
    if (tok.find("://") != std::string_view::npos || tok.find('@') != std::string_view::npos ||
        ascii_lower(tok) == "www" || ascii_lower(tok.substr(0, 4)) == "www.")
      return false;
    if (const AbbreviationKind* kind = ab_.find(tok); kind && *kind == AbbreviationKind::kAlways) return false;
    std::size_t w = k;
    while (w < n && is_alpha(cps_[w].c)) ++w;
    if (is_tld(ascii_lower(bytes(k, w)))) return false;  // "Detik.Com"
    return true;
  }

  // "<caption without final punctuation>\n<Capitalised sentence>": a line that ends in a word,
  // then a line starting a sentence, is a caption, a headline or a title of its own, unless the
  // text is hard-wrapped (its lines break mid-sentence) or a quotation is open.
  bool caption_line_ends(std::size_t nl, std::size_t next) const {
    if (wrapped_ || dq_open_ || cq_depth_ > 0 || next >= cps_.size() || !starts_sentence(next)) return false;
    std::size_t b = nl;
    while (b > start_ && is_space(cps_[b - 1].c)) --b;
    return b > start_ && (is_alpha(cps_[b - 1].c) || is_digit(cps_[b - 1].c));
  }

  // A text is hard-wrapped when most of its long lines (40 bytes or more) end without sentence
  // punctuation: there a line break is no boundary.
  static bool hard_wrapped(std::string_view t) {
    std::size_t long_lines = 0, open_lines = 0;
    for (std::string_view line : split(t, '\n')) {
      line = trim(line);
      if (line.size() < 40) continue;
      ++long_lines;
      while (!line.empty() && (line.back() == '"' || line.back() == ')' || line.back() == '\'')) line.remove_suffix(1);
      const bool closed = !line.empty() && (line.back() == '.' || line.back() == '!' || line.back() == '?' ||
                                            line.ends_with("\xE2\x80\x9D") || line.ends_with("\xE2\x80\xA6"));
      if (!closed) ++open_lines;
    }
    return open_lines >= 2 && open_lines * 2 > long_lines;
  }

  std::string_view text_;
  const Abbreviations& ab_;
  bool wrapped_ = false;
  std::uint32_t range_end_ = 0;
  std::vector<Cp> cps_;
  std::vector<ByteSpan> out_;
  std::size_t start_ = 0;
  bool dq_open_ = false;
  int cq_depth_ = 0;
};

std::string abbreviation_key(std::string_view word) {
  word = trim(word);
  while (!word.empty() && word.back() == '.') word.remove_suffix(1);
  return ascii_lower(word);
}

}  // namespace

Result<Abbreviations> Abbreviations::parse(std::string_view tsv, const std::string& name) {
  Abbreviations out;
  std::uint64_t line_no = 0;
  for (std::string_view line : split(tsv, '\n')) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::string_view t = trim(line);
    if (t.empty() || t.front() == '#') continue;
    std::size_t tab = t.find('\t');
    std::string key = abbreviation_key(t.substr(0, tab));
    std::string_view kind = tab == std::string_view::npos ? std::string_view{} : trim(t.substr(tab + 1));
    if (key.empty()) {
      return Error{ErrorCode::kData, "empty abbreviation", name, line_no};
    }
    AbbreviationKind k = AbbreviationKind::kAlways;
    if (kind == "before_digit") {
      k = AbbreviationKind::kBeforeDigit;
    } else if (!kind.empty() && kind != "always") {
      return Error{ErrorCode::kData,
                   "unknown abbreviation kind '" + std::string(kind) + "' (expected always or before_digit)", name,
                   line_no};
    }
    out.entries_[key] = k;
  }
  return out;
}

Result<Abbreviations> Abbreviations::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{ErrorCode::kIo, "cannot open abbreviation file", path, 0};
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) return Error{ErrorCode::kIo, "cannot read abbreviation file", path, 0};
  return parse(buf.str(), path);
}

const Abbreviations& Abbreviations::builtin() {
  // The compiled-in list is known to parse; a failure would be a programming error.
  static const Abbreviations table = [] {
    auto r = parse(kBuiltinAbbreviations, "builtin");
    return r ? std::move(r).value() : Abbreviations{};
  }();
  return table;
}

const AbbreviationKind* Abbreviations::find(std::string_view word) const {
  auto it = entries_.find(abbreviation_key(word));
  return it == entries_.end() ? nullptr : &it->second;
}

std::vector<ByteSpan> split_sentences(std::string_view text, ByteSpan range, const Abbreviations& abbreviations) {
  return Splitter(text, range, abbreviations).run();
}

std::vector<ByteSpan> split_sentences(std::string_view text, ByteSpan range) {
  return split_sentences(text, range, Abbreviations::builtin());
}

}  // namespace kronik
