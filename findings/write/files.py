"""Files written as an ordinary user expects: whole or not at all, with the umask's permissions, one build at a time."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path


class BuildLocked(Exception):
    """Another build holds the output folder's lock."""


LOCK_NAME = ".findings.lock"
TMP_SUFFIX = ".tmp"


def sweep(folder: Path) -> list[Path]:
    """Remove the temporary files a killed writer left in `folder` (call it holding the folder's lock)."""
    left = sorted(folder.glob(f".*{TMP_SUFFIX}")) if folder.is_dir() else []
    for path in left:
        path.unlink(missing_ok=True)
    return left


def atomic_write(target: Path, data: bytes, *, only_if_changed: bool = False, durable: bool = True) -> bool:
    """Write `data` to a temporary file beside `target`, flush it to disk, then rename it over `target`.

    Readers and an interrupted build only ever see the old file or the new one. The file gets the permissions any new
    file gets (0666 less the umask), not mkstemp's 0600. With `only_if_changed`, an identical file is left untouched
    (its modification time too). `durable=False` skips the fsync (for a cache, whose damaged entry is only rebuilt).
    Returns whether `target` was written.
    """
    if only_if_changed and _same_bytes(target, data):
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.parent / f".{target.name}.{secrets.token_hex(6)}{TMP_SUFFIX}"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)  # the kernel applies the umask
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return True


def _same_bytes(target: Path, data: bytes) -> bool:
    try:
        if target.stat().st_size != len(data):
            return False
        return target.read_bytes() == data
    except OSError:
        return False


_HELD: set[int] = set()  # the descriptors of the build locks this process holds


def _drop_held_locks() -> None:
    """In a child forked during a build (its pictures): the parent's lock is the parent's, not kept alive by the
    child (flock follows the open file, which a forked child shares)."""
    for fd in list(_HELD):
        with contextlib.suppress(OSError):
            os.close(fd)
    _HELD.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_drop_held_locks)


@contextlib.contextmanager
def build_lock(folder: Path) -> Iterator[Path]:
    """Hold `folder`/.findings.lock for one build; a second build into the same folder is refused, not interleaved.

    The lock is an advisory `flock` on the file, so the kernel drops it when the holder exits, even by kill -9: a stale
    lock file never blocks the next build.
    """
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOCK_NAME
    try:
        import fcntl
    except ImportError:  # no flock on this platform: builds are still atomic per file, only not exclusive
        yield path
        return
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
            who = f"another build (pid {holder})" if holder.isdigit() else "another build"
            raise BuildLocked(f"{who} is writing into {folder}; wait for it to finish") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode("ascii"), 0)
        _HELD.add(fd)
        yield path
    finally:
        _HELD.discard(fd)
        os.close(fd)  # closing the descriptor releases the lock
