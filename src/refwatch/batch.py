"""Extraction at scale on a Dask cluster; the client writes each result to the database.

Workers get Documents and return Extractions (plain dataclasses, pickled by Dask); they never
touch the database. The client keeps a bounded window of documents in flight and writes the
results in input order, one transaction per document, so the stored result is the same as
a serial `refwatch ingest` of the same sources.
"""

from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from refwatch.extract import extract_document
from refwatch.model import Document, DocumentError
from refwatch.pipeline import Extract, Outcome, precheck, save
from refwatch.store import Store


@contextmanager
def connect(scheduler: str, workers: int | None = None) -> Iterator[Any]:
    """A Dask client: `local` starts a cluster of worker processes here, else an address."""
    from distributed import Client, LocalCluster

    if scheduler != "local":
        with Client(scheduler) as client:  # type: ignore[no-untyped-call]
            yield client
        return
    n = workers or os.cpu_count() or 1
    with (
        LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=n,
            threads_per_worker=1,
            dashboard_address=None,
            silence_logs=logging.ERROR,  # worker start/stop chatter would bury error lines
        ) as cluster,
        Client(cluster) as client,  # type: ignore[no-untyped-call]
    ):
        yield client


def run_batch(
    client: Any,
    store: Store,
    items: Iterable[Document | DocumentError],
    extract: Extract = extract_document,
    window: int | None = None,
) -> Iterator[Outcome]:
    """Extract on the cluster, store here; yields one Outcome per item, in input order."""
    window = window or 4 * max(1, sum(client.nthreads().values()))
    pending: deque[tuple[str, Any]] = deque()  # (source, Future or a ready Outcome)

    def drain(limit: int) -> Iterator[Outcome]:
        while len(pending) > limit:
            source, job = pending.popleft()
            if isinstance(job, Outcome):
                yield job
                continue
            try:
                extraction = job.result()
            except Exception as err:  # the document's own error, raised on the worker
                yield Outcome(source, error=f"extraction failed: {err!r}")
                continue
            finally:
                job.release()
            yield save(store, extraction)

    for item in items:
        if isinstance(item, DocumentError):
            pending.append((item.source, Outcome(item.source, error=item.reason)))
        elif (done := precheck(store, item)) is not None:
            pending.append((item.source, done))
        else:
            pending.append((item.source, client.submit(extract, item, pure=False)))
        yield from drain(window)
    yield from drain(0)
