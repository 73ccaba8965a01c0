"""Cross-document resolution: one incident from many reports, one actor from many spellings.

Pure stages (`mentions`, `places`, `merge`, `estimate`, `syndication`, `record`, `actors`)
work on plain records; `store_merge` reads the store, runs them and writes the merged view
back; `decisions` records analysts' hand merges and splits; `views` reads incidents out.
"""

from refwatch.resolve.decisions import DecisionError, merge_incidents, split_incident
from refwatch.resolve.store_merge import MergeResult, ensure_merged, merge_store

__all__ = [
    "DecisionError",
    "MergeResult",
    "ensure_merged",
    "merge_incidents",
    "merge_store",
    "split_incident",
]
