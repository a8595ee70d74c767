"""The map of a split build on a Dask cluster (docs/scale-out.md).

    from dask.distributed import Client, LocalCluster
    import kronik.dask
    if __name__ == "__main__":   # worker processes import the main module: guard the driver
        with LocalCluster(n_workers=4, threads_per_worker=1) as cluster, Client(cluster) as client:
            kronik.dask.build(client, sorted(glob.glob("shards/*.jsonl")), "out")

Each input file (a shard of the corpus) is one task: kronik.extract() on a worker gives its
analysis lines; the driver writes them in shard order and merges (kronik.merge). The result is
byte-identical to `kronik build` of the same shards on one machine: extraction is a pure
function of a document, the merge takes documents in id order, and copies across shards are
skipped as a build skips them (the first in shard order wins).
"""

import os
import tempfile

import kronik


def _extract_shard(path, options):
    return kronik.extract([path], **options)


def extract(client, shards, **options):
    """Analysis lines of every shard, computed on the cluster; a list per shard, in shard order."""
    futures = client.map(_extract_shard, list(shards), options=options, pure=False)
    return client.gather(futures)


def build(client, shards, out, workdir=None, **options):
    """Map on the cluster, reduce here: writes the outputs into OUT, byte-identical to those of
    `kronik build SHARDS -o OUT`. Returns the merge's report."""
    parts = extract(client, shards, **options)
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        files = []
        for i, lines in enumerate(parts):
            name = os.path.join(tmp, "part-%06d.analyses.jsonl" % i)
            with open(name, "wb") as f:
                for line in lines:
                    f.write(line)
                    f.write(b"\n")
            files.append(name)
        return kronik.merge(files, out, **options)
