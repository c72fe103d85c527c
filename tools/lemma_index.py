"""Write the kit's index of simplemma's Dutch and Danish dictionaries again.

    .venv/bin/python -m tools.lemma_index

Run it after a new simplemma version (tests/test_wordlists.py says when): it writes
``src/framelab/data/lemma_index_nl.bin`` and ``..._da.bin`` from the installed simplemma's
``data/nl.plzma`` and ``data/da.plzma`` (see :mod:`framelab.lemmaindex`).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from framelab import lemmaindex  # noqa: E402 - the kit in this repository


def main() -> int:
    for language in lemmaindex.LANGUAGES:
        path = lemmaindex.index_path(language)
        path.write_bytes(lemmaindex.build(language))
        print(f"{path}: {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
