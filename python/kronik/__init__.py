"""kronik: dated event timelines and knowledge graphs from news articles (Indonesian, English).

    import kronik
    a = kronik.analyze("JAKARTA - Presiden Prabowo bertemu Xi Jinping ...", id="a1", url="https://...")
    a["events"][0]["cameo"]                       # the analysis of one document, as a dict
    report = kronik.build(["articles/"], "out")   # a store build, as `kronik build articles/ -o out`
    g = kronik.timeline_to_networkx("out/timeline.json")

Options every call takes as keywords: data_dir (lexicons; default as the command line),
latest_year (0 = this year), threads (0 = every core), svg (write graph.svg), keep_planned,
neo4j. Errors: ValueError for an option out of range, RuntimeError for anything else (the
message names the file or document). Calls release the GIL.
"""

import json

from . import _kronik

__version__ = _kronik.__version__
__all__ = ["analyze", "build", "extract", "merge", "remove", "timeline_to_networkx", "load_timeline"]


def _options(data_dir="", latest_year=0, threads=0, svg=True, keep_planned=False, neo4j=False):
    o = _kronik.Options()
    o.data_dir, o.latest_year, o.threads = str(data_dir), int(latest_year), int(threads)
    o.svg, o.keep_planned, o.neo4j = bool(svg), bool(keep_planned), bool(neo4j)
    return o


def _paths(paths):
    return [str(paths)] if isinstance(paths, (str, bytes)) or hasattr(paths, "__fspath__") else [str(p) for p in paths]


def analyze(text, id="document", url="", title="", source="", published="", language="", **options):
    """The analysis of one document as a dict (docs/store.md, "Analysis JSON"): info, sentences,
    times, mentions, entities, events with evidence, warnings."""
    line = _kronik.analyze(text, id, url, title, source, published, language, _options(**options))
    return json.loads(line)


def build(paths, out, store=True, **options):
    """`kronik build PATHS -o OUT`: with store=True (default) OUT/kronik.db keeps the analyses and
    only new or changed documents are analysed; store may also be a file name; store=False
    analyses everything and keeps nothing. Returns the run report as a dict."""
    use_store = store is not False
    store_path = "" if store in (True, False, None) else str(store)
    return _kronik.build(_paths(paths), str(out), store_path, use_store, _options(**options))


def extract(paths, **options):
    """The map of a split build: one analysis JSON line (bytes) per document of PATHS, and one
    per skipped input, in input order, as `kronik extract` writes them."""
    return _kronik.extract(_paths(paths), _options(**options))


def merge(analyses, out, **options):
    """The reduce: `kronik merge ANALYSES -o OUT` over files of analysis lines."""
    return _kronik.merge(_paths(analyses), str(out), _options(**options))


def remove(ids, out, store="", **options):
    """`kronik remove IDS -o OUT`: takes documents out of the store and rewrites the outputs."""
    return _kronik.remove([str(i) for i in ids], str(out), str(store or ""), _options(**options))


def load_timeline(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def timeline_to_networkx(path):
    """A timeline.json as a networkx.MultiDiGraph: one node per entity (its fields as attributes),
    one edge per event and actor -> target pair (key = event id; the event's fields as attributes,
    participants excepted). Events without both sides add no edge. Needs networkx."""
    import networkx

    t = load_timeline(path) if not isinstance(path, dict) else path
    g = networkx.MultiDiGraph(generator=t.get("generator"))
    for e in t.get("entities", []):
        g.add_node(e["id"], **{k: v for k, v in e.items() if k != "id"})
    for ev in t.get("events", []):
        parts = ev.get("participants", [])
        actors = [p["entity"] for p in parts if p["role"] == "actor"]
        targets = [p["entity"] for p in parts if p["role"] == "target"]
        attrs = {k: v for k, v in ev.items() if k not in ("participants", "evidence")}
        for a in actors:
            for b in targets:
                g.add_edge(a, b, key=ev["id"], **attrs)
    return g
