"""framelab.cache: what run-course's kernels share (the loaded corpus, its facts) on disk."""

import os

import pandas as pd
import pytest

import framelab
from framelab import cache
from tools import runcourse


def _folder(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("Rusland en de NAVO praten.\n\nLavrov zei niets.", encoding="utf-8")
    (folder / "b.txt").write_text("Ruslands buitenminister sprak in Genève.", encoding="utf-8")
    (folder / "metadata.csv").write_text("file,language,date\na.txt,nl,2022-01-01\n"
                                         "b.txt,nl,2022-03-01\n", encoding="utf-8")
    return folder


def _refuse(*args, **kwargs):
    raise AssertionError("worked out again instead of read from the cache")


def test_without_the_variable_nothing_is_cached(tmp_path, monkeypatch):
    monkeypatch.delenv(cache.ENV, raising=False)
    calls = []
    for _ in range(2):
        cache.cached("example", ("same",), lambda: calls.append(1))
    assert len(calls) == 2
    assert list(tmp_path.iterdir()) == []


def test_load_corpus_is_read_back_until_a_file_changes(tmp_path, monkeypatch):
    folder = _folder(tmp_path)
    monkeypatch.setenv(cache.ENV, str(tmp_path / "cache"))
    first = framelab.load_corpus(folder, quiet=True)
    assert len(list((tmp_path / "cache").glob("corpus-*.pickle"))) == 1
    monkeypatch.setattr(framelab.corpus, "_load", _refuse)
    again = framelab.load_corpus(folder, quiet=True)  # from the cache: _load is not called
    pd.testing.assert_frame_equal(again, first)
    assert again.attrs["report"] == first.attrs["report"]
    # another rule table is another result
    rules = framelab.cleaning_rules()
    with pytest.raises(AssertionError, match="worked out again"):
        framelab.load_corpus(folder, quiet=True, rules=rules[rules["rule"] != "repeated-body"])
    # a changed article (another size and time) is loaded afresh
    (folder / "b.txt").write_text("Ruslands buitenminister sprak lang in Genève.", encoding="utf-8")
    with pytest.raises(AssertionError, match="worked out again"):
        framelab.load_corpus(folder, quiet=True)


def test_the_report_is_printed_also_from_the_cache(tmp_path, monkeypatch, capsys):
    folder = _folder(tmp_path)
    (folder / "empty.txt").write_bytes(b"")
    monkeypatch.setenv(cache.ENV, str(tmp_path / "cache"))
    framelab.load_corpus(folder)
    printed = capsys.readouterr().out
    assert "empty.txt is empty" in printed
    framelab.load_corpus(folder)
    assert capsys.readouterr().out == printed


def test_course_facts_of_a_folder_are_read_back(tmp_path, monkeypatch):
    folder = _folder(tmp_path)
    monkeypatch.setenv(cache.ENV, str(tmp_path / "cache"))
    first = framelab.course_facts(folder)
    monkeypatch.setattr(framelab.facts, "_work_out", _refuse)
    assert framelab.course_facts(folder) == first
    (folder / "course.toml").write_text('speaker = "Lavrov"\n', encoding="utf-8")  # new facts
    with pytest.raises(AssertionError, match="worked out again"):
        framelab.course_facts(folder)


def test_a_broken_cache_file_is_worked_out_again(tmp_path, monkeypatch):
    monkeypatch.setenv(cache.ENV, str(tmp_path))
    assert cache.cached("example", ("a",), lambda: 1) == 1
    (written,) = tmp_path.glob("example-*.pickle")
    written.write_bytes(b"not a pickle")  # a kernel stopped half-way, another version
    assert cache.cached("example", ("a",), lambda: 2) == 2


def test_run_course_shares_a_cache_folder_and_deletes_it(monkeypatch):
    monkeypatch.delenv(cache.ENV, raising=False)
    with runcourse.shared_cache() as where:
        assert os.environ[cache.ENV] == str(where) and where.is_dir()
        (where / "corpus-x.pickle").write_bytes(b"x")
    assert not where.exists()
    assert cache.ENV not in os.environ


def test_quotes_of_the_same_table_are_read_back(tmp_path, monkeypatch):
    corpus = framelab.load_corpus(quiet=True)
    monkeypatch.setenv(cache.ENV, str(tmp_path))
    first = framelab.quotes(corpus)
    from framelab.sourcing import finder

    monkeypatch.setattr(finder, "_find_all", _refuse)
    pd.testing.assert_frame_equal(framelab.quotes(corpus.copy()), first)  # the same texts
    assert len(framelab.naming(corpus)) > 0  # naming finds its quotations there too
    changed = corpus.copy()
    changed.loc[0, "text"] = changed.loc[0, "text"] + "\n\n„Nee”, zei Lavrov."
    for other in ({"corpus": changed}, {"corpus": corpus, "actor_table": framelab.actors().head(5)}):
        with pytest.raises(AssertionError, match="worked out again"):
            framelab.quotes(**other)


def test_a_cached_load_with_the_kits_rules_reads_neither_rules_nor_files(tmp_path, monkeypatch):
    # The key of the kit's own rules is the kit (the cache knows its files): a corpus read back
    # needs neither the rules table nor a look into every file for news-database exports.
    # The result is the corpus loaded with the rules table passed, without the cache.
    folder = _folder(tmp_path)
    monkeypatch.delenv(cache.ENV, raising=False)
    plain = framelab.load_corpus(folder, quiet=True, rules=framelab.cleaning_rules())
    monkeypatch.setenv(cache.ENV, str(tmp_path / "cache"))
    first = framelab.load_corpus(folder, quiet=True)
    pd.testing.assert_frame_equal(first, plain)
    # (a corpus loaded with rules given also keeps them, for removal_log)
    assert first.attrs == {k: v for k, v in plain.attrs.items() if k != "cleaning_rules"}
    from framelab.imports import dispatch

    monkeypatch.setattr(framelab.corpus, "_as_rules", _refuse)
    monkeypatch.setattr(dispatch, "is_export_source", _refuse)
    pd.testing.assert_frame_equal(framelab.load_corpus(folder, quiet=True), plain)
    assert framelab.check_corpus(folder).empty  # its own look at the files, not the export check
    # an export put in the folder is seen: the folder's files changed
    (folder / "artikelen.csv").write_text("text\nRusland.\n", encoding="utf-8")
    with pytest.raises(AssertionError, match="worked out again"):
        framelab.load_corpus(folder, quiet=True)


def _own_cache(tmp_path, monkeypatch):
    """The user's cache folder in tmp_path (no FRAMELAB_CACHE set)."""
    monkeypatch.delenv(cache.ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "local"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setattr(cache.Path, "home", lambda: tmp_path / "home")
    return cache.user_folder()


def test_the_courses_own_corpus_is_cached_in_the_users_folder(tmp_path, monkeypatch):
    # every lesson loads the course's five articles: read back from the user's cache folder,
    # the same table as loaded without any cache (FRAMELAB_CACHE=off)
    monkeypatch.setenv(cache.ENV, "off")
    plain = framelab.load_corpus(quiet=True)
    where = _own_cache(tmp_path, monkeypatch)
    assert tmp_path in where.parents
    first = framelab.load_corpus(quiet=True)
    assert len(list(where.glob("corpus-*.pickle"))) == 1
    monkeypatch.setattr(framelab.corpus, "_load", _refuse)
    again = framelab.load_corpus(quiet=True)
    for table in (first, again):
        pd.testing.assert_frame_equal(table, plain)
        assert table.attrs == plain.attrs
    assert list(where.iterdir()) == list(where.glob("corpus-*.pickle"))
    # only the course's own articles: another folder is not cached there ...
    with pytest.raises(AssertionError, match="worked out again"):
        framelab.load_corpus(_folder(tmp_path), quiet=True)
    # ... and FRAMELAB_CACHE=off turns it off
    monkeypatch.setenv(cache.ENV, "off")
    with pytest.raises(AssertionError, match="worked out again"):
        framelab.load_corpus(quiet=True)


def test_the_users_folder_keeps_the_newest_results(tmp_path, monkeypatch):
    where = _own_cache(tmp_path, monkeypatch)
    where.mkdir(parents=True)
    for i in range(cache.KEEP_OWN + 3):
        old = where / f"corpus-old{i}.pickle"
        old.write_bytes(b"x")
        os.utime(old, ns=(i * 10**9, i * 10**9))
    (where / "facts-other.pickle").write_bytes(b"x")
    framelab.load_corpus(quiet=True)
    kept = sorted(p.name for p in where.glob("corpus-*.pickle"))
    assert len(kept) == cache.KEEP_OWN and "corpus-old0.pickle" not in kept
    assert f"corpus-old{cache.KEEP_OWN + 2}.pickle" in kept
    assert (where / "facts-other.pickle").exists()


def test_without_a_home_folder_nothing_is_cached(monkeypatch):
    def no_home():
        raise RuntimeError("Could not determine home directory")

    monkeypatch.delenv(cache.ENV, raising=False)
    monkeypatch.setattr(cache, "user_folder", no_home)
    assert cache.folder(kits_own=True) is None
    assert len(framelab.load_corpus(quiet=True)) == 5
