"""analyse_folder on a Dask cluster gives exactly the numbers of analyse_folder on this machine.

One local cluster (two worker processes, 127.0.0.1 only, no dashboard) serves every test of this
file; it is closed at the end. Skipped when Dask's distributed package is not installed.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pandas as pd
import pytest
from generated_corpus import write_generated_corpus

import framelab
from framelab import analyse_folder
from framelab.errors import ArgumentError
from framelab.pipeline import Results

distributed = pytest.importorskip("distributed")

CUT = "2022-02-24"


@pytest.fixture(scope="module")
def client() -> Iterator[distributed.Client]:
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  host="127.0.0.1", dashboard_address=None) as cluster, \
            distributed.Client(cluster) as dask_client:
        yield dask_client


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """400 articles of the course's sentences, Dutch and Danish, dated, with a duplicate of a
    file of another chunk, an empty file and a file that metadata.csv does not list."""
    return write_generated_corpus(tmp_path_factory.mktemp("generated-dask"), articles=400,
                                  seed=11, max_sentences=30, copies=(("a0399b.txt", "a0003.txt"),))


def _assert_same(got: Results, expected: Results) -> None:
    """Every table and count of two Results is the same (timings aside)."""
    assert got.counts == expected.counts
    assert got.period_counts == expected.period_counts
    assert got.period_sizes == expected.period_sizes
    assert got.notes == expected.notes
    for name in ("articles", "speakers", "sides", "keyness"):
        pd.testing.assert_frame_equal(getattr(got, name), getattr(expected, name))
    assert set(got.timings) == set(expected.timings)


@pytest.fixture(scope="module")
def on_one_core(generated: Path) -> Results:
    return analyse_folder(generated, workers=1, chunk_size=60, progress=False, event_date=CUT)


def test_the_bundled_corpus_on_dask_equals_one_process(client: distributed.Client) -> None:
    expected = analyse_folder(framelab.bundled_corpus_folder(), workers=1, progress=False,
                              event_date=CUT)
    got = analyse_folder(framelab.bundled_corpus_folder(), executor=client, progress=False,
                         event_date=CUT)
    _assert_same(got, expected)


@pytest.mark.parametrize("send_texts", [True, False])
def test_a_generated_folder_on_dask_equals_one_process(
        client: distributed.Client, generated: Path, on_one_core: Results,
        send_texts: bool) -> None:
    got = analyse_folder(generated, executor=client, send_texts=send_texts, chunk_size=60,
                         progress=False, event_date=CUT)
    _assert_same(got, on_one_core)
    assert len(got.articles) == 400
    assert any("a0399b.txt is an exact copy" in note for note in got.notes)


def test_the_client_executor_and_the_running_client_work_too(
        client: distributed.Client, generated: Path, on_one_core: Results) -> None:
    for executor in (client.get_executor(), "dask"):
        got = analyse_folder(generated, executor=executor, chunk_size=60, progress=False,
                             event_date=CUT)
        _assert_same(got, on_one_core)


def test_any_executor_and_the_process_pool_give_the_same_results(
        generated: Path, on_one_core: Results) -> None:
    with ThreadPoolExecutor(max_workers=2) as threads:
        got = analyse_folder(generated, executor=threads, chunk_size=60, progress=False,
                             event_date=CUT)
    _assert_same(got, on_one_core)
    _assert_same(analyse_folder(generated, workers=2, chunk_size=60, progress=False,
                                event_date=CUT), on_one_core)


def test_asking_for_dask_without_it_says_what_to_install(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed fails
    with pytest.raises(ArgumentError, match=r"pip install \"framelab\[scale\]\""):
        analyse_folder(framelab.bundled_corpus_folder(), executor="dask", progress=False)


def test_something_else_as_executor_is_a_clear_error() -> None:
    with pytest.raises(ArgumentError, match="executor='cluster' is not something"):
        analyse_folder(framelab.bundled_corpus_folder(), executor="cluster", progress=False)
