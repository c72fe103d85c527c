"""Benchmark: who speaks and what belongs to the article, on the real pages of tests/realpages/.

Run it from the repository's folder (it is not a test; pytest does not collect benchmarks/):

    .venv/bin/python benchmarks/bench_sourcing.py            # per language and overall
    .venv/bin/python benchmarks/bench_sourcing.py --pages    # and a table per page
    .venv/bin/python benchmarks/bench_sourcing.py --known-failing   # the failing case ids
    .venv/bin/python benchmarks/bench_sourcing.py --why      # each failing case, and why
    .venv/bin/python benchmarks/bench_sourcing.py --extra    # the kit's non-quotations
    .venv/bin/python benchmarks/bench_sourcing.py --by-rule  # speakers right per rule
    .venv/bin/python benchmarks/bench_sourcing.py --folder tests/realpages_check   # the check set
    .venv/bin/python benchmarks/bench_sourcing.py --folder tests/realpages_check2  # released
    .venv/bin/python benchmarks/bench_sourcing.py --folder tests/realpages_check3  # released
    .venv/bin/python benchmarks/bench_sourcing.py --folder tests/realpages_check4  # released
    .venv/bin/python benchmarks/bench_sourcing.py --folder tests/realpages_check5  # held out

It reads the development set (pages, metadata.csv, the hand-made gold.json; see
tests/realpages/README.md), or with ``--folder`` another set in the same format: the check set
``tests/realpages_check/`` holds pages of the same outlets that the rules were not written on
(its README.md; rules must not be tuned to it); ``tests/realpages_check2/`` is a second check
set, built after the first had been read by rule writers, held out until session 6 and since
released to rule writers (its figures no longer measure honestly); ``tests/realpages_check3/``
is the third, built in session 6, held out until session 7 and since released likewise;
``tests/realpages_check4/`` is the fourth, built in session 7, held out until session 8 and
since released likewise; ``tests/realpages_check5/`` is the fifth, built in session 8 and held
out (nobody writing rules reads its pages, gold or failures: on it use only the totals, or
``--by-rule``, never ``--why``, ``--extra`` or ``--pages``). It measures the kit exactly as tests/test_realpages.py checks it,
with the same functions:

- **quotations found**: gold quotations that a row of ``framelab.quotes`` on the cleaned page
  starts with (recall);
- **speakers right**: found gold quotations whose speaker is the gold speaker, where "right"
  means no speaker when the gold says "" (of the found ones, and of all gold quotations);
- **not quotations**: the kit's quotations that are no gold quotation (titles, terms,
  apostrophes, pieces of a quotation cut in two ...), with how many quotations the kit found;
- **boilerplate removed**: gold boilerplate lines that ``framelab.clean_text`` removes;
- **article lines kept**: gold article lines that survive cleaning unchanged;
- **sentence cases right** (``framelab.split_sentences``) and **apostrophes not taken for
  quotation marks**.

The figures are counts of hand-checked cases, not timings: they do not depend on the machine.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests import test_realpages as realpages  # noqa: E402  (the set and its checks)

KINDS = ("quote", "speaker", "boilerplate", "keep", "sentence", "apostrophe")


def _share(right: int, total: int) -> str:
    return f"{right}/{total} ({100 * right / total:.0f}%)" if total else "-"


def results(folder: Path = realpages.FOLDER) -> list[tuple[realpages.Case, bool]]:
    """Every case of the set in ``folder`` with whether the kit gets it right."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return [(case, realpages.check(case)[0]) for case in realpages.cases(folder=folder)]


def summary(done: list[tuple[realpages.Case, bool]], pages: list[realpages.Page]) -> dict:
    """The figures for a group of pages."""
    files = {page.file for page in pages}
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for case, ok in done:
        if case.page.file in files:
            tally[case.kind][0] += ok
            tally[case.kind][1] += 1
    found_total = sum(len(realpages.found_quotes(f)) for f in files)
    extra = sum(len(realpages.not_quotations(f)) for f in files)
    quote_right, quotes = tally["quote"]
    speaker_right = tally["speaker"][0]
    return {
        "pages": len(files),
        "quotations found": _share(quote_right, quotes),
        "speakers right (of found)": _share(speaker_right, quote_right),
        "speakers right (of all)": _share(speaker_right, quotes),
        "not quotations (of kit's quotes)": f"{extra} of {found_total}",
        "boilerplate removed": _share(*tally["boilerplate"]),
        "article lines kept": _share(*tally["keep"]),
        "sentence cases right": _share(*tally["sentence"]),
        "apostrophes not quotes": _share(*tally["apostrophe"]),
    }


def by_rule(done: list[tuple[realpages.Case, bool]]) -> dict[tuple[str, str], list[int]]:
    """Speakers right and wrong per (language, attribution rule) of the found quotations.

    Wrong ones are split by what went wrong: ``named none`` (the text names a speaker, the kit
    gives none), ``named one`` (the text names nobody, the kit names someone) and ``other``
    (both name someone, not the same). Only totals: nothing of a page's text, so the figures of
    a held-out set can be read without tuning rules to its lines.
    """
    table: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for case, ok in done:
        if case.kind != "speaker":
            continue
        row = realpages.matches(case.page.file)[case.page.gold["quotes"].index(case.value)]
        if row is None:
            continue
        found = realpages.found_quotes(case.page.file).loc[row]
        cell = table[case.page.language, str(found["attribution"])]
        if ok:
            cell[0] += 1
        elif not found["speaker"]:
            cell[1] += 1
        elif not case.value["speaker"]:
            cell[2] += 1
        else:
            cell[3] += 1
    return table


def print_by_rule(done: list[tuple[realpages.Case, bool]]) -> None:
    """Print :func:`by_rule` as a table, most used rules first."""
    table = by_rule(done)
    print(f"{'lang':4} {'rule':32} {'right':>5} {'named none':>10} {'named one':>9} {'other':>5}")
    for (language, rule), (right, none, one, other) in sorted(
            table.items(), key=lambda item: (item[0][0], -sum(item[1]))):
        print(f"{language:4} {rule:32} {right:>5} {none:>10} {one:>9} {other:>5}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", action="store_true", help="also print a table per page")
    parser.add_argument("--known-failing", action="store_true",
                        help="print the ids of the failing cases, for KNOWN_FAILING")
    parser.add_argument("--why", action="store_true",
                        help="print each failing case with what the kit did")
    parser.add_argument("--extra", action="store_true",
                        help="print the kit's quotations that are no gold quotation")
    parser.add_argument("--by-rule", action="store_true",
                        help="count right and wrong speakers per attribution rule (totals "
                             "only, no page text: fit for a held-out set)")
    parser.add_argument("--folder", type=Path, default=realpages.FOLDER,
                        help="the set of pages to measure (default: the development set, "
                             "tests/realpages; the check sets are tests/realpages_check, "
                             "tests/realpages_check2, tests/realpages_check3, "
                             "tests/realpages_check4 and tests/realpages_check5, the last "
                             "held out: totals only)")
    args = parser.parse_args(argv)
    folder = args.folder.resolve()
    if not folder.is_dir() and not args.folder.is_absolute():
        folder = (ROOT / args.folder).resolve()  # tests/realpages_check from another folder
    if not (folder / "gold.json").is_file() or not (folder / "metadata.csv").is_file():
        parser.error(f"{args.folder} holds no set of pages: it needs metadata.csv and gold.json "
                     "in the format of tests/realpages/ (see its README.md)")
    done = results(folder)
    if args.why:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for case, ok in done:
                if not ok:
                    print(f"{case.id}\n    {realpages.check(case)[1][:300]}")
        return
    if args.extra:
        for page in realpages.pages(folder):
            for row in realpages.not_quotations(page.file).itertuples():
                print(f"{page.stem}: {row.quote[:70]!r} (speaker {row.speaker!r})")
        return
    if args.by_rule:
        print_by_rule(done)
        return
    if args.known_failing:
        failing = sorted(case.id for case, ok in done if not ok)
        print("KNOWN_FAILING: frozenset[str] = frozenset({")
        for case_id in failing:
            print(f"    {case_id!r},")
        print("})")
        return
    pages = list(realpages.pages(folder))
    groups = {"nl": [p for p in pages if p.language == "nl"],
              "da": [p for p in pages if p.language == "da"], "all": pages}
    table = {name: summary(done, group) for name, group in groups.items()}
    width = max(len(key) for key in table["all"])
    print(f"{'':{width}}  " + "  ".join(f"{name:>16}" for name in table))
    for key in table["all"]:
        print(f"{key:{width}}  " + "  ".join(f"{str(table[n][key]):>16}" for n in table))
    if args.pages:
        print()
        header = ("page", "lang", "quotes", "found", "speaker", "extra", "boiler", "kept")
        print("{:44} {:>4} {:>6} {:>6} {:>7} {:>5} {:>6} {:>5}".format(*header))
        for page in pages:
            mine = [(c, ok) for c, ok in done if c.page.file == page.file]

            def count(kind: str, mine=mine) -> str:
                items = [ok for c, ok in mine if c.kind == kind]
                return f"{sum(items)}/{len(items)}" if items else "-"

            print("{:44} {:>4} {:>6} {:>6} {:>7} {:>5} {:>6} {:>5}".format(
                page.stem[:44], page.language, len(page.gold["quotes"]), count("quote"),
                count("speaker"), len(realpages.not_quotations(page.file)),
                count("boilerplate"), count("keep")))


if __name__ == "__main__":
    main()
