"""Cross-document resolution: one incident from many reports, one actor from many spellings.

Pure stages (`mentions`, `places`, `merge`, `estimate`, `syndication`, `actors`) work on plain
records; `store_merge` reads the store, runs them and writes the merged view back.
"""

from refwatch.resolve.store_merge import MergeResult, ensure_merged, merge_store

__all__ = ["MergeResult", "ensure_merged", "merge_store"]
