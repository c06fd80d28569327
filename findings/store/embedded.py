"""Embedded Oxigraph on disk beside the graph it was loaded from: DIR/store, rebuilt whenever DIR/graph.nt changes."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import pyoxigraph as ox

from findings.store.base import PREFIXES, QuerySyntaxError, Result, Store, StoreError
from findings.store.named import bind
from findings.store.sparql_text import inject_values, substitute

GRAPH_FILE = "graph.nt"
STORE_DIR = "store"
STAMP = "findings-source.json"  # which graph.nt (size, mtime) the store holds: stale when it differs


def _stamp(graph: Path) -> dict[str, int]:
    info = graph.stat()
    return {"size": info.st_size, "mtime_ns": info.st_mtime_ns}


def _loaded_stamp(store_dir: Path) -> dict[str, int] | None:
    try:
        return json.loads((store_dir / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def refresh_store(folder: Path, force: bool = False) -> Path:
    """Load folder/graph.nt into folder/store when the store is missing, stale, or `force`; return the store folder."""
    graph, target = folder / GRAPH_FILE, folder / STORE_DIR
    if not graph.is_file():
        if _loaded_stamp(target) is not None:
            return target  # a store whose source was removed: still a store
        raise StoreError(f"no graph in {folder}: run 'findings build' first (looked for {graph})")
    stamp = _stamp(graph)
    if not force and _loaded_stamp(target) == stamp:
        return target
    tmp = Path(tempfile.mkdtemp(dir=folder, prefix=".store-"))
    tmp.chmod(0o777 & ~_umask())  # mkdtemp's 0700 would keep a colleague or a web server out of the store
    try:
        _bulk_load(tmp, graph)
        (tmp / STAMP).write_text(json.dumps(stamp), encoding="utf-8")
        _swap(tmp, target)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return target


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _bulk_load(store_dir: Path, graph: Path) -> None:
    try:
        store = ox.Store(str(store_dir))
        store.bulk_load(path=str(graph), format=ox.RdfFormat.N_TRIPLES)
        store.flush()
    except (SyntaxError, OSError) as err:
        raise StoreError(f"could not load {graph} into the store: {str(err).splitlines()[0]}") from None
    del store  # closes RocksDB before the folder is renamed


def _swap(new: Path, target: Path) -> None:
    """Put `new` in place of `target` by renames, so a reader opens either the old store or the new, never half."""
    old = None
    if target.exists():
        old = Path(tempfile.mkdtemp(dir=target.parent, prefix=".store-old-"))
        os.replace(target, old / "store")
    try:
        os.replace(new, target)
    except OSError:
        if _loaded_stamp(target) is None:  # not another process that won the same race
            raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


class _NotProjected(Exception):
    """Oxigraph refused a substitution because the variable is not in the SELECT projection."""


class EmbeddedStore(Store):
    """pyoxigraph; parameters bound by SEP-0007 substitution (else VALUES), the project's prefixes predeclared."""

    def __init__(self, store: ox.Store, where: str) -> None:
        self._store: ox.Store | None = store
        self.where = where

    @classmethod
    def open_folder(cls, folder: Path) -> EmbeddedStore:
        """folder/store, first (re)loaded from folder/graph.nt when missing or stale."""
        return cls.open_dir(refresh_store(folder))

    @classmethod
    def open_dir(cls, store_dir: Path) -> EmbeddedStore:
        """An existing store folder, read-only: any number of processes may query it at once."""
        try:
            store = ox.Store.read_only(str(store_dir))
        except OSError as err:
            raise StoreError(f"could not open the store {store_dir}: {str(err).splitlines()[0]}") from None
        return cls(store, str(store_dir))

    @classmethod
    def in_memory(cls, graph: Path) -> EmbeddedStore:
        """A graph file (Turtle, N-Triples, …) loaded into memory: for one-off queries on a file."""
        try:
            fmt = ox.RdfFormat.from_extension(graph.suffix.lstrip(".") or "nt")
        except ValueError:
            raise StoreError(f"{graph}: not a graph file this store reads (.nt, .ttl, .nq, .trig, .jsonld, .rdf)") from None
        store = ox.Store()
        try:
            store.bulk_load(path=str(graph), format=fmt)
        except (SyntaxError, OSError, ValueError) as err:
            raise StoreError(f"could not load {graph}: {str(err).splitlines()[0]}") from None
        return cls(store, str(graph))

    @property
    def oxigraph(self) -> ox.Store:
        if self._store is None:
            raise StoreError(f"the store {self.where} is closed")
        return self._store

    def run(self, text: str, params: dict[str, object] | None = None) -> Result:
        try:
            terms = bind(text, params)
        except ValueError as err:
            raise StoreError(str(err)) from None
        substitutions = {ox.Variable(name): term for name, term in terms.items()}
        try:
            return self._query(text, substitutions)
        except _NotProjected:
            pass  # Oxigraph substitutes only projected variables: put the terms in the text
        try:
            return self._query(substitute(text, terms), {})  # every UNION branch starts from the item: fast
        except QuerySyntaxError:
            pass  # a parameter also bound inside ('AS ?item', a sub-select): bind it as the remote store does
        except ValueError as err:
            raise StoreError(str(err)) from None
        try:
            return self._query(inject_values(text, terms), {})
        except ValueError as err:
            raise StoreError(str(err)) from None

    def _query(self, text: str, substitutions: dict) -> Result:
        try:
            return self.oxigraph.query(text, prefixes=PREFIXES, substitutions=substitutions or None)
        except SyntaxError as err:
            raise QuerySyntaxError(f"malformed query: {str(err).splitlines()[0]}") from None
        except RuntimeError as err:
            if substitutions and "projection" in str(err):
                raise _NotProjected from None
            raise StoreError(f"the store {self.where} could not answer: {str(err).splitlines()[0]}") from None
        except OSError as err:
            raise StoreError(f"the store {self.where} could not answer: {str(err).splitlines()[0]}") from None

    def close(self) -> None:
        self._store = None
