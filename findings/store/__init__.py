"""One store interface, two backends: embedded Oxigraph beside the built graph, or any SPARQL 1.1 store over HTTP.

from findings.store import open_store
store = open_store(Path("graphs"))            # graphs/store, (re)loaded from graphs/graph.nt when stale
headers, rows = store.select(text, params={"asOf": "2019-02-11"})
"""

from __future__ import annotations

import re
from pathlib import Path

from findings.store.base import PREFIXES, QuerySyntaxError, Store, StoreError

__all__ = ["PREFIXES", "QuerySyntaxError", "Store", "StoreError", "load_store", "open_store"]


def open_store(location: Path | str, *, user: str | None = None, password: str | None = None) -> Store:
    """A folder (graph.nt + store/), a graph file (loaded in memory), or an http(s) SPARQL query endpoint URL."""
    text = str(location)
    if re.match(r"https?://", text, re.IGNORECASE):
        from findings.store.remote import RemoteStore

        return RemoteStore(text, user=user, password=password)
    from findings.store.embedded import EmbeddedStore

    path = Path(location)
    if path.is_file():
        return EmbeddedStore.in_memory(path)
    return EmbeddedStore.open_folder(path)


def load_store(folder: Path | str) -> Path:
    """(Re)load `folder`/store from `folder`/graph.nt; `findings build` calls this after writing the graph."""
    from findings.store.embedded import refresh_store

    return refresh_store(Path(folder), force=True)
