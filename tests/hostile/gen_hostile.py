#!/usr/bin/env python3
"""Writes hostile inputs for the hostile-input suite and bench/hostile_docs.sh.

usage: gen_hostile.py KIND OUT [N]
  long-article  N sentences of ordinary-looking news text (Indonesian and English mixed by paragraph)
  nested-div    N nested <div> elements around a short article
  div-body      "<div><body>" repeated N times (one parse error per repeat)
  nested-article N nested <article> elements, each with a sentence
  jsonl         N JSON lines, one short article each

Everything is generated from templates written for this script: no real article text.
"""
import json
import sys

PEOPLE = ["Presiden Joko Widodo", "Menteri Luar Negeri Retno Marsudi", "Perdana Menteri Jepang Fumio Kishida",
          "Presiden China Xi Jinping", "Menteri Perdagangan Budi Santoso", "Gubernur Siti Rahmawati",
          "Presiden Amerika Serikat Joe Biden", "Perdana Menteri Australia Anthony Albanese"]
PLACES = ["Jakarta", "Surabaya", "Bandung", "Tokyo", "Canberra", "Singapura", "Beijing", "Washington"]
ORGS = ["Kementerian Perdagangan", "Bank Indonesia", "Komisi Pemilihan Umum", "ASEAN", "Perserikatan Bangsa-Bangsa"]
MONTHS_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
             "Oktober", "November", "Desember"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
TEMPLATES_ID = [
    "{p} bertemu {q} di {c} pada {d} {m} {y} untuk membahas {n} proyek kerja sama.",
    "Menurut {o}, harga beras di {c} naik {n} persen dibandingkan bulan lalu.",
    "\"Kami akan terus memantau {n} kasus ini,\" kata {p} kepada wartawan di {c}.",
    "{o} mengumumkan program baru senilai Rp {n} miliar pada {d} {m} {y}.",
    "Sebanyak {n} warga {c} mengikuti kegiatan tersebut sejak pagi hari.",
    "{p} mengunjungi {c} pekan lalu dan menandatangani {n} nota kesepahaman dengan {q}.",
    "{p} menuduh {q} melanggar {n} butir kesepakatan yang dibuat di {c}.",
    "Ia mengatakan pemerintah telah menyiapkan {n} langkah untuk warga {c}.",
    "Menurut dia, pertemuan kemarin berjalan lancar dan membahas {n} isu.",
    "Mereka sepakat bertemu lagi di {c} bulan depan.",
]
TEMPLATES_EN = [
    "{p} met {q} in {c} on {m} {d}, {y} to discuss {n} trade projects.",
    "According to {o}, rice prices in {c} rose {n} percent from the previous month.",
    "\"We will keep watching these {n} cases closely,\" {p} told reporters in {c}.",
    "{p} visited {c} last week and signed {n} agreements with {q}.",
    "About {n} residents of {c} joined the event on {m} {d}.",
    "He said the government had prepared {n} measures for {c}.",
    "She told reporters on Monday that the talks covered {n} issues.",
]
PEOPLE_EN = ["President Joko Widodo", "Foreign Minister Retno Marsudi", "Japanese Prime Minister Fumio Kishida",
             "Chinese President Xi Jinping", "Trade Minister Budi Santoso", "Governor Siti Rahmawati",
             "US President Joe Biden", "Australian Prime Minister Anthony Albanese"]


FIRST = ["Budi", "Siti", "Ahmad", "Dewi", "Agus", "Rina", "Hendra", "Wulan", "Joko", "Sri", "Bambang", "Yuni",
         "Eko", "Ratna", "Dedi", "Lina", "Rudi", "Maya", "Andi", "Tuti"]
LAST = ["Santoso", "Rahmawati", "Fauzi", "Lestari", "Wijaya", "Susanto", "Hartono", "Kusuma", "Pratama", "Saputra",
        "Nugroho", "Setiawan", "Hidayat", "Permana", "Gunawan", "Siregar", "Nasution", "Harahap", "Simanjuntak", "Tanjung"]
ROLES = ["Menteri", "Gubernur", "Bupati", "Wali Kota", "Kepala Dinas", "Ketua DPRD", "Juru bicara"]


def person(i, k):
    """A titled person; distinct names grow with the text, as in a long real article."""
    j = i * 3 + k
    return "%s %s %s" % (ROLES[j % len(ROLES)], FIRST[j % len(FIRST)], LAST[(j // len(FIRST)) % len(LAST)])


def sentence(i):
    pick = lambda xs, k=0: xs[(i * 7 + k * 13 + i // len(xs)) % len(xs)]
    indonesian = (i // 8) % 3 != 2
    t = pick(TEMPLATES_ID if indonesian else TEMPLATES_EN)
    month = (i % 12)
    people = PEOPLE if indonesian else PEOPLE_EN
    p, q = (person(i, 0), person(i, 1)) if i % 3 == 1 else (pick(people), pick(people, 1))
    return t.format(p=p, q=q, c=pick(PLACES, 2), o=pick(ORGS, 3), n=i + 10,
                    d=i % 28 + 1, m=(MONTHS_ID if indonesian else MONTHS_EN)[month], y=2015 + i % 10)


def long_article(n):
    out = ["Laporan panjang tentang ekonomi daerah", "", "JAKARTA, 3 Maret 2024 - " + sentence(0)]
    para = []
    for i in range(1, n):
        para.append(sentence(i))
        if len(para) == 5:
            out.append(" ".join(para))
            out.append("")
            para = []
    if para:
        out.append(" ".join(para))
    return "\n".join(out) + "\n"


ARTICLE = "<p>" + sentence(0) + "</p>"


def main():
    kind, path = sys.argv[1], sys.argv[2]
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 1000
    if kind == "long-article":
        text = long_article(n)
    elif kind == "nested-div":
        text = "<html><body>" + "<div>" * n + ARTICLE + "</div>" * n + "</body></html>\n"
    elif kind == "div-body":
        text = "<html><body>" + ARTICLE + "<div><body>" * n + "</html>\n"
    elif kind == "nested-article":
        text = "<html><body>" + "".join("<article><p>%s</p>" % sentence(i) for i in range(n)) + \
               "</article>" * n + "</body></html>\n"
    elif kind == "jsonl":
        text = "".join(json.dumps({"id": "doc%05d" % i, "text": sentence(i)}) + "\n" for i in range(n))
    else:
        sys.exit("unknown kind " + kind)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
