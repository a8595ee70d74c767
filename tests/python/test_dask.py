"""The Dask recipe (docs/scale-out.md): a LocalCluster of several worker processes extracts the
shards of a JSONL corpus, the driver merges; the outputs equal `kronik build` of the shards on
one machine, byte for byte."""
import filecmp
import os
import subprocess
import sys
import tempfile

try:
    from dask.distributed import Client, LocalCluster
except ImportError:
    print("skip: no dask.distributed (Debian: python3-distributed)")
    sys.exit(77)

import kronik
import kronik.dask

def main():
    src = os.environ["KRONIK_SOURCE_DIR"]
    opts = dict(svg=False, threads=1, latest_year=2025)

    with tempfile.TemporaryDirectory() as tmp:
        corpus = os.path.join(tmp, "corpus.jsonl")
        subprocess.run([sys.executable, os.path.join(src, "bench", "gen_corpus.py"), "--out", corpus,
                        "--articles", "240", "--seed", "7"], check=True, stdout=subprocess.DEVNULL)
        shards_dir = os.path.join(tmp, "shards")
        os.mkdir(shards_dir)
        with open(corpus, "rb") as f:
            lines = f.readlines()
        lines += lines[:5]  # copies in a later shard: skipped as a build skips them
        per = 50
        shards = []
        for i in range(0, len(lines), per):
            name = os.path.join(shards_dir, "part-%04d.jsonl" % (i // per))
            with open(name, "wb") as f:
                f.writelines(lines[i:i + per])
            shards.append(name)

        single = os.path.join(tmp, "single")
        kronik.build([shards_dir], single, **opts)

        distributed = os.path.join(tmp, "distributed")
        with LocalCluster(n_workers=3, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
                Client(cluster) as client:
            report = kronik.dask.build(client, sorted(shards), distributed, **opts)
        print("merged:", report)
        for name in ("timeline.json", "graph.dot", "graph.graphml"):
            if not filecmp.cmp(os.path.join(single, name), os.path.join(distributed, name), shallow=False):
                sys.exit("FAIL: %s differs between the Dask build and the single-process build" % name)
            print("ok: same", name)
        if report["documents_skipped"] < 5:
            sys.exit("FAIL: the copies were not skipped: %s" % report)
    print("ok")


# Dask starts its worker processes by "spawn": they import this file, which must not run again.
if __name__ == "__main__":
    main()
