#!/usr/bin/env python3
"""Fails when a tracked file of the repository repeats a run of words of the evaluation articles.

The brief forbids copying the text of ../shared (the seed articles and the development set) into
the repository: rules, lexicons, comments, tests and docs must use invented examples. This check
reads every article under SHARED/seeds and SHARED/eval/dev/texts, collects their runs of N words
(lower-cased, \\w+ words; default N = 7, long enough that plain phrases of the languages such as
"the end of the month" never trip it), and reports each line of a tracked file that contains one.

Not checked: the models (binary) and the gazetteer tables, whose lines are names of real
organisations and places (world knowledge that an article may spell out in full).

Usage: check_shared_text.py REPO SHARED [--n N]
Exit: 0 clean, 1 a line repeats an article, 2 bad arguments, 77 SHARED or git is missing (skip).
"""
import argparse
import os
import re
import subprocess
import sys

WORD = re.compile(r"\w+")
SKIP_PREFIXES = ("data/models/", "data/common/gazetteer/")


def words(text):
    return WORD.findall(text.lower())


def article_runs(shared, n):
    runs = set()
    for sub in ("seeds", os.path.join("eval", "dev", "texts")):
        root = os.path.join(shared, sub)
        for dirpath, _, names in os.walk(root):
            for name in names:
                with open(os.path.join(dirpath, name), encoding="utf-8", errors="replace") as f:
                    w = words(f.read())
                runs.update(tuple(w[i:i + n]) for i in range(len(w) - n + 1))
    return runs


def tracked_files(repo):
    out = subprocess.run(["git", "-C", repo, "ls-files", "-z"], capture_output=True, check=True)
    return [p for p in out.stdout.decode("utf-8").split("\0") if p and not p.startswith(SKIP_PREFIXES)]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("repo")
    ap.add_argument("shared")
    ap.add_argument("--n", type=int, default=7)
    a = ap.parse_args()
    if a.n < 3:
        ap.error("--n must be at least 3")
    if not os.path.isdir(os.path.join(a.shared, "seeds")):
        print(f"skip: {a.shared}/seeds not found")
        return 77
    try:
        files = tracked_files(a.repo)
    except (OSError, subprocess.CalledProcessError):
        print(f"skip: {a.repo} is not a git checkout")
        return 77
    runs = article_runs(a.shared, a.n)
    hits = 0
    for path in files:
        full = os.path.join(a.repo, path)
        if not os.path.isfile(full):
            continue
        with open(full, "rb") as f:
            data = f.read()
        if b"\0" in data:
            continue  # binary
        for lineno, line in enumerate(data.decode("utf-8", errors="replace").split("\n"), 1):
            w = words(line)
            for i in range(len(w) - a.n + 1):
                if tuple(w[i:i + a.n]) in runs:
                    print(f"{path}:{lineno}: repeats the articles' words \"{' '.join(w[i:i + a.n])}\"")
                    hits += 1
                    break
    print(f"{len(files)} files checked against runs of {a.n} words: {hits} line(s) repeat an article")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
