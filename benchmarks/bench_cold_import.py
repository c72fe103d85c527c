"""Benchmark: a cold ``import framelab``, reading the corpus, and the first tokenised sentence,
with and without scikit-learn installed.

Run it from the repository's folder (it is not a test; pytest does not collect benchmarks/):

    .venv/bin/python benchmarks/bench_cold_import.py [--runs 5] [--sklearn DIR]

Each run is a fresh Python (``python -c``), which times, from the start of its process
(``time.process_time``: CPU seconds of the process; wall-clock from the benchmark's start
of the process, ``time.time``):

- **python**: the interpreter's own start, up to the first line of the script;
- **import framelab**: the kit's lazy package (PEP 562: pandas, NLTK, matplotlib and simplemma
  are imported when a function first needs them);
- **load_corpus()**: reading and cleaning the course's five articles (pandas; no NLTK);
- **first tokenised sentence**: ``tokenize(split_sentences(text, "nl")[0], "nl")``, the first
  use of NLTK (Punkt and the ``RegexpTokenizer``).

The times are cumulative from the process's start; the median of ``--runs`` runs per case, the
two cases taking turns. The case **with scikit-learn** uses the environment's own scikit-learn
if it has one, else the folder ``--sklearn DIR`` (e.g. made with ``pip install --target DIR
scikit-learn``; it is put at the end of ``sys.path``, so the environment's numpy stays first).
The case **without** is the environment as it is; if it has scikit-learn, the benchmark hides
it from that child (an import hook in the benchmark's child only, never in the kit).

Why the kit cannot avoid NLTK's import of scikit-learn (checked in nltk 3.8 to 3.10): NLTK's
``nltk/__init__.py`` imports all its subpackages, among them ``nltk.classify`` (whose
``scikitlearn`` module runs ``from sklearn.feature_extraction import DictVectorizer`` inside
``try: ... except ImportError``) and ``nltk.parse`` (``transitionparser`` imports numpy, scipy
and scikit-learn the same way). Python runs a package's ``__init__`` before any of its modules,
so ``from nltk.tokenize.punkt import PunktSentenceTokenizer`` runs all of that too. NLTK has no
setting to skip it. The only ways around would be to patch the import system (``sys.modules``
or an import hook that hides scikit-learn while NLTK loads, which would also break NLTK's own
``SklearnClassifier`` for a student who wants it) or to copy NLTK's code into the kit; the kit
does neither. What it does: ``import framelab`` and reading and cleaning a corpus
(``load_corpus``, ``removal_log``, ``count_words``, ``stopwords``, the plots of lessons 01 and
02) import no NLTK at all (``tests/test_cold_import.py``), so only the first function that
needs NLTK (splitting sentences, tokenising, stems, collocations) pays for it, once per kernel.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from machine import describe_machine  # noqa: E402 - benchmarks/machine.py, beside this script

CHILD = r"""
import sys, time, json
start_cpu, start_wall = time.process_time(), time.time()
mode, extra, launched = sys.argv[1], sys.argv[2], float(sys.argv[3])
if extra:
    sys.path.append(extra)
if mode == "without":
    import importlib.abc

    class Hide(importlib.abc.MetaPathFinder):  # the benchmark's child only: no scikit-learn
        def find_spec(self, name, path=None, target=None):
            if name == "sklearn" or name.startswith("sklearn."):
                raise ModuleNotFoundError(f"No module named {name!r}")
            return None

    sys.meta_path.insert(0, Hide())
stages = [("python", start_cpu, start_wall - launched)]

def stage(name):
    stages.append((name, time.process_time(), time.time() - launched))

import framelab
stage("import framelab")
corpus = framelab.load_corpus(quiet=True)
stage("load_corpus()")
text = corpus.loc[corpus["language"] == "nl", "text"].iloc[0]
tokens = framelab.tokenize(framelab.split_sentences(text, "nl")[0], "nl")
stage("first tokenised sentence")
print(json.dumps({"stages": stages, "sklearn": "sklearn" in sys.modules, "tokens": len(tokens)}))
"""


def run_child(mode: str, extra: str) -> dict:
    done = subprocess.run([sys.executable, "-c", CHILD, mode, extra, repr(time.time())],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    if done.returncode != 0:
        raise SystemExit(f"The {mode} run failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per case (default: 5)")
    parser.add_argument("--sklearn", type=Path, metavar="DIR",
                        help="a folder holding scikit-learn (pip install --target DIR "
                        "scikit-learn), for the case with scikit-learn")
    args = parser.parse_args(argv)
    own = importlib.util.find_spec("sklearn") is not None
    cases = {"without": ""}
    if own:
        cases["with"] = ""
    elif args.sklearn:
        cases["with"] = str(args.sklearn.resolve())
    results: dict[str, list[dict]] = {case: [] for case in cases}
    for _ in range(args.runs):
        for case, extra in cases.items():
            results[case].append(run_child(case, extra))
    for case, runs in results.items():
        wanted = case == "with"
        if any(run["sklearn"] != wanted for run in runs):
            raise SystemExit(f"The case {case} scikit-learn did not get what it asked for.")

    load = os.getloadavg() if hasattr(os, "getloadavg") else (float("nan"),) * 3
    print(describe_machine(f"load average {load[0]:.2f}, {load[1]:.2f}, {load[2]:.2f}"))
    print(f"Fresh Python per run, median of {args.runs}; seconds from the process's start, "
          "cumulative (CPU of the process / wall-clock).\n")
    names = [name for name, _, _ in results["without"][0]["stages"]]
    header = f"{'':28}" + "".join(f"{case + ' scikit-learn':>24}" for case in results)
    print(header)
    for i, name in enumerate(names):
        cells = []
        for runs in results.values():
            cpu = statistics.median(run["stages"][i][1] for run in runs)
            wall = statistics.median(run["stages"][i][2] for run in runs)
            cells.append(f"{cpu:>11.3f} / {wall:<8.3f}")
        print(f"{name:28}" + "".join(f"{cell:>24}" for cell in cells))
    if "with" not in results:
        print("\nNo scikit-learn here: pass --sklearn DIR (pip install --target DIR "
              "scikit-learn) for the case with it.")
    else:
        step = [statistics.median(r["stages"][3][1] - r["stages"][2][1] for r in runs)
                for runs in results.values()]
        print(f"\nThe first tokenised sentence (NLTK's first import) costs {step[0]:.2f} s of "
              f"CPU without scikit-learn and {step[1]:.2f} s with it; import framelab and "
              "load_corpus() do not import NLTK.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
