#!/usr/bin/env python3
"""Smoke test of bench/gen_realistic.py (ctest bench_gen_realistic, label bench; no timing).

Generates 20 articles from the repository's examples/ twice and checks that every line is a JSON
object with a unique string id and a non-empty text, and that both runs wrote the same bytes.

Usage: check_gen_realistic.py WORK_DIR   (a folder outside the source tree, e.g. in build/)
"""
import json
import os
import subprocess
import sys

BENCH = os.path.dirname(os.path.abspath(__file__))
EXAMPLES = os.path.join(os.path.dirname(BENCH), "examples")


def generate(out):
    subprocess.run([sys.executable, os.path.join(BENCH, "gen_realistic.py"), "--out", out,
                    "--articles", "20", "--seed", "7", EXAMPLES], check=True)
    with open(out, "rb") as f:
        return f.read()


def check_documents(data):
    ids = set()
    lines = data.decode("utf-8").splitlines()
    assert len(lines) == 20, "expected 20 lines, got %d" % len(lines)
    for n, line in enumerate(lines, 1):
        doc = json.loads(line)
        assert isinstance(doc, dict), "line %d is not an object" % n
        assert isinstance(doc.get("id"), str) and doc["id"] not in ids, "line %d: missing or repeated id" % n
        assert isinstance(doc.get("text"), str) and doc["text"].strip(), "line %d: empty text" % n
        assert set(doc) <= {"id", "url", "text", "published", "language"}, "line %d: unexpected field" % n
        ids.add(doc["id"])


def main(work):
    os.makedirs(work, exist_ok=True)
    first = generate(os.path.join(work, "a.jsonl"))
    second = generate(os.path.join(work, "b.jsonl"))
    check_documents(first)
    assert first == second, "two runs with the same arguments differ"
    print("gen_realistic: 20 articles, unique ids, identical on a second run")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
