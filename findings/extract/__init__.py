"""Extractors: spaCy components and table readers that apply the knowledge kept as data in extract/."""

from __future__ import annotations

import gc
import importlib.abc
import importlib.util
import os
import sys
import types

_BLAS_THREADS = "OPENBLAS_NUM_THREADS"  # read once, when numpy (which spaCy imports) loads its OpenBLAS


class _SpacyWithoutItsCli(importlib.abc.MetaPathFinder):
    """spaCy imported without its command line (spacy.cli: typer and every training command, about a fifth of a
    second on the path of every build), which the extractors never use. spaCy's own __init__ takes only
    `spacy.cli.info.info` from it, so while spaCy imports a stand-in takes its place that imports the real one when
    called; it goes once spaCy is in, and `import spacy.cli` later gets the real thing. A spaCy that wants more of
    its command line is imported again as it is. Installed here, it costs nothing until something imports spaCy
    (a two-job build's own process never does)."""

    def find_spec(self, name, path, target=None):  # noqa: ANN001, ANN201  (importlib's signature)
        if name != "spacy":
            return None
        sys.meta_path.remove(self)  # once: the real spec, found by the finders after this one
        spec = importlib.util.find_spec("spacy")
        if spec is None or spec.loader is None:
            return spec
        spec.loader = _Loader(spec.loader)
        return spec


class _Loader(importlib.abc.Loader):
    def __init__(self, real: importlib.abc.Loader) -> None:
        self.real = real

    def create_module(self, spec):  # noqa: ANN001, ANN201
        return self.real.create_module(spec)

    def exec_module(self, module: types.ModuleType) -> None:
        package, info_module = types.ModuleType("spacy.cli"), types.ModuleType("spacy.cli.info")
        package.__path__ = []  # a package, so that 'spacy.cli.info' is looked up below it
        stand_ins = {"spacy.cli": package, "spacy.cli.info": info_module}

        def info(*args, **kwargs):  # spacy.info(): the real one, imported now
            _forget(stand_ins)
            from spacy.cli.info import info as real

            return real(*args, **kwargs)

        info_module.info = info
        sys.modules.update(stand_ins)
        threads = _one_blas_thread()
        collecting = _pause_collector()
        try:
            self.real.exec_module(module)
        except ImportError:  # it wants more of its command line: forget the half-import and import it whole
            _forget(stand_ins)
            for name in [n for n in sys.modules if n.startswith("spacy.")]:
                del sys.modules[name]
            self.real.exec_module(module)
        finally:
            _forget(stand_ins)
            _restore(threads)
            _settle_collector(collecting)


def _one_blas_thread() -> str | None:
    """numpy, imported by spaCy, starts OpenBLAS with a thread per core, which waits for work by spinning: the
    extractors never multiply a matrix, so those threads only burnt CPU (0.05–0.1 s of a build, a core's share
    taken from the other jobs). While spaCy imports numpy, OpenBLAS is told to use this thread alone, unless the
    user set its number or numpy is in already; what the variable was is returned for `_restore`."""
    was = os.environ.get(_BLAS_THREADS)
    if was is None and "numpy" not in sys.modules:
        os.environ[_BLAS_THREADS] = "1"
    return was


def _restore(was: str | None) -> None:
    """The variable as it was before spaCy imported (a child process the build starts sees the user's setting)."""
    if was is None:
        os.environ.pop(_BLAS_THREADS, None)


def _pause_collector() -> bool:
    """Python's cyclic collector paused while spaCy imports: its modules, classes, registries and pydantic schemas are
    hundreds of thousands of objects that live as long as the process, so the collections their making sets off
    (about 130 of them) find nothing; whether it was running is returned for `_settle_collector`."""
    was = gc.isenabled()
    gc.disable()
    return was


def _settle_collector(was: bool) -> None:
    """The collector as it was, and what is in memory now (spaCy, and what was imported before it) frozen: no later
    collection walks it again. Every full collection after the import had walked it all: 0.04 s of CPU, about a tenth
    of a build's start-up, against 0.005 s frozen (the extraction workers' server freezes what it built likewise,
    extract/warm.py). The price, for a notebook that first imports spaCy through findings: a cycle of its own objects
    that was alive then and becomes garbage later is not collected until `gc.unfreeze()` (reviewer helper-391)."""
    if was:
        gc.enable()
    gc.freeze()


def _forget(stand_ins: dict[str, types.ModuleType]) -> None:
    for name, stand_in in stand_ins.items():
        if sys.modules.get(name) is stand_in:
            del sys.modules[name]


if "spacy" not in sys.modules and not any(isinstance(f, _SpacyWithoutItsCli) for f in sys.meta_path):
    sys.meta_path.insert(0, _SpacyWithoutItsCli())
