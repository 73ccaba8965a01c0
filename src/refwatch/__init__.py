"""refwatch: news reports about forced returns -> an evidence-linked record.

The public Python API; the CLI (`refwatch.cli`) mirrors it.
"""

from __future__ import annotations

__version__ = "0.1.0"
