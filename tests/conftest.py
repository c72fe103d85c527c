"""Fixtures for the tests in tests/.

The setup for every collected file (kernel environment with an empty NLTK_DATA, nbval's
comparison of outputs) is in the top-level conftest.py: pytest would apply hooks written here
only to files in tests/, not to notebooks/ and solutions/.
"""

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def repo_root() -> Path:
    """The repository's top folder."""
    return ROOT


@pytest.fixture()
def kernel_env() -> dict[str, str]:
    """A copy of the environment that notebook kernels get (set up by the top conftest.py)."""
    return dict(os.environ)
