"""Which files a build reads: a folder walked without leaving it, every file it will not read named with a reason.

A QA lead points the tool at whatever folder of downloads they have, so the walk trusts nothing in it: symbolic
links that lead outside the folder are not followed (their target's text would enter the graph), links that loop
are not followed, folders that cannot be listed and files that are not regular files or are over the size limit
(`max_bytes` in extract/reading.json) are named, never silently dropped. A link whose target lies inside the folder
is not followed either, the target being read at its own path, once; except a link with a document's name to a file
the walk would not read by its own name (`report.pdf -> blobs/3f2a`), read under the link's name. A file in a format
a council publishes papers in that no reader reads (`named_formats` in extract/reading.json: an old Word .doc, .rtf,
.odt, .xls, .pptx …) is named with what to save it as; any other suffix (images, .DS_Store, the graph's own outputs)
is passed over quietly.
"""

from __future__ import annotations

import errno
import json
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from findings.resources import extract_file

Skipped = tuple[str, str]  # (path as recorded, one-line reason)


@cache
def reading_config() -> dict[str, Any]:
    """extract/reading.json: the size limit, file names that are never documents, what content sniffing looks for."""
    return json.loads(extract_file("reading.json").read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Limits:
    """What the walk refuses before reading: files over `max_bytes`, files named in `not_documents`."""

    max_bytes: int
    not_documents: frozenset[str]
    named_formats: tuple[tuple[str, str], ...] = ()  # (suffix, why it is not read): named, not passed over

    @classmethod
    def configured(cls) -> Limits:
        config = reading_config()
        named = tuple((suffix.lower(), reason) for suffix, reason in config.get("named_formats", {}).items())
        return cls(int(config["max_bytes"]), frozenset(name.lower() for name in config["not_documents"]), named)


def unread_format(name: str) -> str | None:
    """Why a file in a format no reader reads is refused, by its suffix (`named_formats` in extract/reading.json), or
    None. (A file under a text name is known by its first bytes when it is decoded: findings/read/text.py.)

    >>> unread_format("minutes.DOC")
    'an old Word .doc file: save it as .docx or PDF'
    >>> unread_format("minutes.txt") is None
    True
    """
    return reading_config().get("named_formats", {}).get(Path(name).suffix.lower())


def describe_size(size: int) -> str:
    """'26.2 MB' (decimal megabytes, as file managers show them)."""
    return f"{size / 1_000_000:.1f} MB"


def _kind(mode: int) -> str:
    """What a non-regular file is, in words."""
    for test, name in (
        (stat.S_ISFIFO, "a named pipe"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a device"),
        (stat.S_ISBLK, "a device"),
        (stat.S_ISDIR, "a folder"),
    ):
        if test(mode):
            return name
    return "not a regular file"


def _within(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


class _Walk:
    def __init__(self, root: Path, limits: Limits, suffixes: tuple[str, ...]) -> None:
        self.root = root
        self.real_root = os.path.realpath(root)
        self.limits = limits
        self.suffixes = suffixes
        self.found: list[tuple[Path, str]] = []
        self.skipped: list[Skipped] = []

    def rel(self, path: Path) -> str:
        return path.relative_to(self.root.parent).as_posix()

    def wanted(self, name: str) -> bool:
        return Path(name).suffix.lower() in self.suffixes and name.lower() not in self.limits.not_documents

    def named(self, name: str) -> str | None:
        """Why a file the walk does not read is named (a format a council publishes in), or None to pass it over."""
        if name.lower() in self.limits.not_documents:
            return None
        return dict(self.limits.named_formats).get(Path(name).suffix.lower())

    def folder(self, path: Path) -> None:
        try:
            with os.scandir(path) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as err:
            self.skipped.append((self.rel(path) + "/", f"folder cannot be read ({err.strerror or err})"))
            return
        for entry in entries:
            self.entry(path / entry.name, entry)

    def entry(self, path: Path, entry: os.DirEntry) -> None:
        try:
            if entry.is_symlink():
                self.link(path)
            elif entry.is_dir(follow_symlinks=False):
                self.folder(path)
            elif self.wanted(entry.name):
                self.file(path, entry.stat(follow_symlinks=False))
            elif (reason := self.named(entry.name)) is not None:
                self.skipped.append((self.rel(path), reason))
        except OSError as err:
            self.skipped.append((self.rel(path), f"cannot be read ({err.strerror or err})"))

    def link(self, path: Path) -> None:
        """A symbolic link: named when it leads outside the folder, loops or is broken; else its target is read there."""
        try:
            target = os.path.realpath(path, strict=True)
        except OSError as err:
            if err.errno == errno.ELOOP:
                self.skipped.append((self.rel(path), "symbolic link loop, not followed"))
            elif self.wanted(path.name) or path.suffix == "":
                self.skipped.append((self.rel(path), "broken symbolic link (its target does not exist)"))
            return
        if not _within(target, self.real_root):
            if self.wanted(path.name) or os.path.isdir(target):
                self.skipped.append((self.rel(path), "symbolic link to outside the input folder, not followed"))
            return
        if os.path.isdir(target) and _within(os.path.realpath(path.parent), target):
            self.skipped.append((self.rel(path), "symbolic link loop (to a folder that contains it), not followed"))
        elif os.path.isfile(target) and self.wanted(path.name) and not self.wanted(os.path.basename(target)):
            self.file(path, os.stat(target))  # 'report.pdf' -> 'blobs/3f2a…': only the link says it is a document
        # any other link inside the folder: its target is read (or named) at its own path

    def file(self, path: Path, info: os.stat_result) -> None:
        reason = refusal(info, self.limits)
        if reason:
            self.skipped.append((self.rel(path), reason))
        else:
            self.found.append((path, self.rel(path)))


def refusal(info: os.stat_result, limits: Limits) -> str | None:
    """Why a file is not read at all (not a regular file, over the size limit), or None."""
    if not stat.S_ISREG(info.st_mode):
        return f"{_kind(info.st_mode)}, not a document"
    if info.st_size > limits.max_bytes:
        return (
            f"{describe_size(info.st_size)}, over the {describe_size(limits.max_bytes)} limit (max_bytes in extract/reading.json)"
        )
    return None


def walk(paths: Iterable[Path], limits: Limits | None = None) -> tuple[list[tuple[Path, str]], list[Skipped]]:
    """(files to read with the path recorded for each, relative to the folder given's parent; files not read, with why)."""
    from findings.read import SUPPORTED_SUFFIXES

    limits = limits or Limits.configured()
    found: list[tuple[Path, str]] = []
    skipped: list[Skipped] = []
    for root in paths:
        if root.is_dir():
            walker = _Walk(root, limits, SUPPORTED_SUFFIXES)
            walker.folder(root)
            found.extend(walker.found)
            skipped.extend(walker.skipped)
            continue
        try:  # a file named on the command line is read whatever its name, if it is a regular file within the limit
            reason = refusal(root.stat(), limits)
        except OSError as err:
            reason = f"cannot be read ({err.strerror or err})"
        if reason:
            skipped.append((root.name, reason))
        else:
            found.append((root, root.name))
    return found, skipped


def collect(paths: Iterable[Path], skipped: list[Skipped] | None = None) -> list[tuple[Path, str]]:
    """Files to read with the path recorded for each, in a stable order; what is not read is added to `skipped`."""
    found, refused = walk(paths)
    if skipped is not None:
        skipped.extend(refused)
    return found
