"""``import framelab`` loads no heavy library, and reading a corpus needs no NLTK.

NLTK's package imports scikit-learn where it is installed (``nltk/classify/scikitlearn.py``, at
``import nltk`` or the import of any of its modules): about 0.7 s more at the first use of NLTK.
The kit cannot stop that without patching ``sys.modules`` or NLTK itself (see
``benchmarks/bench_import.py``); what it does is to import NLTK only where a function needs it.
A fake ``sklearn`` package on ``sys.path`` writes down when it is imported, in a fresh Python.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = """
import json, sys
from pathlib import Path

HEAVY = ("pandas", "nltk", "matplotlib", "simplemma", "sklearn")
marker = Path(sys.argv[1])
seen = {}

def note(stage):
    seen[stage] = {"loaded": sorted(m for m in HEAVY if m in sys.modules),
                   "sklearn imported": marker.exists()}

import framelab
note("import framelab")
corpus = framelab.load_corpus(quiet=True)
framelab.removal_log(corpus)
framelab.count_words(corpus, ["Lavrov"])
framelab.show_article(corpus, "000", width=80)
framelab.stopwords("nl")
note("read and clean")
framelab.tokenize("Dhr. Lavrov zei het o.a. tegen Truss.", "nl")
note("tokenize")
print(json.dumps(seen))
"""


def test_reading_a_corpus_imports_no_nltk_and_so_no_scikit_learn(tmp_path: Path) -> None:
    fake = tmp_path / "site" / "sklearn"
    fake.mkdir(parents=True)
    marker = tmp_path / "sklearn-imported"
    # a package that writes down its import; its submodules are missing, so NLTK's
    # ``from sklearn.feature_extraction import DictVectorizer`` fails and NLTK goes on without it
    (fake / "__init__.py").write_text(
        f"from pathlib import Path\nPath({str(marker)!r}).touch()\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(marker)], capture_output=True, text=True, cwd=ROOT,
        timeout=120, env={"PYTHONPATH": str(tmp_path / "site"), "PATH": "", "HOME": str(tmp_path),
                          "NLTK_DATA": str(tmp_path / "nltk_data")})
    assert done.returncode == 0, done.stderr[-3000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["import framelab"] == {"loaded": [], "sklearn imported": False}
    assert seen["read and clean"] == {"loaded": ["pandas"], "sklearn imported": False}
    # the first function that needs NLTK imports it, and NLTK imports scikit-learn (if this
    # fails, NLTK no longer does: the README's and bench_import.py's note can go)
    assert seen["tokenize"]["sklearn imported"] is True
    assert "nltk" in seen["tokenize"]["loaded"]


def test_the_kit_s_own_modules_are_reachable_by_name_after_import_framelab() -> None:
    # a tip names framelab.keywords.CRITICAL_VALUES; in a fresh Python it must work as written
    done = subprocess.run(
        [sys.executable, "-c", "import framelab\nprint(framelab.keywords.CRITICAL_VALUES[0.05])\n"
         "print('keywords' in framelab.__all__)\ntry:\n    framelab.keywordz\n"
         "except AttributeError:\n    print('no keywordz')"],
        capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.split() == ["3.84", "False", "no", "keywordz"]
