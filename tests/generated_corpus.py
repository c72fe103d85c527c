"""A generated corpus folder for the pipeline tests: articles made of the course's sentences."""

from __future__ import annotations

import random
from pathlib import Path

import framelab

DATES = ["2021-12-01", "2022-03-01", "2022-02", "2023", "unknown"]


def write_generated_corpus(folder: Path, *, articles: int, seed: int, max_sentences: int = 40,
                           date_prefix_every: int = 0,
                           copies: tuple[tuple[str, str], ...] = ()) -> Path:
    """Write ``articles`` files ``a0000.txt`` ... into ``folder`` and return it.

    Each article is 5 to ``max_sentences`` random sentences of the course's articles in one
    language (every fourth Danish, the rest Dutch), three to a paragraph, with a random date.
    Also written: an empty file, the files ``copies`` names as (copy, original), every
    ``date_prefix_every``-th text with a date prefix that cleaning moves to the metadata, and a
    ``metadata.csv`` that leaves out the last article (its language is guessed).
    """
    corpus = framelab.load_corpus(quiet=True)
    sentences: dict[str, list[str]] = {"nl": [], "da": []}
    for text, language in zip(corpus["text"], corpus["language"], strict=True):
        sentences[language] += framelab.split_sentences(text, language)
    rng = random.Random(seed)
    lines = ["file,language,date"]
    for i in range(articles):
        language = "da" if i % 4 == 0 else "nl"
        picked = [rng.choice(sentences[language]) for _ in range(rng.randint(5, max_sentences))]
        text = "\n\n".join(" ".join(picked[j:j + 3]) for j in range(0, len(picked), 3))
        if date_prefix_every and i % date_prefix_every == 0:
            text = " date 2021-11 " + text
        (folder / f"a{i:04d}.txt").write_text(text, encoding="utf-8")
        lines.append(f"a{i:04d}.txt,{language},{rng.choice(DATES)}")
    for copy, original in copies:
        (folder / copy).write_bytes((folder / original).read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    (folder / "metadata.csv").write_text("\n".join(lines[:-1]) + "\n", encoding="utf-8")
    return folder
