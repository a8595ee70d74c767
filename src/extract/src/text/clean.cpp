// clean.cpp: raw article text -> headline, captions, metadata and body sentences.
//
// The cleaner works line by line over RawDocument::text and never copies text around: every
// decision produces spans into the original bytes, so evidence offsets stay valid. Each line is
// classified in a fixed order (noise, publication stamp, labelled metadata, credit, repeated
// title, glued credit, caption, headline, body); the rules describe news pages in general (menus,
// widgets, bylines, photo credits, datelines), never one site. docs/ingestion.md lists them; the
// words and phrases they use are data/common/page_noise.tsv (compiled in as kBuiltinPageNoise).
#include <algorithm>
#include <fstream>
#include <iterator>
#include <sstream>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include <unicode/uchar.h>

#include "kronik/core/text.h"
#include "kronik/extract/text/clean.h"
#include "fast_case.h"

namespace kronik {
namespace {

// Same content as data/common/page_noise.tsv without its comments (a test checks they agree):
// compiled in so that cleaning works without a data directory.
constexpr std::string_view kBuiltinPageNoise = R"TSV(
noise_phrase	komentar	id
noise_phrase	tulis komentar	id
noise_phrase	tulis komentar anda	id
noise_phrase	beri komentar	id
noise_phrase	kirim komentar	id
noise_phrase	komentar anda	id
noise_phrase	lihat komentar	id
noise_phrase	komentar (0)	id
noise_phrase	bagikan	id
noise_phrase	bagikan artikel	id
noise_phrase	bagikan artikel ini	id
noise_phrase	kembali ke atas	id
noise_phrase	iklan	id
noise_phrase	scroll untuk melanjutkan	id
noise_phrase	gulir untuk melanjutkan	id
noise_phrase	scroll ke bawah untuk melanjutkan membaca	id
noise_phrase	lanjutkan membaca	id
noise_phrase	lanjut baca	id
noise_phrase	baca selengkapnya	id
noise_phrase	selengkapnya	id
noise_phrase	memuat	id
noise_phrase	memuat...	id
noise_phrase	cetak	id
noise_phrase	salin tautan	id
noise_phrase	salin link	id
noise_phrase	ikuti kami	id
noise_phrase	berita terkait	id
noise_phrase	artikel terkait	id
noise_phrase	terpopuler	id
noise_phrase	populer	id
noise_phrase	terkini	id
noise_phrase	berita terkini	id
noise_phrase	pilihan editor	id
noise_phrase	rekomendasi	id
noise_phrase	video pilihan	id
noise_phrase	tonton video	id
noise_phrase	lewati iklan	id
noise_phrase	tutup	id
noise_phrase	beranda	id
noise_phrase	masuk	id
noise_phrase	daftar	id
noise_phrase	cari	id
noise_phrase	berlangganan	id
noise_phrase	ukuran font	id
noise_phrase	ukuran huruf	id
noise_phrase	pengaturan font	id
noise_phrase	leave a comment	en
noise_phrase	leave a reply	en
noise_phrase	post a comment	en
noise_phrase	add a comment	en
noise_phrase	comments	en
noise_phrase	comment	en
noise_phrase	share	en
noise_phrase	share this	en
noise_phrase	share this article	en
noise_phrase	share article	en
noise_phrase	tweet	en
noise_phrase	back to top	en
noise_phrase	advertisement	en
noise_phrase	scroll to continue	en
noise_phrase	scroll to continue with content	en
noise_phrase	continue reading	en
noise_phrase	read more	en
noise_phrase	read full article	en
noise_phrase	loading	en
noise_phrase	loading...	en
noise_phrase	print	en
noise_phrase	copy link	en
noise_phrase	follow us	en
noise_phrase	related	en
noise_phrase	related news	en
noise_phrase	related articles	en
noise_phrase	editor's picks	en
noise_phrase	editor's pick	en
noise_phrase	watch video	en
noise_phrase	skip ad	en
noise_phrase	close	en
noise_phrase	home	en
noise_phrase	login	en
noise_phrase	search	en
noise_phrase	subscribe	en
noise_phrase	font size	en
noise_phrase	top	*
noise_phrase	x	*
noise_phrase	menu	*
noise_phrase	newsletter	*
noise_prefix	baca juga	id
noise_prefix	baca:	id
noise_prefix	lihat juga	id
noise_prefix	simak juga	id
noise_prefix	simak:	id
noise_prefix	tonton juga	id
noise_prefix	berita terkait:	id
noise_prefix	artikel terkait:	id
noise_prefix	topik:	id
noise_prefix	kata kunci:	id
noise_prefix	hak cipta	id
noise_prefix	ikuti kami di	id
noise_prefix	download aplikasi	id
noise_prefix	unduh aplikasi	id
noise_prefix	dapatkan update	id
noise_prefix	klik di sini	id
noise_prefix	artikel ini telah tayang	id
noise_prefix	cek berita	id
noise_prefix	baca artikel	id
noise_prefix	baca berita	id
noise_prefix	simak video	id
noise_prefix	simak breaking news	id
noise_prefix	lihat video	id
noise_prefix	tonton video	id
noise_prefix	saksikan video	id
noise_prefix	pilihan editor:	id
noise_prefix	ikuti berita	id
noise_prefix	ikuti kami	id
noise_prefix	gabung\s	id
noise_prefix	klik link	id
noise_prefix	[gambas	id
noise_prefix	read more:	en
noise_prefix	read also	en
noise_prefix	also read	en
noise_prefix	see also	en
noise_prefix	related:	en
noise_prefix	related news:	en
noise_prefix	tags:	en
noise_prefix	tag:	en
noise_prefix	keywords:	en
noise_prefix	copyright	en
noise_prefix	all rights reserved	en
noise_prefix	follow us on	en
noise_prefix	click here	en
noise_prefix	advertisement	en
noise_prefix	scroll to continue	en
noise_prefix	watch:	en
noise_prefix	video:	en
noise_prefix	©	*
noise_prefix	sign up for our	en
noise_prefix	sign up to our	en
noise_prefix	subscribe to our	en
noise_prefix	we use cookies	en
noise_prefix	this website uses cookies	en
noise_prefix	this site uses cookies	en
noise_prefix	accept all cookies	en
noise_prefix	accept cookies	en
noise_prefix	manage cookie	en
noise_prefix	cookie settings	en
noise_prefix	cookie policy	en
noise_prefix	kami menggunakan cookie	id
noise_prefix	situs ini menggunakan cookie	id
noise_prefix	daftar newsletter	id
noise_prefix	berlangganan newsletter	id
button_word	bagikan	id
button_word	cetak	id
button_word	salin	id
button_word	tautan	id
button_word	komentar	id
button_word	ikuti	id
button_word	share	en
button_word	shares	en
button_word	tweet	en
button_word	email	en
button_word	e-mail	en
button_word	print	en
button_word	copy	en
button_word	link	en
button_word	top	en
button_word	comment	en
button_word	comments	en
button_word	follow	en
button_word	facebook	*
button_word	twitter	*
button_word	whatsapp	*
button_word	telegram	*
button_word	linkedin	*
button_word	instagram	*
button_word	pinterest	*
button_word	reddit	*
button_word	line	*
button_word	x	*
button_word	wa	*
button_word	fb	*
button_word	youtube	*
button_word	tiktok	*
button_word	threads	*
font_mark	a	*
font_mark	a+	*
font_mark	a-	*
font_mark	a−	*
font_mark	aa	*
font_word	huruf	id
font_word	font	en
font_word	fonts	en
font_word	fontsize	en
font_filler	pengaturan	id
font_filler	ukuran	id
font_filler	teks	id
font_filler	besar	id
font_filler	kecil	id
font_filler	sedang	id
font_filler	size	en
font_filler	text	en
font_filler	reset	en
font_filler	normal	en
font_filler	large	en
font_filler	small	en
font_filler	medium	en
countdown_polite	mohon	id
countdown_polite	please	en
countdown_wait	tunggu	id
countdown_wait	wait	en
countdown_unit	detik	id
countdown_unit	dtk	id
countdown_unit	sec	en
countdown_unit	secs	en
countdown_unit	second	en
countdown_unit	seconds	en
countdown_unit	s	en
bullet	•	*
bullet	·	*
bullet	»	*
bullet	›	*
bullet	>	*
bullet	*	*
bullet	►	*
bullet	▶	*
separator	|	*
separator	-	*
separator	–	*
separator	—	*
separator	/	*
separator	•	*
separator	·	*
separator	>	*
separator	»	*
separator	›	*
function_word	di	id
function_word	ke	id
function_word	dari	id
function_word	dan	id
function_word	yang	id
function_word	untuk	id
function_word	dengan	id
function_word	pada	id
function_word	dalam	id
function_word	atas	id
function_word	oleh	id
function_word	kepada	id
function_word	terhadap	id
function_word	akan	id
function_word	tak	id
function_word	tidak	id
function_word	ini	id
function_word	itu	id
function_word	soal	id
function_word	usai	id
function_word	jadi	id
function_word	bisa	id
function_word	sebut	id
function_word	the	en
function_word	for	en
function_word	in	en
function_word	of	en
function_word	to	en
function_word	and	en
function_word	on	en
function_word	at	en
function_word	with	en
function_word	from	en
function_word	by	en
function_word	as	en
function_word	is	en
function_word	are	en
function_word	after	en
function_word	over	en
function_word	amid	en
function_word	says	en
function_word	a	en
function_word	an	en
weekday	senin	id
weekday	selasa	id
weekday	rabu	id
weekday	kamis	id
weekday	jumat	id
weekday	jum'at	id
weekday	sabtu	id
weekday	minggu	id
weekday	ahad	id
weekday	monday	en
weekday	tuesday	en
weekday	wednesday	en
weekday	thursday	en
weekday	friday	en
weekday	saturday	en
weekday	sunday	en
weekday	mon	en
weekday	tue	en
weekday	tues	en
weekday	wed	en
weekday	thu	en
weekday	thur	en
weekday	thurs	en
weekday	fri	en
weekday	sat	en
weekday	sun	en
month	januari	id
month	februari	id
month	maret	id
month	mei	id
month	juni	id
month	juli	id
month	agustus	id
month	oktober	id
month	desember	id
month	agu	id
month	agt	id
month	ags	id
month	okt	id
month	des	id
month	january	en
month	february	en
month	march	en
month	may	en
month	june	en
month	july	en
month	august	en
month	october	en
month	december	en
month	aug	en
month	oct	en
month	dec	en
month	april	*
month	september	*
month	november	*
month	jan	*
month	feb	*
month	mar	*
month	apr	*
month	jun	*
month	jul	*
month	sep	*
month	sept	*
month	nov	*
time_zone	wib	id
time_zone	wita	id
time_zone	wit	id
time_zone	gmt	*
time_zone	utc	*
time_zone	et	*
time_zone	est	*
time_zone	edt	*
time_zone	pst	*
time_zone	pdt	*
time_zone	bst	*
time_zone	cet	*
time_zone	cest	*
time_zone	kst	*
time_zone	jst	*
time_zone	msk	*
stamp_filler	pukul	id
stamp_filler	jam	id
stamp_filler	diperbarui	id
stamp_filler	diterbitkan	id
stamp_filler	dipublikasikan	id
stamp_filler	terbit	id
stamp_filler	diunggah	id
stamp_filler	terakhir	id
stamp_filler	tanggal	id
stamp_filler	dibuat	id
stamp_filler	at	en
stamp_filler	on	en
stamp_filler	am	en
stamp_filler	pm	en
stamp_filler	a.m	en
stamp_filler	p.m	en
stamp_filler	published	en
stamp_filler	updated	en
stamp_filler	posted	en
stamp_filler	update	en
stamp_filler	last	en
stamp_filler	created	en
stamp_filler	-	*
stamp_filler	–	*
stamp_filler	—	*
stamp_filler	|	*
stamp_filler	/	*
stamp_filler	•	*
stamp_filler	·	*
label_editor	redaktur pelaksana	id
label_editor	redaktur	id
label_editor	penyunting	id
label_editor	penerjemah	id
label_editor	alih bahasa	id
label_editor	editing	en
label_editor	edited by	en
label_editor	translator	en
label_editor	editing by	en
label_editor	editor	*
label_author	penulis	id
label_author	wartawan	id
label_author	kontributor	id
label_author	pewarta	id
label_author	laporan	id
label_author	oleh	id
label_author	author	en
label_author	writer	en
label_author	written by	en
label_author	reported by	en
label_author	additional reporting by	en
label_author	reporting by	en
label_author	writing by	en
label_author	by	en
label_author	reporter	*
label_credit	sumber foto	id
label_credit	kredit foto	id
label_credit	foto/video	id
label_credit	foto	id
label_credit	gambar	id
label_credit	sumber	id
label_credit	photo credit	en
label_credit	photo	en
label_credit	image	en
label_credit	source	en
label_credit	video	*
name_particle	dan	id
name_particle	bin	id
name_particle	binti	id
name_particle	di	id
name_particle	and	en
name_particle	in	en
name_particle	&	*
name_particle	van	*
name_particle	de	*
name_particle	al	*
name_particle	el	*
name_particle	von	*
name_particle	da	*
name_joiner	dan	id
name_joiner	and	en
name_joiner	&	*
agency	afp	*
agency	ap	*
agency	reuters	*
agency	antara	*
agency	kcna	*
agency	tass	*
agency	xinhua	*
agency	yonhap	*
agency	epa	*
agency	bernama	*
agency	sputnik	*
agency	ria	*
agency	novosti	*
agency	anadolu	*
agency	bloomberg	*
agency	kyodo	*
agency	dpa	*
agency	ansa	*
agency	upi	*
agency	irna	*
agency	efe	*
agency	wafa	*
agency	kna	*
agency	afp/getty	*
agency	getty	*
agency	images	*
agency	pool	*
agency	ant	*
agency	antaranews	*
photo_word	foto	id
photo_word	dok	id
photo_word	dok.	id
photo_word	dokumentasi	id
photo_word	istimewa	id
photo_word	ilustrasi	id
photo_word	gambar	id
photo_word	tangkapan	id
photo_word	photo	en
photo_word	photos	en
photo_word	image	en
photo_word	images	en
photo_word	getty	en
photo_word	pool	en
photo_word	screenshot	en
photo_word	file	en
photo_word	via	en
credit_line_word	via	*
credit_line_word	/	*
credit_line_word	&	*
trailing_credit_word	foto	id
trailing_credit_word	dan	id
trailing_credit_word	via	en
trailing_credit_word	photo	en
trailing_credit_word	file	en
trailing_credit_word	and	en
trailing_credit_word	&	*
trailing_credit_word	/	*
caption_prefix	dalam foto	id
caption_prefix	foto:	id
caption_prefix	foto :	id
caption_prefix	foto ilustrasi	id
caption_prefix	ilustrasi:	id
caption_prefix	tampak dalam foto	id
caption_prefix	gambar:	id
caption_prefix	keterangan foto	id
caption_prefix	foto arsip	id
caption_prefix	foto dok	id
caption_prefix	in this photo	en
caption_prefix	in this image	en
caption_prefix	in this picture	en
caption_prefix	this photo	en
caption_prefix	this image	en
caption_prefix	photo:	en
caption_prefix	file photo	en
caption_prefix	file -	en
caption_prefix	pictured	en
caption_prefix	caption:	en
)TSV";

// ---------------------------------------------------------------------------------------------
// Small text helpers (UTF-8 aware where it matters).

bool is_space_cp(char32_t c) {
  if (c < 0x80) return c == ' ' || (c >= 0x09 && c <= 0x0D);  // ASCII: what White_Space says
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0xFEFF ||
         u_isUWhiteSpace(static_cast<UChar32>(c));
}

struct Token {
  std::string_view text;
  std::uint32_t begin;  // offset inside the line
};

// Whitespace-separated tokens (Unicode spaces, e.g. NBSP, separate too).
std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> out;
  std::size_t i = 0;
  std::size_t start = std::string_view::npos;
  while (i < s.size()) {
    std::size_t at = i;
    char32_t c = static_cast<unsigned char>(s[i]) < 0x80 ? static_cast<unsigned char>(s[i++]) : decode_utf8(s, i);
    if (is_space_cp(c)) {
      if (start != std::string_view::npos) out.push_back({s.substr(start, at - start), static_cast<std::uint32_t>(start)});
      start = std::string_view::npos;
    } else if (start == std::string_view::npos) {
      start = at;
    }
  }
  if (start != std::string_view::npos) out.push_back({s.substr(start), static_cast<std::uint32_t>(start)});
  return out;
}

bool has_alnum(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {  // ICU's alnum agrees with these for ASCII
      if ((b >= '0' && b <= '9') || ((b | 0x20) >= 'a' && (b | 0x20) <= 'z')) return true;
      ++i;
      continue;
    }
    auto c = static_cast<UChar32>(decode_utf8(s, i));
    if (u_isalnum(c)) return true;
  }
  return false;
}

bool has_digit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Strips punctuation at both ends of a token ("(AFP)," -> "AFP").
std::string_view strip_punct(std::string_view s) {
  auto punct = [](char c) {
    return c == ',' || c == ';' || c == ':' || c == '.' || c == '(' || c == ')' || c == '[' || c == ']' ||
           c == '"' || c == '\'' || c == '!' || c == '?' || c == '|';
  };
  while (!s.empty() && punct(s.front())) s.remove_prefix(1);
  while (!s.empty() && punct(s.back())) s.remove_suffix(1);
  return s;
}

bool is_key_tail(char c) { return c == ':' || c == '.' || c == '!' || c == ' ' || c == '|' || c == '-'; }

// Lower case, whitespace folded, trailing ':' '.' and similar removed: the key for phrase lists.
// With `limit`, building stops once the key is longer than `limit` bytes and ends in a byte the
// trimming keeps: the full key then starts with the same bytes and is as long, so it equals no
// entry of at most `limit` bytes and starts with the same such entries (page-noise lines are
// short; body lines need no full key).
std::string phrase_key(std::string_view s, std::size_t limit = std::string::npos) {
  std::string out;
  for (const Token& t : tokenize(s)) {
    if (!out.empty()) out += ' ';
    out += token_lower(t.text);
    if (out.size() > limit && !is_key_tail(out.back())) return out;
  }
  while (!out.empty() && is_key_tail(out.back())) out.pop_back();
  return out;
}

std::string fold_ws(std::string_view s) {
  std::string out;
  for (const Token& t : tokenize(s)) {
    if (!out.empty()) out += ' ';
    out.append(t.text);
  }
  return out;
}

bool ends_sentence(std::string_view s) {
  s = trim(s);
  while (!s.empty()) {
    unsigned char b = static_cast<unsigned char>(s.back());
    if (b == '"' || b == '\'' || b == ')') {
      s.remove_suffix(1);
      continue;
    }
    if (s.size() >= 3 && (s.substr(s.size() - 3) == "\xE2\x80\x9D" || s.substr(s.size() - 3) == "\xE2\x80\x99")) {
      s.remove_suffix(3);
      continue;
    }
    break;
  }
  if (s.empty()) return false;
  char c = s.back();
  return c == '.' || c == '!' || c == '?' || (s.size() >= 3 && s.substr(s.size() - 3) == "\xE2\x80\xA6");
}

// Whitespace- and ASCII-case-insensitive prefix match: bytes of `s` consumed when `prefix` is a
// prefix of `s` ending at a word boundary; 0 otherwise.
std::size_t folded_prefix(std::string_view s, std::string_view prefix) {
  std::size_t i = 0, j = 0;
  auto ws = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (j < prefix.size()) {
    if (ws(prefix[j])) {
      if (i >= s.size() || !ws(s[i])) return 0;
      while (j < prefix.size() && ws(prefix[j])) ++j;
      while (i < s.size() && ws(s[i])) ++i;
      continue;
    }
    if (i >= s.size()) return 0;
    char a = s[i], b = prefix[j];
    if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
    if (b >= 'A' && b <= 'Z') b = static_cast<char>(b - 'A' + 'a');
    if (a != b) return 0;
    ++i;
    ++j;
  }
  if (i < s.size()) {
    std::size_t k = i;
    char32_t c = decode_utf8(s, k);
    if (u_isalnum(static_cast<UChar32>(c))) return 0;
  }
  return i;
}

// ---------------------------------------------------------------------------------------------
// Word lists. They describe news pages and the two languages, not any one site, and live in
// data/common/page_noise.tsv (built-in copy kBuiltinPageNoise below); each predicate names the
// list it reads so the rules stay readable.

using NL = PageNoise::List;

bool is_function_word(const PageNoise& pn, std::string_view lw) { return pn.contains(NL::kFunctionWord, lw); }
bool is_weekday(const PageNoise& pn, std::string_view lw) { return pn.contains(NL::kWeekday, lw); }
bool is_month(const PageNoise& pn, std::string_view lw) { return pn.contains(NL::kMonth, lw); }
bool is_time_zone(const PageNoise& pn, std::string_view lw) { return pn.contains(NL::kTimeZone, lw); }
bool is_stamp_filler(const PageNoise& pn, std::string_view lw) { return pn.contains(NL::kStampFiller, lw); }
bool is_separator_token(const PageNoise& pn, std::string_view t) { return pn.contains(NL::kSeparator, t); }
// Wire agencies and photo-credit words: "(AFP)", "KCNA via REUTERS", "ANTARA FOTO/...".
bool is_agency(const PageNoise& pn, std::string_view lw) { return pn.contains(NL::kAgency, lw); }
bool is_photo_word(const PageNoise& pn, std::string_view lw) { return pn.contains(NL::kPhotoWord, lw); }

// ---------------------------------------------------------------------------------------------
// Noise.

bool is_noise_phrase(const PageNoise& pn, const std::string& k) { return pn.contains(NL::kNoisePhrase, k); }
bool has_noise_prefix(const PageNoise& pn, const std::string& k) { return pn.has_prefix(NL::kNoisePrefix, k); }

// "[Gambas:Video]", "[Baca juga ...]": a line entirely in square brackets is an embed or a link.
// "(abc/xyz)": editors' lower-case initials closing an article.
bool is_bracket_noise(std::string_view t) {
  if (t.size() >= 2 && t.front() == '[' && t.back() == ']') return true;
  if (t.size() >= 3 && t.size() <= 24 && t.front() == '(' && t.back() == ')') {
    bool slash = false;
    for (char c : t.substr(1, t.size() - 2)) {
      if (c == '/') slash = true;
      else if (!(c >= 'a' && c <= 'z') && c != '-' && c != ' ') return false;
    }
    return slash;
  }
  return false;
}

// "Wait 5 sec.", "Tunggu 10 detik", "Please wait 3 seconds".
bool is_countdown(const PageNoise& pn, const std::vector<Token>& toks) {
  // At most four tokens ("Mohon tunggu 5 detik"); the count is digits: without a digit there is
  // nothing to look up.
  if (toks.size() > 4) return false;
  if (std::none_of(toks.begin(), toks.end(), [](const Token& t) { return has_digit(t.text); })) return false;
  std::vector<std::string> w;
  for (const Token& t : toks) w.push_back(token_lower(strip_punct(t.text)));
  std::size_t i = 0;
  if (i + 1 < w.size() && pn.contains(NL::kCountdownPolite, w[i])) ++i;
  if (i >= w.size() || !pn.contains(NL::kCountdownWait, w[i])) return false;
  ++i;
  if (i >= w.size() || w[i].empty() || !std::all_of(w[i].begin(), w[i].end(), [](char c) { return c >= '0' && c <= '9'; }))
    return false;
  ++i;
  if (i == w.size()) return true;
  return i + 1 == w.size() && pn.contains(NL::kCountdownUnit, w[i]);
}

// "A A Pengaturan Font", "A- A+ Font size", "Ukuran huruf": only font marks and font words, with
// at least two marks or one word that names the font.
bool is_font_widget(const PageNoise& pn, const std::vector<Token>& toks) {
  int letters = 0, words = 0;
  for (const Token& t : toks) {
    std::string w = token_lower(strip_punct(t.text));
    if (pn.contains(NL::kFontMark, w)) {
      ++letters;
    } else if (pn.contains(NL::kFontWord, w)) {
      ++words;
    } else if (!pn.contains(NL::kFontFiller, w)) {
      return false;
    }
  }
  return letters >= 2 || words >= 1;
}

// A line of share / social buttons: every token is a button word.
bool is_button_row(const PageNoise& pn, const std::vector<Token>& toks) {
  if (toks.empty() || toks.size() > 10) return false;
  for (const Token& t : toks) {
    std::string w = token_lower(strip_punct(t.text));
    if (!pn.contains(NL::kButtonWord, w) && !is_separator_token(pn, t.text)) return false;
  }
  return true;
}

bool is_bullet_start(const PageNoise& pn, std::string_view t) { return pn.has_prefix(NL::kBullet, t); }

bool has_sentence_punct(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '!' || c == '?') return true;
    // A period ends a sentence unless it is inside a token ("RIAU24.COM", "10.000").
    if (c == '.' && (i + 1 == s.size() || s[i + 1] == ' ')) return true;
  }
  return false;
}

// Navigation menus: long runs of capitalised words without sentence punctuation or function words.
// A short run of capitalised words at the top of a page is a headline, not a menu, until a
// headline has been seen.
bool is_menu(const PageNoise& pn, const std::vector<Token>& toks, std::string_view line, int min_words, bool headline_pending) {
  if (static_cast<int>(toks.size()) < min_words) return false;
  if (has_sentence_punct(line)) return false;
  for (char c : line)
    if (c == ',' || c == ':' || c == ';' || c == '"') return false;
  int function_words = 0;
  for (const Token& t : toks) {
    std::string_view w = t.text;
    if (w == "&" || is_separator_token(pn, w)) continue;
    if (!is_upper_initial(w) && !(w[0] >= '0' && w[0] <= '9')) return false;
    if (is_function_word(pn, token_lower(w))) ++function_words;
    if (w.find('\'') != std::string_view::npos || w.find("\xE2\x80\x99") != std::string_view::npos)
      return false;  // possessives belong to headlines ("Russia's")
  }
  if (function_words >= 2) return false;
  if (toks.size() >= 10) return true;
  return !headline_pending;
}

// Breadcrumbs and category crumbs: "• News", "Home > Dunia > Asia", "Nasional | Politik | Hukum".
bool is_crumb(const PageNoise& pn, const std::vector<Token>& toks, std::string_view line) {
  if (has_sentence_punct(line)) return false;
  if (is_bullet_start(pn, line)) {
    std::size_t words = toks.size() - (is_separator_token(pn, toks.front().text) || toks.front().text.size() <= 3 ? 1 : 0);
    if (words <= 3) return true;
  }
  int seps = 0, run = 0, max_run = 0;
  for (const Token& t : toks) {
    if (is_separator_token(pn, t.text)) {
      ++seps;
      run = 0;
      continue;
    }
    max_run = std::max(max_run, ++run);
  }
  return seps >= 2 && max_run <= 3;
}

// ---------------------------------------------------------------------------------------------
// Publication stamps: "Rabu, 15/03/2028 10:20 WIB", "Jumat, 9 Februari 2029 - 08:40 WIB".

enum class StampTok { kNo, kFiller, kNumber, kWeekday, kMonth, kDate, kTime, kZone };

bool digits_only(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

StampTok classify_stamp_token(const PageNoise& pn, std::string_view raw) {
  std::string lw = token_lower(raw);
  if (is_stamp_filler(pn, lw)) return StampTok::kFiller;
  std::string_view w = strip_punct(lw);
  if (w.empty()) return StampTok::kFiller;
  if (is_stamp_filler(pn, w)) return StampTok::kFiller;
  if (is_weekday(pn, w)) return StampTok::kWeekday;
  if (is_month(pn, w)) return StampTok::kMonth;
  if (is_time_zone(pn, w)) return StampTok::kZone;
  if ((w.rfind("gmt", 0) == 0 || w.rfind("utc", 0) == 0) && w.size() > 3 && (w[3] == '+' || w[3] == '-'))
    return StampTok::kZone;  // "GMT+7", "UTC+07:00"
  if (digits_only(w) && w.size() <= 4) return StampTok::kNumber;
  // Numeric dates and times: digits separated by / . - : (and an ISO 'T').
  int groups = 0;
  bool colon = false, slash_or_dash = false, dot = false;
  std::size_t i = 0;
  while (i < w.size()) {
    std::size_t j = i;
    while (j < w.size() && w[j] >= '0' && w[j] <= '9') ++j;
    if (j == i) return StampTok::kNo;
    ++groups;
    if (j == w.size()) break;
    char sep = w[j];
    if (sep == ':') colon = true;
    else if (sep == '/' || sep == '-' || sep == 't') slash_or_dash = true;
    else if (sep == '.') dot = true;
    else if (sep == '+' || sep == 'z') slash_or_dash = true;
    else return StampTok::kNo;
    i = j + 1;
  }
  if (groups >= 3 && (slash_or_dash || dot)) return StampTok::kDate;
  if (groups >= 2 && colon) return StampTok::kTime;
  if (groups == 2 && dot) return StampTok::kTime;  // "09.05"
  return StampTok::kNo;
}

bool name_like(const PageNoise& pn, std::string_view s) {
  auto toks = tokenize(s);
  if (toks.empty() || toks.size() > 6) return false;
  if (has_digit(s)) return false;
  int caps = 0;
  for (const Token& t : toks) {
    std::string_view w = strip_punct(t.text);
    if (w.empty()) continue;
    std::string lw = token_lower(w);
    if (pn.contains(NL::kNameParticle, lw)) continue;
    if (!is_upper_initial(w)) return false;
    ++caps;
  }
  return caps > 0;
}

struct StampResult {
  std::uint32_t begin = 0, end = 0;  // inside the line
  std::vector<std::string> bylines;  // "Rina Hartono", "Penulis: Budi", "Kompas.com"
};

std::optional<StampResult> detect_stamp(const PageNoise& pn, std::string_view line) {
  // Every stamp has a number (a date, a time, or a day beside a month or weekday): lines without
  // an ASCII digit, most of a page, need no token classification.
  if (line.size() > 120 || !has_digit(line)) return std::nullopt;
  auto toks = tokenize(line);
  if (toks.empty() || toks.size() > 16) return std::nullopt;
  std::vector<StampTok> kinds;
  for (const Token& t : toks) kinds.push_back(classify_stamp_token(pn, t.text));
  // The longest run of stamp tokens.
  std::size_t best_b = 0, best_e = 0;
  for (std::size_t b = 0; b < toks.size();) {
    if (kinds[b] == StampTok::kNo || kinds[b] == StampTok::kFiller) {
      ++b;
      continue;
    }
    std::size_t e = b;
    while (e < toks.size() && kinds[e] != StampTok::kNo) ++e;
    while (e > b && kinds[e - 1] == StampTok::kFiller) --e;
    if (e - b > best_e - best_b) {
      best_b = b;
      best_e = e;
    }
    b = std::max(e, b + 1);
  }
  if (best_e == best_b) return std::nullopt;
  // Include leading label fillers ("Diperbarui", "Published") in the run.
  while (best_b > 0 && kinds[best_b - 1] == StampTok::kFiller && !is_separator_token(pn, toks[best_b - 1].text)) --best_b;
  bool weekday = false, month = false, date = false, time = false, number = false;
  for (std::size_t i = best_b; i < best_e; ++i) {
    weekday |= kinds[i] == StampTok::kWeekday;
    month |= kinds[i] == StampTok::kMonth;
    date |= kinds[i] == StampTok::kDate;
    time |= kinds[i] == StampTok::kTime;
    number |= kinds[i] == StampTok::kNumber;
  }
  if (!(date || time || (month && number) || (weekday && number))) return std::nullopt;
  StampResult r;
  r.begin = toks[best_b].begin;
  r.end = toks[best_e - 1].begin + static_cast<std::uint32_t>(toks[best_e - 1].text.size());
  // What is left must be a byline ("Rina Hartono |") or a place; nothing sentence-like.
  auto leftover = [&](std::size_t from, std::size_t to, bool before) -> bool {
    if (from >= to) return true;
    bool separated = before ? is_separator_token(pn, toks[to - 1].text) : is_separator_token(pn, toks[from].text);
    std::size_t a = from, b = to;
    while (a < b && is_separator_token(pn, toks[a].text)) ++a;
    while (b > a && is_separator_token(pn, toks[b - 1].text)) --b;
    if (a == b) return true;
    std::size_t s = toks[a].begin;
    std::size_t e = toks[b - 1].begin + toks[b - 1].text.size();
    std::string_view part = line.substr(s, e - s);
    while (!part.empty() && (part.back() == ',' || part.back() == ' ')) part.remove_suffix(1);
    const bool outlet = tokenize(part).size() == 1 && part.find('.') != std::string_view::npos;  // "Kabar24.com"
    if (!name_like(pn, part) && !outlet) return false;
    if (separated) r.bylines.emplace_back(trim(part));
    else if (b - a > 3) return false;  // "Jakarta, 12 Juli 2025": a place, not a byline
    return true;
  };
  if (!leftover(0, best_b, true) || !leftover(best_e, toks.size(), false)) return std::nullopt;
  return r;
}

// ---------------------------------------------------------------------------------------------
// Labelled metadata: "Redaktur : X", "Penulis: X", "Foto : AP/KCNA", "Oleh X", "By X".

enum class MetaField { kEditor, kAuthor, kCredit };

struct LabelHit {
  MetaField field;
  std::string_view value;
  bool colon;
};

std::optional<LabelHit> match_label(const PageNoise& pn, std::string_view line) {
  // The longest label wins ("editing by" over "editing").
  const std::pair<NL, MetaField> kLists[] = {
      {NL::kLabelEditor, MetaField::kEditor}, {NL::kLabelAuthor, MetaField::kAuthor}, {NL::kLabelCredit, MetaField::kCredit}};
  std::optional<MetaField> best;
  std::size_t best_n = 0;
  for (const auto& [list, field] : kLists) {
    for (const std::string& name : pn.entries(list)) {
      std::size_t n = folded_prefix(line, name);
      if (n > best_n) {
        best = field;
        best_n = n;
      }
    }
  }
  if (best) {
    std::size_t n = best_n;
    std::string_view rest = line.substr(n);
    std::string_view r = trim(rest);
    bool colon = false;
    if (!r.empty() && r.front() == ':') {
      colon = true;
      r = trim(r.substr(1));
    } else if (r.rfind("\xEF\xBC\x9A", 0) == 0) {  // full-width colon
      colon = true;
      r = trim(r.substr(3));
    }
    if (r.empty()) return std::nullopt;
    return LabelHit{*best, r, colon};
  }
  return std::nullopt;
}

std::vector<std::string> split_names(const PageNoise& pn, std::string_view v) {
  std::vector<std::string> out;
  std::string s(v);
  std::vector<std::string> seps = {";"};
  for (const std::string& j : pn.entries(NL::kNameJoiner)) seps.push_back(" " + j + " ");
  for (const std::string& sep : seps) {
    std::size_t p;
    while ((p = s.find(sep)) != std::string::npos) s.replace(p, sep.size(), ",");
  }
  for (std::string_view part : split(s, ',')) {
    std::string_view t = strip_punct(trim(part));
    // "Jane Doe in Seoul": the place is not part of the name.
    if (std::size_t in = t.find(" in "); in != std::string_view::npos) t = trim(t.substr(0, in));
    if (!t.empty()) out.emplace_back(t);
  }
  return out;
}

// Parenthesised or bare credit text: is it a credit, and is it a photo credit (a caption cue) or a
// wire sign-off ("(AFP)")?
enum class CreditKind { kNone, kWire, kPhoto };

CreditKind credit_kind(const PageNoise& pn, std::string_view content) {
  content = trim(content);
  if (content.empty() || content.size() > 80 || !has_alnum(content)) return CreditKind::kNone;
  std::string lw = token_lower(content);
  bool letters = false;
  for (std::size_t i = 0; i < content.size();) {
    if (u_isalpha(static_cast<UChar32>(decode_utf8(content, i)))) letters = true;
  }
  if (!letters) return CreditKind::kNone;  // "(18/10)" is a date
  if (lw.find('@') != std::string::npos) return CreditKind::kPhoto;
  auto toks = tokenize(content);
  if (toks.size() > 8) return CreditKind::kNone;
  bool photo = false, wire = false, other = false;
  for (const Token& t : toks) {
    for (std::string_view piece : split(t.text, '/')) {
      std::string w = token_lower(strip_punct(piece));
      if (w.empty()) continue;
      if (is_photo_word(pn, w)) photo = true;
      else if (is_agency(pn, w)) wire = true;
      else other = true;
    }
  }
  if (lw.find('/') != std::string::npos && (wire || photo || !has_digit(content))) return CreditKind::kPhoto;
  if (photo && (wire || lw.rfind("foto", 0) == 0 || lw.rfind("photo", 0) == 0 || lw.rfind("dok", 0) == 0))
    return CreditKind::kPhoto;
  if (photo && !other) return CreditKind::kPhoto;
  if (wire && !other) return CreditKind::kWire;
  return CreditKind::kNone;
}

// A trailing bare credit after the last sentence: "... 3 Maret 2027. ANTARA via REUTERS".
std::optional<std::size_t> bare_trailing_credit(const PageNoise& pn, std::string_view line, CreditKind* kind) {
  std::size_t cut = std::string_view::npos;
  for (std::size_t i = line.size(); i-- > 1;) {
    if ((line[i - 1] == '.' || line[i - 1] == '!' || line[i - 1] == '?' || line[i - 1] == '"' ||
         line[i - 1] == ')') &&
        line[i] == ' ') {
      cut = i;
      break;
    }
  }
  if (cut == std::string_view::npos) return std::nullopt;
  std::string_view rest = trim(line.substr(cut));
  if (rest.empty() || ends_sentence(rest)) return std::nullopt;
  if (rest.find_first_of("()[]") != std::string_view::npos) return std::nullopt;  // cut inside brackets
  for (const Token& t : tokenize(rest)) {
    std::string lw = token_lower(t.text);
    if (!is_upper_initial(t.text) && !pn.contains(NL::kTrailingCreditWord, lw) &&
        t.text.front() != '@')
      return std::nullopt;
  }
  CreditKind k = credit_kind(pn, rest);
  if (k == CreditKind::kNone) return std::nullopt;
  *kind = k;
  return static_cast<std::size_t>(rest.data() - line.data());
}

struct ParenCredit {
  std::size_t open, close;  // positions of '(' and ')' in the line
  CreditKind kind;
};

// A parenthesised credit after a sentence end: at the end of the line, or glued to the text that
// follows ("...Lavrov. (Twitter/@x)JAKARTA - ...").
std::optional<ParenCredit> find_paren_credit(const PageNoise& pn, std::string_view line) {
  for (std::size_t open = line.find('('); open != std::string_view::npos; open = line.find('(', open + 1)) {
    // Credits are short: look for the closing bracket nearby only (keeps long lines linear).
    std::size_t close = line.substr(0, std::min(line.size(), open + 90)).find(')', open);
    if (close == std::string_view::npos) continue;
    std::string_view before = trim(line.substr(0, open));
    if (before.empty() || !ends_sentence(before)) continue;
    std::string_view after = trim(line.substr(close + 1));
    if (!after.empty() && !is_upper_initial(after)) continue;
    CreditKind kind = credit_kind(pn, line.substr(open + 1, close - open - 1));
    if (kind == CreditKind::kNone) continue;
    return ParenCredit{open, close, kind};
  }
  return std::nullopt;
}

bool caption_start(const PageNoise& pn, std::string_view line) {
  std::string k = phrase_key(line.substr(0, std::min<std::size_t>(line.size(), 40)));
  return pn.has_prefix(NL::kCaptionPrefix, k);
}

// ---------------------------------------------------------------------------------------------
// Datelines: "SEOUL - ", "RIAU24.COM - ", "WASHINGTON (Reuters) -", "Jakarta, 12 Juli (ANTARA) -".

struct Dateline {
  std::string place, outlet;
  std::size_t consumed = 0;  // bytes of the line before the body text
};

bool outlet_like(std::string_view s) {
  return s.find('.') != std::string_view::npos || has_digit(s);
}

// "12 Juli", "Senin", "12/7": a date between the place and the dash, not an outlet.
bool date_like(const PageNoise& pn, std::string_view s) {
  bool all_numeric = true;
  for (const Token& t : tokenize(s)) {
    std::string lw = token_lower(strip_punct(t.text));
    if (is_month(pn, lw) || is_weekday(pn, lw)) return true;
    all_numeric = all_numeric && !lw.empty() &&
                  std::all_of(lw.begin(), lw.end(), [](char c) { return (c >= '0' && c <= '9') || c == '/' || c == '-' || c == '.'; });
  }
  return all_numeric;
}

// `weak` also accepts one or two capitalised words before the dash ("Jakarta - Presiden ...") when
// the text after the dash starts with a capital; an apposition ("Budi - warga setempat - ...")
// continues in lower case.
std::optional<Dateline> parse_dateline(const PageNoise& pn, std::string_view line, bool weak) {
  // The dash: "-", "--", en or em dash, after a space or ')' and followed by a space.
  std::size_t limit = std::min<std::size_t>(line.size(), 90);
  std::size_t d = std::string_view::npos, e = 0;
  for (std::size_t i = 1; i < limit; ++i) {
    std::size_t len = 0;
    if (line[i] == '-') len = (i + 1 < line.size() && line[i + 1] == '-') ? 2 : 1;
    else if (line.substr(i, 3) == "\xE2\x80\x93" || line.substr(i, 3) == "\xE2\x80\x94") len = 3;
    if (!len) continue;
    char prev = line[i - 1];
    if (prev != ' ' && prev != ')') continue;
    if (i + len >= line.size() || line[i + len] != ' ') continue;
    d = i;
    e = i + len;
    break;
  }
  if (d == std::string_view::npos) return std::nullopt;
  while (e < line.size() && line[e] == ' ') ++e;
  if (e >= line.size()) return std::nullopt;
  std::string_view prefix = trim(line.substr(0, d));
  if (prefix.empty() || prefix.size() > 70 || has_sentence_punct(prefix)) return std::nullopt;
  Dateline dl;
  dl.consumed = e;
  std::string paren;
  if (prefix.back() == ')') {
    std::size_t open = prefix.rfind('(');
    if (open == std::string_view::npos) return std::nullopt;
    paren = std::string(trim(prefix.substr(open + 1, prefix.size() - open - 2)));
    prefix = trim(prefix.substr(0, open));
    if (paren.empty() || prefix.empty()) return std::nullopt;
  }
  std::string_view head = prefix, tail;
  if (std::size_t comma = prefix.find(','); comma != std::string_view::npos) {
    head = trim(prefix.substr(0, comma));
    tail = trim(prefix.substr(comma + 1));
  }
  auto htoks = tokenize(head);
  if (htoks.empty() || htoks.size() > 4) return std::nullopt;
  bool caps = true, capitalised = true;
  for (const Token& t : htoks) {
    caps = caps && is_all_caps(t.text);
    capitalised = capitalised && is_upper_initial(t.text);
  }
  if (!capitalised) return std::nullopt;
  const bool head_outlet = outlet_like(head);  // "RIAU24.COM", "Liputan6.com", "TEMPO.CO"
  bool strong = caps || !paren.empty() || !tail.empty();
  if (!strong) {
    std::string_view rest = line.substr(e);
    if (!weak || htoks.size() > 2 || !is_upper_initial(rest)) return std::nullopt;
  }
  if (head_outlet)
    dl.outlet = std::string(head);
  else
    dl.place = std::string(head);
  if (!tail.empty() && !date_like(pn, tail)) {
    bool tail_outlet = outlet_like(tail);
    for (const Token& t : tokenize(tail)) tail_outlet = tail_outlet || is_all_caps(t.text);
    if (head_outlet && dl.place.empty() && !outlet_like(tail))
      dl.place = std::string(tail);  // "TEMPO.CO, Jakarta -"
    else if (paren.empty() && dl.outlet.empty() && tail_outlet)
      dl.outlet = std::string(tail);  // "Jakarta, CNN Indonesia --", "JAKARTA, KOMPAS.com -"
    else if (!dl.place.empty())
      dl.place += ", " + std::string(tail);  // "KYIV, Ukraine (AP) -"
  }
  if (!paren.empty()) dl.outlet = paren;
  return dl;
}

// "JAKARTA: ...", "Kuala Lumpur: ..." (Arab News, the Malaysian press): a place of one to three
// capitalised words, a colon and a sentence that starts with a capital. Labels ("Update:",
// "Foto:", "Editor:") are the page-noise lists' words, not places.
bool colon_label(const PageNoise& pn, std::string_view head) {
  const std::string k = token_lower(head);
  using L = PageNoise::List;
  for (L l : {L::kStampFiller, L::kLabelEditor, L::kLabelAuthor, L::kLabelCredit, L::kPhotoWord})
    if (pn.contains(l, k)) return true;
  return pn.has_prefix(L::kCaptionPrefix, k) || pn.has_prefix(L::kNoisePrefix, k);
}

std::optional<Dateline> parse_colon_dateline(const PageNoise& pn, std::string_view line) {
  const std::size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 40 || colon + 2 >= line.size()) return std::nullopt;
  if (line[colon + 1] != ' ' || line[colon - 1] == ' ') return std::nullopt;
  std::size_t e = colon + 1;
  while (e < line.size() && line[e] == ' ') ++e;
  std::string_view head = line.substr(0, colon), rest = line.substr(e);
  auto toks = tokenize(head);
  if (toks.empty() || toks.size() > 3 || has_digit(head) || !is_upper_initial(rest) || !has_sentence_punct(rest))
    return std::nullopt;
  for (const Token& t : toks)
    if (!is_upper_initial(t.text) || strip_punct(t.text).size() != t.text.size()) return std::nullopt;
  if (colon_label(pn, head)) return std::nullopt;
  Dateline dl;
  dl.consumed = e;
  dl.place = std::string(head);
  return dl;
}

bool looks_like_headline(std::string_view line) {
  if (line.size() > 250 || ends_sentence(line)) return false;
  auto toks = tokenize(line);
  if (toks.size() < 3 || toks.size() > 30) return false;
  return is_upper_initial(line) || (line[0] >= '0' && line[0] <= '9') || line[0] == '"' ||
         line.rfind("\xE2\x80\x9C", 0) == 0;
}

// ---------------------------------------------------------------------------------------------
// The cleaner proper.

struct Segment {
  ByteSpan span;
  SentenceRole role;
  std::size_t line;  // index of the last line it covers (for wrapped-line merging)
};

class Cleaner {
 public:
  Cleaner(const RawDocument& raw, const CleanConfig& config)
      : raw_(raw), text_(raw.text), config_(config),
        abbrevs_(config.abbreviations ? *config.abbreviations : Abbreviations::builtin()),
        pn_(config.page_noise ? *config.page_noise : PageNoise::builtin()) {
    for (NL list : {NL::kNoisePhrase, NL::kNoisePrefix})
      for (const std::string& e : pn_.entries(list)) noise_key_limit_ = std::max(noise_key_limit_, e.size());
  }

  CleanedDocument run() {
    out_.title = std::string(trim(raw_.title));
    std::vector<ByteSpan> lines;  // trimmed; empty span for a blank line
    std::size_t pos = 0;
    while (pos <= text_.size()) {
      std::size_t nl = text_.find('\n', pos);
      std::size_t end = nl == std::string_view::npos ? text_.size() : nl;
      std::string_view t = trim(text_.substr(pos, end - pos));
      auto b = t.empty() ? static_cast<std::uint32_t>(pos) : static_cast<std::uint32_t>(t.data() - text_.data());
      lines.push_back({b, b + static_cast<std::uint32_t>(t.size())});
      if (nl == std::string_view::npos) break;
      pos = nl + 1;
    }
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (lines[i].size() == 0) continue;
      // A line continued by a lower-case line right below it is a wrapped paragraph, not a headline.
      continued_ = i + 1 < lines.size() && lines[i + 1].size() > 0 && u_islower(static_cast<UChar32>(first_cp(lines[i + 1])));
      handle(lines[i], i);
    }
    emit_sentences();
    return std::move(out_);
  }

 private:
  std::string_view view(ByteSpan s) const { return text_.substr(s.begin, s.end - s.begin); }

  ByteSpan trimmed(std::uint32_t b, std::uint32_t e) const {
    std::string_view t = trim(text_.substr(b, e - b));
    if (t.empty()) return {b, b};
    auto nb = static_cast<std::uint32_t>(t.data() - text_.data());
    return {nb, nb + static_cast<std::uint32_t>(t.size())};
  }

  bool headline_pending() const { return !headline_done_ && !content_started_; }

  char32_t first_cp(ByteSpan s) const {
    std::size_t i = 0;
    return decode_utf8(view(s), i);
  }

  void add_credit(std::string_view c) {
    std::string s(strip_punct(trim(c)));
    if (!s.empty() && std::find(out_.credits.begin(), out_.credits.end(), s) == out_.credits.end())
      out_.credits.push_back(std::move(s));
  }
  static void add_unique(std::vector<std::string>& v, std::string s) {
    if (!s.empty() && std::find(v.begin(), v.end(), s) == v.end()) v.push_back(std::move(s));
  }

  // One trimmed, non-blank line: dropped as page noise, read as metadata or a credit, or passed on
  // as headline, caption or body text.
  void handle(ByteSpan span, std::size_t line_no) {
    std::string_view t = view(span);
    auto toks = tokenize(t);
    // 1. Page noise.
    const bool noise = is_page_noise(t, toks);
    std::optional<StampResult> stamp;
    if (!noise) stamp = detect_stamp(pn_, t);
    if (noise || (!stamp && is_crumb(pn_, toks, t)) || is_menu(pn_, toks, t, config_.menu_min_words, headline_pending())) {
      ++out_.removed_noise_lines;
      return;
    }
    // 2. Publication stamp, possibly with a byline.
    if (stamp) {
      read_stamp(span, *stamp);
      return;
    }
    // 3. Labelled metadata lines.
    if (meta_line(t)) return;
    // 4. A line that is only a credit: "(Foto: Reuters)", "KCNA via REUTERS", "AFP/Getty Images".
    if (read_credit_line(t, toks)) return;
    if (is_site_label(t, toks)) {
      ++out_.removed_noise_lines;
      return;
    }
    // 5. The title again: a repeat of the headline, or glued in front of a caption.
    if (!strip_title_repeat(span, line_no)) return;
    // 6. A credit glued between a caption and the body.
    if (read_glued_credit(span, line_no)) return;
    // 7. Captions: "Dalam foto ...", or a line ending with a photo credit.
    if (read_trailing_credit(span, line_no) || read_caption(span, line_no)) return;
    // 8. Headline: the first substantive line that does not end like a sentence.
    t = view(span);
    if (headline_pending() && !continued_ && looks_like_headline(t) && !parse_dateline(pn_, t, false)) {
      emit_headline(span, line_no);
      return;
    }
    body(span, line_no);
  }

  bool is_page_noise(std::string_view t, const std::vector<Token>& toks) const {
    const std::string key = phrase_key(t, noise_key_limit_);
    return !has_alnum(t) || is_bracket_noise(t) || is_noise_phrase(pn_, key) ||
           (t.size() <= 250 && has_noise_prefix(pn_, key)) || is_countdown(pn_, toks) || is_font_widget(pn_, toks) ||
           is_button_row(pn_, toks);
  }

  // A publication stamp line: its span, and the bylines beside it as authors, editors or outlet.
  void read_stamp(ByteSpan span, const StampResult& st) {
    out_.stamp_lines.push_back({span.begin + st.begin, span.begin + st.end});
    for (const std::string& b : st.bylines) {
      if (auto lab = match_label(pn_, b)) {
        for (std::string& name : split_names(pn_, lab->value))
          add_unique(lab->field == MetaField::kEditor ? out_.editors : out_.authors, name);
      } else if (outlet_like(b)) {
        if (out_.outlet.empty()) out_.outlet = b;  // "Kompas.com - 15/03/2028, 10:20 WIB"
      } else {
        add_unique(out_.authors, std::string(strip_punct(b)));
      }
    }
  }

  // A line that is only a credit, bracketed or not: the credit is kept, the line read.
  bool read_credit_line(std::string_view t, const std::vector<Token>& toks) {
    std::string_view inner = t;
    if (inner.size() >= 2 && inner.front() == '(' && inner.back() == ')') inner = inner.substr(1, inner.size() - 2);
    if (auto lab = match_label(pn_, inner);
        lab && lab->field == MetaField::kCredit && lab->colon &&
        (inner.size() != t.size() ||
         (tokenize(lab->value).size() <= 6 && lab->value.find('(') == std::string_view::npos))) {
      add_credit(lab->value);
      return true;
    }
    bool all_caps_initial = true;
    for (const Token& tk : toks)
      all_caps_initial = all_caps_initial && (is_upper_initial(tk.text) || pn_.contains(NL::kCreditLineWord, token_lower(tk.text)));
    if ((inner.size() != t.size() || all_caps_initial) && credit_kind(pn_, inner) != CreditKind::kNone &&
        !ends_sentence(t)) {
      add_credit(inner);
      return true;
    }
    return false;
  }

  // One- or two-word lines above the headline are site and section labels ("detikNews",
  // "Internasional"), not article text.
  bool is_site_label(std::string_view t, const std::vector<Token>& toks) const {
    return headline_pending() && toks.size() <= 2 && !has_sentence_punct(t) && !ends_sentence(t) &&
           folded_prefix(t, out_.title) == 0;
  }

  // Bytes of `t` that repeat the title: a prefix of it, or, before the headline, the whole line
  // when the title is the line plus a site suffix. 0 when none.
  std::size_t title_repeat_length(std::string_view t) const {
    std::size_t n = folded_prefix(t, out_.title);
    if (n == 0 && headline_pending()) {
      // Metadata titles often carry a site suffix: "Headline - Site".
      std::size_t m = folded_prefix(out_.title, t);
      if (m > 0) {
        std::string_view rest = trim(std::string_view(out_.title).substr(m));
        if (rest.empty() || rest[0] == '-' || rest[0] == '|' || rest[0] == ':' || rest.rfind("\xE2\x80\x93", 0) == 0)
          n = t.size();
      }
    }
    return n;
  }

  // The title repeated at the start of the line is the headline (or a duplicate of it); `span`
  // becomes the rest. False when nothing is left of the line.
  bool strip_title_repeat(ByteSpan& span, std::size_t line_no) {
    if (out_.title.size() < 10) return true;
    const std::size_t n = title_repeat_length(view(span));
    if (n == 0) return true;
    ByteSpan title_part = trimmed(span.begin, span.begin + static_cast<std::uint32_t>(n));
    ByteSpan rest = trimmed(span.begin + static_cast<std::uint32_t>(n), span.end);
    if (!headline_done_) {
      emit_headline(title_part, line_no);
    } else {
      ++out_.removed_duplicate_sentences;
    }
    if (rest.size() == 0) return false;
    span = rest;
    return true;
  }

  // A bracketed credit inside the line: the part before it is a caption (photo credit, or a
  // dateline follows) or body text, the part after it body text.
  bool read_glued_credit(ByteSpan span, std::size_t line_no) {
    const std::string_view t = view(span);
    auto pc = find_paren_credit(pn_, t);
    if (!pc) return false;
    add_credit(t.substr(pc->open + 1, pc->close - pc->open - 1));
    ByteSpan first = trimmed(span.begin, span.begin + static_cast<std::uint32_t>(pc->open));
    ByteSpan rest = trimmed(span.begin + static_cast<std::uint32_t>(pc->close + 1), span.end);
    bool rest_dateline = rest.size() > 0 && !dateline_done_ && parse_dateline(pn_, view(rest), true);
    bool caption = pc->kind == CreditKind::kPhoto || rest_dateline;
    if (caption)
      push({first, SentenceRole::kCaption, line_no});
    else
      body(first, line_no);
    if (rest.size() > 0) body(rest, line_no);
    return true;
  }

  // A line ending with a bare credit: a caption when it is a photo credit, else body text.
  bool read_trailing_credit(ByteSpan span, std::size_t line_no) {
    const std::string_view t = view(span);
    CreditKind ck = CreditKind::kNone;
    auto cut = bare_trailing_credit(pn_, t, &ck);
    if (!cut) return false;
    add_credit(t.substr(*cut));
    ByteSpan first = trimmed(span.begin, span.begin + static_cast<std::uint32_t>(*cut));
    if (ck == CreditKind::kPhoto)
      push({first, SentenceRole::kCaption, line_no});
    else
      body(first, line_no);
    return true;
  }

  // A line that starts like a caption ("Dalam foto ...").
  bool read_caption(ByteSpan span, std::size_t line_no) {
    const std::string_view t = view(span);
    if (!caption_start(pn_, t)) return false;
    // "Foto: Kim dan Lavrov (dok. KCNA)": a bracketed credit closing the caption.
    if (t.size() > 2 && t.back() == ')') {
      std::size_t open = t.rfind('(');
      if (open != std::string_view::npos && open > 0 &&
          credit_kind(pn_, t.substr(open + 1, t.size() - open - 2)) != CreditKind::kNone) {
        add_credit(t.substr(open + 1, t.size() - open - 2));
        span = trimmed(span.begin, span.begin + static_cast<std::uint32_t>(open));
      }
    }
    push({span, SentenceRole::kCaption, line_no});
    return true;
  }

  bool meta_line(std::string_view t) {
    if (t.size() > 160) return false;
    // "Editor: X | Penulis: Y" holds several fields.
    std::vector<std::string_view> parts;
    for (std::string_view p : split(t, '|'))
      for (std::string_view q : split(p, ';'))
        if (!trim(q).empty()) parts.push_back(trim(q));
    std::vector<std::pair<MetaField, std::string_view>> hits;
    for (std::string_view p : parts) {
      auto lab = match_label(pn_, p);
      if (!lab) return false;
      if (lab->field == MetaField::kCredit) {
        // "Foto: AP/KCNA" is a credit; "Foto: Kim menyapa ..." is a caption.
        if (!lab->colon || tokenize(lab->value).size() > 6 || ends_sentence(lab->value) ||
            lab->value.find('(') != std::string_view::npos)  // "Foto: Petani menjemur gabah (dok. X)"
          return false;
      } else if (!lab->colon) {
        // "Oleh Budi Santoso", "By Jane Doe": only a name may follow a label without a colon.
        if (!name_like(pn_, lab->value)) return false;
      } else if (tokenize(lab->value).size() > 12 || has_sentence_punct(lab->value)) {
        return false;
      }
      hits.emplace_back(lab->field, lab->value);
    }
    for (auto& [field, value] : hits) {
      if (field == MetaField::kCredit) {
        add_credit(value);
        continue;
      }
      for (std::string& name : split_names(pn_, value)) add_unique(field == MetaField::kEditor ? out_.editors : out_.authors, name);
    }
    return !hits.empty();
  }

  void emit_headline(ByteSpan span, std::size_t line_no) {
    headline_done_ = true;
    if (out_.title.empty()) {
      out_.title = std::string(view(span));
      out_.title_span = span;
    }
    push({span, SentenceRole::kHeadline, line_no});
  }

  void body(ByteSpan span, std::size_t line_no) {
    if (span.size() == 0) return;
    // The dateline opens the first body paragraph; a byline or teaser line may come before it, so
    // the next two paragraphs are tried too (the weak "Jakarta - " form only on real sentences).
    // A colon dateline may follow a short list of key points (bullets count as paragraphs).
    if (!dateline_done_ && body_paragraphs_ < 5) {
      const bool weak = body_paragraphs_ == 0 || has_sentence_punct(view(span));
      auto dl = body_paragraphs_ < 3 ? parse_dateline(pn_, view(span), weak) : std::nullopt;
      if (!dl && weak) dl = parse_colon_dateline(pn_, view(span));
      if (dl) {
        dateline_done_ = true;
        out_.dateline_place = dl->place;
        if (!dl->outlet.empty()) out_.outlet = dl->outlet;
        span = trimmed(span.begin + static_cast<std::uint32_t>(dl->consumed), span.end);
        if (span.size() == 0) return;
      }
    }
    ++body_paragraphs_;
    // A wrapped paragraph: the previous line was body text, directly above, long, and did not end
    // a sentence. The two lines form one paragraph.
    if (!segs_.empty()) {
      Segment& prev = segs_.back();
      std::string_view pt = view(prev.span);
      if (prev.role == SentenceRole::kBody && prev.line + 1 == line_no && pt.size() >= 40 && !ends_sentence(pt) &&
          !is_bullet_start(pn_, view(span))) {
        prev.span.end = span.end;
        prev.line = line_no;
        return;
      }
    }
    push({span, SentenceRole::kBody, line_no});
  }

  void push(Segment s) {
    if (s.span.size() == 0) return;
    if (s.role != SentenceRole::kHeadline) content_started_ = true;
    segs_.push_back(s);
  }

  static bool fully_quoted(std::string_view s) {
    bool open = s.rfind("\xE2\x80\x9C", 0) == 0 || (!s.empty() && s.front() == '"');
    if (!open) return false;
    std::string_view e = s;
    while (!e.empty() && (e.back() == '.' || e.back() == '!' || e.back() == '?')) e.remove_suffix(1);
    return (e.size() >= 3 && e.substr(e.size() - 3) == "\xE2\x80\x9D") || (e.size() > 1 && e.back() == '"');
  }

  void emit_sentences() {
    std::unordered_set<std::string> seen;
    std::uint32_t paragraph = 0;
    for (const Segment& seg : segs_) {
      std::vector<ByteSpan> spans;
      if (seg.role == SentenceRole::kHeadline)
        spans.push_back(seg.span);  // a headline is one unit even with "?" or "Dr." inside
      else
        spans = split_sentences(text_, seg.span, abbrevs_);
      bool any = false;
      for (const ByteSpan& sp : spans) {
        std::string_view st = view(sp);
        if (!has_alnum(st)) continue;
        if (config_.dedupe && !seen.insert(fold_ws(st)).second) {
          ++out_.removed_duplicate_sentences;
          continue;
        }
        Sentence s;
        s.index = static_cast<std::uint32_t>(out_.sentences.size());
        s.paragraph = paragraph;
        s.span = sp;
        s.role = seg.role;
        if (s.role == SentenceRole::kBody && fully_quoted(st)) s.role = SentenceRole::kQuote;
        out_.sentences.push_back(s);
        any = true;
      }
      if (any) ++paragraph;
    }
  }

  const RawDocument& raw_;
  std::string_view text_;
  const CleanConfig& config_;
  const Abbreviations& abbrevs_;
  const PageNoise& pn_;
  CleanedDocument out_;
  std::vector<Segment> segs_;
  bool headline_done_ = false;
  bool content_started_ = false;
  bool dateline_done_ = false;
  int body_paragraphs_ = 0;
  bool continued_ = false;  // the current line is continued by a lower-case line below it
  std::size_t noise_key_limit_ = 0;  // longest noise phrase or prefix (see phrase_key)
};

}  // namespace

namespace {

constexpr std::string_view kListNames[] = {
    "noise_phrase",  "noise_prefix",   "button_word",  "font_mark",        "font_word",
    "font_filler",   "countdown_polite", "countdown_wait", "countdown_unit", "bullet",
    "separator",     "function_word",  "weekday",      "month",            "time_zone",
    "stamp_filler",  "label_editor",   "label_author", "label_credit",     "name_particle",
    "name_joiner",   "agency",         "photo_word",   "credit_line_word", "trailing_credit_word",
    "caption_prefix"};
static_assert(std::size(kListNames) == static_cast<std::size_t>(PageNoise::List::kCount));

}  // namespace

std::string_view PageNoise::list_name(List list) {
  auto i = static_cast<std::size_t>(list);
  return i < std::size(kListNames) ? kListNames[i] : std::string_view{};
}

Result<PageNoise> PageNoise::parse(std::string_view tsv, const std::string& name) {
  PageNoise out;
  out.lists_.resize(std::size(kListNames));
  std::uint64_t line_no = 0;
  for (std::string_view line : split(tsv, '\n')) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (trim(line).empty() || trim(line).front() == '#') continue;
    std::vector<std::string_view> cols = split(line, '\t');
    if (cols.size() < 2 || cols.size() > 3)
      return Error{ErrorCode::kData, "expected list<TAB>entry[<TAB>language]", name, line_no};
    std::string_view list = trim(cols[0]);
    auto it = std::find(std::begin(kListNames), std::end(kListNames), list);
    if (it == std::end(kListNames))
      return Error{ErrorCode::kData, "unknown page-noise list '" + std::string(list) + "'", name, line_no};
    std::string_view lang = cols.size() == 3 ? trim(cols[2]) : std::string_view("*");
    if (lang != "id" && lang != "en" && lang != "*")
      return Error{ErrorCode::kData, "unknown language '" + std::string(lang) + "' (expected id, en or *)", name,
                   line_no};
    // Entries are trimmed, so a space that matters (a prefix ending in a space) is written "\s".
    std::string entry = token_lower(trim(cols[1]));
    for (std::size_t p; (p = entry.find("\\s")) != std::string::npos;) entry.replace(p, 2, " ");
    if (entry.empty()) return Error{ErrorCode::kData, "empty page-noise entry", name, line_no};
    out.lists_[static_cast<std::size_t>(it - std::begin(kListNames))].push_back(std::move(entry));
  }
  for (auto& l : out.lists_) {
    std::sort(l.begin(), l.end());
    l.erase(std::unique(l.begin(), l.end()), l.end());
  }
  return out;
}

Result<PageNoise> PageNoise::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{ErrorCode::kIo, "cannot open page-noise file", path, 0};
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) return Error{ErrorCode::kIo, "cannot read page-noise file", path, 0};
  return parse(buf.str(), path);
}

const PageNoise& PageNoise::builtin() {
  // The compiled-in table is known to parse (a test checks it); a failure would be a programming
  // error, and an empty table still leaves a working (if noisier) cleaner.
  static const PageNoise table = [] {
    auto r = parse(kBuiltinPageNoise, "builtin");
    if (r) return std::move(r).value();
    PageNoise empty;
    empty.lists_.resize(std::size(kListNames));
    return empty;
  }();
  return table;
}

const std::vector<std::string>& PageNoise::entries(List list) const {
  static const std::vector<std::string> kNone;
  auto i = static_cast<std::size_t>(list);
  return i < lists_.size() ? lists_[i] : kNone;
}

bool PageNoise::contains(List list, std::string_view key) const {
  const auto& l = entries(list);
  auto it = std::lower_bound(l.begin(), l.end(), key, [](const std::string& a, std::string_view b) { return a < b; });
  return it != l.end() && *it == key;
}

bool PageNoise::has_prefix(List list, std::string_view key) const {
  for (const std::string& e : entries(list))
    if (key.compare(0, e.size(), e) == 0) return true;
  return false;
}

CleanedDocument clean_document(const RawDocument& raw, const CleanConfig& config) {
  return Cleaner(raw, config).run();
}

}  // namespace kronik
