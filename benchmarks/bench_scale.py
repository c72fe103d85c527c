"""Benchmark: the whole analysis (framelab.analyse_folder) on 1k, 10k and 100k articles.

Run it from this folder (it is not a test; pytest does not collect benchmarks/):

    cd benchmarks && ../.venv/bin/python bench_scale.py            # 1k, 10k and 100k
    cd benchmarks && ../.venv/bin/python bench_scale.py --sizes 1000 10000
    cd benchmarks && ../.venv/bin/python bench_scale.py --sizes 10000 --dask   # on a local Dask cluster
    cd benchmarks && ../.venv/bin/python bench_scale.py --sizes 2000 --build ../big  # keep a corpus

It builds corpus folders in a temporary folder from the seed sentences: the five cleaned course
articles split into sentences (framelab.split_sentences), sampled with a fixed random seed into
articles of about 500 tokens, Dutch (70%) and Danish (30%), in paragraphs of three sentences,
with a metadata.csv giving each article's language and a date between June 2021 and June 2023
(before or after 24 February 2022). Each size is then analysed in a fresh Python process, so
that the peak memory of one size is not the high-water mark of another:
``analyse_folder(folder, event_date="2022-02-24", progress=False)`` with every core.

It reports, per size: the wall time; the CPU time per step (read+clean, tokenise+count,
frames, quotes: CPU seconds of the workers, summed over them; merge+keyness: in the parent) and
of the whole run (user + system time of the analysing process and its workers, start-up
included: ``resource.getrusage``, not on Windows), which a machine shared with other programs
disturbs far less than the wall time; the seconds per 1,000 articles, which stay flat when
time grows linearly; and the peak memory
(``resource.getrusage`` ``ru_maxrss`` of the parent and of the largest worker process;
``tracemalloc`` would slow the run down several times). Parent + workers x largest worker is an
upper bound of the peak: forked workers share pages with the parent, and each counts them.

With ``--dask`` the same analysis runs on a local Dask cluster (one worker process per core, one
thread each, on 127.0.0.1; ``executor=client, send_texts=False``), to compare the cluster's
overhead with the process pool's; "largest worker" is then the largest Dask worker process.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))  # run from a checkout without installing

from machine import describe_machine  # noqa: E402 - benchmarks/machine.py, beside this script

import framelab  # noqa: E402
from framelab.pipeline import STEPS  # noqa: E402

SIZES = (1_000, 10_000, 100_000)
TARGET_SECONDS = 60  # on 100k articles, on a 2-core machine (issue 14)
TARGET_MB = 2048
TOKENS_PER_ARTICLE = 500
CUT = "2022-02-24"


def build_folder(folder: Path, size: int, *, seed: int = 2022) -> int:
    """Write ``size`` articles and a metadata.csv into ``folder``; return the number of tokens."""
    corpus = framelab.load_corpus(quiet=True)
    sentences: dict[str, list[tuple[str, int]]] = {"nl": [], "da": []}
    for text, language in zip(corpus["text"], corpus["language"], strict=True):
        for sentence in framelab.split_sentences(text, language):
            sentences[language].append((sentence, len(framelab.tokenize(sentence, language))))
    rng = random.Random(seed)
    first, days = time.mktime((2021, 6, 1, 12, 0, 0, 0, 0, -1)), 760
    folder.mkdir(parents=True, exist_ok=True)
    lines = ["id,file,language,date"]
    total = 0
    for i in range(size):
        language = "da" if rng.random() < 0.3 else "nl"
        picked, tokens = [], 0
        while tokens < TOKENS_PER_ARTICLE:
            sentence, n = rng.choice(sentences[language])
            picked.append(sentence)
            tokens += n
        total += tokens
        text = "\n\n".join(" ".join(picked[j:j + 3]) for j in range(0, len(picked), 3))
        name = f"{i:06d}.txt"
        (folder / name).write_text(text + "\n", encoding="utf-8")
        date = time.strftime("%Y-%m-%d", time.localtime(first + rng.randrange(days) * 86400))
        lines.append(f"{i:06d},{name},{language},{date}")
    (folder / "metadata.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return total


def analyse(folder: str, workers: int | None, *, dask: bool = False) -> dict[str, object]:
    """Analyse one folder in this process; the timings and the peak memory, as a dict."""
    if dask:
        from distributed import Client, LocalCluster

        with LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1,
                          processes=True, host="127.0.0.1", dashboard_address=None) as cluster, \
                Client(cluster) as client:
            results = framelab.analyse_folder(folder, executor=client, send_texts=False,
                                              progress=False, event_date=CUT)
    else:
        results = framelab.analyse_folder(folder, workers=workers, progress=False,
                                          event_date=CUT)
    own, children = peak_memory_mb()
    return {"timings": results.timings, "articles": len(results.articles),
            "tokens": sum(results.totals.values()), "parent_mb": own,
            "worker_mb": children, "workers": workers or os.cpu_count() or 1}


def peak_memory_mb() -> tuple[float, float]:
    """The peak memory of this process and of its largest child process, in MB.

    ``resource`` (macOS, Linux) has both; Windows has no ``resource``: there the process's
    own peak comes from GetProcessMemoryInfo and the children's is not known (NaN).
    """
    try:
        import resource
    except ImportError:
        return _windows_peak_mb(), math.nan
    scale = 1 if sys.platform == "darwin" else 1024  # bytes on macOS, kilobytes on Linux
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return own * scale / 2**20, children * scale / 2**20


def children_cpu() -> float:
    """User + system seconds of this process's finished child processes (NaN on Windows)."""
    try:
        import resource
    except ImportError:
        return math.nan
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _windows_peak_mb() -> float:
    try:
        import ctypes
        from ctypes import wintypes

        class Counters(ctypes.Structure):
            _fields_ = [("cb", wintypes.DWORD), ("PageFaultCount", wintypes.DWORD),
                        ("PeakWorkingSetSize", ctypes.c_size_t),
                        ("WorkingSetSize", ctypes.c_size_t),
                        ("QuotaPeakPagedPoolUsage", ctypes.c_size_t),
                        ("QuotaPagedPoolUsage", ctypes.c_size_t),
                        ("QuotaPeakNonPagedPoolUsage", ctypes.c_size_t),
                        ("QuotaNonPagedPoolUsage", ctypes.c_size_t),
                        ("PagefileUsage", ctypes.c_size_t),
                        ("PeakPagefileUsage", ctypes.c_size_t)]

        counters = Counters()
        counters.cb = ctypes.sizeof(Counters)
        process = ctypes.windll.kernel32.GetCurrentProcess()
        if not ctypes.windll.psapi.GetProcessMemoryInfo(process, ctypes.byref(counters),
                                                        counters.cb):
            return math.nan
        return counters.PeakWorkingSetSize / 2**20
    except (AttributeError, OSError, ImportError):  # not Windows after all
        return math.nan


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--dask", action="store_true",
                        help="run on a local Dask cluster instead of a process pool")
    parser.add_argument("--build", metavar="FOLDER", type=Path,
                        help="only build a corpus folder of each size in FOLDER (corpus-SIZE, "
                        "kept, with metadata.csv and a course.toml that splits at 24 February "
                        "2022), e.g. to try run-course or analyse_folder on a large corpus")
    parser.add_argument("--analyse", help=argparse.SUPPRESS)  # the fresh process of one size
    args = parser.parse_args()
    if args.analyse:
        print(json.dumps(analyse(args.analyse, args.workers, dask=args.dask)))
        return
    if args.build:
        for size in args.sizes:
            folder = args.build.expanduser().resolve() / f"corpus-{size}"
            if folder.exists():
                parser.error(f"{folder} exists already; give another FOLDER or delete it first.")
            tokens = build_folder(folder, size)
            # the articles' dates lie on both sides of the invasion, as the course's do: the
            # lessons split there, not at the middle date they would work out without it
            (folder / "course.toml").write_text(
                "# Made by bench_scale.py --build: the course's sentences mixed at random.\n"
                'title = "Test corpus: the course\'s sentences mixed at random"\n'
                'language = "nl"\nevent_date = "2022-02-24"\n'
                'event_label = "Russian invasion of Ukraine"\n', encoding="utf-8")
            print(f"Built {folder}: {size:,} articles, {tokens:,} tokens, with metadata.csv "
                  "and course.toml.")
        return
    print(describe_machine())
    rows = []
    with tempfile.TemporaryDirectory(prefix="framelab-scale-") as tmp:
        for size in args.sizes:
            folder = Path(tmp) / f"corpus-{size}"
            t0 = time.perf_counter()
            build_folder(folder, size)
            built = time.perf_counter() - t0
            command = [sys.executable, __file__, "--analyse", str(folder)]
            if args.workers:
                command += ["--workers", str(args.workers)]
            if args.dask:
                command.append("--dask")
            cpu0 = children_cpu()
            result = json.loads(subprocess.run(command, check=True, capture_output=True,
                                               text=True).stdout)
            result["size"], result["built"] = size, built
            result["cpu"] = children_cpu() - cpu0
            rows.append(result)
            timings = result["timings"]
            bound = result["parent_mb"] + result["workers"] * result["worker_mb"]
            print(f"\n{size:,} articles, {result['tokens']:,} tokens (folder built in "
                  f"{built:.1f} s), {result['workers']} workers"
                  f"{' (local Dask cluster)' if args.dask else ''}:")
            for step in STEPS:
                print(f"  {step:<15} {timings[step]:8.1f} s")
            print(f"  {'wall':<15} {timings['wall']:8.1f} s  "
                  f"({timings['wall'] / size * 1000:.2f} s per 1,000 articles)")
            print(f"  {'CPU, all':<15} {result['cpu']:8.1f} s  "
                  f"({result['cpu'] / size * 1000:.2f} ms per article)")
            print(f"  peak memory: parent {result['parent_mb']:.0f} MB, largest worker "
                  f"{result['worker_mb']:.0f} MB, at most {bound:.0f} MB together")
            shutil.rmtree(folder)
    print("\n| articles | tokens | wall | CPU, all | read+clean | tokenise+count | frames | "
          "quotes | merge+keyness | s per 1k articles | peak MB (parent + workers x worker) |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        t = r["timings"]
        bound = r["parent_mb"] + r["workers"] * r["worker_mb"]
        print(f"| {r['size']:,} | {r['tokens'] / 1e6:.1f} M | {t['wall']:.1f} s | "
              f"{r['cpu']:.1f} s | "
              + " | ".join(f"{t[step]:.1f} s" for step in STEPS)
              + f" | {t['wall'] / r['size'] * 1000:.2f} | {bound:.0f} "
              f"({r['parent_mb']:.0f} + {r['workers']} x {r['worker_mb']:.0f}) |")
    if len(rows) >= 2:
        a, b = rows[-2], rows[-1]
        exponent = (math.log(b["timings"]["wall"] / a["timings"]["wall"])
                    / math.log(b["size"] / a["size"]))
        print(f"\nGrowth from {a['size']:,} to {b['size']:,} articles: time ~ n^{exponent:.2f} "
              "(1.00 = linear)")
    last = rows[-1]
    if last["size"] >= 100_000:
        bound = last["parent_mb"] + last["workers"] * last["worker_mb"]
        print(f"Target on 100k articles: at most {TARGET_SECONDS} s -> "
              f"{'met' if last['timings']['wall'] <= TARGET_SECONDS else 'NOT met'} "
              f"({last['timings']['wall']:.0f} s); under {TARGET_MB} MB -> "
              f"{'met' if bound < TARGET_MB else 'NOT met'} ({bound:.0f} MB).")


if __name__ == "__main__":
    main()
