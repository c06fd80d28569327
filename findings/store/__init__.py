"""One store interface, two backends: embedded Oxigraph beside the built graph, or any SPARQL 1.1 store over HTTP.

from findings.store import open_store
store = open_store(Path("graphs"))            # graphs/store, (re)loaded from graphs/graph.nt when stale
headers, rows = store.select(text, params={"asOf": "2019-02-11"})
"""

from __future__ import annotations

import re
import warnings
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
    _warn_if_other_vocabulary(path)
    return EmbeddedStore.open_folder(path)


def _warn_if_other_vocabulary(folder: Path) -> None:
    """Warn (OtherVocabulary) when the folder's graph was built by a findings with another vocabulary: the named
    queries read terms such a graph may lack, and would answer without them rather than fail."""
    from findings.resources import CACHE_DIR, OtherVocabulary, vocabulary_version
    from findings.write.manifest import recorded_vocabulary

    recorded = recorded_vocabulary(folder / CACHE_DIR)
    if recorded is not None and recorded != vocabulary_version():
        warnings.warn(
            f"the graph in {folder} was built by another version of findings, whose vocabulary differs from this "
            "one's: answers may miss terms this version writes; build it again with `findings build`",
            OtherVocabulary,
            stacklevel=2,
        )


def load_store(folder: Path | str) -> Path:
    """(Re)load `folder`/store from `folder`/graph.nt; `findings build` calls this after writing the graph."""
    from findings.store.embedded import refresh_store

    return refresh_store(Path(folder), force=True)
