"""The extraction workers' server imports this last (findings.parallel): when the build's process ends, the server
ends at once, without Python's finalisation.

Why: the server holds spaCy and the extractors (a few hundred MB of objects); tearing them down module by module took
0.03–0.09 s of wall time after the build's process had ended (about 0.3 s of CPU), and anything that reads the
command's output to its end (a pipe, CI, the harness) waits for it, since the server shares the build's stderr.
Nothing of the server's needs finishing: its workers end with `os._exit` already, and it writes no file.
"""

from __future__ import annotations

import atexit
import os
import sys


def end_now() -> None:
    """Flush what was written to the standard streams, then end the process without finalising it."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError, AttributeError):  # closed, or replaced by something without a buffer
            pass
    os._exit(0)


atexit.register(end_now)  # registered last, so run first: the other exit handlers and the teardown are skipped
