"""refwatch: news reports about forced returns -> an evidence-linked record.

The public Python API (the CLI mirrors it, command for command):

    import refwatch
    extraction = refwatch.extract("page.html")           # one document, no database
    store = refwatch.open_store("refwatch.db")           # SQLite path or postgresql:// URL
    summary = refwatch.ingest(store, ["reports/"])       # stored and merged
    refwatch.incidents(store, since=date(2024, 1, 1))    # merged incidents as JSON dicts
    refwatch.incident(store, "inc-...")
    refwatch.statements(store, type="criticize"); refwatch.meetings(store); refwatch.actors(store)
    refwatch.report(store, fmt="md"); refwatch.export(store, "incidents", "geojson")

The names load on first use, so `import refwatch` stays cheap (the CLI starts fast).
"""

from __future__ import annotations

import functools
import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "actors",
    "export",
    "extract",
    "incident",
    "incidents",
    "ingest",
    "meetings",
    "open_store",
    "report",
    "statements",
]

if TYPE_CHECKING:
    from refwatch.api import (
        actors,
        export,
        extract,
        incident,
        incidents,
        ingest,
        meetings,
        open_store,
        report,
        statements,
    )


# `extract`, `ingest` and `report` are also subpackages. Importing one would make Python set
# the package attribute to the module, hiding the function; so the package keeps its API
# functions in those places, and each such function also answers for its subpackage's
# attributes (`refwatch.report.briefing`, `mock.patch("refwatch.extract.x")` keep working).
_SUBPACKAGES = {"extract", "ingest", "report"}


class _Entry:
    """An API function that stands where a subpackage of the same name would."""

    def __init__(self, name: str) -> None:
        from refwatch import api

        self._func = getattr(api, name)
        self._package = f"refwatch.{name}"
        functools.update_wrapper(self, self._func)

    def __repr__(self) -> str:
        return f"<refwatch.{self._func.__name__}: function, and package {self._package}>"

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._func(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        package = importlib.import_module(self._package)
        try:
            return getattr(package, name)
        except AttributeError:
            return importlib.import_module(f"{self._package}.{name}")


class _Package(types.ModuleType):
    def __setattr__(self, name: str, value: Any) -> None:
        if name in _SUBPACKAGES and isinstance(value, types.ModuleType):
            return  # the import system naming a subpackage: the API function stays
        super().__setattr__(name, value)


def __getattr__(name: str) -> Any:
    if name in _SUBPACKAGES:
        entry = _Entry(name)
        globals()[name] = entry
        return entry
    if name in __all__:
        from refwatch import api

        return getattr(api, name)
    raise AttributeError(f"module 'refwatch' has no attribute {name!r}")


sys.modules[__name__].__class__ = _Package
