#!/usr/bin/env python3
"""Generate a deterministic synthetic news corpus for kronik's extraction benchmark.

The corpus is one JSON Lines file: one article per line with the fields kronik's ingest reads
(id, title, text, url, source, published, language). Articles are assembled from templates
written for this benchmark (Indonesian and English diplomacy reporting), filled with leader and
country names, meeting/visit/signing verbs, absolute and relative dates, and the page noise
kronik has to strip: navigation menus, "Baca juga:" / "Read more:" lines, bylines, stamp lines,
share prompts and repeated paragraphs.

The text is synthetic and not meant to be true: it exists to exercise the extractor at a
realistic mix of sentence lengths and noise. The same --seed and --articles always produce
byte-identical output (Python's random.Random with a fixed seed, no clock, no environment).

Usage:
    python3 gen_corpus.py --out corpus.jsonl --articles 2000 --seed 42 [--id-share 0.6]
"""

import argparse
import datetime
import json
import random
import sys

# (name, title_id, title_en, country_id, country_en, capital_id, capital_en)
LEADERS = [
    ("Prabowo Subianto", "Presiden", "President", "Indonesia", "Indonesia", "Jakarta", "Jakarta"),
    ("Joko Widodo", "Presiden", "President", "Indonesia", "Indonesia", "Jakarta", "Jakarta"),
    ("Xi Jinping", "Presiden", "President", "China", "China", "Beijing", "Beijing"),
    ("Vladimir Putin", "Presiden", "President", "Rusia", "Russia", "Moskow", "Moscow"),
    ("Kim Jong Un", "Pemimpin", "leader", "Korea Utara", "North Korea", "Pyongyang", "Pyongyang"),
    ("Joe Biden", "Presiden", "President", "Amerika Serikat", "the United States", "Washington", "Washington"),
    ("Anthony Albanese", "Perdana Menteri", "Prime Minister", "Australia", "Australia", "Canberra", "Canberra"),
    ("Narendra Modi", "Perdana Menteri", "Prime Minister", "India", "India", "New Delhi", "New Delhi"),
    ("Anwar Ibrahim", "Perdana Menteri", "Prime Minister", "Malaysia", "Malaysia", "Kuala Lumpur", "Kuala Lumpur"),
    ("Ferdinand Marcos Jr", "Presiden", "President", "Filipina", "the Philippines", "Manila", "Manila"),
    ("Recep Tayyip Erdogan", "Presiden", "President", "Turki", "Turkey", "Ankara", "Ankara"),
    ("Emmanuel Macron", "Presiden", "President", "Prancis", "France", "Paris", "Paris"),
    ("Olaf Scholz", "Kanselir", "Chancellor", "Jerman", "Germany", "Berlin", "Berlin"),
    ("Volodymyr Zelenskyy", "Presiden", "President", "Ukraina", "Ukraine", "Kyiv", "Kyiv"),
    ("Fumio Kishida", "Perdana Menteri", "Prime Minister", "Jepang", "Japan", "Tokyo", "Tokyo"),
    ("Yoon Suk Yeol", "Presiden", "President", "Korea Selatan", "South Korea", "Seoul", "Seoul"),
]
MINISTERS = [
    ("Retno Marsudi", "Menteri Luar Negeri", "Foreign Minister", "Indonesia", "Indonesia"),
    ("Wang Yi", "Menteri Luar Negeri", "Foreign Minister", "China", "China"),
    ("Sergei Lavrov", "Menteri Luar Negeri", "Foreign Minister", "Rusia", "Russia"),
    ("Antony Blinken", "Menteri Luar Negeri", "Secretary of State", "Amerika Serikat", "the United States"),
    ("Penny Wong", "Menteri Luar Negeri", "Foreign Minister", "Australia", "Australia"),
    ("Dmytro Kuleba", "Menteri Luar Negeri", "Foreign Minister", "Ukraina", "Ukraine"),
    ("Subrahmanyam Jaishankar", "Menteri Luar Negeri", "External Affairs Minister", "India", "India"),
]
OUTLETS_ID = ["WARTAKITA.COM", "Kabar Nusantara", "Harian Contoh", "SUARADUNIA.ID"]
OUTLETS_EN = ["Example Wire", "Global Desk", "The Sample Post", "World Brief"]
BYLINES_ID = ["Redaksi", "Tim Redaksi", "Desk Internasional"]
BYLINES_EN = ["Staff reporter", "World desk", "Newsroom"]

MONTHS_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
             "September", "Oktober", "November", "Desember"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
DAYS_ID = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

TOPICS_ID = ["kerja sama ekonomi", "ketahanan pangan", "keamanan maritim", "transisi energi",
             "perdagangan bilateral", "situasi di kawasan", "investasi infrastruktur",
             "pendidikan dan kebudayaan"]
TOPICS_EN = ["economic cooperation", "food security", "maritime security", "the energy transition",
             "bilateral trade", "the regional situation", "infrastructure investment",
             "education and culture"]

NAV_ID = ["Beranda Nasional Internasional Ekonomi Olahraga Teknologi Hiburan Otomotif",
          "Home Berita Terkini Politik Hukum Dunia Bisnis Gaya Hidup Video Foto",
          "Nasional Megapolitan Internasional Ekonomi Bola Sport Tekno Sains Otomotif"]
NAV_EN = ["Home World Politics Business Technology Science Sport Culture Opinion",
          "News World Asia Europe Americas Africa Business Markets Video Podcasts"]
TAIL_ID = ["Bagikan artikel ini", "Komentar", "tulis komentar anda", "A A Pengaturan Font",
           "Wait 5 sec.", "(***)", "Top"]
TAIL_EN = ["Share this article", "Comments", "Sign up for our newsletter", "Advertisement",
           "Top"]


def fmt_date_id(d):
    return f"{d.day} {MONTHS_ID[d.month - 1]} {d.year}"


def fmt_date_en(d):
    return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"


def slash_date(d):
    return f"{d.day}/{d.month}/{d.year}"


class Article:
    """Builds one article; `rng` is the corpus generator's Random (shared, so order matters)."""

    def __init__(self, rng, index, lang):
        self.rng = rng
        self.index = index
        self.lang = lang
        base = datetime.date(2022, 1, 1)
        self.pub = base + datetime.timedelta(days=rng.randrange(0, 3 * 365))
        # Events happen on the publication day or a few days before it.
        self.event_day = self.pub - datetime.timedelta(days=rng.choice([0, 0, 1, 1, 2, 3]))
        a, b = rng.sample(LEADERS, 2)
        self.a, self.b = a, b
        self.m1, self.m2 = rng.sample(MINISTERS, 2)
        self.place_is_b = rng.random() < 0.7
        # The guest travels to the host's capital, where the meeting takes place.
        self.guest, self.host = (a, b) if self.place_is_b else (b, a)

    # -- date phrases -------------------------------------------------------------------------
    def when_id(self):
        d, r = self.event_day, self.rng.random()
        delta = (self.pub - d).days
        if r < 0.35:
            return f"pada {DAYS_ID[d.weekday()]} ({d.day}/{d.month}/{d.year})"
        if r < 0.6:
            return f"pada {fmt_date_id(d)}"
        if delta == 1 and r < 0.8:
            return "kemarin"
        if delta == 0 and r < 0.8:
            return "hari ini"
        return f"pada hari {DAYS_ID[d.weekday()]}"

    def when_en(self):
        d, r = self.event_day, self.rng.random()
        delta = (self.pub - d).days
        if r < 0.35:
            return f"on {fmt_date_en(d)}"
        if r < 0.55:
            return f"on {DAYS_EN[d.weekday()]}, {MONTHS_EN[d.month - 1]} {d.day}"
        if delta == 1 and r < 0.8:
            return "yesterday"
        if delta == 0 and r < 0.8:
            return "today"
        return f"on {DAYS_EN[d.weekday()]}"

    # -- sentences ----------------------------------------------------------------------------
    def body_id(self):
        rng, a, b, m1, m2 = self.rng, self.a, self.b, self.m1, self.m2
        g, h = self.guest, self.host
        place = h[5]
        topic = rng.choice(TOPICS_ID)
        pool = [
            f"{a[1]} {a[0]} bertemu {b[1]} {b[0]} di {place} {self.when_id()}.",
            f"Pertemuan {a[0]} dengan {b[0]} berlangsung selama sekitar dua jam.",
            f"Kedua pemimpin membahas {topic} serta {rng.choice(TOPICS_ID)}.",
            f"{g[0]} melakukan kunjungan kenegaraan ke {h[3]} atas undangan {h[0]}.",
            f"Dalam kunjungan itu, kedua negara menandatangani {rng.randint(2, 12)} nota kesepahaman.",
            f"\"Kami sepakat memperkuat {topic},\" kata {a[0]} kepada wartawan.",
            f"{b[0]} mengatakan hubungan {a[3]} dan {b[3]} terus berkembang.",
            f"{m1[1]} {m1[0]} juga bertemu {m2[1]} {m2[0]} {self.when_id()}.",
            f"{m1[0]} menyebut pertemuan itu produktif, kata juru bicara kementerian.",
            f"Sehari sebelumnya, {g[0]} tiba di {place} dan disambut upacara kenegaraan.",
            f"{g[0]} dijadwalkan mengunjungi {rng.choice(LEADERS)[3]} pekan depan.",
            f"Pemerintah {h[3]} menyambut baik rencana investasi senilai {rng.randint(1, 90)} miliar dolar AS.",
            f"Kedua pihak juga menyepakati pembentukan kelompok kerja bersama tentang {rng.choice(TOPICS_ID)}.",
            f"Menurut pernyataan bersama, {a[3]} dan {b[3]} akan menggelar pertemuan lanjutan tahun depan.",
            f"Para pengamat menilai kunjungan {g[0]} ke {place} memiliki arti penting bagi kawasan.",
        ]
        first = pool[0]
        rest = pool[1:]
        rng.shuffle(rest)
        return [first] + rest[: rng.randint(5, len(rest))]

    def body_en(self):
        rng, a, b, m1, m2 = self.rng, self.a, self.b, self.m1, self.m2
        g, h = self.guest, self.host
        place = h[6]
        topic = rng.choice(TOPICS_EN)
        pool = [
            f"{a[2]} {a[0]} met {b[2]} {b[0]} in {place} {self.when_en()}.",
            f"The meeting between {a[0]} and {b[0]} lasted about two hours.",
            f"The two leaders discussed {topic} and {rng.choice(TOPICS_EN)}.",
            f"{g[0]} visited {h[4]} at the invitation of {h[0]}.",
            f"During the visit the two countries signed {rng.randint(2, 12)} memoranda of understanding.",
            f"\"We agreed to strengthen {topic},\" {a[0]} told reporters.",
            f"{b[0]} said relations between {a[4]} and {b[4]} were growing stronger.",
            f"{m1[2]} {m1[0]} also met {m2[2]} {m2[0]} {self.when_en()}.",
            f"{m1[0]} called the talks productive, a ministry spokesperson said.",
            f"The day before, {g[0]} arrived in {place} to a ceremonial welcome.",
            f"{g[0]} is expected to visit {rng.choice(LEADERS)[4]} next week.",
            f"The government of {h[4]} welcomed investment pledges worth {rng.randint(1, 90)} billion dollars.",
            f"Both sides agreed to set up a joint working group on {rng.choice(TOPICS_EN)}.",
            f"According to a joint statement, {a[4]} and {b[4]} will hold follow-up talks next year.",
            f"Analysts said the trip by {g[0]} to {place} mattered for the wider region.",
        ]
        first = pool[0]
        rest = pool[1:]
        rng.shuffle(rest)
        return [first] + rest[: rng.randint(5, len(rest))]

    # -- assembly -----------------------------------------------------------------------------
    def build(self):
        rng, a, b = self.rng, self.a, self.b
        idn = self.lang == "id"
        body = self.body_id() if idn else self.body_en()
        place = self.host[5] if idn else self.host[6]
        hh, mm = rng.randrange(6, 23), rng.randrange(0, 60)
        if idn:
            title = f"{a[0]} Bertemu {b[0]} di {place}, Bahas {rng.choice(TOPICS_ID).title()}"
            stamp = f"{DAYS_ID[self.pub.weekday()]}, {fmt_date_id(self.pub)} - {hh:02d}:{mm:02d} WIB"
            outlet = rng.choice(OUTLETS_ID)
        else:
            title = f"{a[0]} meets {b[0]} in {place} for talks on {rng.choice(TOPICS_EN)}"
            stamp = f"{DAYS_EN[self.pub.weekday()]}, {fmt_date_en(self.pub)} - {hh:02d}:{mm:02d} GMT"
            outlet = rng.choice(OUTLETS_EN)

        lines = []
        if rng.random() < 0.6:
            lines.append(rng.choice(NAV_ID if idn else NAV_EN))
        lines.append(title)
        lines.append(stamp)
        # Group body sentences into paragraphs of 1-3 sentences.
        paras, i = [], 0
        while i < len(body):
            n = rng.randint(1, 3)
            paras.append(" ".join(body[i:i + n]))
            i += n
        dateline = place.upper() if rng.random() < 0.7 else outlet.upper()
        paras[0] = f"{dateline} - {paras[0]}"
        for k, p in enumerate(paras):
            lines.append(p)
            if k == 1 and rng.random() < 0.7:
                other = rng.choice(LEADERS)
                lines.append(f"Baca juga: {other[0]} Tanggapi Isu {rng.choice(TOPICS_ID).title()}"
                             if idn else f"Read more: {other[0]} responds on {rng.choice(TOPICS_EN)}")
        if rng.random() < 0.15:  # a paragraph repeated verbatim, as syndicated pages do
            lines.append(rng.choice(paras))
        if idn:
            lines.append(f"Editor: {rng.choice(BYLINES_ID)}")
        else:
            lines.append(f"By {rng.choice(BYLINES_EN)}")
        tail = TAIL_ID if idn else TAIL_EN
        lines.extend(rng.sample(tail, rng.randint(0, 3)))
        text = "\n\n".join(lines) + "\n"

        ident = f"bench_{self.index:06d}_{self.lang}"
        return {
            "id": ident,
            "title": title,
            "text": text,
            "url": f"https://example.org/{self.lang}/{self.pub.isoformat()}/{ident}",
            "source": outlet,
            "published": f"{self.pub.isoformat()}T{hh:02d}:{mm:02d}:00" + ("+07:00" if idn else "+00:00"),
            "language": self.lang,
        }


def generate(out, articles, seed, id_share):
    rng = random.Random(seed)
    total = 0
    for i in range(articles):
        lang = "id" if rng.random() < id_share else "en"
        row = Article(rng, i, lang).build()
        line = json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n"
        out.write(line)
        total += len(row["text"].encode("utf-8"))
    return total


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True, help="JSONL file to write ('-' for stdout)")
    ap.add_argument("--articles", type=int, default=2000, help="number of articles (default 2000)")
    ap.add_argument("--seed", type=int, default=42, help="RNG seed (default 42)")
    ap.add_argument("--id-share", type=float, default=0.6,
                    help="share of Indonesian articles, 0..1 (default 0.6)")
    args = ap.parse_args(argv)
    if args.articles < 0 or not 0.0 <= args.id_share <= 1.0:
        ap.error("--articles must be >= 0 and --id-share within 0..1")
    if args.out == "-":
        total = generate(sys.stdout, args.articles, args.seed, args.id_share)
    else:
        with open(args.out, "w", encoding="utf-8", newline="\n") as f:
            total = generate(f, args.articles, args.seed, args.id_share)
    print(f"gen_corpus: {args.articles} articles, {total} bytes of text -> {args.out}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
