"""Fixtures every area may use: where shared/ is, and throwaway databases."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from refwatch.store import Store, open_store

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared beside the checkout (corpus, seed, eval); tests that need it skip without it."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside this checkout")
    return SHARED


@pytest.fixture()
def db_url(tmp_path: Path) -> str:
    """A fresh SQLite database URL in the test's own folder."""
    return f"sqlite:///{tmp_path / 'test.db'}"


@pytest.fixture()
def store(db_url: str) -> Iterator[Store]:
    s = open_store(db_url)
    yield s
    s.close()
